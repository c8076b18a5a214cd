//! A question of the self-assessment: the sections as steps, its place, and where an answer leads.

use super::links::route_to;
use crate::parts::question_form::QuestionForm;
use crate::platform::storage;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::assessment::Progress;
use rundskriv_core::codec::follow_ups::FollowUps;
use rundskriv_core::engine::{Answer, Answers};
use rundskriv_core::labels::Label;
use rundskriv_core::route::{AssessmentView, Route};
use rundskriv_core::trees::{FactId, FactSection, FACTS};
use rundskriv_core::ui_strings::{t, tf, Key};

/// The four sections with the current one marked, as a list a screen reader can step through.
fn steps(current: FactSection) -> impl IntoView {
    let state = state();
    let items: Vec<AnyView> = FactSection::ALL
        .iter()
        .map(|&s| {
            let marker = match s.cmp(&current) {
                std::cmp::Ordering::Less => "step done",
                std::cmp::Ordering::Equal => "step current",
                std::cmp::Ordering::Greater => "step",
            };
            view! { <li class=marker aria-current=(s == current).then_some("step")>{state.tr(s.label_key())}</li> }
                .into_any()
        })
        .collect();
    view! {
        <nav class="steps-nav" aria-label=state.tr(Key::AssessmentProgress)>
            <ol class="steps">{items}</ol>
        </nav>
    }
}

/// One question of the self-assessment, under the four sections with its own marked.
#[component]
pub fn AssessmentQuestion(fact: FactId, answers: Answers, follow: FollowUps, progress: Progress) -> impl IntoView {
    let state = state();
    let section = FACTS[fact].section;
    let position = progress
        .asked
        .iter()
        .position(|f| *f == fact)
        .unwrap_or(progress.asked.len());
    let back = match position.checked_sub(1) {
        Some(previous) => route_to(AssessmentView::Edit(progress.asked[previous]), &answers, &follow).href(),
        None => Route::Start.href(),
    };
    let caption = move || {
        let lang = state.lang.get();
        format!(
            "{} · {} · {}",
            t(lang, Key::AssessmentTitle),
            section.label(lang),
            tf(lang, Key::TreeQuestionNumber, &[("n", &(position + 1).to_string())])
        )
    };
    let current = answers.get(&fact).copied();
    let on_answer = Callback::new(move |answer: Answer| {
        let mut next = answers.clone();
        next.insert(fact, answer);
        storage::save_answers(&next);
        state.go(route_to(AssessmentView::Questions, &next, &follow));
    });
    view! {
        {steps(section)}
        <QuestionForm fact=fact current=current caption=Signal::derive(caption) back=back
            intro=None on_answer=on_answer/>
    }
}
