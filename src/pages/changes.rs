//! "Hva er endret" (`#/endringer`, `#/endringer/<point>`): what changed in the circular between
//! the edition before and the newest, point by point, as the build worked it out. The changes
//! are the circular's words (bokmål, marked so in the fragment) with what was removed and added;
//! the page around them is ours. A build that carries one edition says there is nothing to show.

use crate::platform::lang_files::{self, TextFile};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::changes;
use rundskriv_core::content::{EDITION, OLDER_EDITIONS};
use rundskriv_core::labels::edition_name;
use rundskriv_core::ui_strings::{tf, Key};

#[component]
pub fn ChangesPage() -> impl IntoView {
    let state = state();
    let Some(older) = OLDER_EDITIONS.first().filter(|_| changes::any()) else {
        return view! {
            <h1 id="page-heading" tabindex="-1">{state.tr(Key::ChangesTitle)}</h1>
            <p class="lead">{state.tr(Key::ChangesNone)}</p>
        }
        .into_any();
    };
    let intro = move || {
        let lang = state.lang.get();
        let (older, newest) = (edition_name(older, lang), edition_name(&EDITION, lang));
        tf(lang, Key::ChangesLead, &[("older", &older), ("newest", &newest)])
    };
    // The fragment in the language shown; the router loaded the first one, a switch loads its own.
    let fragment = RwSignal::new(changes::text(state.lang.get_untracked()));
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(text) = changes::text(lang) {
            return fragment.set(Some(text));
        }
        let folder = state.file_href("");
        leptos::task::spawn_local(async move {
            let loaded = lang_files::load_all(&[TextFile::Changes(lang)], &folder).await;
            // The user may have left the page meanwhile, and its signals with it.
            let _ = fragment.try_set(changes::text(lang));
            let _ = failed.try_set(!loaded);
        });
    });
    view! {
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::ChangesTitle)}</h1>
        <p class="lead">{intro}</p>
        <p class="hint">{state.tr(Key::ChangesOurs)}</p>
        // Its own page beside the app (scripts/post-build.mjs), its words only; the single file
        // has nothing beside it.
        {(!lang_files::in_single_file()).then(|| view! {
            <p><a href=state.file_href(&format!("rundskrivet-{}.html", older.id))>{state.tr(Key::ChangesOlderPage)}</a></p>
        })}
        <Show when=move || failed.get()>
            <div class="ds-alert notice" role="alert"><p>{state.tr(Key::TextsFailed)}</p></div>
        </Show>
        <div class="changes" inner_html=move || fragment.get().unwrap_or_default()></div>
    }
    .into_any()
}
