//! A question page, GOV.UK style: one question, its help, the choices (or a number field) and
//! "Vet ikke", an error summary that links to the field, and focus on the heading.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::codec::answers::parse_number;
use rundskriv_core::engine::Answer;
use rundskriv_core::labels::{answer_label, number_text};
use rundskriv_core::trees::{FactId, FactKind, Text, FACTS};
use rundskriv_core::ui_strings::Key;

/// One question page. `caption` names where the question belongs (a tree, a section of the
/// assessment) and its number; `on_answer` takes the valid answer.
#[component]
pub fn QuestionForm(
    fact: FactId,
    current: Option<Answer>,
    #[prop(into)] caption: Signal<String>,
    back: String,
    intro: Option<Text>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let state = state();
    let f = &FACTS[fact];
    let error = RwSignal::new(None::<Key>);
    let field_text = RwSignal::new(match current {
        Some(Answer::Number(value)) => number_text(value, state.lang.get_untracked()),
        _ => String::new(),
    });
    let chosen = RwSignal::new(current);
    let submit = {
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let answer = if f.kind == FactKind::Number && chosen.get_untracked() != Some(Answer::Unknown) {
                match parse_number(&field_text.get_untracked()) {
                    Some(v) => Some(Answer::Number(v)),
                    None => {
                        error.set(Some(Key::TreeErrorNumber));
                        None
                    }
                }
            } else {
                let a = chosen.get_untracked();
                if a.is_none() {
                    error.set(Some(Key::TreeErrorChoose));
                }
                a
            };
            match answer {
                Some(answer) => on_answer.run(answer),
                None => {
                    request_animation_frame(move || {
                        state.focus("feiloppsummering", false);
                    });
                }
            }
        }
    };
    let first_input = if f.kind == FactKind::Number {
        "svar-tall"
    } else {
        "svar-0"
    };
    let error_summary = move || {
        error.get().map(|key| {
            view! {
                <div class="ds-error-summary" id="feiloppsummering" tabindex="-1" role="alert" aria-labelledby="feiloppsummering-tittel">
                    <h2 id="feiloppsummering-tittel">{state.tr(Key::TreeErrorTitle)}</h2>
                    <ul>
                        <li><a href=format!("#{first_input}") on:click=move |ev| {
                            ev.prevent_default();
                            state.focus(first_input, true);
                        }>{state.tr(key)}</a></li>
                    </ul>
                </div>
            }
        })
    };
    let error_message = move || {
        error
            .get()
            .map(|key| view! { <p class="ds-validation-message" id="svar-feil">{state.tr(key)}</p> })
    };
    let described_by = move || {
        let mut ids = Vec::new();
        if f.help.is_some() {
            ids.push("svar-hjelp");
        }
        if error.get().is_some() {
            ids.push("svar-feil");
        }
        ids.join(" ")
    };
    let intro = intro.map(|intro| view! { <p class="lead">{state.tr_text(intro)}</p> });
    let help = f.help.map(|help| {
        view! {
            <details class="ds-details help" id="svar-hjelp">
                <summary>{state.tr(Key::TreeHelp)}</summary>
                <p>{state.tr_text(help)}</p>
            </details>
        }
    });
    let choices: Vec<AnyView> = match f.kind {
        FactKind::Number => vec![view! {
            <div class="number-field">
                // Named by the question and its unit: the legend names the group, not the field.
                <input id="svar-tall" type="text" inputmode="decimal" autocomplete="off" class="ds-input number"
                    aria-labelledby="page-heading svar-enhet" aria-describedby=described_by aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || field_text.get()
                    on:input=move |ev| { field_text.set(event_target_value(&ev)); chosen.set(None); }/>
                <span class="unit" id="svar-enhet">{move || f.unit.map(|u| u.get(state.lang.get())).unwrap_or_default()}</span>
            </div>
        }
        .into_any()],
        _ => (0..f.choices.len() as u8)
            .map(|i| radio(fact, i, Answer::Choice(i), chosen, described_by))
            .collect(),
    };
    let unknown = f.unknown.then(|| {
        let index = if f.kind == FactKind::Number {
            1
        } else {
            f.choices.len() as u8
        };
        view! {
            <p class="or">{state.tr(Key::TreeOr)}</p>
            {radio(fact, index, Answer::Unknown, chosen, described_by)}
        }
    });
    view! {
        <p><a class="back-link" href=back>{state.tr(Key::TreeBack)}</a></p>
        {error_summary}
        <p class="eyebrow">{move || caption.get()}</p>
        {intro}
        <form class="question" on:submit=submit novalidate=true>
            <fieldset class=move || if error.get().is_some() { "ds-fieldset has-error" } else { "ds-fieldset" }>
                <legend>
                    <h1 id="page-heading" tabindex="-1">{state.tr_text(f.question)}</h1>
                </legend>
                {help}
                {error_message}
                <div class="choices">{choices}{unknown}</div>
            </fieldset>
            <button type="submit" class="ds-button">{state.tr(Key::TreeContinue)}</button>
        </form>
    }
}

fn radio(
    fact: FactId,
    index: u8,
    answer: Answer,
    chosen: RwSignal<Option<Answer>>,
    described_by: impl Fn() -> String + Send + Sync + Copy + 'static,
) -> AnyView {
    let state = state();
    let id = format!("svar-{index}");
    let label = move || answer_label(fact, answer, state.lang.get());
    let label = move || match answer {
        Answer::Number(_) => String::new(),
        _ => label(),
    };
    view! {
        <div class="ds-field choice">
            <input class="ds-input" type="radio" name="svar" id=id.clone() aria-describedby=described_by
                prop:checked=move || chosen.get() == Some(answer)
                on:change=move |_| chosen.set(Some(answer))/>
            <label class="ds-label" for=id>{label}</label>
        </div>
    }
    .into_any()
}
