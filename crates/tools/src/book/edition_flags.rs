//! The review book's list of verdicts the newest edition's words touched: per tree, outcome and
//! paragraph, what changed since the edition the outcome was written for, and who confirmed it
//! for the new edition (`rundskriv_compiler::editions::flags`). Nothing when no words changed.

use crate::book::texts::{fill, Texts};
use rundskriv_compiler::editions::flags::{Fate, Flag};
use rundskriv_compiler::Content;
use rundskriv_core::export::static_page::escape;
use std::fmt::Write as _;

/// The section, after the sign-off summary.
pub fn edition_flags(out: &mut String, content: &Content, texts: &Texts) {
    let Some(first) = content.flags.first() else {
        return;
    };
    let lead = fill(
        &texts.flags_lead,
        &[("from", &first.from_edition), ("to", &first.to_edition)],
    );
    let _ = writeln!(
        out,
        "<section class=\"edition-flags\" aria-labelledby=\"utgaveflagg\">\n<h2 id=\"utgaveflagg\">{}</h2>\n<p>{}</p>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(&texts.flags_title),
        escape(&lead),
        escape(&texts.flags_tree),
        escape(&texts.flags_outcome),
        escape(&texts.flags_paragraph),
        escape(&texts.flags_change),
        escape(&texts.flags_confirmed)
    );
    for flag in &content.flags {
        let confirmed = content.confirmations.iter().find(|r| flag.confirmed_by(r));
        let by = confirmed.map_or(String::new(), |r| {
            fill(&texts.flag_confirmed, &[("by", &r.by), ("date", &r.date.to_string())])
        });
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td lang=\"nb\">{}</td><td>{}</td></tr>",
            escape(&flag.tree),
            escape(&flag.outcome),
            escape(&flag.paragraph),
            escape(&change(flag, texts)),
            escape(&by)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn change(flag: &Flag, texts: &Texts) -> String {
    match &flag.fate {
        Fate::Changed { diff, .. } => fill(&texts.flag_changed, &[("diff", diff)]),
        Fate::Moved { from, to } => fill(&texts.flag_moved, &[("from", from), ("to", to)]),
        // The build refuses a vanished paragraph before a book is made.
        Fate::Vanished => String::new(),
    }
}
