//! Verdicts against a new edition: every outcome and reading whose cited paragraphs changed,
//! moved or vanished between the edition it was written for and the newest, and whether a policy
//! owner confirmed it for the newest (`confirmations`). The build refuses while one is not
//! confirmed, as a rules-as-code project checks the text it quotes against the official text.

pub use crate::editions::confirmations::Subject;
pub use crate::editions::fate::{fingerprint, Fate};

use crate::editions::confirmations::Confirmation;
use crate::editions::fate::{fate, find};
use crate::editions::folders::{EditionFolder, Editions};
use crate::error::{CompileError, Position};
use crate::parse::trees::{Outcome, Trees};

/// The tree name a shared outcome (`felles.toml`) is flagged and confirmed under.
pub const SHARED: &str = "felles";

/// One affected outcome or reading and paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// A tree id, or `felles`.
    pub tree: String,
    pub file: String,
    pub at: Position,
    pub subject: Subject,
    pub paragraph: String,
    /// The edition the outcome or reading was written for, and the newest.
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
            && record.subject == self.subject
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
        let (what_it_is, what_to_read) = match &self.subject {
            Subject::Outcome(_) => ("outcome", "the verdict"),
            Subject::Reading(_) => ("reading", "the reading"),
        };
        let todo = if self.fate == Fate::Vanished {
            format!("rewrite the {what_it_is}'s `cites` for it")
        } else {
            let edition = if self.to_dir == crate::editions::folders::CONTENT_DIR {
                String::new()
            } else {
                format!("--edition {} ", self.to_dir)
            };
            let which = match &self.subject {
                Subject::Outcome(id) => id.clone(),
                Subject::Reading(id) => format!("--reading {id}"),
            };
            format!(
                "read {what_to_read} against the new words, then confirm it: cargo run -p rundskriv-tools --bin confirm_edition -- {edition}\"<name, unit>\" {} {which}",
                self.tree
            )
        };
        format!(
            "{what_it_is} `{}` ({}) rests on `{}`, which in edition `{}` (after `{}`) {what}; {todo}",
            self.subject.id(),
            self.tree,
            self.paragraph,
            self.to_edition,
            self.from_edition
        )
    }
}

/// Every flag of the build: the trees' outcomes and readings against the edition each tree was
/// written for (none for a tree written for the newest), the shared outcomes against the edition
/// before the newest.
pub fn affected(trees: &Trees, editions: &Editions) -> Vec<Flag> {
    let mut flags = Vec::new();
    let newest = &editions.newest;
    for tree in &trees.trees {
        let Some(from) = editions.older.iter().find(|f| f.edition.id == tree.edition.value) else {
            continue;
        };
        for outcome in &tree.outcomes {
            flags.extend(flags_of(&tree.id, Cited::outcome(outcome), from, newest));
        }
        for reading in &tree.readings {
            let cited = Cited {
                subject: Subject::Reading(reading.id.clone()),
                file: &tree.file,
                at: reading.at,
                cites: reading.cites.iter().map(|c| c.value.as_str()).collect(),
            };
            flags.extend(flags_of(&tree.id, cited, from, newest));
        }
    }
    if let Some(previous) = editions.previous() {
        for outcome in &trees.shared {
            flags.extend(flags_of(SHARED, Cited::outcome(outcome), previous, newest));
        }
    }
    flags
}

/// An outcome or reading as the flags see it: what it is, where, and the paragraphs it cites.
struct Cited<'a> {
    subject: Subject,
    file: &'a str,
    at: Position,
    cites: Vec<&'a str>,
}

impl Cited<'_> {
    fn outcome(outcome: &Outcome) -> Cited<'_> {
        Cited {
            subject: Subject::Outcome(outcome.id.clone()),
            file: &outcome.file,
            at: outcome.at,
            cites: outcome.cites.iter().map(String::as_str).collect(),
        }
    }
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

fn flags_of(tree: &str, cited: Cited, from: &EditionFolder, to: &EditionFolder) -> Vec<Flag> {
    let mut flags = Vec::new();
    for cite in cited.cites {
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
            file: cited.file.to_string(),
            at: cited.at,
            subject: cited.subject.clone(),
            paragraph: cite.to_string(),
            from_edition: from.edition.id.clone(),
            to_edition: to.edition.id.clone(),
            to_dir: to.dir.clone(),
            fate,
            text,
        });
    }
    flags
}

/// The flags of a build with the newest edition in `newest_dir`, with the confirmation file's
/// name and its records, without refusing anything: what the confirmation command works from.
pub fn read_flags(
    root: &std::path::Path,
    newest_dir: &str,
) -> Result<(Vec<Flag>, String, Vec<Confirmation>), Vec<CompileError>> {
    let editions = crate::editions::folders::read_editions(root, newest_dir)?;
    let trees = crate::read_trees(root)?;
    let flags = affected(&trees, &editions);
    let (file, records) =
        crate::editions::confirmations::read_confirmations(root, &editions.newest.dir).map_err(|e| vec![e])?;
    Ok((flags, file, records))
}
