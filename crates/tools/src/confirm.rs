//! The confirmation command's work: for every outcome and reading the newest edition's words
//! touch and no record confirms yet (`rundskriv_compiler::editions::flags`), append a
//! `[[confirmed]]` record to the newest edition's `bekreftelser.toml`, after the person has read
//! the verdict or reading against the new words. Format: docs/editions.md.

use crate::signoff::toml_string;
use rundskriv_compiler::editions::flags::{read_flags, Fate, Flag, Subject};
use rundskriv_compiler::parse::date::Date;
use std::path::Path;

/// Which flags to confirm: all of them, one tree's, or one outcome's or reading's of that tree.
pub struct Only<'a> {
    pub tree: Option<&'a str>,
    pub subject: Option<Subject>,
}

/// Appends a record per unconfirmed flag that `only` selects, signed `by` on `date`; returns what
/// it confirmed, each flag's message first so the one who confirms sees what changed. A flag of a
/// vanished paragraph cannot be confirmed: the tree must be rewritten.
pub fn confirm(root: &Path, newest_dir: &str, by: &str, date: Date, only: &Only) -> Result<String, String> {
    let by = by.trim();
    if by.is_empty() || by.contains(['\n', '\r']) {
        return Err("say who confirms on one line: \"Name, unit\"".to_string());
    }
    let joined = |errors: Vec<rundskriv_compiler::error::CompileError>| {
        errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    };
    let (flags, file, records) = read_flags(root, newest_dir).map_err(joined)?;
    let selected = |flag: &&Flag| {
        only.tree.is_none_or(|t| t == flag.tree)
            && only.subject.as_ref().is_none_or(|s| *s == flag.subject)
            && !records.iter().any(|r| flag.confirmed_by(r))
    };
    let open: Vec<&Flag> = flags.iter().filter(selected).collect();
    if open.is_empty() {
        return Err(
            "nothing to confirm: no outcome or reading of that selection is affected, or all are confirmed".into(),
        );
    }
    if let Some(gone) = open.iter().find(|f| f.fate == Fate::Vanished) {
        return Err(format!("{}: {}", gone.file, gone.message()));
    }
    let mut written = String::new();
    let mut report = String::new();
    for flag in open {
        report.push_str(&format!("{}\n", flag.message()));
        written.push_str(&format!(
            "\n[[confirmed]]\ntree = {}\n{} = {}\nparagraph = {}\nedition = {}\ntext = \"{}\"\nby = {}\ndate = \"{date}\"\n",
            toml_string(&flag.tree),
            flag.subject.key(),
            toml_string(flag.subject.id()),
            toml_string(&flag.paragraph),
            toml_string(&flag.to_edition),
            flag.text,
            toml_string(by)
        ));
    }
    let path = root.join(&file);
    let before = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        "# Verdicts and readings confirmed for this edition after its words changed (docs/editions.md).\n".to_string()
    });
    std::fs::write(&path, format!("{before}{written}")).map_err(|e| format!("{file}: {e}"))?;
    Ok(format!("{report}\nwritten to {file}:\n{written}"))
}
