//! The parsed circular: sections, their blocks and the marks on a block's text, as the readers
//! (`section`, `blocks`, `inline`) produce them and `check` and `generate` use them.

use crate::error::Position;
use rundskriv_model::{BlockKind, PartKind, SectionKind};

/// A hyperlink or footnote reference on a block's text (byte offsets into it).
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Link { start: usize, end: usize, href: String },
    Note { at: usize, number: u8 },
}

/// A heading, paragraph, list item or footnote, with its anchor id.
#[derive(Debug, Clone)]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub part: PartKind,
    pub text: String,
    pub marks: Vec<Mark>,
    pub at: Position,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub file: String,
    pub id: String,
    pub kind: SectionKind,
    /// As printed (`1.6`); empty outside points.
    pub number: String,
    pub concept: String,
    pub chapter: u8,
    pub title: String,
    /// The title first, then the body's blocks.
    pub blocks: Vec<Block>,
}
