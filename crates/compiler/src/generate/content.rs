//! `content_data.rs`: the edition, the sections and their blocks.

use crate::generate::rust::{table, variant};
use crate::parse::edition::Edition;
use crate::parse::section_types::{Block, Mark, Section};
use std::fmt::Write as _;

pub fn generate_content(edition: &Edition, sections: &[Section]) -> String {
    let mut code = format!(
        "pub static EDITION: Edition = Edition {{ id: {:?}, title: {:?}, replaces: {:?}, url: {:?} }};\n",
        edition.id, edition.title, edition.replaces, edition.url
    );
    let mut blocks = String::new();
    let mut section_rows = String::new();
    let mut block_count = 0usize;
    for (index, section) in sections.iter().enumerate() {
        let first = block_count;
        for block in &section.blocks {
            blocks.push_str(&block_row(block, index));
            block_count += 1;
        }
        let _ = writeln!(
            section_rows,
            "    Section {{ id: {:?}, kind: {}, number: {:?}, concept: {:?}, chapter: {}, title: {:?}, blocks: {first}..{block_count} }},",
            section.id,
            variant(section.kind),
            section.number,
            section.concept,
            section.chapter,
            section.title
        );
    }
    code.push_str(&table("SECTIONS", "SectionId", "Section", &section_rows));
    code.push_str(&table("BLOCKS", "BlockId", "Block", &blocks));
    code
}

fn block_row(block: &Block, section: usize) -> String {
    let marks: Vec<String> = block.marks.iter().map(mark).collect();
    format!(
        "    Block {{ id: {:?}, kind: {}, part: {}, section: SectionId({section}), text: {:?}, marks: &[{}] }},\n",
        block.id,
        variant(block.kind),
        variant(block.part),
        block.text,
        marks.join(", ")
    )
}

fn mark(mark: &Mark) -> String {
    match mark {
        Mark::Link { start, end, href } => format!("Mark::Link {{ start: {start}, end: {end}, href: {href:?} }}"),
        Mark::Note { at, number } => format!("Mark::Note {{ at: {at}, number: {number} }}"),
    }
}
