//! Which language a visitor starts in: the one chosen here before, else the browser's.

use super::{dom, storage};
use rundskriv_core::ui_strings::Lang;

pub fn initial() -> Lang {
    storage::saved_lang().unwrap_or_else(|| Lang::from_browser(preferred().iter().map(String::as_str)))
}

/// The browser's languages, most wanted first.
fn preferred() -> Vec<String> {
    let navigator = dom::window().navigator();
    let list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}
