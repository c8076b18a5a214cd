//! The follow-up's formats: the CSV reads back field by field with an RFC 4180 reader (quotes,
//! semicolons and line breaks in notes survive) and carries what Excel needs, the case document's
//! HTML has its headings, lists and quotes and escapes the user's text, the e-mail stays within
//! the length mail programs keep, and a version 2 file of this build keeps importing.

use rundskriv_core::assessment::{checklist, progress};
use rundskriv_core::codec::follow_ups::{FollowUp, FollowUps, Status};
use rundskriv_core::content::{BLOCKS, SECTIONS};
use rundskriv_core::date::Date;
use rundskriv_core::engine::{possible_answers, Answer, Answers};
use rundskriv_core::export::case_document::case_document;
use rundskriv_core::export::csv::{csv, BOM};
use rundskriv_core::export::json::{from_json, to_json};
use rundskriv_core::export::mailto::{mailto, MAX_MAILTO_LEN};
use rundskriv_core::export::Report;
use rundskriv_core::percent;
use rundskriv_core::review::{takes_follow_up, ReviewInterval};
use rundskriv_core::trees::{fact_id, Verdict, OUTCOMES};
use rundskriv_core::ui_strings::Lang;

/// A version 2 export written by this build: it must keep importing after any later change.
const VERSION_2_FILE: &str = include_str!("corpus/assessment-v2.json");

fn full_assessment() -> Answers {
    let mut answers = Answers::new();
    answers.insert(fact_id("virksomhetstype").unwrap(), Answer::Choice(1));
    while let Some(f) = progress(&answers).next {
        answers.insert(f, possible_answers(f)[0]);
    }
    answers
}

fn day(iso: &str) -> Date {
    Date::parse_iso(iso).unwrap()
}

const HOSTILE_NOTE: &str = "Første linje; «sitat» \"med anførsel\"\r\nandre linje, <b>&</b>\n=SUM(A1)";

/// Every status once, on the followed items, with the awkward texts on the first.
fn follow_ups(answers: &Answers) -> FollowUps {
    let items = checklist(&progress(answers));
    let followed = items.iter().filter(|i| takes_follow_up(OUTCOMES[i.outcome].verdict));
    let mut follow = FollowUps::new();
    for (item, &status) in followed.zip(Status::ALL.iter().cycle()) {
        follow.insert(
            item.outcome,
            FollowUp {
                status,
                note: if follow.is_empty() { HOSTILE_NOTE.into() } else { "Begrunnet".into() },
                owner: "Seksjon for «IT»; Kari".into(),
                deadline: Some(day("2026-06-30")),
                evidence: "=cmd|' /C calc'!A0".into(),
                changed: Some(day("2025-11-01")),
            },
        );
    }
    follow
}

fn report<'a>(answers: &'a Answers, follow: &'a FollowUps, lang: Lang, link: &'a str) -> Report<'a> {
    Report {
        answers,
        follow,
        lang,
        today: day("2026-12-02"),
        interval: ReviewInterval::default(),
        link,
    }
}

/// An RFC 4180 reader with `;` between fields: the test's own, independent of the writer.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted && field.is_empty() && row.is_empty(), "the file ends with a line end");
    rows
}

#[test]
fn the_csv_reads_back_field_by_field() {
    let answers = full_assessment();
    let follow = follow_ups(&answers);
    let text = csv(&report(&answers, &follow, Lang::Nb, "link"));
    assert!(text.starts_with(BOM), "Excel needs the byte order mark to read UTF-8");
    assert!(!text.contains("sep="), "a sep= line makes Excel ignore the byte order mark");
    let rows = read_csv(&text[BOM.len()..]);
    assert_eq!(rows[0][..5], ["Punkt", "Avsnitt", "Vurdering", "Tittel", "Status"]);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "every row has every field");
    let items: Vec<_> = checklist(&progress(&answers))
        .into_iter()
        .filter(|i| OUTCOMES[i.outcome].verdict != Verdict::GjelderIkke)
        .collect();
    assert_eq!(rows.len(), items.len() + 1);
    for (row, item) in rows[1..].iter().zip(&items) {
        let o = &OUTCOMES[item.outcome];
        assert_eq!(row[0], SECTIONS[item.section].number);
        assert_eq!(row[1], o.cites.iter().map(|&c| BLOCKS[c].id).collect::<Vec<_>>().join("\n"));
        assert_eq!(row[3], o.title.get(Lang::Nb));
        assert_eq!(row[12], o.cites.iter().map(|&c| BLOCKS[c].text).collect::<Vec<_>>().join("\n"));
        match follow.get(&item.outcome) {
            Some(f) => {
                assert_eq!(row[5], f.note, "the note as written, line breaks and quotes kept");
                assert_eq!(row[6], f.owner);
                assert_eq!((row[7].as_str(), row[9].as_str()), ("2026-06-30", "2025-11-01"));
                assert_eq!(row[8], "'=cmd|' /C calc'!A0", "a formula is defused");
                let overdue = if f.status.is_settled() { "Nei" } else { "Ja" };
                assert_eq!((row[10].as_str(), row[11].as_str()), (overdue, "Ja"));
            }
            None => assert!(!takes_follow_up(o.verdict) && row[4..12].iter().all(String::is_empty)),
        }
    }
    let statuses: Vec<&str> = rows[1..].iter().map(|r| r[4].as_str()).collect();
    for status in ["Oppfylt", "Ikke oppfylt", "Ikke relevant", "Under arbeid", "Ikke påbegynt"] {
        assert!(statuses.contains(&status), "{status}");
    }
    assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\r') || text.contains(HOSTILE_NOTE));
}

