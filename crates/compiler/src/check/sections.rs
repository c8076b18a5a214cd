//! What spans the circular's files: each point's number and concept, and each anchor id, once.

use crate::error::{CompileError, Position};
use crate::parse::section_types::Section;
use rundskriv_model::SectionKind;
use std::collections::BTreeMap;

pub fn check_sections(sections: &[Section]) -> Result<(), CompileError> {
    let mut keys: BTreeMap<&str, &str> = BTreeMap::new();
    for section in sections.iter().filter(|s| s.kind == SectionKind::Point) {
        for key in [section.number.as_str(), section.concept.as_str()] {
            if let Some(other) = keys.insert(key, &section.file) {
                let message = format!("`{key}` is already used by {other}");
                return Err(CompileError::new(&section.file, Position::START, message));
            }
        }
    }
    let mut ids: BTreeMap<&str, &str> = BTreeMap::new();
    for section in sections {
        for block in &section.blocks {
            if let Some(other) = ids.insert(&block.id, &section.file) {
                let message = format!("anchor id `{}` is already used in {other}", block.id);
                return Err(CompileError::new(&section.file, block.at, message));
            }
        }
    }
    Ok(())
}
