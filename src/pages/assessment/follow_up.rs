//! The follow-up of each checklist item: its form and status line, written by core
//! (`markup::follow_up_form`) and put in as HTML, with one `change` listener per item reading the
//! field's `name`. Every change is saved at once; one that would leave "ikke relevant" without a
//! justification is refused: the control shows what is saved again, the field says why, and the
//! error summary at the top lists it and gets the focus.

use crate::platform::{dom, download};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::codec::follow_ups::{Change, FollowUps};
use rundskriv_core::markup::follow_up_form::{change, error_id, field_id, form, justification_missing, status_line};
use rundskriv_core::markup::overview::ERROR_SUMMARY_ID;
use rundskriv_core::review::ReviewInterval;
use rundskriv_core::trees::OutcomeId;
use rundskriv_core::markup::FollowField;

/// The checklist's follow-up state, and how to change it.
#[derive(Clone, Copy)]
pub struct Editor {
    pub follow: RwSignal<FollowUps>,
    /// Items whose last change was refused for a missing justification, in the order refused.
    pub refused: RwSignal<Vec<OutcomeId>>,
    pub interval: RwSignal<ReviewInterval>,
    /// Makes and saves a change; false when it was refused.
    pub update: Callback<(OutcomeId, Change), bool>,
}

/// A change event from one of `outcome`'s fields.
fn on_change(editor: Editor, outcome: OutcomeId, ev: leptos::ev::Event) {
    let state = state();
    let Some((name, value)) = dom::control_name_and_value(&ev) else { return };
    let Some(field) = FollowField::from_id(&name) else { return };
    let Some(made) = change(field, value) else { return };
    let (message, note) = (error_id(outcome), field_id(FollowField::Note, outcome));
    if editor.update.run((outcome, made)) {
        editor.refused.update(|r| r.retain(|o| *o != outcome));
        state.show_field_error(&message, &note, None);
        return;
    }
    let saved = editor.follow.with_untracked(|f| f.get(&outcome).cloned().unwrap_or_default());
    dom::set_control_value(&ev, if field == FollowField::Status { saved.status.id() } else { &saved.note });
    let text = justification_missing(outcome, state.lang.get_untracked());
    state.show_field_error(&message, &note, Some(&text));
    editor.refused.update(|r| {
        r.retain(|o| *o != outcome);
        r.push(outcome);
    });
    request_animation_frame(move || {
        state.focus(ERROR_SUMMARY_ID, true);
    });
}

/// The form of `outcome` and the line under it.
pub fn follow_up_form(editor: Editor, outcome: OutcomeId) -> AnyView {
    let state = state();
    let html = move || {
        let lang = state.lang.get();
        let refused = editor.refused.with_untracked(|r| r.contains(&outcome));
        editor.follow.with_untracked(|f| form(outcome, &f.get(&outcome).cloned().unwrap_or_default(), lang, refused))
    };
    let line = move || {
        let f = editor.follow.with(|f| f.get(&outcome).cloned().unwrap_or_default());
        status_line(&f, state.lang.get(), download::today(), editor.interval.get())
    };
    view! {
        <div class="follow-up-slot" inner_html=html on:change=move |ev| on_change(editor, outcome, ev)></div>
        <div inner_html=line></div>
    }
    .into_any()
}