#[test]
fn the_case_document_keeps_its_structure_and_escapes_the_users_text() {
    let answers = full_assessment();
    let follow = follow_ups(&answers);
    for lang in Lang::ALL {
        let html = case_document(&report(&answers, &follow, lang, "https://x/#/egenvurdering?a=1&b=2"));
        assert_eq!(html.matches("<h1>").count(), 1);
        assert!(html.contains("<h2>") && html.contains("<h3>") && html.contains("<blockquote><p>"));
        for tag in ["ul", "li", "p", "blockquote", "h2", "h3", "strong"] {
            assert_eq!(
                html.matches(&format!("<{tag}>")).count(),
                html.matches(&format!("</{tag}>")).count(),
                "<{tag}> is closed ({lang:?})"
            );
        }
        assert!(!html.contains("<b>&</b>") && html.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
        assert!(html.contains("href=\"https://x/#/egenvurdering?a=1&amp;b=2\""));
        assert!(!html.contains("<ul>\n</ul>"), "no empty lists");
        assert!(html.contains("☑") && html.contains("☐"));
    }
}

#[test]
fn the_email_stays_within_what_mail_programs_keep() {
    let answers = full_assessment();
    let follow = follow_ups(&answers);
    let short = "https://example.org/#/egenvurdering/resultat?svar=virksomhetstype:departement";
    let mail = mailto(&report(&answers, &follow, Lang::Nb, short));
    assert!(mail.has_link && percent::decode(&mail.href).contains(short), "{}", mail.href);
    assert!(mail.href.starts_with("mailto:?subject=Egenvurdering%20etter%20"));
    assert!(mail.href.contains("%0D%0A"), "lines end in CRLF");
    assert_eq!(mail.href.matches('&').count(), 1, "only the one between subject and body");
    assert!(!mail.href["mailto:?".len()..].contains([' ', '\n', '#', '/', '?']));
    let long = format!("https://example.org/#/egenvurdering/resultat?oppf={}", "x".repeat(3000));
    let mail = mailto(&report(&answers, &follow, Lang::Nb, &long));
    assert!(!mail.has_link && mail.href.len() <= MAX_MAILTO_LEN);
    assert!(mail.href.contains("JSON"), "it says to send the file instead");
    for lang in Lang::ALL {
        assert!(mailto(&report(&answers, &follow, lang, &long)).href.len() <= MAX_MAILTO_LEN);
    }
}

#[test]
fn a_version_2_file_from_this_build_still_imports() {
    let (answers, follow) = from_json(VERSION_2_FILE).expect("a version 2 file imports");
    assert_eq!(follow.len(), follow_ups(&answers).len());
    assert_eq!(follow, follow_ups(&answers));
    assert_eq!(to_json(&answers, &follow, Lang::Nb, "2026-12-02"), VERSION_2_FILE);
    // A status or date this version does not know refuses the file.
    assert!(from_json(&VERSION_2_FILE.replacen("\"oppfylt\"", "\"kanskje\"", 1)).is_err());
    assert!(from_json(&VERSION_2_FILE.replacen("\"2026-06-30\"", "\"30.06.2026\"", 1)).is_err());
}

#[test]
#[ignore = "writes tests/corpus/assessment-v2.json; run once when the format gains a version"]
fn write_the_version_2_corpus_file() {
    let answers = full_assessment();
    let text = to_json(&answers, &follow_ups(&answers), Lang::Nb, "2026-12-02");
    std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/assessment-v2.json"), text).unwrap();
}
