//! Runs a scenario — a situation's answers and every outcome it expects, with its verdict, as the
//! scenario files in `content/veivisere/scenarier/` write them — through the engine the app uses,
//! and says each way the walk differs. Core's tests and the `scenario_coverage` tool run them; the
//! app does not.

use crate::codec::answers::{decode_answer, DecodeError};
use crate::engine::{walk, Answers};
use crate::trees::{tree_by_id, NodeId, OutcomeId, Step, Tree, TreeId, Verdict, FACTS, NODES, OUTCOMES, TREES};
use crate::TableId as _;

/// One way a walk differs from what the scenario expects.
#[derive(Debug, Clone, PartialEq)]
pub enum Mismatch {
    /// The scenario's file names no tree.
    UnknownTree,
    /// An answer the engine cannot read (the build checks them, so this is a stale build).
    BadAnswer(DecodeError),
    /// The walk stops at a question the scenario does not answer.
    Unanswered(&'static str),
    /// The scenario answers a fact the walk never asks.
    NeverAsked(String),
    /// An expected outcome the walk does not reach.
    NotReached(String, Verdict),
    /// An outcome the walk reaches that the scenario does not expect.
    Unexpected(&'static str, Verdict),
    /// The outcome is reached, with another verdict than expected.
    OtherVerdict {
        outcome: &'static str,
        expected: Verdict,
        found: Verdict,
    },
}

impl Mismatch {
    /// The fact or outcome it is about, if any (where the scenario file names it).
    pub fn about(&self) -> Option<&str> {
        match self {
            Mismatch::UnknownTree | Mismatch::BadAnswer(_) => None,
            Mismatch::Unanswered(fact) | Mismatch::Unexpected(fact, _) => Some(fact),
            Mismatch::NeverAsked(name) | Mismatch::NotReached(name, _) => Some(name),
            Mismatch::OtherVerdict { outcome, .. } => Some(outcome),
        }
    }

    /// What is wrong, for the test's failure message.
    pub fn describe(&self) -> String {
        match self {
            Mismatch::UnknownTree => "the file names no tree".to_string(),
            Mismatch::BadAnswer(e) => format!("an answer the engine cannot read: {e}"),
            Mismatch::Unanswered(fact) => format!("the walk stops at the unanswered question `{fact}`"),
            Mismatch::NeverAsked(fact) => format!("answers `{fact}`, which the walk never asks"),
            Mismatch::NotReached(outcome, v) => {
                format!(
                    "outcome `{outcome}`: expected `{}`, but the walk does not reach it",
                    v.id()
                )
            }
            Mismatch::Unexpected(outcome, v) => {
                format!(
                    "outcome `{outcome}`: the walk reaches it (`{}`), but it is not expected",
                    v.id()
                )
            }
            Mismatch::OtherVerdict {
                outcome,
                expected,
                found,
            } => format!(
                "outcome `{outcome}`: the tree's verdict is `{}`, the scenario expects `{}`",
                found.id(),
                expected.id()
            ),
        }
    }
}

/// What a scenario's walk gave: the outcomes reached, and every way it differs from the scenario.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Run {
    pub reached: Vec<OutcomeId>,
    pub mismatches: Vec<Mismatch>,
}

/// Walks tree `tree` with `answers` (fact id, answer as a link writes it: a choice id, `vet-ikke`
/// or a number) and compares what it records with `expect` (outcome id, verdict).
pub fn run(tree: &str, answers: &[(&str, String)], expect: &[(&str, Verdict)]) -> Run {
    let Some(tree) = tree_by_id(tree) else {
        return Run {
            reached: Vec::new(),
            mismatches: vec![Mismatch::UnknownTree],
        };
    };
    let mut given = Answers::new();
    let mut mismatches = Vec::new();
    for (fact, text) in answers {
        match decode_answer(fact, text) {
            Ok((fact, answer)) => {
                given.insert(fact, answer);
            }
            Err(e) => mismatches.push(Mismatch::BadAnswer(e)),
        }
    }
    let result = walk(tree, &given);
    if let Some(fact) = result.next {
        mismatches.push(Mismatch::Unanswered(FACTS[fact].id));
    }
    for &fact in given.keys().filter(|f| !result.path.contains(f)) {
        mismatches.push(Mismatch::NeverAsked(FACTS[fact].id.to_string()));
    }
    for &(outcome, expected) in expect {
        match result.outcomes.iter().find(|&&o| OUTCOMES[o].id == outcome) {
            None => mismatches.push(Mismatch::NotReached(outcome.to_string(), expected)),
            Some(&o) if OUTCOMES[o].verdict != expected => mismatches.push(Mismatch::OtherVerdict {
                outcome: OUTCOMES[o].id,
                expected,
                found: OUTCOMES[o].verdict,
            }),
            Some(_) => {}
        }
    }
    for &o in &result.outcomes {
        if expect.iter().all(|(id, _)| *id != OUTCOMES[o].id) {
            mismatches.push(Mismatch::Unexpected(OUTCOMES[o].id, OUTCOMES[o].verdict));
        }
    }
    Run {
        reached: result.outcomes,
        mismatches,
    }
}

/// Per tree (in `TREES` order), the outcomes it can record that none of `reached` holds, for the
/// trees with any; `reached` gives, per scenario, its tree's id and the outcomes its walk reached.
pub fn uncovered<'a>(reached: impl IntoIterator<Item = (&'a str, Vec<OutcomeId>)>) -> Vec<(TreeId, Vec<OutcomeId>)> {
    let reached: Vec<(&str, Vec<OutcomeId>)> = reached.into_iter().collect();
    let mut missing = Vec::new();
    for (id, tree) in TREES.with_ids() {
        let seen = |o: &OutcomeId| reached.iter().any(|(t, r)| *t == tree.id && r.contains(o));
        let not_seen: Vec<OutcomeId> = outcomes_of(tree).into_iter().filter(|o| !seen(o)).collect();
        if !not_seen.is_empty() {
            missing.push((id, not_seen));
        }
    }
    missing
}

/// Every outcome `tree` can record (its own and the shared ones it names), in node order.
pub fn outcomes_of(tree: &Tree) -> Vec<OutcomeId> {
    let mut all = Vec::new();
    for index in tree.nodes.clone() {
        for branch in NODES[NodeId::from_index(index as usize)].branches {
            for step in branch.steps {
                if let Step::Outcome(o) = *step {
                    if !all.contains(&o) {
                        all.push(o);
                    }
                }
            }
        }
    }
    all
}
