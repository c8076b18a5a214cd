//! The follow-up's file format: a version 2 file of this build, every status on it and awkward
//! text in its fields, keeps importing as it was written (its paragraph ids those of 2026-12-02),
//! and refuses what it does not know.

mod support;

use rundskriv_core::assessment::{checklist, progress};
use rundskriv_core::codec::follow_ups::{FollowUp, FollowUps, Status};
use rundskriv_core::content::FROZEN_POINTS;
use rundskriv_core::date::Date;
use rundskriv_core::engine::Answers;
use rundskriv_core::export::json::{from_json, to_json, Imported};
use rundskriv_core::review::takes_follow_up;
use rundskriv_core::trees::OUTCOMES;
use rundskriv_core::ui_strings::Lang;
use support::full_assessment;

/// A version 2 export written by this build: it must keep importing after any later change.
const VERSION_2_FILE: &str = include_str!("corpus/assessment-v2.json");

const HOSTILE_NOTE: &str = "Første linje; «sitat» \"med anførsel\"\r\nandre linje, <b>&</b>\n=SUM(A1)";

/// Every status once, on the followed items, with the awkward texts on the first.
fn every_status(answers: &Answers) -> FollowUps {
    let items = checklist(&progress(answers));
    let followed = items.iter().filter(|i| takes_follow_up(OUTCOMES[i.outcome].verdict));
    let mut follow = FollowUps::new();
    for (item, &status) in followed.zip(Status::ALL.iter().cycle()) {
        follow.insert(
            item.outcome,
            FollowUp {
                status,
                note: if follow.is_empty() {
                    HOSTILE_NOTE.into()
                } else {
                    "Begrunnet".into()
                },
                owner: "Seksjon for «IT»; Kari".into(),
                deadline: Date::parse_iso("2026-06-30"),
                evidence: "=cmd|' /C calc'!A0".into(),
                changed: Date::parse_iso("2025-11-01"),
            },
        );
    }
    follow
}

#[test]
fn a_version_2_file_from_this_build_still_imports() {
    let Imported { answers, follow, .. } = from_json(VERSION_2_FILE).expect("a version 2 file imports");
    assert_eq!(follow.len(), every_status(&answers).len());
    assert_eq!(follow, every_status(&answers));
    // Written again it is the same file, but for the ids of the paragraphs cited, which since
    // issue #14 begin with their point's concept, not its number (`1-6-krav-krr`).
    let renamed = FROZEN_POINTS
        .iter()
        .fold(VERSION_2_FILE.to_string(), |file, (number, concept)| {
            file.replace(&format!("\"{}-", number.replace('.', "-")), &format!("\"{concept}-"))
        });
    assert_ne!(renamed, VERSION_2_FILE, "the file cites paragraphs by their old ids");
    assert_eq!(to_json(&answers, &follow, Lang::Nb, "2026-12-02"), renamed);
    // A status or date this version does not know refuses the file.
    assert!(from_json(&VERSION_2_FILE.replacen("\"oppfylt\"", "\"kanskje\"", 1)).is_err());
    assert!(from_json(&VERSION_2_FILE.replacen("\"2026-06-30\"", "\"30.06.2026\"", 1)).is_err());
}

#[test]
#[ignore = "writes tests/corpus/assessment-v2.json; run once when the format gains a version"]
fn write_the_version_2_corpus_file() {
    let answers = full_assessment();
    let text = to_json(&answers, &every_status(&answers), Lang::Nb, "2026-12-02");
    std::fs::write(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/assessment-v2.json"),
        text,
    )
    .unwrap();
}
