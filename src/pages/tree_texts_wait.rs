//! What a tree or the self-assessment shows while bokmål's tree texts load the first time (a
//! moment; see `rundskriv_core::lang_texts`), and if they cannot be had: why, and a button to try
//! again. Once they are there, the router builds the page asked for in its place.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::ui_strings::Key;

#[component]
pub fn TreeTextsWait() -> impl IntoView {
    let state = state();
    let failed = RwSignal::new(false);
    let load = move || {
        failed.set(false);
        leptos::task::spawn_local(async move {
            if state.load_tree_texts().await {
                // The page replaces this one: its heading takes over the focus this one had.
                let refocus = state.has_focus("page-heading");
                state.tree_texts_loaded.set(true);
                if refocus {
                    request_animation_frame(move || {
                        state.focus("page-heading", false);
                    });
                }
            } else {
                // The user may have gone elsewhere meanwhile: this view and its signal with it.
                failed.try_set(true);
            }
        });
    };
    load();
    view! {
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::TreeTextsLoading)}</h1>
        {move || failed.get().then(|| view! {
            <div class="ds-alert notice" role="alert">
                <p>{state.tr(Key::TreeTextsFailed)}</p>
                <p><button class="ds-button" type="button" on:click=move |_| load()>{state.tr(Key::TreeTextsRetry)}</button></p>
            </div>
        })}
    }
}
