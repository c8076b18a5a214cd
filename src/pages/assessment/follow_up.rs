//! The follow-up form of one checklist item: status, justification or note, owner, deadline and
//! evidence, when it was last changed, and its warnings (overdue, due for review). Every change
//! is saved at once; one that would leave "ikke relevant" without a justification is refused,
//! the control shows what is saved again, and the error is named by the field and in the summary.

use crate::platform::{dom, download};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::codec::follow_ups::{Change, FollowUp, FollowUps, Status};
use rundskriv_core::date::Date;
use rundskriv_core::labels::{attention_marks, Label};
use rundskriv_core::limits::{MAX_EVIDENCE_CHARS, MAX_NOTE_CHARS, MAX_OWNER_CHARS};
use rundskriv_core::review::ReviewInterval;
use rundskriv_core::trees::{OutcomeId, OUTCOMES};
use rundskriv_core::ui_strings::{tf, Key};
use rundskriv_core::TableId as _;

/// The checklist's follow-up state, and how to change it.
#[derive(Clone, Copy)]
pub struct Editor {
    pub follow: RwSignal<FollowUps>,
    /// Items whose last change was refused for a missing justification, in the order refused.
    pub refused: RwSignal<Vec<OutcomeId>>,
    pub interval: RwSignal<ReviewInterval>,
    /// Makes a change; false when it was refused.
    pub update: Callback<(OutcomeId, Change), bool>,
}

/// The id of an item's note field, which the error summary leads to.
pub fn note_id(outcome: OutcomeId) -> String {
    format!("notat-{}", outcome.index())
}

/// A labelled one-line field; `value` is what is saved, `change` makes the change from the text.
fn text_field(
    editor: Editor,
    outcome: OutcomeId,
    (id, label, kind, max): (String, Key, &'static str, usize),
    value: fn(&FollowUp) -> String,
    change: fn(String) -> Change,
) -> AnyView {
    let state = state();
    let saved = move || editor.follow.with(|f| f.get(&outcome).map(value).unwrap_or_default());
    view! {
        <div class="field">
            <label for=id.clone()>{state.tr(label)}</label>
            <input type=kind id=id maxlength=max.to_string() prop:value=saved
                on:change=move |ev| {
                    if !editor.update.run((outcome, change(event_target_value(&ev)))) {
                        dom::set_control_value(&ev, &saved());
                    }
                }/>
        </div>
    }
    .into_any()
}

/// The follow-up form of `outcome`.
pub fn follow_up_form(editor: Editor, outcome: OutcomeId) -> AnyView {
    let state = state();
    let title = OUTCOMES[outcome].title;
    let n = outcome.index();
    let (status_id, note, hint_id, error_id) = (
        format!("status-{n}"),
        note_id(outcome),
        format!("notat-hjelp-{n}"),
        format!("notat-feil-{n}"),
    );
    let current = move || editor.follow.with(|f| f.get(&outcome).cloned().unwrap_or_default());
    let refused = move || editor.refused.with(|r| r.contains(&outcome));
    let options: Vec<AnyView> = Status::ALL
        .iter()
        .map(|&s| {
            view! { <option value=s.id() prop:selected=move || current().status == s>{state.tr(s.label_key())}</option> }
                .into_any()
        })
        .collect();
    let marks = move || {
        let lang = state.lang.get();
        let marks = attention_marks(&current(), download::today(), editor.interval.get(), lang);
        let marks: Vec<AnyView> = marks
            .into_iter()
            .map(|m| view! { <strong class="follow-mark">{m}</strong> " " }.into_any())
            .collect();
        (!marks.is_empty()).then(|| view! { <p class="follow-marks">{marks}</p> })
    };
    let changed = move || {
        current().changed.map(|d: Date| {
            view! { <p class="hint">{state.text(Key::FollowChanged)} ": " {d.display(state.lang.get())}</p> }
        })
    };
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if refused() { format!("{error_id} {hint_id}") } else { hint_id.clone() }
    };
    let fields = [
        text_field(
            editor,
            outcome,
            (format!("ansvarlig-{n}"), Key::FollowOwner, "text", MAX_OWNER_CHARS),
            |f| f.owner.clone(),
            Change::Owner,
        ),
        text_field(
            editor,
            outcome,
            (format!("frist-{n}"), Key::FollowDeadline, "date", 10),
            |f| f.deadline.map(Date::iso).unwrap_or_default(),
            |text| Change::Deadline(Date::parse_iso(&text)),
        ),
        text_field(
            editor,
            outcome,
            (format!("dokumentasjon-{n}"), Key::FollowEvidence, "text", MAX_EVIDENCE_CHARS),
            |f| f.evidence.clone(),
            Change::Evidence,
        ),
    ];
    view! {
        <fieldset class="follow-up">
            <legend>{move || tf(state.lang.get(), Key::FollowLegend, &[("title", title.get(state.lang.get()))])}</legend>
            {marks}
            <div class="field">
                <label for=status_id.clone()>{state.tr(Key::FollowStatus)}</label>
                <select id=status_id on:change=move |ev| {
                    let chosen = Status::from_id(&event_target_value(&ev)).unwrap_or_default();
                    if !editor.update.run((outcome, Change::Status(chosen))) {
                        dom::set_control_value(&ev, current().status.id());
                    }
                }>{options}</select>
            </div>
            <div class="field" class:has-error=refused>
                <label for=note.clone()>{state.tr(Key::FollowNote)}</label>
                <p class="hint" id=hint_id>{state.tr(Key::FollowNoteHint)}</p>
                {move || refused().then(|| view! {
                    <p class="error-message" id=error_id.clone()>
                        {move || tf(state.lang.get(), Key::FollowJustificationMissing, &[("title", title.get(state.lang.get()))])}
                    </p>
                })}
                <textarea id=note rows="3" maxlength=MAX_NOTE_CHARS.to_string()
                    aria-describedby=described aria-invalid=move || refused().then_some("true")
                    prop:value=move || current().note
                    on:change=move |ev| {
                        if !editor.update.run((outcome, Change::Note(event_target_value(&ev)))) {
                            dom::set_control_value(&ev, &current().note);
                        }
                    }></textarea>
            </div>
            {fields}
            {changed}
        </fieldset>
    }
    .into_any()
}
