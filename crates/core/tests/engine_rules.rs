//! The engine and the assessment as the user meets them: when a tree is finished, which trees the
//! start page lists, how the checklist counts verdicts and lists the questions answered "Vet ikke".

use rundskriv_core::assessment::{checklist, count, open_facts, progress, Progress};
use rundskriv_core::codec::answers::decode;
use rundskriv_core::engine::{possible_answers, trees, walk, Answers};
use rundskriv_core::trees::{fact_id, tree_by_id, Verdict, FACTS, OUTCOMES, TREES};

/// An organisation that answers every question of every tree with its first choice.
fn answers_first_to_everything() -> Progress {
    let answers: Answers = FACTS.ids().map(|f| (f, possible_answers(f)[0])).collect();
    let done = progress(&answers);
    assert_eq!(done.next, None);
    done
}

#[test]
fn a_tree_is_finished_only_when_nothing_is_left_to_ask() {
    let tree = tree_by_id("omfang").expect("the omfang tree");
    let started = walk(tree, &Answers::new());
    assert!(!started.is_complete(), "{started:?}");
    let done = walk(tree, &decode("virksomhetstype:privat").unwrap());
    assert!(done.is_complete(), "{done:?}");
}

#[test]
fn the_start_page_lists_every_tree() {
    let listed = trees();
    assert_eq!(listed.len(), TREES.len());
    assert!(listed.len() >= 20);
    let ids: Vec<&str> = listed.iter().map(|t| t.id).collect();
    assert_eq!(ids, TREES.iter().map(|t| t.id).collect::<Vec<_>>());
    assert!(ids.contains(&"altinn") && ids.contains(&"skytjenester"), "{ids:?}");
}

#[test]
fn counts_per_verdict_add_up_to_the_checklist() {
    let items = checklist(&answers_first_to_everything());
    let mut total = 0;
    for &verdict in Verdict::ALL {
        let expected = items.iter().filter(|i| OUTCOMES[i.outcome].verdict == verdict).count();
        assert_eq!(count(&items, verdict), expected, "{verdict:?}");
        total += expected;
    }
    assert_eq!(total, items.len());
    assert!(
        count(&items, Verdict::Krav) >= 2,
        "an agency that answers yes to all has several krav"
    );
}

#[test]
fn questions_answered_vet_ikke_are_listed_once() {
    let answers = decode("virksomhetstype:vet-ikke").unwrap();
    let open = open_facts(&progress(&answers));
    // Every tree asks the kind of organisation; it is one open question, not twenty-one.
    assert_eq!(open, vec![fact_id("virksomhetstype").unwrap()]);
    assert!(open_facts(&progress(&Answers::new())).is_empty());
}
