//! The compiled circular reproduces the source word for word: every sentence of the PDF's extracted
//! text appears in the content, in the source's order, and every address in the source is linked.
//!
//! The source is read independently (`support/seed.rs`), not through the content parser.

use rundskriv_tools::seed;

use rundskriv_core::content::{BlockKind, Mark, BLOCKS, EDITION, SECTIONS};
use std::collections::BTreeSet;

/// The circular as the app shows it, as one line: each section's heading as displayed, then its
/// blocks in order (numbered list items with their number, as printed). Footnote bodies are left
/// out: in the source they stand at the foot of the page as addresses, which `urls()` checks.
fn compiled_text() -> String {
    let mut parts: Vec<String> = Vec::new();
    for section in SECTIONS.iter() {
        // The heading every page, export and the static circular show, so that is what is checked.
        parts.push(section.heading());
        for block in section.blocks() {
            match block.kind {
                BlockKind::Title | BlockKind::Footnote(_) => {}
                BlockKind::Numbered(n) => parts.push(format!("{n}. {}", block.text())),
                BlockKind::PartHeading | BlockKind::Paragraph | BlockKind::Bullet => {
                    parts.push(block.text().to_string())
                }
            }
        }
    }
    seed::normalise(&parts.join(" "))
}

/// Finds `needle` in `text` at or after `from`, as whole words: a match may not start or end in
/// the middle of a word ("Krav" is not found in "Kravet").
fn find_words(text: &str, needle: &str, from: usize) -> Option<usize> {
    let starts_word = needle.chars().next().is_some_and(char::is_alphanumeric);
    let ends_word = needle.chars().next_back().is_some_and(char::is_alphanumeric);
    text[from..].match_indices(needle).map(|(i, _)| from + i).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        let joined_before = starts_word && before.is_some_and(char::is_alphanumeric);
        let joined_after = ends_word && after.is_some_and(char::is_alphanumeric);
        !joined_before && !joined_after
    })
}

/// The longest word-prefix of `sentence` found in `text`, and what the text has after it.
fn nearest_match(text: &str, sentence: &str) -> String {
    let words: Vec<&str> = sentence.split(' ').collect();
    for n in (1..words.len()).rev() {
        let prefix = words[..n].join(" ");
        if let Some(at) = find_words(text, &prefix, 0) {
            let after: String = text[at + prefix.len()..].chars().take(60).collect();
            return format!("found up to \"{prefix}\", where the content goes on \"{after}…\"");
        }
    }
    "not even its first word is found".to_string()
}

/// Every sentence not found in `text`, each with a hint where the content departs from it.
fn find_missing(text: &str, sentences: &[String]) -> Vec<String> {
    sentences
        .iter()
        .filter(|s| find_words(text, &seed::normalise(s), 0).is_none())
        .map(|s| {
            format!(
                "  missing: \"{s}\"\n    hint: {}",
                nearest_match(text, &seed::normalise(s))
            )
        })
        .collect()
}

/// The first sentence that is not found after the previous sentence's position.
fn first_out_of_order(text: &str, sentences: &[String]) -> Option<String> {
    let mut position = 0;
    let mut previous = "(start of the text)";
    for sentence in sentences {
        let needle = seed::normalise(sentence);
        match find_words(text, &needle, position) {
            Some(at) => position = at + needle.len(),
            None => {
                let earlier = find_words(text, &needle, 0).map_or("nowhere".to_string(), |at| format!("at byte {at}"));
                return Some(format!(
                    "\"{sentence}\" is not found after \"{previous}\" (byte {position}); it occurs {earlier}"
                ));
            }
        }
        previous = sentence;
    }
    None
}

fn seed_sentences() -> Vec<String> {
    seed::sentences(&seed::seed_text())
}

#[test]
fn the_reading_of_the_source_is_plausible() {
    let sentences = seed_sentences();
    assert!(
        sentences.len() > 150,
        "only {} sentences read from the source",
        sentences.len()
    );
    for known in [
        "DIGITALISERINGSRUNDSKRIVET",
        "Altinn skal benyttes for digital post til virksomheter.",
        "Se punkt 1.6 ovenfor.",
        "Med hilsen",
        "1.6 Bruk nasjonale felleskomponenter og fellesløsninger",
        "1. Hvordan skal virksomheten digitalisere?",
        "1. Start med behov",
        "5. Lever hyppig – skap nytte hele veien",
        "3.2 Medfinansieringsordning for samfunnsøkonomisk lønnsomme digitaliseringsprosjekter",
        "Krav",
        "Anbefalinger",
        "Veiledning:",
        "Tverrgående tiltak",
        "Oppfølging av konkurranser",
        "Offentlige virksomheter bør sende faktura elektronisk også til privatpersoner.",
        "Jan Hjelle (e.f.)",
        "ekspedisjonssjef",
        "Katarina de Brisis",
        "Kopi: Riksrevisjonen",
        "Dokumentet er elektronisk godkjent og har ikke håndskrevne signaturer",
        "Se http://www.ks.no/fagomrader/utvikling/digitalisering/digihjelpen.",
        "Rundskrivet erstatter rundskriv H-7/17, og gjelder til et nytt digitaliseringsrundskriv sendes ut.",
        "Meldingen presenterer regjeringens overordnede politikk for hvordan vi kan utnytte IKT til samfunnets beste.",
        "Fra utenlandske leverandører skal det stilles tilsvarende krav om at dokumenter skal mottas i samsvar med \
         standarden PEPPOL BIS.",
        "Virksomheten skal påse at kontaktinformasjon om handelsdokumenter er oppdatert i Elektronisk \
         mottakeradresseregister (ELMA).",
    ] {
        assert!(
            sentences.iter().any(|s| s == known),
            "the reading lacks the piece \"{known}\""
        );
    }
    let all = sentences.join(" ");
    for kept in [
        "§ 15",
        "ISO 20022",
        "1. januar 2018",
        "2017",
        "økt produktivitet. Meldingen",
        "(EHF). Fra",
        "handelsdokumenter.",
        "risiko- og sårbarhetsvurdering",
        "universell utforming av IKT-løsninger utvidet",
    ] {
        assert!(all.contains(kept), "the reading lost \"{kept}\"");
    }
    for artefact in [
        "Side 2",
        "produktivitet.1",
        "(EHF).2",
        "(ELMA).3",
        "handelsdokumenter.4",
        "\u{f0b7}",
        "  ",
    ] {
        assert!(!all.contains(artefact), "the reading kept the artefact {artefact:?}");
    }
    for s in &sentences {
        assert!(!s.starts_with("http"), "a URL line was read as text: {s}");
        assert_eq!(s, &seed::normalise(s), "a piece is not normalised");
    }
}

