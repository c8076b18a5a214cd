//! Where a paragraph stands in the circular, as a quote's or a search hit's caption.

use crate::content::{Block, BlockKind, PartKind};

/// `1.6 Altinn · Krav`: the section's heading and, in a numbered section, the part the block is
/// in, named by that part's own heading in the circular (so the name is the circular's word,
/// bokmål, whatever the page's language).
pub fn place(block: &Block) -> String {
    let section = block.section();
    let part_heading = (block.part != PartKind::None)
        .then(|| {
            section
                .blocks()
                .iter()
                .find(|b| b.kind == BlockKind::PartHeading && b.part == block.part)
        })
        .flatten();
    match part_heading {
        Some(part) if !section.number.is_empty() => format!("{} · {}", section.heading(), part.text()),
        _ => section.heading(),
    }
}
