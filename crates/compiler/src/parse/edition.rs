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
    /// Its number in the ministry's series (`H-8/18`), where the source text states it.
    #[serde(default)]
    pub series: String,
    /// The day it was issued (`YYYY-MM-DD`), where the source text states it.
    #[serde(default)]
    pub date: String,
}

pub fn parse_edition(source: &SourceFile) -> Result<Edition, CompileError> {
    let edition: Edition = front_matter::read(source)?.fields;
    for (key, value) in [("id", &edition.id), ("title", &edition.title), ("url", &edition.url)] {
        if value.is_empty() {
            return Err(source.error_at(Position::START, format!("the edition needs `{key}`")));
        }
    }
    if !edition.date.is_empty() && crate::parse::date::Date::parse(&edition.date).is_none() {
        let message = format!("`date` is `{}`; write it YYYY-MM-DD", edition.date);
        return Err(source.error_at(Position::START, message));
    }
    Ok(edition)
}
