//! Files the user gives the app (an exported self-assessment), read in the browser.

use wasm_bindgen::JsCast;

/// The file chosen in the `<input type=file>` an event came from.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    // Clear the choice so choosing the same file again fires `change` again.
    input.set_value("");
    file
}

/// A file's text; None if the browser cannot read it.
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}
