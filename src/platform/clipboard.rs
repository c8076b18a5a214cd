//! Copying for the user to paste elsewhere: a link as text, or a document as formatted text
//! (HTML, which Word and case-handling editors paste with its structure) with a plain-text twin.

use super::dom::window;
use super::download::blob;
use wasm_bindgen::JsValue;

/// Writes `text` to the clipboard; the future resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let promise = window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Writes `html` and `plain` as one clipboard item (`text/html` and `text/plain`); resolves to
/// whether it worked. Where `ClipboardItem` is missing (older Firefox), the plain text alone.
pub async fn copy_document(html: String, plain: String) -> bool {
    let flavours = js_sys::Object::new();
    for (mime, text) in [("text/html", &html), ("text/plain", &plain)] {
        let Some(b) = blob(mime, text) else { return false };
        let _ = js_sys::Reflect::set(&flavours, &JsValue::from_str(mime), &b);
    }
    let Ok(item) = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&flavours) else {
        return copy(plain).await;
    };
    let promise = window().navigator().clipboard().write(&js_sys::Array::of1(&item));
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
