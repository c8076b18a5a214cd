//! Mounting the app once the texts its first page shows are at hand.

use super::app::{first_route, App};
use crate::platform::{console, lang_files, language, panic_panel};
use crate::state::MountOptions;
use leptos::prelude::*;
use rundskriv_core::lang_texts;
use rundskriv_core::ui_strings::Lang;

/// Mounts the standalone app on the page's body, routed by the URL fragment.
pub fn start() {
    panic_panel::install_hook();
    when_ready(MountOptions::default(), |options| {
        leptos::mount::mount_to_body(move || view! { <App options=options/> });
        // Mounted: the view is in the DOM and its handlers are attached (the benchmark's end point).
        console::mark("rv-interactive");
    });
}

/// Mounts the app (`mount`) once the texts of its language and of its first page are at hand:
/// at once for bokmål's start page, after loading them otherwise (see `lang_files`). Loading
/// that fails mounts the app anyway: in bokmål, with a notice, when the language's texts failed;
/// a page that still lacks its texts says so and offers to try again (`pages::texts_wait`).
/// Never a blank page, and never bokmål text marked as another language.
pub fn when_ready(options: MountOptions, mount: impl FnOnce(MountOptions) + 'static) {
    let lang = options.lang.unwrap_or_else(language::initial);
    let options = MountOptions {
        lang: Some(lang),
        ..options
    };
    let route = first_route(&options);
    if lang_texts::available(lang) && lang_files::missing_for(&route, lang).is_empty() {
        mount(options);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let folder = options.files.clone().unwrap_or_default();
        let loaded = lang_texts::available(lang) || lang_files::load(lang, &folder).await;
        let shown = if loaded { lang } else { Lang::Nb };
        // What the first page needs beyond the language's texts; a page that still lacks them
        // says so (`pages::texts_wait`).
        lang_files::load_all(&lang_files::missing_for(&route, shown), &folder).await;
        mount(MountOptions {
            lang: Some(shown),
            texts_missing: (!loaded).then_some(lang),
            ..options
        });
    });
}
