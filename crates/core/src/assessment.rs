//! The full self-assessment (egenvurdering): every tree's questions in one questionnaire, each
//! fact asked once, grouped into sections; the result is the union of every tree's verdicts.

use crate::content::SectionId;
use crate::content::BLOCKS;
use crate::engine::{walk, Answers, Walk};
use crate::sort::sorted_by_key;
use crate::trees::{FactId, FactSection, OutcomeId, Verdict, FACTS, OUTCOMES, TREES};
use rundskriv_model::TableId as _;

/// Where the questionnaire stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The fact to ask next; None when every tree has reached its end.
    pub next: Option<FactId>,
    /// Facts answered so far, in the order the questionnaire asks them.
    pub asked: Vec<FactId>,
    /// Each tree's walk with these answers, in `TREES` order.
    pub walks: Vec<Walk>,
}

/// The next question: among the questions the unfinished trees ask next, the one from the
/// earliest section (om virksomheten, tjenesten, anskaffelser, prosjektet), then the earliest tree.
pub fn progress(answers: &Answers) -> Progress {
    let walks: Vec<Walk> = TREES.iter().map(|tree| walk(tree, answers)).collect();
    let next = walks
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.next.map(|f| (FACTS[f].section, i, f)))
        .min()
        .map(|(_, _, f)| f);
    let mut asked: Vec<FactId> = Vec::new();
    // The order questions were met: by section, then as the trees ask them.
    let mut met: Vec<(FactSection, usize, usize, FactId)> = Vec::new();
    for (tree_index, w) in walks.iter().enumerate() {
        for (step, &fact) in w.path.iter().enumerate() {
            met.push((FACTS[fact].section, tree_index, step, fact));
        }
    }
    let key = |&(section, tree, step, fact): &(FactSection, usize, usize, FactId)| {
        (section as u64) << 40 | (tree as u64) << 32 | (step as u64) << 16 | fact.index() as u64
    };
    for (_, _, _, fact) in sorted_by_key(met, key) {
        if !asked.contains(&fact) {
            asked.push(fact);
        }
    }
    Progress { next, asked, walks }
}

/// One verdict in the organisation's own list.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Item {
    /// The point of the circular its first citation stands in.
    pub section: SectionId,
    pub outcome: OutcomeId,
}

/// The organisation's checklist: every outcome about its own duties reached by any tree, without
/// repeats, sorted by the point of the circular it rests on. What is only for information (another
/// body's duty, a lapsed deadline) is not in it: see `for_information`.
pub fn checklist(progress: &Progress) -> Vec<Item> {
    reached(progress, true)
}

/// The outcomes reached that are only for information ("Til orientering"), shown after the
/// checklist and never counted in it; in the same order.
pub fn for_information(progress: &Progress) -> Vec<Item> {
    reached(progress, false)
}

/// Every outcome reached by any tree whose verdict is (`users_own`) or is not the user's own.
fn reached(progress: &Progress, users_own: bool) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for w in &progress.walks {
        for &outcome in &w.outcomes {
            let own = OUTCOMES[outcome].verdict.is_users_own();
            if own == users_own && items.iter().all(|i| i.outcome != outcome) {
                let first_cite = OUTCOMES[outcome].cites[0];
                items.push(Item {
                    section: BLOCKS[first_cite].section,
                    outcome,
                });
            }
        }
    }
    sorted_by_key(items, |i| (i.section.index() as u64) << 16 | i.outcome.index() as u64)
}

/// How many outcomes of each verdict the checklist holds.
pub fn count(items: &[Item], verdict: Verdict) -> usize {
    items.iter().filter(|i| OUTCOMES[i.outcome].verdict == verdict).count()
}

/// Facts answered "Vet ikke" anywhere, each once.
pub fn open_facts(progress: &Progress) -> Vec<FactId> {
    let mut open = Vec::new();
    for w in &progress.walks {
        for &f in &w.open {
            if !open.contains(&f) {
                open.push(f);
            }
        }
    }
    open
}

/// A stable key for an outcome, for follow-up state in links and files: `tree/outcome`, or
/// `felles/outcome` for shared ones.
pub fn outcome_key(outcome: OutcomeId) -> String {
    let o = &OUTCOMES[outcome];
    let tree = o.tree.map(|t| TREES[t].id).unwrap_or("felles");
    format!("{tree}/{}", o.id)
}

