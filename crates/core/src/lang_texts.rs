//! Where each language's texts come from: the decision trees' texts and the UI strings. Bokmål
//! is compiled into the app; in the browser nynorsk and English are loaded on demand from one file
//! each next to the app (about 22 KB brotli less to download for most users), checked against a
//! hash compiled in, and kept for the session. Native builds (tests, tools) have all three
//! compiled in. Text not at hand reads in bokmål, never blank.

use rundskriv_model::checksum::fnv1a;
use rundskriv_model::Lang;
use std::sync::OnceLock;

/// The file a language's texts are loaded from in the browser: tree texts, then UI strings.
#[derive(Debug)]
pub struct LangFile {
    pub name: &'static str,
    pub hash: u64,
    pub len: usize,
    /// Where the tree texts end and the UI strings begin.
    pub trees_len: usize,
}

include!(concat!(env!("OUT_DIR"), "/lang_files.rs"));

/// Which part of a language's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Trees,
    Ui,
}

/// Why a language's texts could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextsError {
    /// Not the file this build expects (another version, an error page, damaged on the way).
    Mismatch,
}

static LOADED: [OnceLock<&'static str>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The file `lang`'s texts are loaded from, relative to the app's folder.
pub fn file(lang: Lang) -> &'static LangFile {
    &LANG_FILES[lang.index()]
}

fn compiled(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Nb => Some(BLOB_NB),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Nn => Some(BLOB_NN),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => Some(BLOB_EN),
        #[cfg(target_arch = "wasm32")]
        _ => None,
    }
}

/// `lang`'s whole file, if it is compiled in or has been loaded.
pub fn blob(lang: Lang) -> Option<&'static str> {
    compiled(lang).or_else(|| LOADED[lang.index()].get().copied())
}

/// True when `lang`'s texts can be shown now.
pub fn available(lang: Lang) -> bool {
    blob(lang).is_some()
}

/// `part` of the texts in `lang` if they are at hand, else in bokmål; with the language they are in.
pub fn shown(lang: Lang, part: Part) -> (&'static str, Lang) {
    let (blob, lang) = match blob(lang) {
        Some(blob) => (blob, lang),
        None => (BLOB_NB, Lang::Nb),
    };
    let split = file(lang).trees_len;
    let text = match part {
        Part::Trees => blob.get(..split),
        Part::Ui => blob.get(split..),
    };
    (text.unwrap_or_default(), lang)
}

/// The `n`th of the `count` texts in `part`, whose end offsets per language are `ends` (all of
/// bokmål's, then nynorsk's, then English's); in bokmål while `lang`'s texts are not at hand.
pub fn nth(lang: Lang, part: Part, ends: &[u32], count: usize, n: usize) -> &'static str {
    let (texts, lang) = shown(lang, part);
    let i = lang.index() * count + n;
    let start = if n == 0 { 0 } else { ends[i - 1] as usize };
    texts.get(start..ends[i] as usize).unwrap_or_default()
}

/// Checks that `text` is this build's text file for `lang`.
pub fn verify(lang: Lang, text: &str) -> Result<(), TextsError> {
    let expected = file(lang);
    if text.len() == expected.len && fnv1a(text.as_bytes()) == expected.hash {
        Ok(())
    } else {
        Err(TextsError::Mismatch)
    }
}

/// Keeps `text` as `lang`'s texts for the rest of the session, once it has passed `verify`.
pub fn install(lang: Lang, text: String) -> Result<(), TextsError> {
    if available(lang) {
        return Ok(());
    }
    verify(lang, &text)?;
    // Loaded at most once per language and kept until the page goes: leaking is the lifetime.
    let _ = LOADED[lang.index()].set(Box::leak(text.into_boxed_str()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_is_named_after_its_hash_and_verifies() {
        for lang in Lang::ALL {
            let text = blob(lang).expect("native builds have every language");
            let file = file(lang);
            assert_eq!(
                file.name,
                format!("tekst-{}-{:016x}.txt", lang.tag(), fnv1a(text.as_bytes()))
            );
            assert_eq!(verify(lang, text), Ok(()));
            assert!(file.trees_len > 0 && file.trees_len < file.len && text.is_char_boundary(file.trees_len));
        }
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused() {
        let nn = blob(Lang::Nn).unwrap();
        assert_eq!(
            verify(Lang::Nn, &nn[..nn.len() - 1]),
            Err(TextsError::Mismatch),
            "truncated"
        );
        let changed = nn.replacen('e', "a", 1);
        assert_eq!(
            verify(Lang::Nn, &changed),
            Err(TextsError::Mismatch),
            "one letter changed"
        );
        assert_eq!(
            verify(Lang::Nn, blob(Lang::En).unwrap()),
            Err(TextsError::Mismatch),
            "another language"
        );
        assert_eq!(
            verify(Lang::Nn, "<!doctype html><title>404</title>"),
            Err(TextsError::Mismatch)
        );
    }
}
