//! The previous edition (or any content folder: `rundskriv/*.md` and `utgave.md`), read by the
//! content compiler's own parser, so the importer and the app agree on what a block is.

use rundskriv_compiler::parse::section::parse_section;
use rundskriv_compiler::parse::section_types::{Block, Section};
use rundskriv_compiler::source::{list, SourceFile};
use std::path::Path;

pub struct Previous {
    pub sections: Vec<Section>,
}

/// Reads `content/rundskriv/*.md` under `content`; a file the compiler refuses is an error naming it.
pub fn read(content: &Path) -> Result<Previous, String> {
    let names = list(content, "rundskriv", "md").map_err(|e| e.to_string())?;
    let mut sections = Vec::new();
    for name in names {
        let file = SourceFile::read(content, &name).map_err(|e| e.to_string())?;
        sections.push(parse_section(&file).map_err(|e| e.to_string())?);
    }
    Ok(Previous { sections })
}

/// A block's anchor: its id without the section's and part's prefix (`felleskomponenter-krav-altinn` → `altinn`).
pub fn slug(section: &Section, block: &Block) -> String {
    let rest = block.id.strip_prefix(&format!("{}-", section.id)).unwrap_or(&block.id);
    let part = block.part.id();
    if part.is_empty() {
        rest.to_string()
    } else {
        rest.strip_prefix(&format!("{part}-")).unwrap_or(rest).to_string()
    }
}

/// The file's name without its folder (`16-punkt-1-6.md`).
pub fn file_name(section: &Section) -> String {
    section.file.rsplit('/').next().unwrap_or(&section.file).to_string()
}
