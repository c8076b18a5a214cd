//! The document: elements by id, focus and scrolling, the page's title and language, printing,
//! the settings in its `<meta>` tags, and fetching the app's own files. Every call degrades
//! quietly where the browser refuses.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
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

/// Whether the page's script set `window[name]` to true (how web/start.js tells the app things).
pub fn global_flag(name: &str) -> bool {
    js_sys::Reflect::get(&window(), &name.into()).is_ok_and(|value| value.is_truthy())
}

/// Loads the page again (a new build, see `shell::update_notice`).
pub fn reload() {
    let _ = window().location().reload();
}

/// True when the focus is on the page's body (or nowhere), or for a widget (`shadow`) on its host
/// element with nothing inside focused: where it goes when the focused element is removed.
pub fn focus_lost(shadow: Option<&web_sys::ShadowRoot>) -> bool {
    let document = document();
    let focused = document.active_element();
    let body: Option<web_sys::Element> = document.body().map(Into::into);
    match shadow {
        Some(root) => root.active_element().is_none() && focused == Some(root.host()),
        None => focused.is_none() || focused == body,
    }
}

/// Scrolls an embedded widget's top into view if it is above the viewport, so a new view starts
/// where the reader looks without moving the host page more than needed.
pub fn reveal_top(element: &web_sys::Element) {
    if element.get_bounding_client_rect().top() < 0.0 {
        element.scroll_into_view();
    }
}

pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

pub fn print() {
    let _ = window().print();
}

/// The `#/…` fragment of the app link a click landed on, if any.
pub fn app_link_target(ev: &web_sys::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target.closest("a[href]").ok().flatten()?;
    let href = anchor.get_attribute("href")?;
    href.starts_with("#/").then_some(href)
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

/// The response for one of the app's own files, if the fetch worked and the server had it.
pub async fn fetch_ok(url: &str) -> Option<web_sys::Response> {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    response.ok().then_some(response)
}

/// The request for `url`, under way from now on.
pub fn start_fetch(url: &str) -> JsFuture {
    JsFuture::from(window().fetch_with_str(url))
}

/// The text of the response `fetch` brings, if the fetch worked and the server had the file.
pub async fn text_of(fetch: JsFuture) -> Option<String> {
    let response: web_sys::Response = fetch.await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Shows `element`, which its view rendered `hidden`.
pub fn unhide(element: &web_sys::Element) {
    let _ = element.remove_attribute("hidden");
}
