//! The decision engine: walks a tree with the answers given so far and tells what to ask next,
//! which outcomes were reached and which answers were "Vet ikke".

use crate::trees::{FactId, FactKind, NodeId, OutcomeId, Step, Threshold, Tree, When, FACTS, NODES, TREES};
use std::collections::BTreeMap;

/// An answer to one fact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Answer {
    /// Index into the fact's choices (`ja` = 0, `nei` = 1 for yes/no facts).
    Choice(u8),
    Number(f64),
    Unknown,
}

/// Answers by fact. Facts are shared, so one set of answers serves every tree.
pub type Answers = BTreeMap<FactId, Answer>;

/// Where a walk through a tree ends up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Walk {
    /// Facts answered on the way, in the order the tree asks them.
    pub path: Vec<FactId>,
    /// Outcomes reached, in order, without repeats.
    pub outcomes: Vec<OutcomeId>,
    /// The fact to ask next; None when the walk has reached its end.
    pub next: Option<FactId>,
    /// Facts on the path answered "Vet ikke".
    pub open: Vec<FactId>,
}

impl Walk {
    pub fn is_complete(&self) -> bool {
        self.next.is_none()
    }
}

fn branch_for(node: NodeId, answer: Answer) -> Option<&'static [Step]> {
    NODES[node]
        .branches
        .iter()
        .find(|b| match (b.when, answer) {
            (When::Choice(c), Answer::Choice(a)) => c == a,
            (When::Unknown, Answer::Unknown) => true,
            (when, Answer::Number(v)) => when.matches_number(v),
            _ => false,
        })
        .map(|b| b.steps)
}

/// Walks `tree` with `answers`. An answer that fits no branch (say "Vet ikke" where a fact does
/// not offer it) counts as not given, so the question is asked again.
pub fn walk(tree: &Tree, answers: &Answers) -> Walk {
    let mut walk = Walk::default();
    let mut node = tree.start;
    // Trees are checked acyclic at build time; the bound only guards against a broken build.
    for _ in 0..=NODES.len() {
        let fact = NODES[node].fact;
        let Some(steps) = answers.get(&fact).and_then(|a| branch_for(node, *a)) else {
            walk.next = Some(fact);
            return walk;
        };
        if !walk.path.contains(&fact) {
            walk.path.push(fact);
            if answers.get(&fact) == Some(&Answer::Unknown) {
                walk.open.push(fact);
            }
        }
        let mut next_node = None;
        for step in steps {
            match *step {
                Step::Outcome(o) if !walk.outcomes.contains(&o) => walk.outcomes.push(o),
                Step::Outcome(_) => {}
                Step::Node(n) => next_node = Some(n),
            }
        }
        match next_node {
            Some(n) => node = n,
            None => return walk,
        }
    }
    walk
}

/// The answers the facts asked by `tree` can take, numbers by one value per threshold side
/// (over every tree, as facts are shared).
pub fn possible_answers(fact: FactId) -> Vec<Answer> {
    let f = &FACTS[fact];
    let mut answers: Vec<Answer> = match f.kind {
        FactKind::Number => {
            let branches = NODES.iter().filter(|n| n.fact == fact).flat_map(|n| n.branches);
            let thresholds = branches.filter_map(|b| match b.when {
                When::Number(threshold) => Some(threshold),
                _ => None,
            });
            // The compiler checked the trees with these same samples.
            let samples = Threshold::samples(thresholds).into_iter();
            samples.filter(|v| *v >= 0.0).map(Answer::Number).collect()
        }
        _ => (0..f.choices.len() as u8).map(Answer::Choice).collect(),
    };
    if f.unknown {
        answers.push(Answer::Unknown);
    }
    answers
}

/// Every complete walk through `tree`, starting from `given` answers (facts answered in other
/// trees are kept, as "kun én gang" demands), with the answers that produce it.
pub fn all_walks(tree: &Tree, given: &Answers) -> Vec<(Answers, Walk)> {
    let mut done = Vec::new();
    let mut pending = vec![given.clone()];
    while let Some(answers) = pending.pop() {
        let walk = walk(tree, &answers);
        match walk.next {
            None => done.push((answers, walk)),
            Some(fact) => {
                for answer in possible_answers(fact) {
                    let mut more = answers.clone();
                    more.insert(fact, answer);
                    pending.push(more);
                }
            }
        }
    }
    done
}

