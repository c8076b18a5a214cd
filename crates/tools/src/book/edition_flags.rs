//! The review book's list of verdicts and readings the newest edition's words touched: per tree,
//! outcome or reading and paragraph, what changed since the edition it was written for, and who
//! confirmed it for the new edition (`rundskriv_compiler::editions::flags`). Nothing when no
//! words changed.

use crate::book::anchors::{outcome_anchor, question_anchor};
use crate::book::texts::{fill, Texts};
use rundskriv_compiler::editions::flags::{Fate, Flag, Subject};
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
            subject(flag, content, texts),
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

/// The outcome's id, or for a reading «Vår lesning om …» with what it is about, each linked to
/// where the tree's chapter shows the reading (HTML).
fn subject(flag: &Flag, content: &Content, texts: &Texts) -> String {
    let Subject::Reading(id) = &flag.subject else {
        return escape(flag.subject.id());
    };
    let tree = content.trees.trees.iter().find(|t| t.id == flag.tree);
    let reading = tree.and_then(|t| t.readings.iter().find(|r| r.id == *id));
    let (Some(tree), Some(reading)) = (tree, reading) else {
        return escape(id.as_str()); // a flag is made from the trees, so this is not reached
    };
    let link = |about: &str| {
        let anchor = if tree.nodes.iter().any(|n| n.id == about) {
            question_anchor(&tree.id, about)
        } else {
            outcome_anchor(&tree.id, about)
        };
        format!("<a href=\"#{anchor}\">{}</a>", escape(about))
    };
    let about: Vec<String> = reading.about.iter().map(|a| link(&a.value)).collect();
    let (before, after) = texts
        .flag_reading
        .split_once("{about}")
        .unwrap_or((&texts.flag_reading, ""));
    format!("{}{}{}", escape(before), about.join(", "), escape(after))
}
