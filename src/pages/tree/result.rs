//! A tree's result: its verdicts with the quoted paragraphs they rest on (what is only for
//! information after the rest), what is still open, the answers with "Endre", and the link to
//! share it all.

use super::links::{in_asking_order, tree_route};
use crate::parts::answer_summary::{answer_row, open_points};
use crate::parts::basis::basis;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::engine::{Answers, Walk};
use rundskriv_core::labels::Label;
use rundskriv_core::trees::{OutcomeId, TreeId, OUTCOMES, TREES};
use rundskriv_core::ui_strings::Key;

/// The verdicts the answers lead to, each with its basis, the open points and the answers.
#[component]
pub fn TreeResult(tree: TreeId, answers: Answers, walk: Walk) -> impl IntoView {
    let state = state();
    let id = tree;
    let tree = &TREES[id];
    // The shared result holds the answers that led to it, not others this browser kept.
    let share_route = tree_route(id, None, &answers, walk.path.iter().copied());
    let verdict_view = |&o: &OutcomeId| {
        let outcome = &OUTCOMES[o];
        view! {
            <section class=outcome.verdict.css_class()>
                <h2>
                    <span class="ds-tag verdict-label">{state.tr(outcome.verdict.label_key())}</span>
                    <span class="verdict-title">{state.tr_text(outcome.title)}</span>
                </h2>
                <p>{state.tr_text(outcome.text)}</p>
                {basis(outcome.cites)}
            </section>
        }
        .into_any()
    };
    // The user's own verdicts first; what binds another body or has lapsed comes after, apart.
    let (own, information): (Vec<OutcomeId>, Vec<OutcomeId>) =
        walk.outcomes.iter().partition(|&&o| OUTCOMES[o].verdict.is_users_own());
    let verdicts: Vec<AnyView> = own.iter().map(verdict_view).collect();
    let information_view = (!information.is_empty()).then(|| {
        let entries: Vec<AnyView> = information.iter().map(verdict_view).collect();
        view! {
            <div class="verdicts for-information">
                <p class="hint">{state.tr(Key::InformationNote)}</p>
                {entries}
            </div>
        }
    });
    let summary: Vec<AnyView> = walk
        .path
        .iter()
        .map(|&fact| {
            answer_row(
                fact,
                answers[&fact],
                tree_route(id, Some(fact), &answers, in_asking_order(id, &answers)).href(),
            )
        })
        .collect();
    let open = open_points(&walk.open, |fact| {
        tree_route(id, Some(fact), &answers, in_asking_order(id, &answers)).href()
    });
    let copy = move |_| state.copy_link(state.share_url(&share_route));
    let restart = tree_route(id, None, &Answers::new(), []).href();
    view! {
        <p class="eyebrow">{state.tr(Key::TreeResult)}</p>
        <h1 id="page-heading" tabindex="-1">{state.tr_text(tree.title)}</h1>
        <div class="verdicts">{verdicts}</div>
        {information_view}
        {open}
        <section class="answers">
            <h2>{state.tr(Key::TreeAnswersTitle)}</h2>
            <dl class="summary">{summary}</dl>
        </section>
        <p class="hint">{state.tr_edition(Key::TreeEdition)}</p>
        <div class="actions">
            <button type="button" class="ds-button" on:click=copy>{state.tr(Key::TreeCopyResult)}</button>
            <a class="button-link" href=restart>{state.tr(Key::TreeRestart)}</a>
        </div>
    }
}
