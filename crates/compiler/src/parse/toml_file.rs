//! Reads a TOML file into serde types. A mistake names the file, the line and column of the value
//! at fault (toml gives its span) and the key it stands under.

use crate::error::CompileError;
use crate::source::SourceFile;
use serde::de::DeserializeOwned;

/// `source` read as a `T`.
pub fn read<T: DeserializeOwned>(source: &SourceFile) -> Result<T, CompileError> {
    let document = toml::de::Deserializer::parse(&source.text).map_err(|e| {
        let message = format!("not valid TOML: {}", e.message());
        error(source, &e, message)
    })?;
    T::deserialize(document).map_err(|e| {
        let message = match key_path(&e) {
            Some(key) => format!("`{key}`: {}", e.message()),
            None => e.message().to_string(),
        };
        error(source, &e, message)
    })
}

fn error(source: &SourceFile, e: &toml::de::Error, message: String) -> CompileError {
    source.error(e.span().map_or(0, |span| span.start), message)
}

/// The key a deserialisation error stands under (`outcome.krav.text`). toml has no accessor for it:
/// it prints it, after the message, where it has no input to quote instead.
fn key_path(e: &toml::de::Error) -> Option<String> {
    let mut bare = e.clone();
    bare.set_input(None);
    let printed = bare.to_string();
    let rest = printed.strip_prefix(e.message())?.trim();
    Some(rest.strip_prefix("in `")?.strip_suffix('`')?.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        inner: Inner,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        count: u8,
    }

    fn error_of(text: &str) -> String {
        read::<Outer>(&SourceFile::new("x.toml", text))
            .expect_err("a mistake")
            .to_string()
    }

    #[test]
    fn a_valid_file_reads_into_its_types() {
        let outer: Outer = read(&SourceFile::new("x.toml", "[inner]\ncount = 3\n")).expect("valid");
        assert_eq!(outer.inner.count, 3);
    }

    #[test]
    fn a_wrong_value_names_its_place_and_key() {
        assert_eq!(
            error_of("[inner]\ncount = \"three\"\n"),
            "x.toml:2:9: `inner.count`: invalid type: string \"three\", expected u8"
        );
    }

    #[test]
    fn broken_syntax_is_not_valid_toml() {
        let error = error_of("[inner]\ncount = \"three\n");
        assert!(error.starts_with("x.toml:2:"), "{error}");
        assert!(error.contains(": not valid TOML: "), "{error}");
    }
}
