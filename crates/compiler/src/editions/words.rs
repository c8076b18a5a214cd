//! The "Hva er endret" fragment's own words (`content/endringer.toml`), in nb, nn and en. They
//! stay out of `i18n/`, whose strings end up in the wasm: the fragment is made at build time.

use crate::error::{CompileError, Position};
use crate::parse::toml_file;
use crate::source::SourceFile;
use rundskriv_model::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// Where the words are, relative to the repository.
pub const FILE: &str = "content/endringer.toml";

/// Generates `Word`'s `ALL`, `id()` (the file's key) and `placeholders()` from one table, so a
/// word the fragment uses cannot be missing from the file unnoticed.
macro_rules! words {
    ($($variant:ident => $id:literal [$($placeholder:literal),*],)+) => {
        /// One text of the fragment, by what it says.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Word {
            $($variant),+
        }

        impl Word {
            pub const ALL: &'static [Word] = &[$(Word::$variant),+];

            /// Its key in the file.
            pub fn id(self) -> &'static str {
                match self {
                    $(Word::$variant => $id),+
                }
            }

            /// The `{name}`s its text must have, each language the same.
            pub fn placeholders(self) -> &'static [&'static str] {
                match self {
                    $(Word::$variant => &[$($placeholder),*]),+
                }
            }
        }
    };
}

words! {
    PointAdded => "point_added" [],
    PointRemoved => "point_removed" [],
    Renumbered => "renumbered" ["older", "newer"],
    ParagraphAdded => "paragraph_added" [],
    ParagraphRemoved => "paragraph_removed" [],
    ParagraphChanged => "paragraph_changed" [],
    HeadingAdded => "heading_added" [],
    HeadingRemoved => "heading_removed" [],
    HeadingChanged => "heading_changed" [],
    FootnoteAdded => "footnote_added" [],
    FootnoteRemoved => "footnote_removed" [],
    FootnoteChanged => "footnote_changed" [],
    Moved => "moved" ["older"],
    MovedFromSection => "moved_from_section" ["older"],
    LinkChanged => "link_changed" ["text"],
    LinkAdded => "link_added" ["text"],
    LinkRemoved => "link_removed" ["text"],
    LinkFrom => "link_from" [],
    LinkTo => "link_to" [],
    RemovedPrefix => "removed_prefix" [],
    AddedPrefix => "added_prefix" [],
    GoToParagraph => "go_to_paragraph" [],
    EditionName => "edition_name" ["replaces"],
    EditionNameSeries => "edition_name_series" ["series"],
    OlderPageNotice => "older_page_notice" ["edition", "newest"],
    OlderPageApp => "older_page_app" [],
    OlderPageSource => "older_page_source" [],
}

/// Every word in every language, read and checked.
#[derive(Debug, Clone)]
pub struct ChangeWords {
    /// By `Word`'s position in `Word::ALL`, then `Lang::index`.
    texts: Vec<[String; 3]>,
}

impl ChangeWords {
    pub fn get(&self, word: Word, lang: Lang) -> &str {
        let index = Word::ALL.iter().position(|&w| w == word).expect("every word is in ALL");
        &self.texts[index][lang.index()]
    }

    /// The word with each `{name}` replaced by its value (plain text: escape it for HTML).
    pub fn fill(&self, word: Word, lang: Lang, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.get(word, lang).to_string(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }
}

/// One word in the three languages, as the file writes it: `key = { nb = …, nn = …, en = … }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    nb: Spanned<String>,
    nn: Spanned<String>,
    en: Spanned<String>,
}

pub fn parse_change_words(source: &SourceFile) -> Result<ChangeWords, CompileError> {
    let mut file: BTreeMap<String, Spanned<Texts>> = toml_file::read(source)?;
    let mut texts = Vec::new();
    for &word in Word::ALL {
        let Some(entry) = file.remove(word.id()) else {
            let message = format!("`{}` is missing: the fragment needs it, in nb, nn and en", word.id());
            return Err(source.error_at(Position::START, message));
        };
        let Texts { nb, nn, en } = entry.into_inner();
        let mut three = Vec::new();
        for (lang, text) in Lang::ALL.into_iter().zip([nb, nn, en]) {
            let error = |message: String| source.error(text.span().start, message);
            let key = format!("{}.{}", word.id(), lang.tag());
            if text.get_ref().trim().is_empty() {
                return Err(error(format!("`{key}` is empty")));
            }
            let mut found = placeholders(text.get_ref());
            found.sort_unstable();
            let mut wanted = word.placeholders().to_vec();
            wanted.sort_unstable();
            if found != wanted {
                let list = |names: &[&str]| names.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(", ");
                let message = format!(
                    "`{key}` must have the placeholders [{}], not [{}]",
                    list(&wanted),
                    list(&found)
                );
                return Err(error(message));
            }
            three.push(text.into_inner());
        }
        texts.push(three.try_into().expect("three languages"));
    }
    if let Some((key, entry)) = file.into_iter().next() {
        let known = Word::ALL.iter().map(|w| w.id()).collect::<Vec<_>>().join(", ");
        let message = format!("`{key}` is no word of the fragment; the words are {known}");
        return Err(source.error(entry.span().start, message));
    }
    Ok(ChangeWords { texts })
}

