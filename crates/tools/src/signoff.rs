//! The sign-off command's work: append a `[[signoff]]` record (who, the date, the edition, the
//! tree's fingerprint) to a tree file, so the review book shows the tree as signed off until its
//! content changes. The record's format: docs/review-book.md.

use crate::book::{content, fingerprint::fingerprint};
use rundskriv_compiler::parse::date::Date;
use std::fmt::Write as _;
use std::path::Path;

/// `text` as a TOML basic string (the confirmation command writes its records with it too).
pub fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Appends the record of `by` signing off tree `tree` on `date`; returns the record as written.
/// Refuses a tree that does not exist, an empty or multi-line `by`, and content that does not
/// compile; if the file would not compile with the record, it is left as it was.
pub fn sign_off(root: &Path, tree: &str, by: &str, date: Date) -> Result<String, String> {
    let by = by.trim();
    if by.is_empty() || by.contains(['\n', '\r']) {
        return Err("say who signs off on one line: \"Name, unit\"".to_string());
    }
    let content = content(root)?;
    let Some(found) = content.trees.trees.iter().find(|t| t.id == tree) else {
        let ids: Vec<&str> = content.trees.trees.iter().map(|t| t.id.as_str()).collect();
        return Err(format!("no tree `{tree}`; the trees are: {}", ids.join(", ")));
    };
    let print = fingerprint(root, &content, found)?;
    let record = format!(
        "[[signoff]]\nby = {}\ndate = \"{date}\"\nedition = {}\nfingerprint = \"{print}\"\n",
        toml_string(by),
        toml_string(&content.edition.id)
    );
    let path = root.join(&found.file);
    let before = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", found.file))?;
    let separator = if before.ends_with('\n') { "\n" } else { "\n\n" };
    std::fs::write(&path, format!("{before}{separator}{record}")).map_err(|e| format!("{}: {e}", found.file))?;
    if let Err(error) = crate::book::content(root) {
        let _ = std::fs::write(&path, before);
        return Err(format!(
            "the record would break the file, so it was not written:\n{error}"
        ));
    }
    Ok(record)
}
