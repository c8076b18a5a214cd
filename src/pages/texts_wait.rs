//! What a page shows while the texts it needs load the first time (a moment: bokmål's tree texts,
//! the circular's words; see `platform::lang_files`), and if they cannot be had: why, and a button
//! to try again. Once they are there, the router builds the page asked for in its place.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::ui_strings::Key;

#[component]
pub fn TextsWait() -> impl IntoView {
    let state = state();
    let failed = RwSignal::new(false);
    let load = move || {
        failed.set(false);
        leptos::task::spawn_local(async move {
            let loaded = state.load_page_texts().await;
            // The user may have gone elsewhere meanwhile: this view and its signal with it. The
            // page shown now needs no rebuilding then (a form on it would lose what was typed).
            if failed.try_get_untracked().is_none() {
                return;
            }
            if loaded {
                state.texts_loaded.set(true);
                // What the navigation would have focused (a paragraph, a point's changes) or the
                // page's heading takes the focus that went with this view (a retry button), or
                // that the navigation could not give it (neither is there while loading).
                request_animation_frame(move || {
                    if state.focus_lost() {
                        let target = state.route.get_untracked().focus_target();
                        if !target.is_some_and(|id| state.focus(&id, true)) {
                            state.focus("page-heading", false);
                        }
                    }
                });
            } else {
                failed.set(true);
            }
        });
    };
    load();
    // No heading while loading, which takes a moment: the page's own comes with its texts.
    view! {
        {move || if failed.get() {
            view! {
                <h1 id="page-heading" tabindex="-1">{state.tr(Key::TextsFailedTitle)}</h1>
                <div class="ds-alert notice" role="alert">
                    <p>{state.tr(Key::TextsFailed)}</p>
                    <p><button class="ds-button" type="button" on:click=move |_| load()>{state.tr(Key::TextsRetry)}</button></p>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="texts-wait" role="status">{state.tr(Key::TextsLoading)}</p> }.into_any()
        }}
    }
}
