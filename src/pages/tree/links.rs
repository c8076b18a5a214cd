//! A tree's addresses: each carries the tree's version and the answers, so a copied link opens
//! the same question or result, and a link from before the tree changed is recognised.

use rundskriv_core::codec::answers::asking_order;
use rundskriv_core::engine::{walk, Answers};
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::route::{LinkAnswers, Route, TreeAnswers, TreeRoute};
use rundskriv_core::trees::{FactId, TreeId, TREES};

/// The facts of `answers` in the order the tree asks them, then any others.
pub fn in_asking_order(tree: TreeId, answers: &Answers) -> Vec<FactId> {
    asking_order(walk(&TREES[tree], answers).path, answers)
}

/// The tree with the answers to `facts` (in that order), at the question `edit` or else where
/// the answers lead.
pub fn tree_route(
    tree: TreeId,
    edit: Option<FactId>,
    answers: &Answers,
    facts: impl IntoIterator<Item = FactId>,
) -> Route {
    Route::Tree(TreeRoute {
        tree,
        edit,
        answers: TreeAnswers::Link(LinkAnswers::new(answers, facts)),
        made_under: MadeUnder::Newest,
    })
}
