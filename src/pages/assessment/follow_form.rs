//! One checklist item's follow-up form: status, justification or note, owner, deadline and
//! evidence, when it was last changed, and in words whether its deadline has passed or its status
//! is due for review. A refused edit keeps what was there and says why next to the field.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::codec::follow_ups::{Change, FollowUp, FollowUps, JustificationMissing, Status};
use rundskriv_core::date::Date;
use rundskriv_core::follow_form::{BadDate, Field, FORM_ORDER};
use rundskriv_core::labels::{attention_marks, Label};
use rundskriv_core::review::ReviewInterval;
use rundskriv_core::trees::{OutcomeId, Text};
use rundskriv_core::ui_strings::{t, Key, Lang};
use rundskriv_core::TableId as _;

/// What the forms of one checklist share: the follow-up, the review interval, today, and how to
/// make an edit (saved and put in the address; Err, changing nothing, when it is refused).
#[derive(Clone, Copy)]
pub struct FollowEditor {
    pub follow: RwSignal<FollowUps>,
    pub interval: RwSignal<ReviewInterval>,
    pub today: Date,
    pub update: Callback<(OutcomeId, Change), Result<(), JustificationMissing>>,
}

/// The element id of `outcome`'s form, which the summary links to.
pub fn form_id(outcome: OutcomeId) -> String {
    format!("oppf-{}", outcome.index())
}

/// One changing part of an item's form: which item, field and status it shows. Every changing
/// attribute and text of the forms is one of two closure types (`text`, `flag`) over this, as the
/// UI texts are (`AppState::tr`): each closure type is code of its own, and this is in the first load.
#[derive(Clone, Copy)]
struct Part {
    editor: FollowEditor,
    outcome: OutcomeId,
    /// What to tell the user about the item's refused edit; its key names the field it concerns.
    problem: RwSignal<Option<Key>>,
    field: Field,
    status: Status,
    lang: RwSignal<Lang>,
}

/// What a part shows, read from the signals.
struct Seen {
    part: Part,
    follow: FollowUp,
    lang: Lang,
}

impl Seen {
    /// The message for the part's field, if an edit of it was refused.
    fn message(&self) -> Option<Key> {
        let concerns = |key: Key| {
            if key == Key::FollowErrorDate {
                Field::Deadline
            } else {
                Field::Note
            }
        };
        self.part.problem.get().filter(|&key| concerns(key) == self.part.field)
    }
}

impl Part {
    fn seen(self) -> Seen {
        Seen {
            part: self,
            follow: self
                .editor
                .follow
                .with(|all| all.get(&self.outcome).cloned().unwrap_or_default()),
            lang: self.lang.get(),
        }
    }

    fn text(self, show: fn(&Seen) -> String) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || show(&self.seen())
    }

    fn flag(self, show: fn(&Seen) -> bool) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        move || show(&self.seen())
    }

    /// Makes the edit; a refused one leaves the follow-up as it was and says why.
    fn edit(self, change: Result<Change, BadDate>) {
        let refused = match change {
            Err(BadDate) => Some(Key::FollowErrorDate),
            Ok(change) => {
                let message = if matches!(change, Change::Status(_)) {
                    Key::FollowErrorJustification
                } else {
                    Key::FollowErrorJustificationKept
                };
                // A refused edit still notifies the follow-up's readers, which puts the stored
                // values back in the fields.
                self.editor.update.run((self.outcome, change)).err().map(|_| message)
            }
        };
        self.problem.set(refused);
        if let Some(key) = refused {
            let state = state();
            state.status.set(state.text(key).to_string());
        }
    }
}

/// The form of the item `outcome`, titled `title`. What changes with the follow-up is attributes
/// and texts, never the form's structure: each element built anew would be code of its own.
// A closure written out in `view!` shares its render code with every other one of its output type
// (erase_components' shared reactive closures); a named one passed as it is gets code of its own.
#[allow(clippy::redundant_closure)]
pub fn follow_form(outcome: OutcomeId, title: Text, editor: FollowEditor) -> impl IntoView {
    let state = state();
    let id = form_id(outcome);
    let part = Part {
        editor,
        outcome,
        problem: RwSignal::new(None),
        field: Field::Note,
        status: Status::default(),
        lang: state.lang,
    };
    let status_id = format!("{id}-status");
    let options = FORM_ORDER.map(|status| {
        let selected = Part { status, ..part }.flag(|s| s.follow.status == s.part.status);
        view! { <option value=status.id() prop:selected=move || selected()>{state.tr(status.label_key())}</option> }
    });
    let fields = Field::ALL.map(|field| text_field(&id, Part { field, ..part }));
    let marks = part.text(|s| {
        let editor = s.part.editor;
        let mut text = String::new();
        for mark in attention_marks(&s.follow, editor.today, editor.interval.get(), s.lang) {
            if !text.is_empty() {
                text.push_str(". ");
            }
            text.push_str(mark);
        }
        text
    });
    let changed = part.text(|s| match s.follow.changed {
        Some(day) => format!("{}: {}", t(s.lang, Key::FollowChanged), day.display(s.lang)),
        None => String::new(),
    });
    view! {
        <fieldset class="ds-fieldset follow-up" id=id tabindex="-1">
            <legend>{state.tr(Key::FollowLegend)}<span class="visually-hidden">": " {state.tr_text(title)}</span></legend>
            <p class="follow-marks">{move || marks()}</p>
            <div class="ds-field">
                <label for=status_id.clone()>{state.tr(Key::FollowStatus)}</label>
                <select class="ds-input" id=status_id on:change=move |ev| {
                    if let Some(status) = Status::from_id(&event_target_value(&ev)) {
                        part.edit(Ok(Change::Status(status)));
                    }
                }>{options}</select>
            </div>
            {fields}
            <p class="follow-changed">{move || changed()}</p>
        </fieldset>
    }
}

/// One text field of a form, with its label and what describes it: a refusal's message, or
/// until then the note's hint (nothing, and so not shown, for the other fields).
#[allow(clippy::redundant_closure)]
fn text_field(id: &str, part: Part) -> impl IntoView {
    let state = state();
    let field = part.field;
    let input_id = format!("{id}-{}", field.id());
    let error_id = format!("{input_id}-feil");
    let invalid = part.text(|s| s.message().is_some().to_string());
    let value = part.text(|s| s.part.field.shown(&s.follow));
    let message = part.text(|s| match s.message() {
        Some(key) => t(s.lang, key).to_string(),
        None if s.part.field == Field::Note => t(s.lang, Key::FollowNoteHint).to_string(),
        None => String::new(),
    });
    let on_change = move |ev: leptos::ev::Event| part.edit(field.change(&event_target_value(&ev)));
    let max = field.max_chars().map(|n| n.to_string());
    let control = if field == Field::Note {
        view! {
            <textarea class="ds-input" id=input_id.clone() rows="3" maxlength=max aria-describedby=error_id.clone() aria-invalid=move || invalid()
                prop:value=move || value() on:change=on_change></textarea>
        }
        .into_any()
    } else {
        let kind = if field == Field::Deadline { "date" } else { "text" };
        view! {
            <input class="ds-input" type=kind id=input_id.clone() maxlength=max aria-describedby=error_id.clone() aria-invalid=move || invalid()
                prop:value=move || value() on:change=on_change/>
        }
        .into_any()
    };
    view! {
        <div class="ds-field">
            <label for=input_id>{state.tr(field.label_key())}</label>
            {control}
            <p class="ds-validation-message" id=error_id>{move || message()}</p>
        </div>
    }
}
