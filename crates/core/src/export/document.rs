//! The assessment as one document, walked once and written by a text format's `Writer`: the
//! Markdown file today. The walk stands apart from the format so that a further text format (the
//! HTML case document for the clipboard, issue 15) writes the very same document. What is only for
//! information comes last, never counted as the user's krav.

use super::Report;
use crate::assessment::{checklist, for_information, open_facts, progress, Item};
use crate::changes;
use crate::content::{BLOCKS, EDITION, OLDER_EDITIONS, SECTIONS};
use crate::labels::{answer_label, attention_marks, edition_name, follow_up_fields, summary_line, Label};
use crate::review::takes_follow_up;
use crate::route::Route;
use crate::trees::{Verdict, FACTS, OUTCOMES};
use crate::ui_strings::{t, tf, Key};

/// One text format's way of writing each part of the document.
pub trait Writer {
    fn title(&mut self, text: &str);
    /// A labelled fact about the document (its date, edition, link); `href` makes the value a link.
    fn meta(&mut self, label: &str, value: &str, href: Option<&str>);
    fn paragraph(&mut self, text: &str);
    /// A heading of level 2 (a verdict, the answers) or 3 (a point of the circular).
    fn heading(&mut self, level: u8, text: &str);
    fn list_start(&mut self);
    fn list_end(&mut self);
    /// A plain list entry; `strong` is emphasised after `text` (an answer after its question).
    fn entry(&mut self, text: &str, strong: Option<&str>);
    /// A checklist item; `check` is Some(settled) for the items followed up.
    fn item_start(&mut self, check: Option<bool>, title: &str, text: &str);
    /// A line under the item: a warning (`strong`) or a follow-up field.
    fn item_line(&mut self, text: &str, strong: bool);
    /// A sentence of the circular, quoted, with its paragraph id.
    fn quote(&mut self, text: &str, id: &str);
    fn item_end(&mut self);
}

/// Walks the whole assessment through `out`.
pub fn write(report: &Report, out: &mut dyn Writer) {
    let (answers, lang) = (report.answers, report.lang);
    let p = progress(answers);
    let items = checklist(&p);
    out.title(t(lang, Key::AssessmentTitle));
    out.meta(t(lang, Key::AssessmentDate), &report.today.display(lang), None);
    let edition = format!("{}, {}", EDITION.title, edition_name(&EDITION, lang));
    out.meta(t(lang, Key::AssessmentEditionLabel), &edition, Some(EDITION.url));
    out.meta(t(lang, Key::AssessmentLinkLabel), report.link, Some(report.link));
    out.paragraph(&summary_line(&items, &p, lang));
    out.heading(2, t(lang, Key::TreeAnswersTitle));
    out.list_start();
    for &fact in &p.asked {
        if let Some(&answer) = answers.get(&fact) {
            out.entry(
                &format!("{}:", FACTS[fact].question.get(lang)),
                Some(&answer_label(fact, answer, lang)),
            );
        }
    }
    out.list_end();
    for verdict in Verdict::LISTING_ORDER {
        let of_kind: Vec<&Item> = items
            .iter()
            .filter(|i| OUTCOMES[i.outcome].verdict == verdict)
            .collect();
        if !of_kind.is_empty() {
            write_verdict(out, verdict, &of_kind, report);
        }
    }
    let open = open_facts(&p);
    if !open.is_empty() {
        out.heading(2, t(lang, Key::TreeOpenTitle));
        out.list_start();
        for fact in open {
            out.entry(FACTS[fact].question.get(lang), None);
        }
        out.list_end();
    }
    // Last, what binds others or has lapsed: for information, never the user's krav.
    let info = for_information(&p);
    if !info.is_empty() {
        let info: Vec<&Item> = info.iter().collect();
        write_verdict(out, Verdict::Informasjon, &info, report);
    }
    write_changes(out, &items, report);
}

/// What changed in the circular since the edition before, for a build that carries one: the
/// changed points, those the checklist rests on marked, and where the changes are shown.
fn write_changes(out: &mut dyn Writer, items: &[Item], report: &Report) {
    let (Some(older), true) = (OLDER_EDITIONS.first(), changes::any()) else {
        return;
    };
    let lang = report.lang;
    out.heading(2, t(lang, Key::ChangesTitle));
    let (older, newest) = (edition_name(older, lang), edition_name(&EDITION, lang));
    out.paragraph(&tf(
        lang,
        Key::ExportChangesLead,
        &[("older", &older), ("newest", &newest)],
    ));
    out.list_start();
    for section in SECTIONS.iter().filter(|s| changes::point_changed(s)) {
        let in_checklist = items.iter().any(|i| SECTIONS[i.section].concept == section.concept);
        out.entry(
            &section.heading(),
            in_checklist.then(|| t(lang, Key::ExportChangesInChecklist)),
        );
    }
    out.list_end();
    // The app's own address, from the assessment's link: the changes page is beside it.
    let base = report.link.split_once('#').map_or(report.link, |(base, _)| base);
    let page = format!("{base}{}", Route::Changes { point: None }.href());
    out.meta(t(lang, Key::ChangesPointLink), &page, Some(&page));
}

/// One verdict's items under the points of the circular they rest on; an item the organisation
/// follows up gets a checkbox (ticked when settled), its warnings and its follow-up fields.
fn write_verdict(out: &mut dyn Writer, verdict: Verdict, items: &[&Item], report: &Report) {
    let lang = report.lang;
    out.heading(2, &format!("{} ({})", verdict.label(lang), items.len()));
    if verdict == Verdict::Informasjon {
        out.paragraph(t(lang, Key::InformationNote));
    }
    let mut last_section = None;
    for item in items {
        if last_section != Some(item.section) {
            if last_section.is_some() {
                out.list_end();
            }
            out.heading(3, &SECTIONS[item.section].heading());
            out.list_start();
            last_section = Some(item.section);
        }
        let o = &OUTCOMES[item.outcome];
        let f = report.follow.get(&item.outcome).cloned().unwrap_or_default();
        let followed = takes_follow_up(verdict);
        out.item_start(
            followed.then_some(f.status.is_settled()),
            o.title.get(lang),
            o.text.get(lang),
        );
        if followed {
            for mark in attention_marks(&f, report.today, report.interval, lang) {
                out.item_line(mark, true);
            }
            for (label, value) in follow_up_fields(&f, lang) {
                out.item_line(&format!("{label}: {value}"), false);
            }
        }
        for &cite in o.cites {
            out.quote(BLOCKS[cite].text(), &BLOCKS[cite].id());
        }
        out.item_end();
    }
    out.list_end();
}
