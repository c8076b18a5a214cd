//! A decision tree: one question per page, then the result with its quoted basis; the answers in
//! the URL (shareable) and in local storage (resumable), "Endre" and "Slett svarene".

mod links;
mod question;
mod result;

use crate::parts::forget_answers::{saved_note, ForgetAnswers};
use crate::parts::link_notice::{edition_notice, garbled_link};
use crate::platform::storage;
use crate::state::state;
use leptos::prelude::*;
use links::tree_route;
use question::TreeQuestion;
use result::TreeResult;
use rundskriv_core::codec::answers::DecodeError;
use rundskriv_core::engine::{walk, Answers};
use rundskriv_core::route::{Route, TreeAnswers, TreeRoute};
use rundskriv_core::trees::TREES;
use rundskriv_core::ui_strings::Key;

/// Why the answers in the link were not used.
enum LinkProblem {
    Garbled(DecodeError),
    Outdated,
}

#[component]
pub fn TreePage(route: TreeRoute) -> impl IntoView {
    let state = state();
    let id = route.tree;
    let tree = &TREES[id];
    let mut problem = None;
    let mut storage_problem = false;
    // Saved answers carry the edition they were saved under; a link's, its own.
    let made_under = match route.answers {
        TreeAnswers::Saved => storage::saved_answers_edition(),
        _ => route.made_under.clone(),
    };
    let given: Answers = match route.answers {
        // No answers in the link: resume with what this browser saved.
        TreeAnswers::Saved => match storage::saved_answers() {
            Ok(saved) => {
                let resumed = walk(tree, &saved);
                let address = tree_route(id, None, &saved, resumed.path.iter().copied());
                state.replace(&address.made_under(made_under.clone()));
                saved.into_iter().filter(|(f, _)| resumed.path.contains(f)).collect()
            }
            Err(_) => {
                storage_problem = true;
                Answers::new()
            }
        },
        TreeAnswers::Outdated { .. } => {
            problem = Some(LinkProblem::Outdated);
            Answers::new()
        }
        TreeAnswers::Link(link) => link.value.unwrap_or_else(|e| {
            problem = Some(LinkProblem::Garbled(e));
            Answers::new()
        }),
    };
    let result = walk(tree, &given);
    let edit = route
        .edit
        .filter(|f| result.path.contains(f) || result.next == Some(*f));
    // A bad link never touches the answers saved in this browser: say so, and offer them.
    let keep_saved = move || {
        matches!(storage::saved_answers(), Ok(saved) if !saved.is_empty()).then(|| {
            let resume = Route::Tree(TreeRoute::saved(id)).href();
            view! { <p>{state.tr(Key::TreeLinkSaved)} " " <a href=resume>{state.tr(Key::TreeLinkResume)}</a></p> }
        })
    };
    // Answers from a link made under another edition: said only when the link's answers are used.
    let edition = (problem.is_none() && !storage_problem)
        .then(|| edition_notice(&made_under))
        .flatten();
    let notice = match problem {
        Some(LinkProblem::Garbled(e)) => Some(
            view! {
                <div class="ds-alert notice" role="alert">{garbled_link(e)}{keep_saved()}</div>
            }
            .into_any(),
        ),
        Some(LinkProblem::Outdated) => Some(
            view! {
                <div class="ds-alert notice" role="alert"><p>{state.tr(Key::TreeLinkOutdated)}</p>{keep_saved()}</div>
            }
            .into_any(),
        ),
        None if storage_problem => Some(
            view! {
                <div class="ds-alert notice" role="alert">
                    <p>{state.tr(Key::TreeStorageBad)}</p>
                    <ForgetAnswers after=tree_route(id, None, &Answers::new(), [])/>
                </div>
            }
            .into_any(),
        ),
        None => None,
    };
    let body = match (edit, result.next) {
        (Some(fact), _) | (None, Some(fact)) => {
            view! { <TreeQuestion tree=id fact=fact answers=given.clone() walk=result.clone()/> }.into_any()
        }
        (None, None) => view! { <TreeResult tree=id answers=given.clone() walk=result.clone()/> }.into_any(),
    };
    view! {
        {edition}
        {notice}
        {body}
        <div class="tree-footer">
            <p class="hint">{state.tr(saved_note())}</p>
            <ForgetAnswers after=tree_route(id, None, &Answers::new(), [])/>
        </div>
    }
}