/// The outcome `outcome_key` names; compared part by part, without building every key, since a
/// link or stored text may hold many entries.
pub fn outcome_by_key(key: &str) -> Option<OutcomeId> {
    let (tree, id) = key.split_once('/')?;
    OUTCOMES.ids().find(|&o| {
        let outcome = &OUTCOMES[o];
        outcome.id == id && outcome.tree.map(|t| TREES[t].id).unwrap_or("felles") == tree
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{all_walks, possible_answers, Answer};
    use crate::trees::fact_id;
    use std::collections::BTreeSet;

    fn choice(fact: &str, choice: &str) -> (FactId, Answer) {
        let f = fact_id(fact).unwrap();
        let i = FACTS[f].choices.iter().position(|c| c.id == choice).unwrap();
        (f, Answer::Choice(i as u8))
    }

    /// Completes a questionnaire, answering every question with `pick`.
    fn complete(mut answers: Answers, pick: impl Fn(FactId) -> Answer) -> Progress {
        for _ in 0..FACTS.len() + 1 {
            let p = progress(&answers);
            match p.next {
                None => return p,
                Some(f) => {
                    answers.insert(f, pick(f));
                }
            }
        }
        panic!("the questionnaire did not end");
    }

    /// A named organisation: its first answers and how it answers every other question.
    type Profile = (&'static str, Answers, fn(FactId) -> Answer);

    fn profiles() -> Vec<Profile> {
        let first = |f: FactId| possible_answers(f)[0];
        let last_known = |f: FactId| {
            let all = possible_answers(f);
            *all.iter().rev().find(|a| **a != Answer::Unknown).unwrap_or(&all[0])
        };
        let unknown = |f: FactId| *possible_answers(f).last().unwrap();
        vec![
            (
                "ministry, yes to everything",
                [choice("virksomhetstype", "departement")].into_iter().collect(),
                first,
            ),
            (
                "directorate, last answers",
                [choice("virksomhetstype", "forvaltningsorgan")].into_iter().collect(),
                last_known,
            ),
            (
                "university, unknown everywhere",
                [choice("virksomhetstype", "saerskilte-fullmakter")]
                    .into_iter()
                    .collect(),
                unknown,
            ),
            (
                "municipality",
                [choice("virksomhetstype", "kommune")].into_iter().collect(),
                first,
            ),
        ]
    }

    #[test]
    fn the_checklist_is_exactly_the_union_of_the_single_trees() {
        for (name, given, pick) in profiles() {
            let done = complete(given, pick);
            let listed = checklist(&done).into_iter().chain(for_information(&done));
            let from_assessment: BTreeSet<OutcomeId> = listed.map(|i| i.outcome).collect();
            let mut from_trees = BTreeSet::new();
            for w in &done.walks {
                assert!(w.is_complete(), "{name}: a tree is unfinished");
                from_trees.extend(w.outcomes.iter().copied());
            }
            assert_eq!(from_assessment, from_trees, "{name}");
        }
    }

    #[test]
    fn single_trees_walked_alone_agree_with_the_assessment() {
        for (name, given, pick) in profiles() {
            let mut answers = given;
            let done = loop {
                let p = progress(&answers);
                match p.next {
                    None => break p,
                    Some(f) => {
                        answers.insert(f, pick(f));
                    }
                }
            };
            for (tree, w) in TREES.iter().zip(&done.walks) {
                assert_eq!(&walk(tree, &answers), w, "{name}: {}", tree.id);
                let alone = all_walks(tree, &answers);
                assert_eq!(alone.len(), 1, "{name}: {} is settled by the answers", tree.id);
                assert_eq!(alone[0].1.outcomes, w.outcomes, "{name}: {}", tree.id);
            }
        }
    }

    #[test]
    fn each_fact_is_asked_once_and_earlier_sections_first() {
        // A later question can make an earlier section's question relevant (a tree asks about
        // the organisation only for some services), so sections can recur; but whenever an
        // earlier section's question is waiting, it comes first.
        for (name, mut answers, pick) in profiles() {
            while let Some(f) = progress(&answers).next {
                assert!(!answers.contains_key(&f), "{name}: {} asked twice", FACTS[f].id);
                let waiting = TREES.iter().filter_map(|t| walk(t, &answers).next);
                let earliest = waiting.map(|w| FACTS[w].section).min().unwrap();
                assert_eq!(FACTS[f].section, earliest, "{name}");
                answers.insert(f, pick(f));
            }
        }
    }

    #[test]
    fn information_is_never_in_the_checklist_nor_counted_as_krav() {
        for (name, given, pick) in profiles() {
            let done = complete(given, pick);
            let items = checklist(&done);
            assert!(
                items
                    .iter()
                    .all(|i| OUTCOMES[i.outcome].verdict != Verdict::Informasjon),
                "{name}"
            );
            let info = for_information(&done);
            assert!(info.iter().all(|i| OUTCOMES[i.outcome].verdict == Verdict::Informasjon));
            assert_eq!(count(&items, Verdict::Informasjon), 0, "{name}");
        }
        // A ministry that sends IT budget proposals is told what KMD does, for information only.
        let ministry = complete([choice("virksomhetstype", "departement")].into_iter().collect(), |f| {
            possible_answers(f)[0]
        });
        let keys: Vec<String> = for_information(&ministry)
            .iter()
            .map(|i| outcome_key(i.outcome))
            .collect();
        assert!(
            keys.contains(&"it-satsingsforslag/kmd-vurderer".to_string()),
            "{keys:?}"
        );
    }

    #[test]
    fn outcome_keys_are_unique_and_found_again() {
        for o in OUTCOMES.ids() {
            assert_eq!(outcome_by_key(&outcome_key(o)), Some(o));
        }
    }
}
