//! One node against the fact it asks: each branch answers something the fact can be answered,
//! goes somewhere that exists, and together the branches take every answer exactly once.

use crate::check::walk::sample_numbers;
use crate::error::CompileError;
use crate::parse::trees::{Fact, Node, Outcome, Step, Tree, Trees, When};
use rundskriv_model::{FactKind, UNKNOWN_ANSWER as UNKNOWN};
use std::collections::{BTreeMap, BTreeSet};

/// What a node is checked against: the tree's nodes and outcomes, the shared ones and the facts.
pub struct Scope<'a> {
    pub trees: &'a Trees,
    pub tree: &'a Tree,
    pub facts: &'a BTreeMap<&'a str, &'a Fact>,
    pub nodes: &'a BTreeMap<&'a str, &'a Node>,
    pub outcomes: &'a BTreeMap<&'a str, &'a Outcome>,
    pub shared: &'a BTreeMap<&'a str, &'a Outcome>,
}

impl<'a> Scope<'a> {
    /// Checks `node`; adds the outcomes it records to `used`.
    pub fn check_node(&self, node: &'a Node, used: &mut BTreeSet<&'a str>) -> Result<(), CompileError> {
        let error = |message: String| CompileError::new(&self.tree.file, node.at, message);
        let what = format!("node `{}`", node.id);
        let fact = self
            .facts
            .get(node.fact.as_str())
            .ok_or_else(|| error(format!("{what} asks `{}`, which is no fact", node.fact)))?;
        let expected = answers_of(fact);
        for branch in &node.branches {
            match &branch.when {
                When::Choice(c) if !expected.contains(c) => {
                    let answers = expected.join(", ");
                    return Err(error(format!(
                        "{what}: `{c}` is no answer of `{}` (answers: {answers})",
                        fact.id
                    )));
                }
                When::Unknown if !fact.unknown => {
                    return Err(error(format!("{what}: `{}` does not offer `{UNKNOWN}`", fact.id)));
                }
                When::Number(_) if fact.kind != FactKind::Number => {
                    return Err(error(format!("{what}: thresholds only apply to number facts")));
                }
                _ => {}
            }
            for step in &branch.steps {
                self.check_step(step, &what, used).map_err(error)?;
            }
        }
        for answer in &expected {
            let covered = node.branches.iter().any(|b| match &b.when {
                When::Choice(c) => c == answer,
                When::Unknown => answer == UNKNOWN,
                When::Number(_) => false,
            });
            if !covered {
                return Err(error(format!("{what} has no branch for the answer `{answer}`")));
            }
        }
        if fact.kind == FactKind::Number {
            self.check_thresholds(node, fact)
                .map_err(|m| error(format!("{what}: {m}")))?;
        }
        Ok(())
    }

    fn check_step(&self, step: &'a Step, what: &str, used: &mut BTreeSet<&'a str>) -> Result<(), String> {
        match step {
            Step::Node(n) if !self.nodes.contains_key(n.as_str()) => {
                Err(format!("{what} goes to node `{n}`, which does not exist"))
            }
            Step::Outcome(id) if !self.outcomes.contains_key(id.as_str()) && !self.shared.contains_key(id.as_str()) => {
                Err(format!(
                    "{what} records `@{id}`, which is no outcome of this tree or felles.toml"
                ))
            }
            Step::Outcome(id) => {
                used.insert(id);
                Ok(())
            }
            Step::Node(_) => Ok(()),
        }
    }

    /// Every number the trees tell apart on this fact takes exactly one branch.
    fn check_thresholds(&self, node: &Node, fact: &Fact) -> Result<(), String> {
        for value in sample_numbers(self.trees, &fact.id) {
            let matching = node
                .branches
                .iter()
                .filter(|b| matches!(b.when, When::Number(t) if t.matches(value)))
                .count();
            if matching != 1 {
                return Err(format!(
                    "the number {value} matches {matching} branches; thresholds must cover every number exactly once"
                ));
            }
        }
        Ok(())
    }
}

/// The answers a fact can take, as branch keys; numbers are checked separately.
fn answers_of(fact: &Fact) -> Vec<String> {
    let mut answers: Vec<String> = fact.choices.iter().map(|c| c.id.clone()).collect();
    if fact.unknown {
        answers.push(UNKNOWN.to_string());
    }
    answers
}
