//! Verdicts against a new edition: every outcome whose cited paragraphs changed, moved or vanished
//! between the edition it was written for and the newest, and whether a policy owner confirmed it
//! for the newest (`confirmations`). The build refuses while one is not confirmed, as a
//! rules-as-code project checks the text it quotes against the official text.

use crate::editions::confirmations::Confirmation;
use crate::editions::diff::{word_edits, WordEdit};
use crate::editions::folders::{EditionFolder, Editions};
use crate::error::{CompileError, Position};
use crate::parse::section_types::{Block, Mark, Section};
use crate::parse::trees::{Outcome, Trees};
use rundskriv_model::checksum::fnv1a;

/// The tree name a shared outcome (`felles.toml`) is flagged and confirmed under.
pub const SHARED: &str = "felles";

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

/// One affected outcome and paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// A tree id, or `felles`.
    pub tree: String,
    pub file: String,
    pub at: Position,
    pub outcome: String,
    pub paragraph: String,
    /// The edition the outcome was written for, and the newest.
    pub from_edition: String,
    pub to_edition: String,
    pub fate: Fate,
    /// The newest edition's folder, which the confirmation command is told when it is not
    /// `content/`.
    pub to_dir: String,
    /// The fingerprint of the paragraph's newest words and links, which a confirmation names;
    /// empty when it vanished.
    pub text: String,
}

impl Flag {
    /// True when `record` confirms this flag for these very words.
    pub fn confirmed_by(&self, record: &Confirmation) -> bool {
        record.tree == self.tree
            && record.outcome == self.outcome
            && record.paragraph == self.paragraph
            && record.edition == self.to_edition
            && record.text == self.text
    }

    /// The flag as the build prints it: where, what became of the paragraph, and what to do.
    pub fn message(&self) -> String {
        let what = match &self.fate {
            Fate::Changed { diff, moved } => {
                let moved = moved.as_ref().map_or(String::new(), |(from, to)| {
                    format!(" (and moved from point {from} to {to})")
                });
                format!("changed{moved}: {diff}")
            }
            Fate::Moved { from, to } => format!("moved from point {from} to point {to}"),
            Fate::Vanished => "is gone".to_string(),
        };
        let todo = if self.fate == Fate::Vanished {
            "rewrite the outcome's `cites` for it".to_string()
        } else {
            let edition = if self.to_dir == crate::editions::folders::CONTENT_DIR {
                String::new()
            } else {
                format!("--edition {} ", self.to_dir)
            };
            format!(
                "read the verdict against the new words, then confirm it: cargo run -p rundskriv-tools --bin confirm_edition -- {edition}\"<name, unit>\" {} {}",
                self.tree, self.outcome
            )
        };
        format!(
            "outcome `{}` ({}) rests on `{}`, which in edition `{}` (after `{}`) {what}; {todo}",
            self.outcome, self.tree, self.paragraph, self.to_edition, self.from_edition
        )
    }
}

/// Every flag of the build: the trees' outcomes against the edition each tree was written for
/// (none for a tree written for the newest), the shared outcomes against the edition before the
/// newest.
pub fn affected_outcomes(trees: &Trees, editions: &Editions) -> Vec<Flag> {
    let mut flags = Vec::new();
    for tree in &trees.trees {
        if let Some(from) = editions.older.iter().find(|f| f.edition.id == tree.edition.value) {
            flags.extend(flags_of(&tree.id, &tree.outcomes, from, &editions.newest));
        }
    }
    if let Some(previous) = editions.previous() {
        flags.extend(flags_of(SHARED, &trees.shared, previous, &editions.newest));
    }
    flags
}

/// The build's refusal: one error per flag no record confirms, at its outcome.
pub fn check_confirmed(flags: &[Flag], records: &[Confirmation]) -> Result<(), Vec<CompileError>> {
    let refused: Vec<CompileError> = flags
        .iter()
        .filter(|flag| !records.iter().any(|r| flag.confirmed_by(r)))
        .map(|flag| CompileError::new(&flag.file, flag.at, flag.message()))
        .collect();
    if refused.is_empty() {
        Ok(())
    } else {
        Err(refused)
    }
}

fn flags_of(tree: &str, outcomes: &[Outcome], from: &EditionFolder, to: &EditionFolder) -> Vec<Flag> {
    let mut flags = Vec::new();
    for outcome in outcomes {
        for cite in &outcome.cites {
            let Some((old_section, old)) = find(&from.sections, cite) else {
                continue; // not a paragraph of that edition: the tree checks say so
            };
            let now = find(&to.sections, cite);
            let fate = match now {
                None => Some(Fate::Vanished),
                Some((new_section, new)) => fate((old_section, old), (new_section, new)),
            };
            let Some(fate) = fate else { continue };
            let text = now.map_or(String::new(), |(_, b)| fingerprint(b));
            flags.push(Flag {
                tree: tree.to_string(),
                file: outcome.file.clone(),
                at: outcome.at,
                outcome: outcome.id.clone(),
                paragraph: cite.clone(),
                from_edition: from.edition.id.clone(),
                to_edition: to.edition.id.clone(),
                to_dir: to.dir.clone(),
                fate,
                text,
            });
        }
    }
    flags
}

fn fate((old_section, old): (&Section, &Block), (new_section, new): (&Section, &Block)) -> Option<Fate> {
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

fn find<'a>(sections: &'a [Section], id: &str) -> Option<(&'a Section, &'a Block)> {
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

/// The flags of a build with the newest edition in `newest_dir`, with the confirmation file's
/// name and its records, without refusing anything: what the confirmation command works from.
pub fn read_flags(
    root: &std::path::Path,
    newest_dir: &str,
) -> Result<(Vec<Flag>, String, Vec<Confirmation>), Vec<CompileError>> {
    let editions = crate::editions::folders::read_editions(root, newest_dir)?;
    let trees = crate::read_trees(root)?;
    let flags = affected_outcomes(&trees, &editions);
    let (file, records) =
        crate::editions::confirmations::read_confirmations(root, &editions.newest.dir).map_err(|e| vec![e])?;
    Ok((flags, file, records))
}
