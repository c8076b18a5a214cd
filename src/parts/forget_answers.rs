//! The foot of a tree or the self-assessment: whether the answers are kept in this browser, and
//! "Slett svarene mine".

use crate::platform::storage;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::Key;

/// What the footer of a tree or the self-assessment says about keeping the answers: that they
/// stay in this browser, or, where it keeps nothing, that the page's address holds them.
pub fn saved_note() -> Key {
    if storage::works() {
        Key::TreeSavedNote
    } else {
        Key::TreeNotSavedNote
    }
}

/// "Slett svarene mine": forgets the saved answers (and the follow-up, with `follow_ups`), then
/// goes to `after`.
#[component]
pub fn ForgetAnswers(after: Route, #[prop(optional)] follow_ups: bool) -> impl IntoView {
    let state = state();
    let forget = move |_| {
        storage::forget_answers();
        if follow_ups {
            storage::forget_follow_ups();
        }
        state.go(after.clone());
        state.status.set(state.text(Key::TreeForgotten).to_string());
    };
    view! { <button type="button" class="ds-button ds-variant-secondary" on:click=forget>{state.tr(Key::TreeForget)}</button> }
}
