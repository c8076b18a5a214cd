//! "Hva er endret": what changed between the edition before and the newest, per point, as the
//! build worked it out (`crates/compiler/src/generate/changes.rs`): an HTML fragment per
//! language. Native builds have it compiled in; in the browser it is a file next to the app
//! (`endringer-<lang>-<hash>.txt`), loaded when the page opens, checked against a hash compiled
//! in and kept for the session. A build that carries one edition has no changes to show.

use crate::content::Section;
use crate::lang_texts::{self, HashedFile, TextsError};
use crate::ui_strings::Lang;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/changes_data.rs"));

static LOADED: [OnceLock<&'static str>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// True when the build carries an edition before the newest and something changed.
pub fn any() -> bool {
    !CHANGED_POINTS.is_empty()
}

/// True when `section` of the newest edition changed against the edition before it.
pub fn point_changed(section: &Section) -> bool {
    CHANGED_POINTS.contains(&key(section))
}

/// The key the build names a section's changes by: its concept, which stays when a point is
/// renumbered, or its id (sections outside the points have no concept).
fn key(section: &Section) -> &'static str {
    if section.concept.is_empty() {
        section.id
    } else {
        section.concept
    }
}

/// The id of the element holding `section`'s changes in the fragment (the fragment's writer
/// uses the same key).
pub fn element_id(section: &Section) -> String {
    format!("endring-{}", key(section))
}

/// The file `lang`'s fragment is loaded from, relative to the app's folder.
pub fn file(lang: Lang) -> &'static HashedFile {
    &CHANGES_FILES[lang.index()]
}

/// `lang`'s fragment, if it is compiled in or has been loaded.
pub fn text(lang: Lang) -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    let compiled = Some(CHANGES[lang.index()]);
    #[cfg(target_arch = "wasm32")]
    let compiled = None;
    compiled.or_else(|| LOADED[lang.index()].get().copied())
}

/// Keeps `text` as `lang`'s fragment for the rest of the session, if it is this build's file.
pub fn install(lang: Lang, text: String) -> Result<(), TextsError> {
    if self::text(lang).is_some() {
        return Ok(());
    }
    let file = file(lang);
    lang_texts::keep_checked(&LOADED[lang.index()], text, file.len, file.hash)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rundskriv_model::checksum::fnv1a;

    #[test]
    fn each_language_has_its_file_named_after_its_hash() {
        for lang in Lang::ALL {
            let text = text(lang).expect("native builds have every fragment");
            let name = format!("endringer-{}-{:016x}.txt", lang.tag(), fnv1a(text.as_bytes()));
            assert_eq!(file(lang).name, name);
            assert_eq!(lang_texts::check(text, file(lang).len, file(lang).hash), Ok(()));
        }
    }

    #[test]
    fn a_point_changed_only_when_the_build_says_so() {
        let changed = crate::content::SECTIONS.iter().filter(|s| point_changed(s)).count();
        assert_eq!(changed, CHANGED_POINTS.len());
        assert_eq!(any(), changed > 0);
    }
}
