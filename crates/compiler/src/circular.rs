//! What the trees are checked against and compiled with: the facts of the parsed circular.

use crate::parse::edition::Edition;
use crate::parse::section_types::Section;
use rundskriv_model::{BlockId, PartKind, SectionKind, TableId};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone)]
pub struct Circular {
    pub edition: String,
    /// Every block's id, with its place in the compiled `BLOCKS`.
    pub blocks: BTreeMap<String, BlockId>,
    /// Paragraphs and list items: what an outcome may cite.
    pub paragraphs: BTreeSet<String>,
    /// The points' numbers (`1.6`).
    pub points: BTreeSet<String>,
    /// Paragraphs in krav parts, in order: each must be cited by some outcome.
    pub krav: Vec<String>,
    /// The part (krav, anbefaling, veiledning or none) each paragraph stands in.
    pub parts: BTreeMap<String, PartKind>,
}

impl Circular {
    pub fn new(edition: &Edition, sections: &[Section]) -> Circular {
        let blocks = || sections.iter().flat_map(|s| s.blocks.iter());
        let texts = || blocks().filter(|b| b.kind.is_text());
        Circular {
            edition: edition.id.clone(),
            blocks: blocks()
                .enumerate()
                .map(|(i, b)| (b.id.clone(), BlockId::from_index(i)))
                .collect(),
            paragraphs: texts().map(|b| b.id.clone()).collect(),
            points: sections
                .iter()
                .filter(|s| s.kind == SectionKind::Point)
                .map(|s| s.number.clone())
                .collect(),
            krav: texts()
                .filter(|b| b.part == PartKind::Krav)
                .map(|b| b.id.clone())
                .collect(),
            parts: texts().map(|b| (b.id.clone(), b.part)).collect(),
        }
    }
}
