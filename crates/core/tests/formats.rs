//! The documents of issue 15: the CSV read back by an independent CSV reader (every field, quotes
//! and line breaks in a note, formulas guarded), the case document's HTML and plain text, and the
//! e-mail at its length limit.

mod support;

use rundskriv_core::assessment::{checklist, progress};
use rundskriv_core::codec::follow_ups::{FollowUp, FollowUps, Status};
use rundskriv_core::content::{BLOCKS, SECTIONS};
use rundskriv_core::date::Date;
use rundskriv_core::engine::Answers;
use rundskriv_core::export::case_document::{html, plain};
use rundskriv_core::export::csv::csv;
use rundskriv_core::export::mail::{mailto, MAX_MAILTO_CHARS};
use rundskriv_core::export::Report;
use rundskriv_core::labels::Label;
use rundskriv_core::percent;
use rundskriv_core::review::{takes_follow_up, ReviewInterval};
use rundskriv_core::trees::OUTCOMES;
use rundskriv_core::ui_strings::{t, Key, Lang};
use support::full_assessment;

const NOTE: &str = "Bestilt i «sak 2026/12»; \"haster\"\nandre linje\r\ntredje";

/// Two followed items with awkward texts (the second one overdue), the rest unset.
fn follow_ups(answers: &Answers) -> FollowUps {
    let followed: Vec<_> = checklist(&progress(answers))
        .into_iter()
        .filter(|i| takes_follow_up(OUTCOMES[i.outcome].verdict))
        .collect();
    let mut follow = FollowUps::new();
    follow.insert(
        followed[0].outcome,
        FollowUp {
            status: Status::IkkeRelevant,
            note: NOTE.into(),
            owner: "=HYPERLINK(\"https://evil.example\")".into(),
            deadline: Date::parse_iso("2027-06-30"),
            evidence: "-sak 26/1; +2".into(),
            changed: Date::parse_iso("2026-12-01"),
        },
    );
    follow.insert(
        followed[1].outcome,
        FollowUp {
            status: Status::UnderArbeid,
            deadline: Date::parse_iso("2026-01-31"),
            ..FollowUp::default()
        },
    );
    follow
}

fn report<'a>(answers: &'a Answers, follow: &'a FollowUps, lang: Lang, link: &'a str) -> Report<'a> {
    Report {
        answers,
        follow,
        lang,
        today: Date::parse_iso("2026-12-02").unwrap(),
        interval: ReviewInterval::default(),
        link,
    }
}

#[test]
fn the_csv_reads_back_field_by_field_with_a_csv_reader() {
    let answers = full_assessment();
    let follow = follow_ups(&answers);
    for lang in Lang::ALL {
        let text = csv(&report(&answers, &follow, lang, "https://x/"));
        let body = text.strip_prefix('\u{FEFF}').expect("a byte order mark for Excel");
        assert!(body.contains("\r\n") && !body.replace("\r\n", "").contains("\r\n"));
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(body.as_bytes());
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
            .collect();
        assert_eq!(rows[0][0], t(lang, Key::CsvPoint));
        assert_eq!(rows[0][5], t(lang, Key::FollowNote));
        let items = checklist(&progress(&answers));
        assert_eq!(rows.len(), items.len() + 1, "one row per checklist item");
        for (item, row) in items.iter().zip(&rows[1..]) {
            let o = &OUTCOMES[item.outcome];
            let f = follow.get(&item.outcome).cloned().unwrap_or_default();
            let ids: Vec<String> = o.cites.iter().map(|&c| BLOCKS[c].id()).collect();
            let quotes: Vec<&str> = o.cites.iter().map(|&c| BLOCKS[c].text()).collect();
            let status = if takes_follow_up(o.verdict) {
                f.status.label(lang)
            } else {
                ""
            };
            let guard = |s: &str| {
                if s.starts_with(['=', '+', '-', '@']) {
                    format!("'{s}")
                } else {
                    s.to_string()
                }
            };
            let expected = [
                SECTIONS[item.section].heading(),
                ids.join(" "),
                o.verdict.label(lang).to_string(),
                o.title.get(lang).to_string(),
                status.to_string(),
                guard(&f.note),
                guard(&f.owner),
                f.deadline.map(Date::iso).unwrap_or_default(),
                guard(&f.evidence),
                f.changed.map(Date::iso).unwrap_or_default(),
                guard(&quotes.join("\n\n")),
            ];
            assert_eq!(row, &expected, "{}", o.id);
        }
        let noted = &rows[1..]
            .iter()
            .find(|r| r[5] == NOTE)
            .expect("the note, quotes and line breaks intact");
        assert_eq!(noted[6], "'=HYPERLINK(\"https://evil.example\")", "a formula is text");
        assert_eq!(noted[8], "'-sak 26/1; +2");
        assert_eq!((noted[7].as_str(), noted[9].as_str()), ("2027-06-30", "2026-12-01"));
    }
}

