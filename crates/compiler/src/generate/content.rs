//! `content_data.rs`: the edition, the sections and their blocks; and `words_data.rs`: the
//! circular's words, every block's text one after the other as one string that each block points
//! into. The string is compiled only into native builds (tests, tools), and the documents
//! module's requests carry it; the browser loads it from a file the post-build step writes
//! (`rundskriv_tools`' `lang_texts`), named after an FNV-1a hash of its content (core's
//! `content_words`).

use crate::editions::addresses::LegacyPoint;
use crate::generate::rust::{table, variant};
use crate::parse::edition::Edition;
use crate::parse::section_types::{Block, Mark, Section};
use rundskriv_model::checksum::fnv1a;
use std::fmt::Write as _;

/// The content's code, and the words' (`words_data.rs`): the newest `edition`, the `older` ones
/// the build carries (the latest first), the frozen point numbers (`content/adresser.toml`) and
/// those of them that now mean another point (as number and concept), and the newest's sections.
pub fn generate_content(
    edition: &Edition,
    older: &[&Edition],
    (frozen, remapped): (&[LegacyPoint], &[&LegacyPoint]),
    sections: &[Section],
) -> (String, String) {
    let mut code = format!("pub static EDITION: Edition = {};\n", edition_value(edition));
    let older: Vec<String> = older.iter().map(|e| edition_value(e)).collect();
    let _ = writeln!(code, "pub static OLDER_EDITIONS: &[Edition] = &[{}];", older.join(", "));
    let pairs = |points: &mut dyn Iterator<Item = &LegacyPoint>| -> String {
        let pairs: Vec<String> = points.map(|p| format!("({:?}, {:?})", p.number, p.concept)).collect();
        pairs.join(", ")
    };
    let _ = writeln!(
        code,
        "pub static LEGACY_POINTS: &[(&str, &str)] = &[{}];",
        pairs(&mut remapped.iter().copied())
    );
    // All of them, for the plain page's anchors of old paragraph ids; the app never reads this
    // table, so it is left out of the wasm by the linker.
    let _ = writeln!(
        code,
        "pub static FROZEN_POINTS: &[(&str, &str)] = &[{}];",
        pairs(&mut frozen.iter())
    );
    let mut blocks = String::new();
    let mut words = String::new();
    let mut section_rows = String::new();
    let mut block_count = 0usize;
    for (index, section) in sections.iter().enumerate() {
        let first = block_count;
        for block in &section.blocks {
            let start = words.len();
            words.push_str(&block.text);
            blocks.push_str(&block_row(block, section, index, start..words.len()));
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
    (code, words_data(&words))
}

fn edition_value(edition: &Edition) -> String {
    format!(
        "Edition {{ id: {:?}, title: {:?}, replaces: {:?}, series: {:?}, url: {:?} }}",
        edition.id, edition.title, edition.replaces, edition.series, edition.url
    )
}

fn words_data(words: &str) -> String {
    let hash = fnv1a(words.as_bytes());
    let mut code = String::new();
    let _ = writeln!(
        code,
        "pub static WORDS_FILE: HashedFile = HashedFile {{ name: \"rundskrivtekst-{hash:016x}.txt\", hash: {hash:#x}, len: {} }};",
        words.len()
    );
    let _ = writeln!(
        code,
        "#[cfg(not(target_arch = \"wasm32\"))]\npub(crate) static WORDS: &str = {words:?};"
    );
    code
}

/// A block's row. Its id is stored without its section's id, which every block's id begins with
/// (`-krav-altinn` of `felleskomponenter-krav-altinn`): a point's id is its concept, often twenty
/// letters, and the first load would carry it once per block (docs/editions.md).
fn block_row(block: &Block, of: &Section, section: usize, words: std::ops::Range<usize>) -> String {
    let marks: Vec<String> = block.marks.iter().map(mark).collect();
    let anchor = block
        .id
        .strip_prefix(&of.id)
        .unwrap_or_else(|| panic!("{} outside {}", block.id, of.id));
    format!(
        "    Block {{ anchor: {:?}, kind: {}, part: {}, section: SectionId({section}), words: Words {{ start: {}, end: {} }}, marks: &[{}] }},\n",
        anchor,
        variant(block.kind),
        variant(block.part),
        words.start,
        words.end,
        marks.join(", ")
    )
}

fn mark(mark: &Mark) -> String {
    match mark {
        Mark::Link { start, end, href } => format!("Mark::Link {{ start: {start}, end: {end}, href: {href:?} }}"),
        Mark::Note { at, number } => format!("Mark::Note {{ at: {at}, number: {number} }}"),
    }
}
