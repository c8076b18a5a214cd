//! A tree as the book shows it: its questions in reading order (each before the questions it
//! leads to), each answer with the outcomes it records and the question it goes on to, and the
//! outcomes in the order the questions first reach them. The diagram and the text flow are both
//! drawn from this, so they cannot tell different stories.

use rundskriv_compiler::parse::trees::{Fact, Node, Outcome, Step, Tree, Trees, When};
use rundskriv_model::Threshold;
use std::collections::BTreeMap;

pub struct Flow<'a> {
    pub questions: Vec<Question<'a>>,
    /// The tree's own outcomes and the shared ones it records.
    pub outcomes: Vec<&'a Outcome>,
}

pub struct Question<'a> {
    pub node: &'a Node,
    pub fact: &'a Fact,
    /// In the fact's order of choices; thresholds by their bound; "Vet ikke" last.
    pub answers: Vec<Answer<'a>>,
}

pub struct Answer<'a> {
    pub when: &'a When,
    /// Indices into [`Flow::outcomes`], in the order the branch records them.
    pub outcomes: Vec<usize>,
    /// Index into [`Flow::questions`].
    pub next: Option<usize>,
}

impl<'a> Flow<'a> {
    /// The flow of `tree` (checked by the compiler: every name in it exists, and it has no cycle).
    pub fn of(trees: &'a Trees, tree: &'a Tree) -> Flow<'a> {
        let nodes: BTreeMap<&str, &Node> = tree.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
        let order = reading_order(tree, &nodes);
        let place: BTreeMap<&str, usize> = order.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
        let all_outcomes: BTreeMap<&str, &Outcome> = trees
            .shared
            .iter()
            .chain(&tree.outcomes)
            .map(|o| (o.id.as_str(), o))
            .collect();
        let mut outcomes: Vec<&Outcome> = Vec::new();
        let mut questions = Vec::new();
        for node in order.iter().copied() {
            let Some(fact) = trees.facts.iter().find(|f| f.id == node.fact) else {
                continue;
            };
            let mut branches: Vec<_> = node.branches.iter().collect();
            branches.sort_by(|a, b| rank(fact, &a.when).total_cmp(&rank(fact, &b.when)));
            let answers = branches
                .into_iter()
                .map(|branch| {
                    let mut answer = Answer {
                        when: &branch.when,
                        outcomes: Vec::new(),
                        next: None,
                    };
                    for step in &branch.steps {
                        match step {
                            Step::Outcome(id) => {
                                let Some(outcome) = all_outcomes.get(id.as_str()) else {
                                    continue;
                                };
                                let index = outcomes.iter().position(|o| o.id == outcome.id).unwrap_or_else(|| {
                                    outcomes.push(outcome);
                                    outcomes.len() - 1
                                });
                                answer.outcomes.push(index);
                            }
                            Step::Node(id) => answer.next = place.get(id.as_str()).copied(),
                        }
                    }
                    answer
                })
                .collect();
            questions.push(Question { node, fact, answers });
        }
        Flow { questions, outcomes }
    }

    /// The index of the question asked at node `id`.
    pub fn question_of(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.node.id == id)
    }
}

/// Where an answer stands among a node's answers.
fn rank(fact: &Fact, when: &When) -> f64 {
    match when {
        When::Choice(id) => fact.choices.iter().position(|c| &c.id == id).unwrap_or(usize::MAX) as f64,
        // Below a bound before above it.
        When::Number(threshold) => match threshold {
            Threshold::Below(t) | Threshold::AtMost(t) => *t - 0.5,
            Threshold::Above(t) | Threshold::AtLeast(t) => *t,
        },
        When::Unknown => f64::INFINITY,
    }
}

/// The nodes from the start on, each before every node it leads to (reverse post-order of a walk
/// that takes the answers in order); any node the walk misses comes last.
fn reading_order<'a>(tree: &'a Tree, nodes: &BTreeMap<&str, &'a Node>) -> Vec<&'a Node> {
    fn visit<'a>(node: &'a Node, nodes: &BTreeMap<&str, &'a Node>, seen: &mut Vec<&'a str>, post: &mut Vec<&'a Node>) {
        if seen.contains(&node.id.as_str()) {
            return;
        }
        seen.push(&node.id);
        // Later answers first, so that the reversed order keeps the answers' order.
        for branch in node.branches.iter().rev() {
            for step in branch.steps.iter().rev() {
                if let Step::Node(id) = step {
                    if let Some(next) = nodes.get(id.as_str()) {
                        visit(next, nodes, seen, post);
                    }
                }
            }
        }
        post.push(node);
    }
    let (mut seen, mut post) = (Vec::new(), Vec::new());
    if let Some(start) = nodes.get(tree.start.value.as_str()) {
        visit(start, nodes, &mut seen, &mut post);
    }
    post.reverse();
    post.extend(tree.nodes.iter().filter(|n| !seen.contains(&n.id.as_str())));
    post
}
