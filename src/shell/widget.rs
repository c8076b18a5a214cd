//! The app as a widget inside someone else's page: `mount_widget` (called by `embed.js`) mounts it
//! into a shadow root of the host's element, so neither page's CSS reaches the other and two
//! widgets on one page keep their own ids.

use super::app::App;
use super::mount::when_ready;
use crate::platform::{console, dom};
use crate::state::MountOptions;
use leptos::prelude::*;
use rundskriv_core::embed_options;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Set by `embed.js` before it starts the module: `main` then leaves the host page's body alone.
const EMBED_FLAG: &str = "__rundskrivveilederenEmbed";
/// Marks a host element that already has a widget, so a second call does not mount another.
const MOUNTED_ATTR: &str = "data-rundskriv-mounted";

/// Whether `embed.js` loaded this module (then nothing is mounted on the body).
pub fn requested() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(EMBED_FLAG)).is_ok_and(|v| v.is_truthy())
}

fn option(options: &JsValue, key: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    js_sys::Reflect::get(options, &JsValue::from_str(key)).ok()?.as_string()
}

/// Mounts a widget in `element`. `options` is an object with optional strings: `start` (a tree id,
/// `lesing`, `egenvurdering`, …), `lang` (`nb`, `nn`, `en`), `routing` (`memory`, the default,
/// or `hash`), `shareBase` (the standalone app's address, for copied links), and the stylesheets
/// loaded inside the shadow root: `theme` (theme.css or the host's choice), `stylesheet` (the
/// app's CSS) and `pages` (the CSS of every page but the start page). Unknown values are reported
/// on the console and replaced by defaults; only a missing element is an error.
#[wasm_bindgen]
pub fn mount_widget(element: JsValue, options: JsValue) -> Result<(), JsError> {
    console_error_panic_hook::set_once();
    let element: web_sys::Element = element
        .dyn_into()
        .map_err(|_| JsError::new("mount_widget: the first argument must be an element"))?;
    if element.has_attribute(MOUNTED_ATTR) {
        return Ok(());
    }
    let (config, warnings) = embed_options::parse(
        option(&options, "start").as_deref(),
        option(&options, "lang").as_deref(),
        option(&options, "routing").as_deref(),
    );
    for warning in warnings {
        console::warn(&format!("Rundskrivveilederen: {warning}"));
    }
    let shadow = attach_shadow(&element)?;
    let document = dom::document();
    let root: web_sys::HtmlElement = document
        .create_element("div")
        .map_err(|_| JsError::new("mount_widget: cannot create an element"))?
        .unchecked_into();
    root.set_class_name("rv-root");
    add_stylesheets(&shadow, &root, &options)?;
    // The theme's colour-scheme rules (dark mode) apply to an element with this attribute; `:root`
    // matches nothing in a shadow root.
    let _ = root.set_attribute("data-color-scheme", "auto");
    shadow
        .append_child(&root)
        .map_err(|_| JsError::new("mount_widget: cannot add the widget"))?;
    let _ = element.set_attribute(MOUNTED_ATTR, "");
    let options = MountOptions {
        memory: config.memory,
        start: Some(config.start),
        lang: config.lang,
        share_base: if config.memory {
            option(&options, "shareBase")
        } else {
            None
        },
        shadow: Some(shadow),
        files: option(&options, "shareBase"),
        ..MountOptions::default()
    };
    when_ready(options, move |options| {
        leptos::mount::mount_to(root, move || view! { <App options=options/> }).forget();
    });
    Ok(())
}

/// Links the widget's stylesheets in its shadow root: the theme first (its layers come first), the
/// app's CSS and the pages' CSS (a widget takes them all at once: no first-load budget is at stake
/// in a host page). The widget is hidden until the app's CSS has arrived, so the host never shows
/// it unstyled; set through the CSSOM, which a `style-src 'self'` policy allows (a style attribute
/// it would block). A stylesheet that fails to load shows the plain widget rather than none.
fn add_stylesheets(
    shadow: &web_sys::ShadowRoot,
    root: &web_sys::HtmlElement,
    options: &JsValue,
) -> Result<(), JsError> {
    for key in ["theme", "stylesheet", "pages"] {
        let Some(href) = option(options, key) else { continue };
        let link = dom::document()
            .create_element("link")
            .map_err(|_| JsError::new("mount_widget: cannot create an element"))?;
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", &href);
        if key == "stylesheet" {
            let _ = root.style().set_property("visibility", "hidden");
            let shown = root.clone();
            let show = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                let _ = shown.style().remove_property("visibility");
            })
            .into_js_value();
            let _ = link.add_event_listener_with_callback("load", show.unchecked_ref());
            let _ = link.add_event_listener_with_callback("error", show.unchecked_ref());
        }
        shadow
            .append_child(&link)
            .map_err(|_| JsError::new("mount_widget: cannot add the stylesheet"))?;
    }
    Ok(())
}

/// A shadow root for the widget: on the host's element, or, where that element cannot have one
/// (it already has one, or it is a `<ul>`, `<a>`, …), on a `<div>` added inside it.
fn attach_shadow(element: &web_sys::Element) -> Result<web_sys::ShadowRoot, JsError> {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    if let Ok(shadow) = element.attach_shadow(&init) {
        return Ok(shadow);
    }
    let holder = dom::document()
        .create_element("div")
        .map_err(|_| JsError::new("mount_widget: cannot create an element"))?;
    element
        .append_child(&holder)
        .map_err(|_| JsError::new("mount_widget: cannot add to the element"))?;
    holder
        .attach_shadow(&init)
        .map_err(|_| JsError::new("mount_widget: cannot attach a shadow root"))
}