/// The most questions any path through `tree` asks (for "Spørsmål 2 av høyst 5").
pub fn most_questions(tree: &Tree) -> usize {
    fn depth(node: NodeId, budget: usize) -> usize {
        // Trees are acyclic (checked at build time); the budget guards against a broken build.
        if budget == 0 {
            return 0;
        }
        let below = NODES[node]
            .branches
            .iter()
            .filter_map(|b| match b.steps.last() {
                Some(Step::Node(next)) => Some(depth(*next, budget - 1)),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        1 + below
    }
    depth(tree.start, NODES.len())
}

/// All trees, for iteration in the order the start page lists them.
pub fn trees() -> &'static [Tree] {
    &TREES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{PartKind, BLOCKS};
    use crate::trees::{fact_id, tree_by_id, Verdict, OUTCOMES, UNCOVERED_KRAV};

    fn fact(id: &str) -> FactId {
        fact_id(id).unwrap_or_else(|| panic!("no fact {id}"))
    }

    fn choice(fact_id: &str, choice: &str) -> (FactId, Answer) {
        let f = fact(fact_id);
        let i = FACTS[f]
            .choices
            .iter()
            .position(|c| c.id == choice)
            .unwrap_or_else(|| panic!("{fact_id} has no {choice}"));
        (f, Answer::Choice(i as u8))
    }

    fn verdicts(tree: &str, answers: &[(FactId, Answer)]) -> Vec<(&'static str, Verdict)> {
        let answers: Answers = answers.iter().copied().collect();
        let walk = walk(tree_by_id(tree).unwrap(), &answers);
        assert!(
            walk.is_complete(),
            "{tree}: still asks {:?}",
            walk.next.map(|f| FACTS[f].id)
        );
        walk.outcomes
            .iter()
            .map(|&o| (OUTCOMES[o].id, OUTCOMES[o].verdict))
            .collect()
    }

    #[test]
    fn every_krav_paragraph_is_cited_by_some_outcome() {
        assert_eq!(
            UNCOVERED_KRAV.len(),
            0,
            "krav paragraphs no tree reaches: {UNCOVERED_KRAV:?}"
        );
        let cited: std::collections::BTreeSet<crate::content::BlockId> =
            OUTCOMES.iter().flat_map(|o| o.cites.iter().copied()).collect();
        for (i, block) in BLOCKS.with_ids() {
            if block.part == PartKind::Krav
                && matches!(
                    block.kind,
                    crate::content::BlockKind::Paragraph
                        | crate::content::BlockKind::Bullet
                        | crate::content::BlockKind::Numbered(_)
                )
            {
                assert!(cited.contains(&i), "{} is cited by no outcome", block.id());
            }
        }
    }

    #[test]
    fn every_path_of_every_tree_ends_in_a_well_formed_result() {
        for tree in TREES.iter() {
            let walks = all_walks(tree, &Answers::new());
            assert!(!walks.is_empty(), "{}", tree.id);
            for (answers, walk) in &walks {
                assert!(walk.is_complete());
                assert!(
                    !walk.outcomes.is_empty(),
                    "{}: a path with no outcome: {answers:?}",
                    tree.id
                );
                for &o in &walk.outcomes {
                    let outcome = &OUTCOMES[o];
                    assert!(!outcome.cites.is_empty(), "{}", outcome.id);
                    assert!(
                        outcome.tree.is_none_or(|t| std::ptr::eq(&TREES[t], tree)),
                        "{} borrowed from another tree",
                        outcome.id
                    );
                }
                // Every "Vet ikke" on the path is carried to the result as an open point.
                let unknowns = walk
                    .path
                    .iter()
                    .filter(|f| answers.get(f) == Some(&Answer::Unknown))
                    .count();
                assert_eq!(walk.open.len(), unknowns);
            }
            println!("{}: {} paths", tree.id, walks.len());
        }
    }

    /// Besides "not covered", a tree may only tell a municipality, for information, that a law the
    /// circular names binds it regardless (issue #13, point 8): never a krav or an anbefaling.
    #[test]
    fn the_scope_gate_turns_away_municipalities_kindly_in_every_tree() {
        for tree in TREES.iter() {
            let v = verdicts(tree.id, &[choice("virksomhetstype", "kommune")]);
            assert_eq!(v[0], ("utenfor-virkeomradet", Verdict::GjelderIkke), "{}", tree.id);
            assert!(
                v[1..].iter().all(|(_, verdict)| *verdict == Verdict::Informasjon),
                "{}: {v:?}",
                tree.id
            );
        }
    }

    #[test]
    fn a_fact_answered_in_one_tree_is_not_asked_again_in_another() {
        let answers: Answers = [choice("virksomhetstype", "forvaltningsorgan")].into_iter().collect();
        for tree in TREES.iter() {
            let walk = walk(tree, &answers);
            assert_ne!(
                walk.next,
                Some(fact("virksomhetstype")),
                "{} asks the organisation type again",
                tree.id
            );
        }
    }

    #[test]
    fn no_walk_asks_more_questions_than_the_stated_maximum() {
        for tree in TREES.iter() {
            let most = most_questions(tree);
            let longest = all_walks(tree, &Answers::new())
                .iter()
                .map(|(_, w)| w.path.len())
                .max()
                .unwrap_or(0);
            assert_eq!(longest, most, "{}", tree.id);
        }
    }

    #[test]
    fn an_answer_a_fact_does_not_offer_is_asked_again() {
        let tree = tree_by_id("altinn").unwrap();
        let answers: Answers = [(fact("virksomhetstype"), Answer::Choice(250))].into_iter().collect();
        assert_eq!(walk(tree, &answers).next, Some(fact("virksomhetstype")));
    }
}
