//! Every language has the reference language's UI keys, and no others.

use crate::error::{CompileError, Position};
use crate::parse::ui_strings::UiStrings;
use std::collections::BTreeMap;

/// Every key of `reference` missing from one of `others`, and every key of theirs it lacks.
pub fn check_same_keys(reference: &UiStrings, others: &[&UiStrings]) -> Result<(), Vec<CompileError>> {
    let positions = |strings: &UiStrings| -> BTreeMap<String, Position> {
        strings.entries.iter().map(|e| (e.key.clone(), e.at)).collect()
    };
    let reference_keys = positions(reference);
    let mut problems = Vec::new();
    for other in others {
        let keys = positions(other);
        for (key, at) in &reference_keys {
            if !keys.contains_key(key) {
                let message = format!(
                    "missing `{key}` (defined in {}:{}:{})",
                    reference.file, at.line, at.column
                );
                problems.push(CompileError::new(&other.file, Position::START, message));
            }
        }
        for (key, at) in &keys {
            if !reference_keys.contains_key(key) {
                let message = format!("`{key}` is not in {}", reference.file);
                problems.push(CompileError::new(&other.file, *at, message));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
