//! Front matter: the `key: value` lines between two `---` lines that open a content file, read
//! into serde types. A mistake in a value names its line.

use crate::error::{CompileError, Position};
use crate::source::SourceFile;
use serde::de::value::{MapAccessDeserializer, StrDeserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess};
use std::fmt;

/// A file's front matter, read as `T`, and where the rest of the file starts.
pub struct FrontMatter<T> {
    pub fields: T,
    /// The byte offset of the body: the line after the closing `---`.
    pub body_offset: usize,
}

/// Reads `source`'s front matter as `T`.
pub fn read<T: DeserializeOwned>(source: &SourceFile) -> Result<FrontMatter<T>, CompileError> {
    let (pairs, body_offset) = split(source)?;
    let fields = T::deserialize(MapAccessDeserializer::new(Pairs { pairs: &pairs, next: 0 }))
        .map_err(|e| source.error_at(e.at.unwrap_or(Position::START), e.to_string()))?;
    Ok(FrontMatter { fields, body_offset })
}

/// One `key: value` line and where its key and value start.
struct Pair<'a> {
    key: &'a str,
    value: &'a str,
    key_at: Position,
    value_at: Position,
}

/// Splits `key: value` lines off the text between the two `---` lines; returns them, and where
/// the body starts.
fn split(source: &SourceFile) -> Result<(Vec<Pair<'_>>, usize), CompileError> {
    let text = source.text.as_str();
    let mut lines = text.split_inclusive('\n');
    if lines.next().unwrap_or("").trim_end() != "---" {
        return Err(source.error(0, "the file must start with a front matter line `---`"));
    }
    let mut pairs = Vec::new();
    let mut offset = text.find('\n').map_or(text.len(), |i| i + 1);
    for line in lines {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" {
            return Ok((pairs, offset));
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            let message = format!("expected `key: value` in the front matter, found `{trimmed}`");
            return Err(source.error(start, message));
        };
        let key_start = start + (line.len() - line.trim_start().len());
        let value_start = key_start + key.len() + 1 + (value.len() - value.trim_start().len());
        pairs.push(Pair {
            key: key.trim(),
            value: value.trim(),
            key_at: source.position(key_start),
            value_at: source.position(value_start),
        });
    }
    Err(source.error(0, "the front matter starting here is never closed with `---`"))
}

/// The pairs as a serde map; each error is placed at the key or value it arose in.
struct Pairs<'p, 'a> {
    pairs: &'p [Pair<'a>],
    next: usize,
}

impl<'de> MapAccess<'de> for Pairs<'_, '_> {
    type Error = FieldError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, FieldError> {
        let Some(pair) = self.pairs.get(self.next) else {
            return Ok(None);
        };
        let key: StrDeserializer<FieldError> = pair.key.into_deserializer();
        seed.deserialize(key).map(Some).map_err(|e| e.at(pair.key_at))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, FieldError> {
        let pair = &self.pairs[self.next];
        self.next += 1;
        let value: StrDeserializer<FieldError> = pair.value.into_deserializer();
        seed.deserialize(value).map_err(|e| e.at(pair.value_at))
    }
}

/// A serde error, placed once the key or value it arose in is known; a missing key has no place
/// and is reported at the start of the file.
#[derive(Debug)]
struct FieldError {
    message: String,
    at: Option<Position>,
}

impl FieldError {
    fn at(self, at: Position) -> FieldError {
        FieldError {
            at: self.at.or(Some(at)),
            ..self
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FieldError {}

impl de::Error for FieldError {
    fn custom<T: fmt::Display>(message: T) -> FieldError {
        FieldError {
            message: message.to_string(),
            at: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Fields {
        id: String,
        #[serde(default)]
        title: String,
        #[serde(default)]
        count: u8,
    }

    fn parse(text: &str) -> Result<(Fields, String, usize), String> {
        let source = SourceFile::new("f.md", text);
        read::<Fields>(&source)
            .map(|f| {
                (
                    f.fields,
                    source.text[f.body_offset..].to_string(),
                    source.position(f.body_offset).line,
                )
            })
            .map_err(|e| e.to_string())
    }

    #[test]
    fn pairs_are_read_and_the_body_follows() {
        let (fields, body, line) = parse("---\n# a comment\nid: x-1\ntitle:  A: B \n---\nBody\n").expect("valid");
        assert_eq!(
            (fields.id.as_str(), fields.title.as_str(), fields.count),
            ("x-1", "A: B", 0)
        );
        assert_eq!((body.as_str(), line), ("Body\n", 6));
    }

    #[test]
    fn mistakes_name_their_line_and_column() {
        let unknown = parse("---\nid: x\n  tittel: T\n---\n").err().expect("an unknown key");
        assert!(unknown.starts_with("f.md:3:3: unknown field `tittel`"), "{unknown}");
        let missing = parse("---\ntitle: T\n---\n").err().expect("no id");
        assert_eq!(missing, "f.md:1:1: missing field `id`");
        let not_a_pair = parse("---\nid x\n---\n").err().expect("no colon");
        assert_eq!(
            not_a_pair,
            "f.md:2:1: expected `key: value` in the front matter, found `id x`"
        );
        // A value's column counts the spaces after the colon.
        let not_a_number = parse("---\nid: x\ncount:   many\n---\n").err().expect("no number");
        assert!(not_a_number.starts_with("f.md:3:10: invalid type"), "{not_a_number}");
    }
}
