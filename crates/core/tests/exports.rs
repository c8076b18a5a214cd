//! The self-assessment's exports: the JSON file imports to the same assessment, files of format
//! version 1 written by earlier builds still import, foreign, damaged and hostile files are refused
//! with their reason, and the Markdown holds every verdict, answer and quote.

mod support;

use rundskriv_core::assessment::{checklist, for_information, progress};
use rundskriv_core::codec::answers::DecodeError;
use rundskriv_core::codec::follow_ups::{FollowUp, FollowUps, Status};
use rundskriv_core::content::{BLOCKS, EDITION, SECTIONS};
use rundskriv_core::date::Date;
use rundskriv_core::engine::{Answer, Answers};
use rundskriv_core::export::json::{from_json, to_json, ImportError, Imported};
use rundskriv_core::export::markdown::markdown;
use rundskriv_core::export::Report;
use rundskriv_core::labels::Label;
use rundskriv_core::limits::{MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH};
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::review::ReviewInterval;
use rundskriv_core::trees::{fact_id, Verdict, OUTCOMES};
use rundskriv_core::ui_strings::Lang;
use support::full_assessment;

/// An export of format version 1, written by the build before report.rs was split up.
const VERSION_1_FILE: &str = include_str!("corpus/assessment-v1.json");

fn some_follow_ups(answers: &Answers) -> FollowUps {
    let items = checklist(&progress(answers));
    let mut follow = FollowUps::new();
    follow.insert(
        items[0].outcome,
        FollowUp::new(Status::Oppfylt, "Bestilt, «sak 2026/12», 50 % ferdig"),
    );
    follow.insert(
        items[1].outcome,
        FollowUp {
            status: Status::IkkeRelevant,
            note: "<script>alert(1)</script>\n\"sitat\" \\ \t".into(),
            owner: "Kari Nordmann; IT".into(),
            deadline: Date::parse_iso("2026-01-15"),
            evidence: "https://sak.example/26/12".into(),
            changed: Date::parse_iso("2025-11-01"),
        },
    );
    follow
}

/// The version 1 file with its first note replaced by `note`, written as raw JSON string content.
fn with_note(raw_note: &str) -> String {
    let start = VERSION_1_FILE.find("\"note\": \"").unwrap() + "\"note\": \"".len();
    let end = start + VERSION_1_FILE[start..].find("\" }").unwrap();
    format!("{}{raw_note}{}", &VERSION_1_FILE[..start], &VERSION_1_FILE[end..])
}

#[test]
fn json_export_imports_to_the_same_assessment() {
    for lang in Lang::ALL {
        let answers = full_assessment();
        let follow = some_follow_ups(&answers);
        let text = to_json(&answers, &follow, lang, "2026-11-27");
        let imported = Imported {
            answers,
            follow,
            made_under: MadeUnder::Newest,
        };
        assert_eq!(from_json(&text), Ok(imported), "{text}");
    }
}

#[test]
fn a_version_1_file_from_an_earlier_build_still_imports() {
    let Imported { answers, follow, .. } = from_json(VERSION_1_FILE).expect("a version 1 file imports");
    let answers_start = VERSION_1_FILE.find("\"answers\"").unwrap();
    let answers_end = VERSION_1_FILE.find("\"followUp\"").unwrap();
    assert_eq!(
        answers.len(),
        VERSION_1_FILE[answers_start..answers_end].matches(": \"").count()
    );
    assert_eq!(answers[&fact_id("prosjektkostnad").unwrap()], Answer::Number(12.5));
    assert_eq!(answers[&fact_id("ks-ordningen").unwrap()], Answer::Unknown);
    let notes: Vec<&FollowUp> = follow.values().collect();
    assert_eq!(notes.len(), 2);
    assert!(notes.contains(&&FollowUp::new(
        Status::Oppfylt,
        "Bestilt, «sak 2026/12» \"ok\"\nlinje 2\t<b>&</b>"
    )));
    // Exported again, it is a version 2 file with the same header and follow-ups (now with
    // statuses), and of its answers those the trees
    // still ask, each as the file had it (a tree that now asks a new question first leaves the
    // answers after it out until that question is answered). The checklist is recomputed: the old
    // file still lists KMD's duty as the user's krav; now it is information, apart from the checklist.
    let again = to_json(&answers, &follow, Lang::Nb, "2026-11-27");
    let answers_part = |text: &str| {
        part(text, "\"answers\"", "\"followUp\"")
            .lines()
            .map(|l| l.trim_end_matches(',').to_string())
            .collect::<Vec<_>>()
    };
    assert!(again.contains("\"version\": 2,"));
    assert_eq!(
        part(&again, "\"edition\"", "\"answers\""),
        part(VERSION_1_FILE, "\"edition\"", "\"answers\"")
    );
    let old_answers = answers_part(VERSION_1_FILE);
    for line in answers_part(&again).iter().filter(|l| l.contains(": \"")) {
        assert!(old_answers.contains(line), "{line}");
    }
    let kmd = "{ \"key\": \"it-satsingsforslag/kmd-vurderer\", \"verdict\": ";
    assert!(VERSION_1_FILE.contains(&format!("{kmd}\"krav\"")));
    let information = &again[again.find("\"forInformation\"").expect("the information list")..];
    assert!(information.contains(&format!("{kmd}\"informasjon\"")), "{again}");
    assert!(!again[..again.len() - information.len()].contains(kmd), "{again}");
    let Imported {
        answers: answers_again,
        follow: follow_again,
        ..
    } = from_json(&again).expect("the export imports");
    assert_eq!(follow_again, follow);
    assert!(answers_again.iter().all(|(f, a)| answers.get(f) == Some(a)));
}

