//! The circular's words: the text of every block, one after the other, as one string that each
//! block points into (`Block::words`). Native builds have it compiled in. In the browser it is a
//! file next to the app (`rundskrivtekst-<hash>.txt`), loaded when a page first shows the
//! circular's text (the start page does not: 8.1 KB brotli less for a first visit), checked
//! against a hash compiled in and kept for the session.

use crate::lang_texts::{self, HashedFile, TextsError};
use std::sync::OnceLock;

/// A block's place in the circular's words, as byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub start: u32,
    pub end: u32,
}

include!(concat!(env!("OUT_DIR"), "/words_data.rs"));

static LOADED: OnceLock<&'static str> = OnceLock::new();

/// The file the words are loaded from, relative to the app's folder.
pub fn file() -> &'static HashedFile {
    &WORDS_FILE
}

/// The words, if they are compiled in or have been loaded.
pub fn text() -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    let compiled = Some(WORDS);
    #[cfg(target_arch = "wasm32")]
    let compiled = None;
    compiled.or_else(|| LOADED.get().copied())
}

/// True when the circular's text can be shown now.
pub fn available() -> bool {
    text().is_some()
}

/// The words at `words`; empty while they are not at hand.
pub fn get(words: Words) -> &'static str {
    text()
        .and_then(|text| text.get(words.start as usize..words.end as usize))
        .unwrap_or_default()
}

/// Checks that `text` is this build's file of words.
pub fn verify(text: &str) -> Result<(), TextsError> {
    lang_texts::check(text, WORDS_FILE.len, WORDS_FILE.hash)
}

/// Keeps `text` as the words for the rest of the session, once it has passed `verify`.
pub fn install(text: String) -> Result<(), TextsError> {
    if available() {
        return Ok(());
    }
    lang_texts::keep_checked(&LOADED, text, WORDS_FILE.len, WORDS_FILE.hash)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rundskriv_model::checksum::fnv1a;

    #[test]
    fn the_file_is_named_after_its_hash() {
        let text = text().expect("native builds have the words");
        assert_eq!(
            file().name,
            format!("rundskrivtekst-{:016x}.txt", fnv1a(text.as_bytes()))
        );
        assert_eq!(verify(text), Ok(()));
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused() {
        let text = text().unwrap();
        assert_eq!(verify(&text[..text.len() - 1]), Err(TextsError::Mismatch));
        assert_eq!(verify(&text.replacen('e', "a", 1)), Err(TextsError::Mismatch));
        assert_eq!(verify("<!doctype html><title>404</title>"), Err(TextsError::Mismatch));
        assert_eq!(install(String::new()), Ok(()), "already at hand: nothing to do");
    }
}
