//! Loads the files of texts the app fetches on demand before it shows them: a language's texts
//! (`rundskriv_core::lang_texts`), the circular's words (`rundskriv_core::content_words`) and what
//! changed between the editions (`rundskriv_core::changes`).
//! Each comes from the page itself, where the single-file build inlines it, or from the folder the
//! app's files are in, and is used only if it is exactly this build's file.

use super::{console, dom};
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::Lang;
use rundskriv_core::{changes, content_words, lang_texts};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// One file of texts the app loads on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFile {
    /// A language's texts (bokmål's: its tree texts).
    Lang(Lang),
    /// The circular's words.
    Words,
    /// What changed between the editions ("Hva er endret"), in a language.
    Changes(Lang),
}

impl TextFile {
    fn name(self) -> &'static str {
        match self {
            TextFile::Lang(lang) => lang_texts::file(lang).name,
            TextFile::Words => content_words::file().name,
            TextFile::Changes(lang) => changes::file(lang).name,
        }
    }

    fn at_hand(self) -> bool {
        match self {
            TextFile::Lang(lang) => lang_texts::trees_available(lang),
            TextFile::Words => content_words::available(),
            TextFile::Changes(lang) => changes::text(lang).is_some(),
        }
    }

    fn install(self, text: String) -> bool {
        let installed = match self {
            TextFile::Lang(lang) => lang_texts::install(lang, text),
            TextFile::Words => content_words::install(text),
            TextFile::Changes(lang) => changes::install(lang, text),
        };
        if installed.is_err() {
            console::warn(&format!(
                "Rundskrivveilederen: {} is not this version's file",
                self.name()
            ));
        }
        installed.is_ok()
    }
}

/// Makes `lang`'s file of texts available (bokmål's: its tree texts); false when it could not be
/// had (offline before it was ever loaded, a mismatched file): the app then stays in bokmål or
/// where it was, and says so. `folder` is the app's address with a trailing slash, or "" for
/// the page's own folder.
pub async fn load(lang: Lang, folder: &str) -> bool {
    load_all(&[TextFile::Lang(lang)], folder).await
}

/// The files of texts `route` shows in `lang` that are not at hand yet: bokmål's tree texts
/// (which every language falls back on) and the circular's words.
pub fn missing_for(route: &Route, lang: Lang) -> Vec<TextFile> {
    let mut files = Vec::new();
    if route.needs_tree_texts() && !lang_texts::trees_available(lang) {
        files.push(TextFile::Lang(Lang::Nb));
    }
    if route.needs_circular_words() && !content_words::available() {
        files.push(TextFile::Words);
    }
    if matches!(route, Route::Changes { .. }) && changes::any() && changes::text(lang).is_none() {
        files.push(TextFile::Changes(lang));
    }
    files
}

/// Makes every file of `files` available, fetching those not at hand at the same time; false
/// when one of them could not be had.
pub async fn load_all(files: &[TextFile], folder: &str) -> bool {
    let pending: Vec<(TextFile, Source)> = files
        .iter()
        .filter(|file| !file.at_hand())
        .map(|&file| {
            let name = file.name();
            let source = match (inline(name), fetched_early(name)) {
                (Some(text), _) => Source::Inline(text),
                (None, Some(text)) => Source::Early(text),
                (None, None) => Source::Fetch(dom::start_fetch(&format!("{folder}{name}"))),
            };
            (file, source)
        })
        .collect();
    let mut all = true;
    for (file, source) in pending {
        let text = match source {
            Source::Inline(text) => Some(text),
            Source::Early(text) => JsFuture::from(text).await.ok().and_then(|text| text.as_string()),
            Source::Fetch(fetch) => dom::text_of(fetch).await,
        };
        all &= text.is_some_and(|text| file.install(text));
    }
    all
}

/// Where a file of texts comes from.
enum Source {
    /// The single file's copy in the page.
    Inline(String),
    /// web/start.js's request, made while the wasm loaded: a promise of the text, or null.
    Early(js_sys::Promise),
    /// A request made now.
    Fetch(JsFuture),
}

/// The promise web/start.js made for `name` (`__rundskrivveilederenTexts`), taken so that it is
/// used once: a later load after a failure asks the server again.
fn fetched_early(name: &str) -> Option<js_sys::Promise> {
    let early = js_sys::Reflect::get(&dom::window(), &"__rundskrivveilederenTexts".into()).ok()?;
    let promise = js_sys::Reflect::get(&early, &name.into()).ok()?.dyn_into().ok()?;
    let _ = js_sys::Reflect::delete_property(&early.dyn_into::<js_sys::Object>().ok()?, &JsValue::from(name));
    Some(promise)
}

/// True in the single file (scripts/build-single.mjs), which carries every text in the page and
/// has no file beside it.
pub fn in_single_file() -> bool {
    inline(TextFile::Words.name()).is_some()
}

/// The texts the single-file build put in the page, in `<script type="text/plain" id="rv-…">`.
fn inline(name: &str) -> Option<String> {
    dom::document().get_element_by_id(&format!("rv-{name}"))?.text_content()
}
