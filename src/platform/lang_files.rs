//! Loads a language's file of texts before the app shows them (see `rundskriv_core::lang_texts`):
//! from the page itself, where the single-file build inlines them, or from the folder the app's
//! files are in.

use super::{console, dom};
use rundskriv_core::lang_texts;
use rundskriv_core::ui_strings::Lang;
use wasm_bindgen_futures::JsFuture;

/// Makes `lang`'s file of texts available (bokmål's: its tree texts); false when it could not be
/// had (offline before it was ever loaded, a mismatched file): the app then stays in bokmål or
/// where it was, and says so. `folder` is the app's address with a trailing slash, or "" for
/// the page's own folder.
pub async fn load(lang: Lang, folder: &str) -> bool {
    if lang_texts::trees_available(lang) {
        return true;
    }
    let name = lang_texts::file(lang).name;
    let text = match inline(name) {
        Some(text) => Some(text),
        None => fetch_text(&format!("{folder}{name}")).await,
    };
    match text.map(|text| lang_texts::install(lang, text)) {
        Some(Ok(())) => true,
        Some(Err(_)) => {
            console::warn(&format!("Rundskrivveilederen: {name} is not this version's file"));
            false
        }
        None => false,
    }
}

/// The texts the single-file build put in the page, in `<script type="text/plain" id="rv-…">`.
fn inline(name: &str) -> Option<String> {
    dom::document().get_element_by_id(&format!("rv-{name}"))?.text_content()
}

async fn fetch_text(url: &str) -> Option<String> {
    let response = dom::fetch_ok(url).await?;
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
