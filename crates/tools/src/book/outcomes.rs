//! One outcome in the book: its verdict, the text the user sees, the paragraphs it rests on
//! (quoted), why it is a krav where its `krav-override` says so, our readings about it with
//! the paragraphs they cite, and the scenarios that reach it.

use crate::book::anchors::outcome_anchor;
use crate::book::labels::verdict_label;
use crate::book::quote::quote;
use crate::book::scenarios::reaching;
use crate::book::texts::{fill, Texts};
use rundskriv_compiler::parse::review::Reading;
use rundskriv_compiler::parse::scenarios::ScenarioFile;
use rundskriv_compiler::parse::section_types::Section;
use rundskriv_compiler::parse::trees::Outcome;
use rundskriv_core::export::static_page::escape;
use rundskriv_core::ui_strings::Lang;
use std::fmt::Write as _;

/// What one outcome's section needs besides the outcome.
pub struct Context<'a> {
    pub tree: &'a str,
    pub sections: &'a [Section],
    pub texts: &'a Texts,
    pub readings: &'a [Reading],
    /// What each reading is about, as links (`about_links`).
    pub about: &'a dyn Fn(&Reading) -> String,
    /// Whether the outcome is one of `felles.toml`'s.
    pub shared: bool,
    pub scenarios: Option<&'a ScenarioFile>,
}

pub fn outcome_section(out: &mut String, outcome: &Outcome, context: &Context) {
    let texts = context.texts;
    let anchor = outcome_anchor(context.tree, &outcome.id);
    let _ = writeln!(
        out,
        "<section class=\"outcome\" id=\"{anchor}\" aria-labelledby=\"{anchor}-tittel\">\n<h4 id=\"{anchor}-tittel\">{}</h4>",
        escape(&outcome.title[Lang::Nb])
    );
    let verdict = fill(&texts.verdict, &[("verdict", verdict_label(outcome.verdict))]);
    let _ = writeln!(
        out,
        "<p><span class=\"{}\">{}</span> <span class=\"outcome-id\">({})</span></p>",
        outcome.verdict.css_class(),
        escape(&verdict),
        escape(&outcome.id)
    );
    if context.shared {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(&texts.shared));
    }
    let _ = writeln!(
        out,
        "<p class=\"label\">{}</p>\n<p class=\"user-text\">{}</p>",
        escape(&texts.text),
        escape(&outcome.text[Lang::Nb])
    );
    let _ = writeln!(out, "<p class=\"label\">{}</p>", escape(&texts.rests_on));
    for id in &outcome.cites {
        out.push_str(&quote(context.sections, id, texts));
    }
    if let Some(why) = &outcome.krav_override {
        let _ = writeln!(
            out,
            "<aside class=\"reading override\"><p class=\"ours\"><strong>{}</strong></p>\n<p>{}</p></aside>",
            escape(&texts.krav_override),
            escape(why)
        );
    }
    let about_it = context
        .readings
        .iter()
        .filter(|r| r.about.iter().any(|a| a.value == outcome.id));
    for reading in about_it {
        reading_block(out, reading, &(context.about)(reading), context.sections, texts);
    }
    reaching(out, context.tree, &outcome.id, context.scenarios, texts);
    out.push_str("</section>\n");
}

/// A reading, marked as ours, with what it is about (`about`, HTML) and the paragraphs it cites
/// quoted.
pub fn reading_block(out: &mut String, reading: &Reading, about: &str, sections: &[Section], texts: &Texts) {
    let (before, after) = texts
        .reading_about
        .split_once("{about}")
        .unwrap_or((&texts.reading_about, ""));
    let _ = writeln!(
        out,
        "<aside class=\"reading\"><p class=\"ours\"><strong>{}</strong> <span class=\"about\">{}{about}{}</span></p>\n<p>{}</p>\n<p class=\"label\">{}</p>",
        escape(&texts.reading),
        escape(before),
        escape(after),
        escape(&reading.text),
        escape(&texts.reading_cites)
    );
    for cite in &reading.cites {
        out.push_str(&quote(sections, &cite.value, texts));
    }
    out.push_str("</aside>\n");
}
