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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::trees::parse_tree;
    use crate::source::SourceFile;

    /// `rolle` is asked first and again after `annet`: x after "etat", y after "departement" and
    /// "nei", z after "departement" twice; w would need "departement" and then "etat", which no
    /// path answers (a path keeps its first answer).
    const TREE: &str = r#"
edition = "utgave-1"
version = 1
order = 1
points = ["1.6"]
title = { nb = "P", nn = "P", en = "P" }
intro = { nb = "I", nn = "I", en = "I" }
start = "a"

[node.a]
ask = "rolle"
[node.a.on]
departement = "b"
etat = "@x"

[node.b]
ask = "annet"
[node.b.on]
ja = "c"
nei = "@y"

[node.c]
ask = "rolle"
[node.c.on]
departement = "@z"
etat = "@w"

[outcome.z]
verdict = "krav"
title = { nb = "Z", nn = "Z", en = "Z" }
text = { nb = "Z", nn = "Z", en = "Z" }
cites = ["1-6-krav-altinn"]
"#;

    #[test]
    fn a_path_keeps_its_first_answer_and_other_facts_do_not_count() {
        let tree = parse_tree(&SourceFile::new("content/veivisere/rolle.toml", TREE)).expect("a tree");
        let trees = Trees {
            facts: Vec::new(),
            shared: Vec::new(),
            trees: vec![tree],
        };
        let always: Vec<(OutcomeKey, bool)> = always_answered(&trees, "rolle", "departement").into_iter().collect();
        assert_eq!(
            always,
            [((None, "x"), false), ((None, "y"), true), ((Some("rolle"), "z"), true),]
        );
    }
}
