//! The self-assessment's summary: the answers grouped by section, each with a link to change it.

use super::links::route_to;
use crate::parts::answer_summary::answer_row;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::assessment::Progress;
use rundskriv_core::codec::follow_ups::FollowUps;
use rundskriv_core::engine::Answers;
use rundskriv_core::labels::Label;
use rundskriv_core::route::AssessmentView;
use rundskriv_core::trees::{FactId, FactSection, FACTS};
use rundskriv_core::ui_strings::Key;

/// The answers grouped by section, each with a link to change it.
pub(super) fn answer_rows(answers: &Answers, follow: &FollowUps, asked: &[FactId]) -> Vec<AnyView> {
    let state = state();
    FactSection::ALL
        .iter()
        .filter_map(|&section| {
            let rows: Vec<AnyView> = asked
                .iter()
                .filter(|&&f| FACTS[f].section == section)
                .filter_map(|&fact| {
                    let answer = *answers.get(&fact)?;
                    let change = route_to(AssessmentView::Edit(fact), answers, follow).href();
                    Some(answer_row(fact, answer, change))
                })
                .collect();
            (!rows.is_empty()).then(|| {
                view! {
                    <h3>{state.tr(section.label_key())}</h3>
                    <dl class="summary">{rows}</dl>
                }
                .into_any()
            })
        })
        .collect()
}

/// Every answer by section, each with "Endre", and the way to the result.
#[component]
pub fn AssessmentSummary(answers: Answers, follow: FollowUps, progress: Progress) -> impl IntoView {
    let state = state();
    let result = route_to(AssessmentView::Result, &answers, &follow).href();
    view! {
        <p class="eyebrow">{state.tr(Key::AssessmentTitle)}</p>
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::AssessmentSummaryTitle)}</h1>
        <section class="answers">{answer_rows(&answers, &follow, &progress.asked)}</section>
        <p class="actions"><a class="ds-button button-link" href=result>{state.tr(Key::AssessmentSeeResult)}</a></p>
    }
}
