//! Copying for the user to paste elsewhere: a link as text, a case document as formatted text
//! with a plain-text flavour.

use super::dom::window;
use super::download::blob;
use wasm_bindgen::JsValue;

/// Writes `text` to the clipboard; the future resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let promise = window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Writes `html` and `plain` as one clipboard item, so an editor that takes formatting pastes
/// the HTML and any other the text; false where the browser refuses (no `ClipboardItem`, no
/// permission).
pub async fn copy_formatted(html: &str, plain: &str) -> bool {
    let (Some(html), Some(plain)) = (blob("text/html", html), blob("text/plain", plain)) else {
        return false;
    };
    let record = js_sys::Object::new();
    for (mime, blob) in [("text/html", html), ("text/plain", plain)] {
        let _ = js_sys::Reflect::set(&record, &JsValue::from_str(mime), &blob);
    }
    let Ok(item) = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record) else {
        return false;
    };
    let promise = window().navigator().clipboard().write(&js_sys::Array::of1(&item));
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