/// The `{name}`s in `text`, in order.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        names.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn the_file() -> SourceFile {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        SourceFile::read(&root, FILE).expect("the words file")
    }

    fn error_of(text: &str) -> String {
        parse_change_words(&SourceFile::new(FILE, text))
            .expect_err("a mistake")
            .to_string()
    }

    /// The file with `key`'s line replaced by `line`.
    fn with_line(key: &str, line: &str) -> String {
        let text = the_file().text;
        let lines = text
            .lines()
            .map(|l| if l.starts_with(&format!("{key} ")) { line } else { l });
        lines.collect::<Vec<_>>().join("\n")
    }

    fn line_of(text: &str, key: &str) -> usize {
        text.lines()
            .position(|l| l.starts_with(&format!("{key} ")))
            .expect("the key")
            + 1
    }

    #[test]
    fn the_file_has_every_word_in_every_language() {
        let words = parse_change_words(&the_file()).expect("a valid file");
        assert_eq!(words.get(Word::PointAdded, Lang::Nb), "Nytt punkt");
        assert_eq!(words.get(Word::RemovedPrefix, Lang::Nb), "Tatt ut:");
        assert_eq!(words.get(Word::AddedPrefix, Lang::En), "Added:");
        assert_eq!(words.get(Word::RemovedPrefix, Lang::Nn), "Teke ut:");
        let renumbered = words.fill(Word::Renumbered, Lang::Nb, &[("older", "1.8"), ("newer", "1.13")]);
        assert_eq!(renumbered, "Punkt 1.8 er nå punkt 1.13.");
    }

    #[test]
    fn a_missing_language_names_the_word() {
        let text = with_line(
            "point_added",
            "point_added = { nb = \"Nytt punkt\", nn = \"Nytt punkt\" }",
        );
        let error = error_of(&text);
        assert!(error.contains("missing field `en`"), "{error}");
        assert!(
            error.starts_with(&format!("{FILE}:{}:", line_of(&text, "point_added"))),
            "{error}"
        );
    }

    #[test]
    fn a_missing_word_and_an_unknown_word_are_mistakes() {
        let text = with_line("go_to_paragraph", "");
        assert_eq!(
            error_of(&text),
            format!("{FILE}:1:1: `go_to_paragraph` is missing: the fragment needs it, in nb, nn and en")
        );
        let text = format!(
            "{}\ngo_to_paragrap = {{ nb = \"a\", nn = \"b\", en = \"c\" }}\n",
            the_file().text
        );
        let error = error_of(&text);
        assert!(error.contains("`go_to_paragrap` is no word of the fragment"), "{error}");
    }

    #[test]
    fn a_wrong_placeholder_or_an_empty_text_is_a_mistake_at_its_line() {
        let line =
            "moved = { nb = \"Flyttet fra {older}.\", nn = \"Flytta frå {eldre}.\", en = \"Moved from {older}.\" }";
        let text = with_line("moved", line);
        assert_eq!(
            error_of(&text),
            format!(
                "{FILE}:{}:45: `moved.nn` must have the placeholders [{{older}}], not [{{eldre}}]",
                line_of(&text, "moved")
            )
        );
        let text = with_line("link_to", "link_to = { nb = \"Nå:\", nn = \" \", en = \"Now:\" }");
        let error = error_of(&text);
        assert!(error.ends_with("`link_to.nn` is empty"), "{error}");
    }

    #[test]
    fn placeholders_are_read_in_order() {
        assert_eq!(placeholders("Punkt {older} er nå punkt {newer}."), ["older", "newer"]);
        assert!(placeholders("Ingen {her").is_empty());
    }
}
