//! Thin, failure-tolerant access to the browser: location hash, local storage, document
//! attributes, clipboard. Every call degrades quietly where a browser or policy forbids it.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = performance, js_name = mark)]
    fn performance_mark(name: &str) -> Result<JsValue, JsValue>;
}

/// Sets a User Timing mark (`performance.mark`), which the benchmark reads.
pub fn mark(name: &str) {
    let _ = performance_mark(name);
}

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The page's address up to the fragment, for links to copy.
pub fn base_url() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

fn storage() -> Option<web_sys::Storage> {
    // Storage can be disabled by policy or throw in private modes; the app then just forgets.
    window().local_storage().ok().flatten()
}

/// True when this browser lets the app keep answers (not when storage is switched off, as
/// policies and some private modes do, or full). Checked once per page load.
pub fn storage_works() -> bool {
    thread_local! {
        static WORKS: bool = storage().is_some_and(|storage| {
            let probe = "rundskrivveilederen.lagring";
            storage.set_item(probe, "1").is_ok() && storage.remove_item(probe).is_ok()
        });
    }
    WORKS.with(|works| *works)
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

pub fn preferred_languages() -> Vec<String> {
    let navigator = window().navigator();
    let list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

pub fn set_document_lang(tag: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", tag);
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The element with `id` in the app's part of the page: the document for the standalone app, or
/// an embedded widget's shadow root, where `document.getElementById` cannot see and where a
/// second widget on the page has elements with the same ids.
pub fn element_by_id(shadow: Option<&web_sys::ShadowRoot>, id: &str) -> Option<web_sys::Element> {
    match shadow {
        Some(root) => root.get_element_by_id(id),
        None => document().get_element_by_id(id),
    }
}

/// Scrolls to and focuses the element with `id` (looked up as in `element_by_id`); returns
/// whether it exists.
pub fn focus_element(shadow: Option<&web_sys::ShadowRoot>, id: &str, scroll: bool) -> bool {
    use wasm_bindgen::JsCast;
    let Some(element) = element_by_id(shadow, id) else {
        return false;
    };
    if scroll {
        element.scroll_into_view();
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
    }
    true
}

/// Scrolls an embedded widget's top into view if it is above the viewport, so a new view starts
/// where the reader looks without moving the host page more than needed.
pub fn reveal_top(element: &web_sys::Element) {
    if element.get_bounding_client_rect().top() < 0.0 {
        element.scroll_into_view();
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Writes `text` to the clipboard; the future resolves to whether it worked.
pub async fn copy_to_clipboard(text: String) -> bool {
    let promise = window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

pub fn print() {
    let _ = window().print();
}

pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The `#/…` fragment of the app link a click landed on, if any.
pub fn app_link_target(ev: &web_sys::MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target.closest("a[href]").ok().flatten()?;
    let href = anchor.get_attribute("href")?;
    href.starts_with("#/").then_some(href)
}

/// The file chosen in the `<input type=file>` an event came from.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    // Clear the choice so choosing the same file again fires `change` again.
    input.set_value("");
    file
}

/// A file's text; None if the browser cannot read it.
pub async fn read_file_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}

/// Offers `content` as a file download, made in the browser (nothing is sent anywhere).
pub fn download(filename: &str, mime: &str, content: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(anchor) = document()
        .create_element("a")
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().map_err(Into::into))
    {
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The `content` of `<meta name="{name}">` in the page, for settings the deploying agency writes
/// into index.html (or its host page) without rebuilding the app.
pub fn meta_content(name: &str) -> Option<String> {
    let selector = format!("meta[name=\"{name}\"]");
    document()
        .query_selector(&selector)
        .ok()
        .flatten()?
        .get_attribute("content")
}
