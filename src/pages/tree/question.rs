//! A tree's question page: its place in the tree, the way back, and where an answer leads.

use super::links::{in_asking_order, tree_route};
use crate::parts::question_form::QuestionForm;
use crate::platform::storage;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::engine::{most_questions, Answer, Answers, Walk};
use rundskriv_core::route::Route;
use rundskriv_core::trees::{FactId, TreeId, TREES};
use rundskriv_core::ui_strings::{tf, Key};

#[component]
pub fn TreeQuestion(tree: TreeId, fact: FactId, answers: Answers, walk: Walk) -> impl IntoView {
    let state = state();
    let id = tree;
    let tree = &TREES[id];
    let position = walk.path.iter().position(|p| *p == fact).unwrap_or(walk.path.len());
    let back = match position.checked_sub(1) {
        Some(previous) => tree_route(id, Some(walk.path[previous]), &answers, in_asking_order(id, &answers)).href(),
        None => Route::Start.href(),
    };
    let current = answers.get(&fact).copied();
    let most = most_questions(tree).max(position + 1);
    let caption = move || {
        let lang = state.lang.get();
        let n = (position + 1).to_string();
        format!(
            "{} · {}",
            tree.title.get(lang),
            tf(lang, Key::TreeQuestionOf, &[("n", &n), ("max", &most.to_string())])
        )
    };
    let on_answer = Callback::new(move |answer: Answer| {
        let mut next = answers.clone();
        next.insert(fact, answer);
        storage::save_answers(&next);
        state.go(tree_route(id, None, &next, in_asking_order(id, &next)));
    });
    view! {
        <QuestionForm fact=fact current=current caption=Signal::derive(caption) back=back
            intro=(position == 0).then_some(tree.intro) on_answer=on_answer/>
    }
}
