//! Where each language's texts come from: the decision trees' texts and the UI strings.
//!
//! Every build has bokmål's UI strings and the start of its tree texts (every tree's title and
//! intro: what the start page shows) compiled in. The rest comes from one file per language next
//! to the app, loaded on demand in the browser and checked against a hash compiled in: bokmål's
//! tree texts when a page first needs them (a tree, the self-assessment; 10.9 KB brotli less for a
//! first visit), nynorsk's and English's tree texts and UI strings when the language is picked.
//! Native builds (tests, tools) have every file compiled in. Text not at hand reads in bokmål;
//! a page that needs tree texts waits for them (`trees_available`), so it is never blank.

use rundskriv_model::checksum::fnv1a;
use rundskriv_model::Lang;
use std::sync::OnceLock;

/// The file a language's texts are loaded from in the browser: tree texts, then UI strings
/// (bokmål's: tree texts alone).
#[derive(Debug)]
pub struct LangFile {
    pub name: &'static str,
    pub hash: u64,
    pub len: usize,
    /// Where the tree texts end and the UI strings begin (`len` for bokmål's).
    pub trees_len: usize,
}

include!(concat!(env!("OUT_DIR"), "/lang_files.rs"));

/// A file the browser loads on demand, named after its hash and checked against it and its length
/// before it is used (the circular's words, what changed between editions).
#[derive(Debug)]
pub struct HashedFile {
    pub name: &'static str,
    pub hash: u64,
    pub len: usize,
}

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
    #[cfg(not(target_arch = "wasm32"))]
    let compiled = Some(match lang {
        Lang::Nb => FILE_NB,
        Lang::Nn => FILE_NN,
        Lang::En => FILE_EN,
    });
    #[cfg(target_arch = "wasm32")]
    let compiled = {
        let _ = lang;
        None
    };
    compiled
}

/// `lang`'s whole file, if it is compiled in or has been loaded.
pub fn file_text(lang: Lang) -> Option<&'static str> {
    compiled(lang).or_else(|| LOADED[lang.index()].get().copied())
}

/// True when the app can be shown in `lang`: its UI strings are at hand.
pub fn available(lang: Lang) -> bool {
    lang == Lang::Nb || file_text(lang).is_some()
}

/// True when every tree text can be shown in `lang` (for bokmål: once its file is loaded).
pub fn trees_available(lang: Lang) -> bool {
    file_text(lang).is_some()
}

/// `part` of the texts in `lang` if they are at hand, else in bokmål; with the language they are
/// in. Bokmål's tree texts before its file is loaded are the start page's alone.
pub fn shown(lang: Lang, part: Part) -> (&'static str, Lang) {
    let at_hand = |lang: Lang| file_text(lang).map(|text| (text, file(lang).trees_len, lang));
    match part {
        Part::Ui => match at_hand(lang) {
            Some((text, split, lang)) if lang != Lang::Nb => (text.get(split..).unwrap_or_default(), lang),
            _ => (UI_NB, Lang::Nb),
        },
        Part::Trees => match at_hand(lang).or_else(|| at_hand(Lang::Nb)) {
            Some((text, split, lang)) => (text.get(..split).unwrap_or_default(), lang),
            None => (START_NB, Lang::Nb),
        },
    }
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
    check(text, file(lang).len, file(lang).hash)
}

/// Keeps `text` as `lang`'s file for the rest of the session, once it has passed `verify`.
pub fn install(lang: Lang, text: String) -> Result<(), TextsError> {
    if file_text(lang).is_some() {
        return Ok(());
    }
    keep_checked(&LOADED[lang.index()], text, file(lang).len, file(lang).hash)
}

/// Checks a loaded file against the length and hash its name was made from; every file of
/// texts the browser loads is checked this way (`content_words` too).
pub(crate) fn check(text: &str, len: usize, hash: u64) -> Result<(), TextsError> {
    if text.len() == len && fnv1a(text.as_bytes()) == hash {
        Ok(())
    } else {
        Err(TextsError::Mismatch)
    }
}

/// Keeps `text` in `slot` for the rest of the session once it has passed `check`. Each file is
/// loaded at most once and kept until the page goes: leaking is the lifetime.
pub(crate) fn keep_checked(
    slot: &OnceLock<&'static str>,
    text: String,
    len: usize,
    hash: u64,
) -> Result<(), TextsError> {
    check(&text, len, hash)?;
    let _ = slot.set(Box::leak(text.into_boxed_str()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_is_named_after_its_hash_and_verifies() {
        for lang in Lang::ALL {
            let text = file_text(lang).expect("native builds have every language");
            let file = file(lang);
            assert_eq!(
                file.name,
                format!("tekst-{}-{:016x}.txt", lang.tag(), fnv1a(text.as_bytes()))
            );
            assert_eq!(verify(lang, text), Ok(()));
            assert!(file.trees_len > 0 && text.is_char_boundary(file.trees_len));
            // Bokmål's UI strings are compiled in, not in its file.
            assert_eq!(file.trees_len == file.len, lang == Lang::Nb, "{lang:?}");
        }
    }

    #[test]
    fn bokmal_s_compiled_start_is_a_prefix_of_its_tree_texts_with_every_title_and_intro() {
        let trees = file_text(Lang::Nb).unwrap();
        assert!(trees.starts_with(START_NB));
        assert!(START_NB.len() < trees.len() / 4, "only the start page's texts");
        for tree in crate::trees::TREES.iter() {
            for text in [tree.title, tree.intro] {
                let shown = text.get(Lang::Nb);
                assert!(!shown.is_empty() && START_NB.contains(shown), "{shown}");
            }
        }
        assert_eq!(shown(Lang::Nb, Part::Ui).0, UI_NB);
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused() {
        let nn = file_text(Lang::Nn).unwrap();
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
            verify(Lang::Nn, file_text(Lang::En).unwrap()),
            Err(TextsError::Mismatch),
            "another language"
        );
        assert_eq!(
            verify(Lang::Nn, "<!doctype html><title>404</title>"),
            Err(TextsError::Mismatch)
        );
    }
}
