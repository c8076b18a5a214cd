//! One file of the circular (`content/rundskriv/*.md`): its front matter says what the section is,
//! its Markdown body holds the blocks (read by `blocks`).

use crate::error::{CompileError, Position};
use crate::parse::id::slug;
use crate::parse::section_types::{Block, Section};
use crate::parse::{blocks, front_matter, kind};
use crate::source::SourceFile;
use rundskriv_model::{BlockKind, PartKind, SectionKind};
use serde::de::{Deserialize, Deserializer, Error};

/// A section file's front matter.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    #[serde(deserialize_with = "slug")]
    id: String,
    #[serde(deserialize_with = "kind::deserialize")]
    kind: SectionKind,
    #[serde(default)]
    number: String,
    #[serde(default, deserialize_with = "slug")]
    concept: String,
    #[serde(default, deserialize_with = "chapter_number")]
    chapter: u8,
    #[serde(default)]
    title: String,
}

fn chapter_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u8, D::Error> {
    let value = String::deserialize(deserializer)?;
    value
        .parse()
        .map_err(|_| D::Error::custom(format!("chapter `{value}` is not a number")))
}

/// Parses one section file.
pub fn parse_section(source: &SourceFile) -> Result<Section, CompileError> {
    let front = front_matter::read::<Header>(source)?;
    let header = front.fields;
    let at_start = |message: &str| Err(source.error_at(Position::START, message));
    if header.title.is_empty() {
        return at_start("the front matter needs `title`");
    }
    if header.kind == SectionKind::Point
        && (header.number.is_empty() || header.concept.is_empty() || header.chapter == 0)
    {
        return at_start("a point needs `number`, `concept` and `chapter`");
    }
    let title = Block {
        id: header.id.clone(),
        kind: BlockKind::Title,
        part: PartKind::None,
        text: header.title.clone(),
        marks: Vec::new(),
        at: Position::START,
    };
    let mut blocks = vec![title];
    blocks.extend(blocks::read(source, front.body_offset, &header.id)?);
    if header.kind == SectionKind::Chapter && blocks.len() > 1 {
        return Err(source.error_at(blocks[1].at, "a chapter file holds its heading only"));
    }
    Ok(Section {
        file: source.name.clone(),
        id: header.id,
        kind: header.kind,
        number: header.number,
        concept: header.concept,
        chapter: header.chapter,
        title: header.title,
        blocks,
    })
}
