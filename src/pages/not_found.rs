//! The page for an address the app has no place for.

use crate::platform::panic_panel;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::ui_strings::Key;

#[component]
pub fn NotFound() -> impl IntoView {
    panic_panel::provoke_if_asked();
    let state = state();
    view! {
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::NotFoundTitle)}</h1>
        <p>{state.tr(Key::NotFoundText)}</p>
        <p><a href="#/">{state.tr(Key::BackToStart)}</a></p>
    }
}
