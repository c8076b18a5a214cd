//! Walks every path through a tree: at each node every answer its fact can take, unless the path
//! has answered that fact already (then that answer again). Finds cycles, answers without a branch
//! and nodes no path reaches, and counts the paths.

use crate::error::{CompileError, Position};
use crate::parse::trees::{Fact, Node, Step, Tree, Trees, When};
use rundskriv_model::{FactKind, Threshold};
use std::collections::{BTreeMap, BTreeSet};

/// Bounds the walk: a tree with more paths than this is too big for anyone to follow.
const MAX_PATHS: usize = 100_000;

/// An answer a path gives to a fact.
#[derive(Debug, Clone, PartialEq)]
enum Sample {
    Choice(String),
    Unknown,
    Number(f64),
}

impl Sample {
    fn takes(&self, when: &When) -> bool {
        match (when, self) {
            (When::Choice(c), Sample::Choice(s)) => c == s,
            (When::Unknown, Sample::Unknown) => true,
            (When::Number(t), Sample::Number(v)) => t.matches(*v),
            _ => false,
        }
    }
}

/// Numbers that reach every number branch on `fact` anywhere.
pub fn sample_numbers(trees: &Trees, fact: &str) -> Vec<f64> {
    let nodes = trees.trees.iter().flat_map(|t| &t.nodes).filter(|n| n.fact == fact);
    Threshold::samples(nodes.flat_map(|n| &n.branches).filter_map(|b| match b.when {
        When::Number(threshold) => Some(threshold),
        _ => None,
    }))
}

/// The answers a path that has not answered `fact` yet may give it.
fn samples_of(trees: &Trees, fact: &Fact) -> Vec<Sample> {
    let mut all: Vec<Sample> = match fact.kind {
        FactKind::Number => sample_numbers(trees, &fact.id)
            .into_iter()
            .map(Sample::Number)
            .collect(),
        _ => fact.choices.iter().map(|c| Sample::Choice(c.id.clone())).collect(),
    };
    if fact.unknown {
        all.push(Sample::Unknown);
    }
    all
}

/// A node to visit, with the answers given on the way there and the nodes passed.
struct Visit<'a> {
    node: &'a str,
    answers: BTreeMap<&'a str, Sample>,
    trail: Vec<&'a str>,
}

/// The number of paths through `tree`; every node must be reached (the nodes and facts are known
/// to exist: checked before).
pub fn walk<'a>(
    trees: &Trees,
    tree: &'a Tree,
    nodes: &BTreeMap<&str, &'a Node>,
    facts: &BTreeMap<&str, &'a Fact>,
) -> Result<usize, CompileError> {
    let error = |node: &Node, message: String| CompileError::new(&tree.file, node.at, message);
    let mut count = 0;
    let mut reached = BTreeSet::new();
    let mut stack = vec![Visit {
        node: &tree.start.value,
        answers: BTreeMap::new(),
        trail: Vec::new(),
    }];
    while let Some(Visit {
        node,
        answers,
        mut trail,
    }) = stack.pop()
    {
        let node = nodes[node];
        if trail.contains(&node.id.as_str()) {
            return Err(error(node, format!("a cycle: {} → {}", trail.join(" → "), node.id)));
        }
        trail.push(&node.id);
        reached.insert(node.id.as_str());
        let fact = facts[node.fact.as_str()];
        let samples = match answers.get(fact.id.as_str()) {
            Some(sample) => vec![sample.clone()],
            None => samples_of(trees, fact),
        };
        for sample in samples {
            let Some(branch) = node.branches.iter().find(|b| sample.takes(&b.when)) else {
                return Err(error(
                    node,
                    format!("node `{}` has no branch for the answer {sample:?}", node.id),
                ));
            };
            let mut next_answers = answers.clone();
            next_answers.entry(fact.id.as_str()).or_insert(sample);
            match branch.steps.last() {
                Some(Step::Node(next)) => stack.push(Visit {
                    node: next,
                    answers: next_answers,
                    trail: trail.clone(),
                }),
                _ => {
                    count += 1;
                    if count > MAX_PATHS {
                        let message = format!("more than {MAX_PATHS} paths: split the tree");
                        return Err(CompileError::new(&tree.file, Position::START, message));
                    }
                }
            }
        }
    }
    match tree.nodes.iter().find(|n| !reached.contains(n.id.as_str())) {
        Some(node) => Err(error(
            node,
            format!("node `{}` cannot be reached from `start`", node.id),
        )),
        None => Ok(count),
    }
}