#[test]
fn the_case_document_is_plain_escaped_html_and_the_same_in_text() {
    let answers = full_assessment();
    let mut follow = follow_ups(&answers);
    let first = *follow.keys().next().unwrap();
    follow.get_mut(&first).unwrap().owner = "<script>alert(1)</script> & <b>".into();
    let doc = html(&report(
        &answers,
        &follow,
        Lang::Nb,
        "https://example.org/#/egenvurdering?a=1&b=2",
    ));
    assert!(doc.starts_with("<div lang=\"nb\">\n<h1>"));
    for banned in ["<script", "<style", "class=", "style=", "<b>", "onclick"] {
        assert!(!doc.contains(banned), "{banned}");
    }
    assert!(doc.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;"));
    assert!(doc.contains("href=\"https://example.org/#/egenvurdering?a=1&amp;b=2\""));
    assert!(doc.contains("<h2>") && doc.contains("<h3>") && doc.contains("<ul>") && doc.contains("<li>"));
    // Every checklist item's quotes, in bokmål, and balanced lists.
    for item in checklist(&progress(&answers)) {
        for &c in OUTCOMES[item.outcome].cites {
            assert!(doc.contains(&format!(
                "<blockquote lang=\"nb\"><p>{}",
                rundskriv_core::export::case_document::escape(BLOCKS[c].text())
            )));
        }
    }
    for tag in ["ul", "li", "blockquote", "div", "p", "h2", "h3"] {
        let opened = doc.matches(&format!("<{tag}>")).count() + doc.matches(&format!("<{tag} ")).count();
        assert_eq!(opened, doc.matches(&format!("</{tag}>")).count(), "<{tag}> balanced");
    }
    assert!(doc.contains("Bestilt i «sak 2026/12»; &quot;haster&quot;<br>andre linje"));
    assert!(doc.contains("<strong>Fristen er passert</strong>"));

    let text = plain(&report(&answers, &follow, Lang::Nb, "https://example.org/"));
    assert!(
        !text.contains('<') || text.contains("<script>alert(1)</script>"),
        "text is not HTML"
    );
    assert!(text.starts_with("Egenvurdering\n=============\n"));
    assert!(text.contains("  - Begrunnelse eller notat: Bestilt i «sak 2026/12»; \"haster\"\n    andre linje"));
    assert!(text.contains("  - ! Fristen er passert\n"));
    let item = &OUTCOMES[first];
    assert!(text.contains(&format!("- [x] {}\n", item.title.get(Lang::Nb))));
    assert!(text.contains(&format!(
        "  > {} ({})\n",
        BLOCKS[item.cites[0]].text().replace('\n', "\n  > "),
        BLOCKS[item.cites[0]].id()
    )));
}

/// The body of a `mailto:` address, decoded.
fn body(url: &str) -> String {
    percent::decode(url.split_once("&body=").unwrap().1)
}

#[test]
fn the_e_mail_keeps_the_link_up_to_the_limit_and_says_when_it_leaves_it_out() {
    let answers = full_assessment();
    let follow = FollowUps::new();
    let bare = mailto(&report(&answers, &follow, Lang::Nb, ""));
    assert!(bare.has_link && bare.url.starts_with("mailto:?subject=Egenvurdering%20etter"));
    // "a" is encoded as itself: a link of `room` letters makes the address exactly the limit.
    let room = MAX_MAILTO_CHARS - bare.url.len();
    let fits = "a".repeat(room);
    let mail = mailto(&report(&answers, &follow, Lang::Nb, &fits));
    assert_eq!((mail.url.len(), mail.has_link), (MAX_MAILTO_CHARS, true));
    assert!(body(&mail.url).ends_with(&format!("Hele vurderingen:\r\n{fits}")));
    let too_long = "a".repeat(room + 1);
    let mail = mailto(&report(&answers, &follow, Lang::Nb, &too_long));
    assert!(!mail.has_link && mail.url.len() <= MAX_MAILTO_CHARS);
    assert!(!mail.url.contains(&too_long));
    assert!(body(&mail.url).ends_with(t(Lang::Nb, Key::MailLinkTooLong)));
    // The counts per status, and no recipient.
    let body = body(&mail.url);
    let total = checklist(&progress(&answers))
        .iter()
        .filter(|i| takes_follow_up(OUTCOMES[i.outcome].verdict))
        .count();
    assert!(body.contains(&format!("- Ikke påbegynt: {total}\r\n")), "{body}");
    assert!(mail.url.starts_with("mailto:?"));
}

#[test]
fn the_e_mail_names_what_is_overdue_and_counts_what_does_not_fit() {
    let answers = full_assessment();
    let mut follow = FollowUps::new();
    let followed: Vec<_> = checklist(&progress(&answers))
        .into_iter()
        .filter(|i| takes_follow_up(OUTCOMES[i.outcome].verdict))
        .collect();
    for item in &followed {
        follow.insert(
            item.outcome,
            FollowUp {
                status: Status::IkkeOppfylt,
                deadline: Date::parse_iso("2026-01-01"),
                ..FollowUp::default()
            },
        );
    }
    for lang in Lang::ALL {
        let mail = mailto(&report(
            &answers,
            &follow,
            lang,
            "https://example.org/#/egenvurdering/resultat",
        ));
        let text = body(&mail.url);
        assert!(
            mail.url.len() <= MAX_MAILTO_CHARS && mail.has_link,
            "{}",
            mail.url.len()
        );
        assert!(text.contains(t(lang, Key::MailOverdueTitle)));
        assert!(text.contains(OUTCOMES[followed[0].outcome].title.get(lang)));
        assert!(text.contains(&format!("{}: {}", Status::IkkeOppfylt.label(lang), followed.len())));
    }
    // A link that leaves room for few titles: the first are named, the rest counted.
    let link = "a".repeat(1200);
    let mail = mailto(&report(&answers, &follow, Lang::Nb, &link));
    assert!(mail.has_link && mail.url.len() <= MAX_MAILTO_CHARS);
    assert!(body(&mail.url).contains(" til\r\n"), "{}", body(&mail.url));
}
