//! The allowlists and word lists the translation checks use: what may rightly be the same in two
//! languages, and which words give a text away as being in the wrong one.

/// UI keys whose bokmål and nynorsk are rightly the same: words both written standards share.
/// Add a key here only when the nynorsk really is spelt like the bokmål.
pub const SAME_IN_NB_AND_NN: &[&str] = &[
    // Proper names and autonyms.
    "lang-nb",
    "lang-nn",
    "lang-en",
    "edition-source", // "Rundskrivet på regjeringen.no"
    // Words and phrases spelt alike in bokmål and nynorsk.
    "nav-search",               // Søk
    "search-show-all",          // Vis alle {count} treff
    "lang-label",               // Språk
    "texts-retry",              // Prøv igjen
    "update-reload",            // Last inn på nytt
    "start-read-title",         // Les rundskrivet
    "start-search-title",       // Søk i rundskrivet
    "point-label",              // Punkt {number}
    "edition-name-series",      // rundskriv {series}
    "verdict-informasjon",      // Til orientering (the contract fixes it for both)
    "next-point",               // Neste
    "footnote-back",            // Tilbake til teksten
    "footnote-ref",             // Fotnote {number}
    "print",                    // Skriv ut
    "search-count",             // {count} treff
    "tree-question-number",     // Spørsmål {n}
    "tree-back",                // Tilbake
    "tree-yes",                 // Ja
    "tree-no",                  // Nei
    "tree-or",                  // eller
    "tree-result",              // Resultat
    "tree-answers-title",       // Slik svarte du
    "tree-change",              // Endre
    "tree-change-label",        // Endre svaret på: {question}
    "tree-read-in-circular",    // Les i rundskrivet
    "tree-restart",             // Start på nytt
    "assessment-date",          // Dato
    "follow-deadline",          // Frist
    "follow-evidence",          // Dokumentasjon (saksnummer eller adresse)
    "follow-overdue",           // Fristen er passert
    "follow-status",            // Status
    "follow-legend",            // Oppfølging
    "status-oppfylt",           // Oppfylt
    "status-under-arbeid",      // Under arbeid
    "assessment-print",         // Skriv ut eller lagre som PDF
    "assessment-download-md",   // Last ned som Markdown
    "assessment-download-json", // Last ned som JSON
    "section-prosjektet",       // Om prosjektet
    "static-title",             // Digitaliseringsrundskrivet som enkel nettside
    "panic-restart",            // Start på nytt
    "assessment-copy-document", // Kopier til saksdokument
    "assessment-email",         // Send på e-post
    "csv-point",                // Punkt
    "csv-paragraphs",           // Avsnitt
    "csv-verdict",              // Resultat
    "csv-title",                // Tittel
    "mail-overdue-title",       // Fristen er passert for:
    "mail-more",                // og {count} til
];

/// UI keys whose English is rightly the bokmål: the tool's name and the languages' own names.
pub const SAME_IN_NB_AND_EN: &[&str] = &["app-name", "lang-nb", "lang-nn", "lang-en", "follow-status"];

/// Bokmål spellings that are not nynorsk. Whole words, any case. A nynorsk text containing one
/// was not (fully) translated; quote the circular's own words with «…» to use one on purpose.
pub const BOKMAAL_ONLY: &[&str] = &[
    "ikke",
    "hva",
    "hvem",
    "hvordan",
    "hvilke",
    "hvilken",
    "hvis",
    "hvor",
    "hver",
    "hvert",
    "noen",
    "noe",
    "bare",
    "mye",
    "uten",
    "deres",
    "jeg",
    "fra",
    "selv",
    "være",
    "gjøre",
    "ble",
    "blitt",
    "dere",
    "mer",
    "bruker",
    "brukere",
    "brukeren",
    "brukerne",
    "lager",
    "gjelder",
    "betyr",
    "innebærer",
    "inneholder",
    "følger",
    "henter",
    "lagrer",
    "virksomhet",
    "virksomheten",
    "virksomheter",
    "virksomhetene",
    "tjeneste",
    "tjenesten",
    "tjenester",
    "tjenestene",
    "løsning",
    "løsningen",
    "løsninger",
    "løsningene",
    "innbygger",
    "innbyggere",
    "innbyggerne",
    "forvaltning",
    "forvaltningen",
    "anbefaling",
    "anbefalingen",
    "anbefalinger",
    "veiledning",
    "veiledningen",
    "spørsmålene",
    "svarene",
    "kravene",
    "kommuner",
    "fylkeskommuner",
    "siden",
];

/// Norwegian words that do not belong in an English sentence (names of Norwegian bodies and
/// schemes in parentheses excepted, see `without_names`).
pub const NORWEGIAN_ONLY: &[&str] = &[
    "og",
    "ikke",
    "skal",
    "bør",
    "dere",
    "virksomheten",
    "hva",
    "eller",
    "det",
    "som",
    "å",
    "på",
    "til",
    "med",
];

/// Names of Norwegian services and registers that English texts use as they are (after an
/// English gloss where the tree first names them).
pub const NORWEGIAN_NAMES: &[&str] = &["Digital postkasse til innbyggere", "Kontakt- og reservasjonsregisteret"];
