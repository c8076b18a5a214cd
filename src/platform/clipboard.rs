//! Copying a link for the user to paste elsewhere.

use super::dom::window;

/// Writes `text` to the clipboard; the future resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let promise = window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
