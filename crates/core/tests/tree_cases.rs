//! Hand-written cases for every decision tree: for answers a real agency would give, the
//! verdicts the circular's words imply — and the ones they rule out.

use rundskriv_core::codec::answers::decode;
use rundskriv_core::engine::walk;
use rundskriv_core::trees::{tree_by_id, OUTCOMES};

const DIR: &str = "virksomhetstype:forvaltningsorgan";
const DEP: &str = "virksomhetstype:departement";

/// (tree, answers as in a shared link, outcomes that must be reached, outcomes that must not)
const CASES: &[(&str, &str, &[&str], &[&str])] = &[
    ("omfang", DEP, &["omfattet"], &["utenfor-virkeomradet"]),
    ("omfang", "virksomhetstype:privat", &["utenfor-virkeomradet"], &["omfattet"]),
    ("omfang", "virksomhetstype:vet-ikke,eget-selskap-eller-stiftelse:ja", &["utenfor-virkeomradet"], &["omfattet"]),
    (
        "altinn",
        "virksomhetstype:forvaltningsorgan,tjeneste-naeringsliv:ja,altinn-dekker-behov:ja,post-til-virksomheter:ja,informerer-naeringsdrivende:ja",
        &["altinn-portal", "lag-tjenestene-i-altinn", "digital-post-altinn", "altinn-hovedkanal"],
        &["altinn-unntak"],
    ),
    (
        "altinn",
        "virksomhetstype:forvaltningsorgan,tjeneste-naeringsliv:ja,altinn-dekker-behov:nei,post-til-virksomheter:nei,informerer-naeringsdrivende:nei",
        &["altinn-unntak", "altinn-portal", "ingen-post-virksomheter"],
        &["lag-tjenestene-i-altinn", "digital-post-altinn"],
    ),
    ("altinn", "virksomhetstype:kommune", &["utenfor-virkeomradet"], &["altinn-portal"]),
    (
        "sourcingstrategi",
        "virksomhetstype:forvaltningsorgan,utvikler-digitale-losninger:ja,har-risikovurdering-infosikkerhet:ja",
        &["lag-sourcingstrategi", "strategi-bygger-pa-risiko"],
        &["risikovurdering-mangler", "sourcing-lite-relevant"],
    ),
    (
        "sourcingstrategi",
        "virksomhetstype:forvaltningsorgan,utvikler-digitale-losninger:ja,har-risikovurdering-infosikkerhet:nei",
        &["lag-sourcingstrategi", "risikovurdering-mangler"],
        &["strategi-bygger-pa-risiko"],
    ),
    (
        "skytjenester",
        "virksomhetstype:forvaltningsorgan,nytt-system:nei,vurderer-ny-driftsavtale:nei",
        &["vurdering-ikke-utlost"],
        &["vurder-skytjenester", "velg-skytjenester"],
    ),
    (
        "skytjenester",
        "virksomhetstype:forvaltningsorgan,nytt-system:ja,sarlige-sikkerhetskrav:nei,skytjeneste-vurdering:sky-best,risikovurdert-losning:ja",
        &["vurder-skytjenester", "velg-skytjenester"],
        &["vurdering-ikke-utlost", "hindring-sikkerhet"],
    ),
    (
        "skytjenester",
        "virksomhetstype:forvaltningsorgan,nytt-system:ja,sarlige-sikkerhetskrav:ja,risikovurdert-losning:nei",
        &["vurder-skytjenester", "hindring-sikkerhet"],
        &["velg-skytjenester"],
    ),
    ("id-porten", "virksomhetstype:forvaltningsorgan,krever-innlogging:ja,bruker-id-porten:ja", &["bruk-id-porten"], &["ingen-innlogging"]),
    ("id-porten", "virksomhetstype:forvaltningsorgan,krever-innlogging:nei", &["ingen-innlogging"], &["bruk-id-porten"]),
    (
        "digital-postkasse",
        "virksomhetstype:forvaltningsorgan,post-til-innbyggere:ja,brukt-altinn-meldingsboks:nei,sender-skattedialogen:nei,post-til-virksomheter:nei",
        &["bruk-digital-postkasse", "bruk-krr"],
        &["ingen-post-innbyggere", "skattedialogen-kopi"],
    ),
    ("felles-registre", "virksomhetstype:forvaltningsorgan,opplysninger-om-personer:ja,opplysninger-om-virksomheter:nei,opplysninger-om-eiendommer:nei", &["folkeregisteret"], &["matrikkelen"]),
    ("oppgaveregisteret", "virksomhetstype:forvaltningsorgan,ny-rapporteringsplikt:ja,har-rapporteringsplikter:ja", &["meld-til-oppgaveregisteret"], &["ingen-ny-plikt"]),
    ("felleskomponenter", "virksomhetstype:forvaltningsorgan,tar-i-bruk-felleskomponent:ja,bruker-felleskomponenter:ja", &["ros-for-felleskomponent", "beredskapsplan", "folg-prinsippene"], &["ingen-felleskomponenter"]),
    ("informasjonssikkerhet", "virksomhetstype:forvaltningsorgan,har-internkontroll-infosikkerhet:nei,har-risikovurdering-infosikkerhet:nei", &["etabler-internkontroll"], &[]),
    ("personvern", "virksomhetstype:forvaltningsorgan,behandler-personopplysninger:ja,nytt-system:ja", &["folg-gdpr", "innebygd-personvern"], &["ingen-personopplysninger"]),
    ("brukerretting", "virksomhetstype:forvaltningsorgan,tilbyr-digitale-tjenester:ja,tjeneste-innbyggere:ja,delte-ansvarsomrader:nei", &["brukerens-behov", "klart-sprak", "hjelp-og-veiledning"], &["hjelp-gjelder-ikke"]),
    ("digitalt-forstevalg", DEP, &["kartlegging-2017", "tjenestekjeder-2018", "digitalt-som-normalen"], &["departementet-kartlegger"]),
    ("digitalt-forstevalg", "virksomhetstype:forvaltningsorgan,utformer-regelverk:nei", &["departementet-kartlegger", "regelverk-hos-departementet"], &["kartlegging-2017"]),
    ("deling-av-data", "virksomhetstype:forvaltningsorgan,nytt-system:ja,handterer-geodata:ja", &["oversikt-over-data", "kun-en-gang", "maskinlesbare-data", "inspire"], &["inspire-gjelder-ikke"]),
    ("deling-av-data", "virksomhetstype:forvaltningsorgan,nytt-system:nei,handterer-geodata:nei", &["oversikt-over-data", "inspire-gjelder-ikke"], &["inspire"]),
    ("arkitektur-og-standarder", "virksomhetstype:forvaltningsorgan,avviker-fra-arkitekturprinsipper:ja", &["arkitekturprinsipper", "dokumenter-avvik", "obligatoriske-standarder"], &[]),
    ("universell-utforming", "virksomhetstype:forvaltningsorgan,nettlosning-for-allmennheten:ja,i-utdanningssektoren:ja", &["allmennheten", "utdanningssektoren"], &["allmennheten-gjelder-ikke"]),
    ("grenseoverskridende", "virksomhetstype:forvaltningsorgan,tilbyr-digitale-tjenester:ja,forvalter-felleskomponent:nei", &["grenseoverskridende"], &["grenseoverskridende-gjelder-ikke"]),
    (
        "e-faktura",
        "virksomhetstype:forvaltningsorgan,inngar-nye-avtaler:ja,lavt-volum-fra-leverandorer:nei,utenlandske-leverandorer:ja,fakturerer-privatpersoner:regelmessig,lavt-fakturavolum:nei",
        &["krev-ehf", "peppol-bis", "efaktura-privat", "automatisk-betaling", "elma"],
        &["privat-unntak"],
    ),
    (
        "e-faktura",
        "virksomhetstype:forvaltningsorgan,inngar-nye-avtaler:ja,lavt-volum-fra-leverandorer:nei,utenlandske-leverandorer:nei,fakturerer-privatpersoner:regelmessig,lavt-fakturavolum:ja",
        &["krev-ehf", "privat-unntak"],
        &["efaktura-privat", "peppol-bis"],
    ),
    // "mer enn 10 millioner kroner": 10 itself is below the threshold, 10.5 above it.
    ("prosjektmodell", "virksomhetstype:forvaltningsorgan,prosjektkostnad:10", &["under-terskelen"], &["prosjektmodell-krav"]),
    ("prosjektmodell", "virksomhetstype:forvaltningsorgan,prosjektkostnad:10.5,ks-ordningen:nei", &["prosjektmodell-krav"], &["under-terskelen"]),
    ("prosjektmodell", "virksomhetstype:forvaltningsorgan,prosjektkostnad:800,ks-ordningen:ja", &["ks-unntak"], &["prosjektmodell-krav"]),
    ("kommunesektoren", "virksomhetstype:forvaltningsorgan,berorer-kommunesektoren:ja,oppgaver-med-kommunene:ja,nytt-system:ja", &["drofte-med-ks", "helhetlige-losninger", "kommunestruktur"], &["drofte-gjelder-ikke"]),
    ("it-satsingsforslag", "virksomhetstype:departement,sender-it-budsjettforslag:ja", &["kopi-til-kmd"], &["via-departementet"]),
    ("it-satsingsforslag", DIR, &["via-departementet"], &["kopi-til-kmd"]),
];

#[test]
fn every_tree_gives_the_verdicts_the_circular_implies() {
    let mut trees_covered = std::collections::BTreeSet::new();
    for (tree_id, answers, reached, not_reached) in CASES {
        let tree = tree_by_id(tree_id).unwrap_or_else(|| panic!("no tree {tree_id}"));
        let answers = decode(answers).unwrap_or_else(|e| panic!("{tree_id}: {e}"));
        let result = walk(tree, &answers);
        assert!(
            result.is_complete(),
            "{tree_id}: still asks {:?}",
            result.next.map(|f| rundskriv_core::trees::FACTS[f].id)
        );
        let ids: Vec<&str> = result.outcomes.iter().map(|&o| OUTCOMES[o].id).collect();
        for id in *reached {
            assert!(ids.contains(id), "{tree_id}: expected {id} in {ids:?}");
        }
        for id in *not_reached {
            assert!(!ids.contains(id), "{tree_id}: did not expect {id} in {ids:?}");
        }
        trees_covered.insert(*tree_id);
    }
    let all: std::collections::BTreeSet<&str> = rundskriv_core::trees::TREES.iter().map(|t| t.id).collect();
    assert_eq!(trees_covered, all, "every tree has hand-written cases");
}