#[test]
fn every_sentence_of_the_source_is_in_the_content() {
    let text = compiled_text();
    let sentences = seed_sentences();
    let missing = find_missing(&text, &sentences);
    assert!(
        missing.is_empty(),
        "{} of {} sentences of the source are not in the content:\n{}",
        missing.len(),
        sentences.len(),
        missing.join("\n")
    );
}

#[test]
fn the_sentences_come_in_the_source_order() {
    let text = compiled_text();
    if let Some(problem) = first_out_of_order(&text, &seed_sentences()) {
        panic!("out of order: {problem}");
    }
}

#[test]
fn the_check_reports_a_changed_word_and_a_swapped_order() {
    let text = compiled_text();
    let sentences = seed_sentences();
    let known = "Altinn skal benyttes for digital post til virksomheter.";
    assert!(text.contains(known));

    let changed = text.replacen(known, "Altinn skal benyttes for digital post til foretak.", 1);
    let missing = find_missing(&changed, &sentences);
    assert_eq!(missing.len(), 1, "{missing:#?}");
    assert!(missing[0].contains(known), "{}", missing[0]);
    assert!(
        missing[0].contains("found up to \"Altinn skal benyttes for digital post til\""),
        "{}",
        missing[0]
    );

    let (a, b) = (
        "Altinn skal benyttes for digital post til virksomheter.",
        "Se punkt 1.6 ovenfor.",
    );
    let swapped = text.replacen(&format!("{a} {b}"), &format!("{b} {a}"), 1);
    assert_ne!(swapped, text);
    assert!(find_missing(&swapped, &sentences).is_empty());
    let problem = first_out_of_order(&swapped, &sentences).expect("the swap is reported");
    assert!(problem.contains(b), "{problem}");
}

#[test]
fn every_address_in_the_source_is_linked() {
    let urls = seed::urls(&seed::seed_text());
    let hrefs: BTreeSet<&str> = BLOCKS
        .iter()
        .flat_map(|b| b.marks)
        .filter_map(|m| match m {
            Mark::Link { href, .. } => Some(*href),
            Mark::Note { .. } => None,
        })
        .collect();
    let own: Vec<&String> = urls
        .iter()
        .filter(|u| u.contains("/digitaliseringsrundskrivet/"))
        .collect();
    assert_eq!(own, [EDITION.url], "the circular's own address is the edition's url");
    let unlinked: Vec<&String> = urls
        .iter()
        .filter(|u| u.as_str() != EDITION.url && !hrefs.contains(u.as_str()))
        .collect();
    assert!(
        unlinked.is_empty(),
        "addresses in the source that no link in the content points to:\n{unlinked:#?}"
    );
}

#[test]
fn every_link_in_the_content_points_to_an_address_in_the_source() {
    let urls = seed::urls(&seed::seed_text());
    let foreign: Vec<String> = BLOCKS
        .iter()
        .flat_map(|b| b.marks.iter().map(move |m| (b.id(), m)))
        .filter_map(|(id, m)| match m {
            Mark::Link { href, .. } if !urls.iter().any(|u| u == href) => Some(format!("{id}: {href}")),
            _ => None,
        })
        .collect();
    assert!(
        foreign.is_empty(),
        "links whose address the source does not have:\n{foreign:#?}"
    );
}

#[test]
fn the_source_has_the_expected_addresses() {
    let urls = seed::urls(&seed::seed_text());
    assert!(urls.len() > 40, "only {} addresses read from the source", urls.len());
    for url in [
        "http://www.ks.no/fagomrader/utvikling/digitalisering/digihjelpen",
        "https://www.difi.no/artikkel/2015/10/elektronisk-handel-e-handel",
        "http://www.anskaffelser.no/verktoy/aksesspunkt-hvilke-kan-stotte-ditt-behov",
        "https://www.regjeringen.no/no/dokumenter/meld.-st.-27-20152016/id2483795/?q=digital+agenda#KAP11-1",
    ] {
        assert!(urls.iter().any(|u| u == url), "missing {url}");
    }
    let mut distinct = urls.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), urls.len(), "addresses are listed once");
    assert!(urls.iter().all(|u| !u.ends_with('.')), "{urls:#?}");
}
