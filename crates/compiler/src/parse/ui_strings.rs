//! The UI strings (`i18n/<lang>.toml`: `key = "text"`), read in file order: the bokmål file's
//! order is the order of the generated `Key`.

use crate::error::{CompileError, Position};
use crate::parse::id::check_slug;
use crate::parse::toml_file;
use crate::source::SourceFile;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use std::fmt;
use toml::Spanned;

/// One language's strings, in file order.
#[derive(Debug, Clone, Default)]
pub struct UiStrings {
    pub file: String,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub text: String,
    pub at: Position,
}

/// Parses a UI strings file; every key is a slug with a text that is not blank.
pub fn parse_ui_strings(source: &SourceFile) -> Result<UiStrings, CompileError> {
    let InOrder(pairs) = toml_file::read(source)?;
    let mut entries = Vec::new();
    for (key, text) in pairs {
        let at = source.position(key.span().start);
        let key = key.into_inner();
        check_slug("key", &key).map_err(|m| source.error_at(at, m))?;
        if text.get_ref().trim().is_empty() {
            return Err(source.error(text.span().start, format!("`{key}` has an empty text")));
        }
        entries.push(Entry {
            key,
            text: text.into_inner(),
            at,
        });
    }
    Ok(UiStrings {
        file: source.name.clone(),
        entries,
    })
}

/// A table's keys and string values in the order the file has them.
struct InOrder(Vec<(Spanned<String>, Spanned<String>)>);

impl<'de> Deserialize<'de> for InOrder {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<InOrder, D::Error> {
        deserializer.deserialize_map(InOrderVisitor)
    }
}

struct InOrderVisitor;

impl<'de> Visitor<'de> for InOrderVisitor {
    type Value = InOrder;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("lines `key = \"text\"`")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<InOrder, M::Error> {
        let mut pairs = Vec::new();
        while let Some(pair) = map.next_entry()? {
            pairs.push(pair);
        }
        Ok(InOrder(pairs))
    }
}
