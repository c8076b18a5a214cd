//! What the user sees when the app itself fails: a panic shows a "Noe gikk galt" panel instead of
//! a dead page. Release builds abort on panic (`panic = "abort"`), which kills the wasm instance,
//! so the panel is built by the panic hook with plain DOM calls, and its "start over" is an
//! ordinary link that needs no code from the dead instance.

use super::{history, language};
use rundskriv_core::ui_strings::{t, Key, Lang};
use std::panic::PanicHookInfo;

/// The hidden address that provokes a panic, so the browser test can prove the panel works in the
/// real release build. A route rather than an exported function or a build feature: it exercises
/// the path real failures take (a panic while a view renders) and costs a few bytes. Anyone who
/// opens it just sees the panel and starts over; nothing is lost.
pub const PANIC_TEST_HASH: &str = "#/test/panikk";

/// Installs the hook: the browser console still gets the panic message (for bug reports), then
/// the panel is shown.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        show_panel();
    }));
}

/// Panics if the page was opened at `PANIC_TEST_HASH` (called while rendering "not found").
pub fn provoke_if_asked() {
    if history::current_hash() == PANIC_TEST_HASH {
        panic!("provoked by {PANIC_TEST_HASH} to test the error panel");
    }
}

/// The language the app was showing (its root's `lang`); before the app has mounted, the one it
/// would have started in.
fn current_lang(document: &web_sys::Document) -> Lang {
    document
        .query_selector(".rv-app")
        .ok()
        .flatten()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_else(language::initial)
}

/// Builds the panel from text nodes only (never HTML) and puts it where the app was. Every DOM
/// call may fail; the hook must not panic again, so failures just leave less of the panel.
fn show_panel() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("noe-gikk-galt").is_some() {
        return;
    }
    let lang = current_lang(&document);
    let element = |tag: &str, text: Option<Key>| {
        let element = document.create_element(tag).ok()?;
        if let Some(key) = text {
            element.set_text_content(Some(t(lang, key)));
        }
        Some(element)
    };
    let (Some(panel), Some(heading), Some(text), Some(saved), Some(restart)) = (
        element("div", None),
        element("h1", Some(Key::PanicTitle)),
        element("p", Some(Key::PanicText)),
        element("p", Some(Key::PanicSaved)),
        element("a", Some(Key::PanicRestart)),
    ) else {
        return;
    };
    let _ = panel.set_attribute("id", "noe-gikk-galt");
    let _ = panel.set_attribute("class", "notice panic-panel");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("lang", lang.tag());
    let _ = heading.set_attribute("tabindex", "-1");
    // The address without its fragment: following it loads the page anew, at the start page.
    let _ = restart.set_attribute("href", &history::base_url());
    let _ = restart.set_attribute("class", "button-link");
    for child in [&heading, &text, &saved, &restart] {
        let _ = panel.append_child(child);
    }
    // The app's own DOM may be half-updated and its handlers are dead: hide it behind the panel.
    if let Ok(Some(app)) = document.query_selector(".rv-app") {
        let _ = app.set_attribute("hidden", "");
    }
    if let Some(body) = document.body() {
        let _ = body.insert_before(&panel, body.first_child().as_ref());
    }
    if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
        let _ = heading.focus();
    }
}
