//! Mounting the app once the texts of its language are at hand.

use super::app::App;
use crate::platform::{console, lang_files, language, panic_panel};
use crate::state::MountOptions;
use leptos::prelude::*;
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

/// Mounts the app (`mount`) once the texts of its language are at hand: at once for bokmål,
/// which is compiled in, after loading them otherwise (see `lang_files`). Loading that fails
/// mounts the app anyway, in bokmål, with a notice: never a blank page, and never bokmål text
/// marked as another language.
pub fn when_ready(options: MountOptions, mount: impl FnOnce(MountOptions) + 'static) {
    let lang = options.lang.unwrap_or_else(language::initial);
    let options = MountOptions {
        lang: Some(lang),
        ..options
    };
    if rundskriv_core::lang_texts::available(lang) {
        mount(options);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = lang_files::load(lang, options.files.as_deref().unwrap_or_default()).await;
        mount(MountOptions {
            lang: Some(if loaded { lang } else { Lang::Nb }),
            texts_missing: (!loaded).then_some(lang),
            ..options
        });
    });
}