/// The part of `text` from `from` up to `to`.
fn part<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    &text[text.find(from).unwrap()..text.find(to).unwrap()]
}

#[test]
fn foreign_truncated_and_hostile_files_are_refused_with_a_reason() {
    let good = to_json(&full_assessment(), &FollowUps::new(), Lang::Nb, "2026-11-27");
    assert_eq!(from_json(&good[..good.len() / 2]), Err(ImportError::NotJson));
    assert_eq!(
        from_json("{\"format\": \"noe annet\"}"),
        Err(ImportError::NotAnAssessment)
    );
    assert_eq!(from_json("[1, 2]"), Err(ImportError::NotAnAssessment));
    let version = |v: &str| good.replace("\"version\": 2", &format!("\"version\": {v}"));
    assert_eq!(from_json(&version("7")), Err(ImportError::NewerVersion));
    assert_eq!(from_json(&version("3")), Err(ImportError::NewerVersion));
    assert_eq!(from_json(&version("\"2\"")), Err(ImportError::NotAnAssessment));
    // A file of an edition this build does not know is read, and says which it was.
    let other = from_json(&good.replace(EDITION.id, "id123")).expect("read all the same");
    assert_eq!(other.made_under, MadeUnder::Unknown("id123".into()));
    assert_eq!(other.answers, full_assessment());
    assert_eq!(
        from_json(&good.replace(EDITION.id, "")),
        Err(ImportError::NotAnAssessment)
    );
    assert_eq!(from_json(&"[".repeat(100_000)), Err(ImportError::NotJson));
    let wrong_type = good.replacen("\"forvaltningsorgan\"", "17", 1);
    assert_eq!(
        from_json(&wrong_type),
        Err(ImportError::BadAnswers(DecodeError::Garbled("virksomhetstype".into())))
    );
    let injected = good.replacen("\"forvaltningsorgan\"", "\"forvaltningsorgan,krever-innlogging:ja\"", 1);
    assert!(matches!(from_json(&injected), Err(ImportError::BadAnswers(_))));
    let unknown_fact = good.replacen("\"virksomhetstype\"", "\"virksomhetstype,krever-innlogging\"", 1);
    assert!(matches!(
        from_json(&unknown_fact),
        Err(ImportError::BadAnswers(DecodeError::UnknownFact(_)))
    ));
}

#[test]
fn size_and_nesting_are_bounded_before_the_file_is_read() {
    let padded = format!("{}{}", VERSION_1_FILE, " ".repeat(MAX_IMPORT_BYTES));
    assert_eq!(from_json(&padded), Err(ImportError::TooLarge));
    let nested = |depth: usize| {
        let extra = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        VERSION_1_FILE.replacen("\"language\"", &format!("\"extra\": {extra},\n  \"language\""), 1)
    };
    // The file itself is nested two deep (an object in the checklist array); unknown fields are skipped.
    assert!(from_json(&nested(MAX_IMPORT_DEPTH - 1)).is_ok());
    assert_eq!(from_json(&nested(MAX_IMPORT_DEPTH)), Err(ImportError::NotJson));
    // Brackets inside strings do not count, escaped quotes do not end a string.
    let bracketed = "[[[[[[[[[[\\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[";
    let follow = from_json(&with_note(bracketed))
        .expect("brackets in a note are text")
        .follow;
    assert!(follow.values().any(|f| f.note.starts_with("[[[[[[[[[[\"[[[[")));
}

