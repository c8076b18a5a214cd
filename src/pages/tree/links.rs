//! A tree's addresses: each carries the tree's version and the answers, so a copied link opens
//! the same question or result, and a link from before the tree changed is recognised.

use rundskriv_core::codec::answers::{asking_order, encode};
use rundskriv_core::engine::{walk, Answers};
use rundskriv_core::route::Route;
use rundskriv_core::trees::{FactId, Tree, FACTS};

/// The facts of `answers` in the order the tree asks them, then any others.
pub fn in_asking_order(tree: &Tree, answers: &Answers) -> Vec<FactId> {
    asking_order(walk(tree, answers).path, answers)
}

pub fn tree_route(
    tree: &Tree,
    edit: Option<FactId>,
    answers: &Answers,
    facts: impl IntoIterator<Item = FactId>,
) -> Route {
    Route::Tree {
        id: tree.id.to_string(),
        edit: edit.map(|f| FACTS[f].id.to_string()),
        version: Some(tree.version.to_string()),
        answers: Some(encode(answers, facts)),
    }
}
