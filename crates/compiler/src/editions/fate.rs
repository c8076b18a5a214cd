//! What became of a cited paragraph between two editions (`Fate`), with the word diff a flag
//! shows, and the fingerprint of a paragraph's words that a confirmation names: apart from
//! `flags` to keep each file to one job.

use crate::editions::diff::{word_edits, WordEdit};
use crate::parse::section_types::{Block, Mark, Section};
use rundskriv_model::checksum::fnv1a;

/// What became of a cited paragraph in the newest edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// Its words or links changed; `diff` shows how (`[-gone-]{+new+}`), `moved` if also in
    /// another point or under another number.
    Changed {
        diff: String,
        moved: Option<(String, String)>,
    },
    /// The same words, now in point `to` (was `from`): the verdict's "punkt …" changes.
    Moved { from: String, to: String },
    /// The newest edition has no paragraph of that id: the outcome must be rewritten.
    Vanished,
}

pub(crate) fn fate((old_section, old): (&Section, &Block), (new_section, new): (&Section, &Block)) -> Option<Fate> {
    let moved = (old_section.concept != new_section.concept || old_section.number != new_section.number)
        .then(|| (place(old_section), place(new_section)));
    if old.text == new.text && links(old) == links(new) {
        return moved.map(|(from, to)| Fate::Moved { from, to });
    }
    if old.text == new.text {
        let diff = format!("its links {} are now {}", links(old).join(" "), links(new).join(" "));
        return Some(Fate::Changed { diff, moved });
    }
    let diff = diff_text(&word_edits(&old.text, &new.text));
    Some(Fate::Changed { diff, moved })
}

/// A section as a message names it: its number, or its id outside points.
fn place(section: &Section) -> String {
    if section.number.is_empty() {
        section.id.clone()
    } else {
        section.number.clone()
    }
}

pub(crate) fn find<'a>(sections: &'a [Section], id: &str) -> Option<(&'a Section, &'a Block)> {
    sections
        .iter()
        .find_map(|s| s.blocks.iter().find(|b| b.id == id).map(|b| (s, b)))
}

fn links(block: &Block) -> Vec<&str> {
    let hrefs = block.marks.iter().filter_map(|mark| match mark {
        Mark::Link { href, .. } => Some(href.as_str()),
        Mark::Note { .. } => None,
    });
    hrefs.collect()
}

/// The fingerprint of a paragraph's words and link targets: FNV-1a, 16 hex digits.
pub fn fingerprint(block: &Block) -> String {
    let mut text = block.text.clone();
    for href in links(block) {
        text.push('\0');
        text.push_str(href);
    }
    format!("{:016x}", fnv1a(text.as_bytes()))
}

/// A word diff as one line: `[-gone-]` and `{+new+}` inside the unchanged words, of which only
/// the few next to a change are kept (`…` for the rest), so a long paragraph's flag stays short.
fn diff_text(words: &[WordEdit]) -> String {
    const CONTEXT: usize = 6;
    let mut text = String::new();
    for (i, edit) in words.iter().enumerate() {
        match edit {
            WordEdit::Same(same) => {
                let (after_change, before_change) = (i > 0, i + 1 < words.len());
                text.push_str(&context(same, after_change, before_change, CONTEXT));
            }
            WordEdit::Removed(gone) => text.push_str(&format!("[-{gone}-]")),
            WordEdit::Added(new) => text.push_str(&format!("{{+{new}+}}")),
        }
    }
    text
}

/// Unchanged words between changes: the last `keep` words after a change and the first `keep`
/// before one, with `…` where words are left out.
fn context(same: &str, after_change: bool, before_change: bool, keep: usize) -> String {
    let words: Vec<&str> = same.split(' ').collect();
    if words.len() <= 2 * keep + 1 {
        return same.to_string();
    }
    let head = if after_change {
        words[..keep].join(" ")
    } else {
        String::new()
    };
    let tail = if before_change {
        words[words.len() - keep..].join(" ")
    } else {
        String::new()
    };
    match (after_change, before_change) {
        (true, true) => format!("{head} … {tail}"),
        (true, false) => format!("{head} …"),
        (false, true) => format!("… {tail}"),
        (false, false) => same.to_string(),
    }
}