#[test]
fn escapes_are_read_and_an_invalid_surrogate_pair_is_a_replacement_character() {
    let note = |raw: &str| from_json(&with_note(raw)).map(|file| file.follow.values().next().unwrap().note.clone());
    assert_eq!(note("\\ud83d\\ude00 \\u00e5 \\n\\/"), Ok("😀 å \n/".to_string()));
    // The reader combined a high surrogate with any following `\u` escape: this was U+10041.
    assert_eq!(note("\\ud800\\u0041"), Ok("\u{FFFD}A".to_string()));
    assert_eq!(note("\\udc00"), Ok("\u{FFFD}".to_string()));
}

#[test]
fn import_errors_are_explained_in_the_users_language() {
    let error = ImportError::BadAnswers(DecodeError::UnknownFact("finnes-ikke".into()));
    for lang in Lang::ALL {
        assert!(error.describe(lang).contains("finnes-ikke"), "{lang:?}");
        assert_ne!(
            ImportError::NotJson.describe(lang),
            ImportError::TooLarge.describe(lang)
        );
    }
}

#[test]
fn markdown_holds_every_verdict_answer_and_quote() {
    let answers = full_assessment();
    let follow = some_follow_ups(&answers);
    let md = markdown(&report(&answers, &follow, Lang::Nb));
    for item in checklist(&progress(&answers)) {
        let o = &OUTCOMES[item.outcome];
        assert!(md.contains(o.title.get(Lang::Nb)), "{}", o.id);
        assert!(md.contains(&format!("### {}\n", SECTIONS[item.section].heading())));
        for &c in o.cites {
            assert!(md.contains(&BLOCKS[c].id()));
        }
    }
    assert!(md.contains("[x] "));
    assert!(md.contains("Bestilt, «sak 2026/12»"));
    // The follow-up's fields, dates as Norwegian writes them, and the warnings.
    assert!(md.contains("  - Status: Ikke relevant\n"), "{md}");
    assert!(md.contains("  - Ansvarlig: Kari Nordmann; IT\n"));
    assert!(md.contains("  - Frist: 15.01.2026\n"));
    assert!(md.contains("  - Sist endret: 01.11.2025\n"));
    assert!(md.contains("  - **Bør gjennomgås på nytt**\n"));
    assert!(!md.contains("Fristen er passert"), "a settled item is never overdue");
    assert!(
        md.contains("<script>alert(1)</script>\n    \"sitat\""),
        "a note's line break stays in its item"
    );
}

/// A report made on 2026-12-02 with the default review interval.
fn report<'a>(answers: &'a Answers, follow: &'a FollowUps, lang: Lang) -> Report<'a> {
    Report {
        answers,
        follow,
        lang,
        today: Date::parse_iso("2026-12-02").unwrap(),
        interval: ReviewInterval::default(),
        link: "https://example/#/egenvurdering",
    }
}

#[test]
fn markdown_lists_verdicts_what_must_be_done_first() {
    let md = markdown(&report(&full_assessment(), &FollowUps::new(), Lang::En));
    let found: Vec<usize> = Verdict::LISTING_ORDER
        .iter()
        .filter_map(|v| md.find(&format!("\n## {} (", v.label(Lang::En))))
        .collect();
    assert!(found.len() >= 2, "{md}");
    assert!(found.windows(2).all(|w| w[0] < w[1]), "{md}");
}

#[test]
fn markdown_puts_information_last_with_our_note_and_never_under_krav() {
    let answers = full_assessment();
    let md = markdown(&report(&answers, &FollowUps::new(), Lang::Nb));
    let info_heading = format!("\n## {} (", Verdict::Informasjon.label(Lang::Nb));
    let info_at = md.find(&info_heading).expect("a Til orientering section");
    // The last section, after the open questions, and it starts with our note.
    assert!(!md[info_at + 1..].contains("\n## "), "{md}");
    let note = rundskriv_core::ui_strings::t(Lang::Nb, rundskriv_core::ui_strings::Key::InformationNote);
    assert!(md[info_at..].contains(note), "{md}");
    let info = for_information(&progress(&answers));
    assert!(!info.is_empty());
    for item in &info {
        let title = OUTCOMES[item.outcome].title.get(Lang::Nb);
        let at = md
            .find(&format!("**{title}**"))
            .expect("every information item is listed");
        assert!(at > info_at, "{title} is listed before Til orientering");
        let line_start = md[..at].rfind('\n').map_or(0, |i| i + 1);
        assert_eq!(&md[line_start..at], "- ", "information gets no checkbox: {title}");
    }
}
