//! The self-assessment as Markdown, for case documents and wikis: the answers, every verdict with
//! its follow-up and the circular's words it rests on, the questions left open, and last what is
//! only for information (never counted as the user's krav).

use crate::assessment::{checklist, for_information, open_facts, progress, Item};
use crate::codec::follow_ups::FollowUps;
use crate::content::{BLOCKS, EDITION, SECTIONS};
use crate::engine::Answers;
use crate::labels::{answer_label, summary_line, Label};
use crate::trees::{Verdict, FACTS, OUTCOMES};
use crate::ui_strings::{t, Key, Lang};
use std::fmt::Write as _;

/// The whole assessment as Markdown. `link` is the shared link; `date` the day it is made.
pub fn markdown(answers: &Answers, follow: &FollowUps, lang: Lang, date: &str, link: &str) -> String {
    let p = progress(answers);
    let items = checklist(&p);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", t(lang, Key::AssessmentTitle));
    let _ = writeln!(out, "{}: {date}  ", t(lang, Key::AssessmentDate));
    let _ = writeln!(
        out,
        "{}: {} ({})  ",
        t(lang, Key::AssessmentEditionLabel),
        EDITION.title,
        EDITION.url
    );
    let _ = writeln!(out, "{}: {link}\n", t(lang, Key::AssessmentLinkLabel));
    let _ = writeln!(out, "{}\n", summary_line(&items, &p, lang));
    let _ = writeln!(out, "## {}\n", t(lang, Key::TreeAnswersTitle));
    for &fact in &p.asked {
        if let Some(&answer) = answers.get(&fact) {
            let _ = writeln!(
                out,
                "- {}: **{}**",
                FACTS[fact].question.get(lang),
                answer_label(fact, answer, lang)
            );
        }
    }
    for verdict in Verdict::LISTING_ORDER {
        let of_kind: Vec<&Item> = items
            .iter()
            .filter(|i| OUTCOMES[i.outcome].verdict == verdict)
            .collect();
        if !of_kind.is_empty() {
            write_verdict(&mut out, verdict, &of_kind, follow, lang);
        }
    }
    let open = open_facts(&p);
    if !open.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t(lang, Key::TreeOpenTitle));
        for fact in open {
            let _ = writeln!(out, "- {}", FACTS[fact].question.get(lang));
        }
    }
    let info = for_information(&p);
    if !info.is_empty() {
        let info: Vec<&Item> = info.iter().collect();
        write_verdict(&mut out, Verdict::Informasjon, &info, follow, lang);
    }
    out
}

/// One verdict's items under the points of the circular they rest on; a krav gets a checkbox.
fn write_verdict(out: &mut String, verdict: Verdict, items: &[&Item], follow: &FollowUps, lang: Lang) {
    let _ = writeln!(out, "\n## {} ({})\n", verdict.label(lang), items.len());
    if verdict == Verdict::Informasjon {
        let _ = writeln!(out, "{}\n", t(lang, Key::InformationNote));
    }
    let mut last_section = None;
    for item in items {
        if last_section != Some(item.section) {
            let _ = writeln!(out, "### {}\n", SECTIONS[item.section].heading());
            last_section = Some(item.section);
        }
        let o = &OUTCOMES[item.outcome];
        let f = follow.get(&item.outcome).cloned().unwrap_or_default();
        let check = match (verdict, f.done) {
            (Verdict::Krav, true) => "[x] ",
            (Verdict::Krav, false) => "[ ] ",
            _ => "",
        };
        let _ = writeln!(out, "- {check}**{}**  \n  {}", o.title.get(lang), o.text.get(lang));
        if !f.note.is_empty() {
            let _ = writeln!(out, "  {}: {}", t(lang, Key::AssessmentNote), f.note);
        }
        for &cite in o.cites {
            let block = &BLOCKS[cite];
            let _ = writeln!(out, "  > {} ({})", block.text, block.id);
        }
    }
}
