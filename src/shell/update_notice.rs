//! The notice that a newer build was published while this page was open: its service worker took
//! over (web/start.js says so), so this page is the older build and its files may be gone from the
//! server. Reloading loads the new build whole; the answers come along, since they are in the
//! address and the browser's storage.

use crate::platform::dom;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::ui_strings::Key;

/// The event web/start.js sends, and the flag it sets in case the app was not listening yet.
const UPDATE_EVENT: &str = "rundskrivveilederen-update";
const UPDATE_FLAG: &str = "__rundskrivveilederenUpdate";

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = state();
    let published = RwSignal::new(dom::global_flag(UPDATE_FLAG));
    let listener = window_event_listener_untyped(UPDATE_EVENT, move |_| published.set(true));
    on_cleanup(move || listener.remove());
    move || {
        published.get().then(|| {
            view! {
                <div class="ds-alert notice update-notice" role="status">
                    <p>{state.tr(Key::UpdateReady)}</p>
                    <p><button class="ds-button" type="button" on:click=|_| dom::reload()>{state.tr(Key::UpdateReload)}</button></p>
                </div>
            }
        })
    }
}
