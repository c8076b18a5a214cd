//! The edition file (`content/utgave.md`): which edition of the circular the content reproduces,
//! in front matter only.

use crate::error::{CompileError, Position};
use crate::parse::front_matter;
use crate::source::SourceFile;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    /// The document's id at regjeringen.no.
    pub id: String,
    pub title: String,
    /// The circular this edition replaces (`H-7/17`).
    #[serde(default)]
    pub replaces: String,
    pub url: String,
}

pub fn parse_edition(source: &SourceFile) -> Result<Edition, CompileError> {
    let edition: Edition = front_matter::read(source)?.fields;
    for (key, value) in [("id", &edition.id), ("title", &edition.title), ("url", &edition.url)] {
        if value.is_empty() {
            return Err(source.error_at(Position::START, format!("the edition needs `{key}`")));
        }
    }
    Ok(edition)
}
