//! Who the user is on the paths to an outcome: for a fact and one of its answers, whether every
//! path through the trees that records an outcome has given that answer first. The krav check
//! asks it of the answer that makes the user a ministry (`content/avsnitt.toml`).

use crate::parse::trees::{Step, Tree, Trees, When};
use rundskriv_model::UNKNOWN_ANSWER;
use std::collections::{BTreeMap, BTreeSet};

/// An outcome as the trees record it: the tree's own (`tree`, `id`), or a shared one (`None`).
pub type OutcomeKey<'a> = (Option<&'a str>, &'a str);

/// For every outcome the trees record: whether each path to it answered `fact` with `choice`.
pub fn always_answered<'a>(trees: &'a Trees, fact: &str, choice: &str) -> BTreeMap<OutcomeKey<'a>, bool> {
    let mut always = BTreeMap::new();
    for tree in &trees.trees {
        walk(tree, fact, choice, &mut always);
    }
    always
}

/// Walks `tree`, remembering only the answer to `fact` (a path keeps its first answer, as the
/// engine does); other facts take every branch.
fn walk<'a>(tree: &'a Tree, fact: &str, choice: &str, always: &mut BTreeMap<OutcomeKey<'a>, bool>) {
    let mut seen: BTreeSet<(&str, Option<&str>)> = BTreeSet::new();
    let mut stack: Vec<(&str, Option<&str>)> = vec![(&tree.start.value, None)];
    while let Some(state) = stack.pop() {
        if !seen.insert(state) {
            continue;
        }
        let (node_id, answer) = state;
        let Some(node) = tree.nodes.iter().find(|n| n.id == node_id) else {
            continue;
        };
        for branch in &node.branches {
            let answer = if node.fact != fact {
                answer
            } else {
                let this = match &branch.when {
                    When::Choice(c) => Some(c.as_str()),
                    When::Unknown => Some(UNKNOWN_ANSWER),
                    When::Number(_) => None,
                };
                match answer {
                    Some(given) if this != Some(given) => continue,
                    _ => this,
                }
            };
            for step in &branch.steps {
                match step {
                    Step::Outcome(id) => {
                        let own = tree.outcomes.iter().any(|o| &o.id == id);
                        let key = (own.then_some(tree.id.as_str()), id.as_str());
                        let entry = always.entry(key).or_insert(true);
                        *entry &= answer == Some(choice);
                    }
                    Step::Node(next) => stack.push((next, answer)),
                }
            }
        }
    }
}
