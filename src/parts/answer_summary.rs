//! The answers given, each with its question and an "Endre" link, and the open points left by
//! "Vet ikke": on every result page and the self-assessment's summary.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::engine::Answer;
use rundskriv_core::labels::answer_label;
use rundskriv_core::trees::{FactId, FACTS};
use rundskriv_core::ui_strings::{tf, Key};

/// One answer with its question and a link to change it (inside a `<dl class="summary">`).
pub fn answer_row(fact: FactId, answer: Answer, change: String) -> AnyView {
    let state = state();
    let f = &FACTS[fact];
    view! {
        <div class="summary-row">
            <dt>{state.tr_text(f.question)}</dt>
            <dd>{move || answer_label(fact, answer, state.lang.get())}</dd>
            <dd class="summary-action">
                <a href=change aria-label=move || tf(state.lang.get(), Key::TreeChangeLabel, &[("question", f.question.get(state.lang.get()))])>
                    {state.tr(Key::TreeChange)}
                </a>
            </dd>
        </div>
    }
    .into_any()
}

/// The questions answered "Vet ikke", each linking to where it can be answered.
pub fn open_points(facts: &[FactId], change: impl Fn(FactId) -> String) -> Option<AnyView> {
    let state = state();
    (!facts.is_empty()).then(|| {
        let rows: Vec<AnyView> = facts
            .iter()
            .map(|&fact| {
                let f = &FACTS[fact];
                view! { <li><a href=change(fact)>{state.tr_text(f.question)}</a></li> }.into_any()
            })
            .collect();
        view! {
            <section class="open-points">
                <h2>{state.tr(Key::TreeOpenTitle)}</h2>
                <p>{state.tr(Key::TreeOpenText)}</p>
                <ul>{rows}</ul>
            </section>
        }
        .into_any()
    })
}
