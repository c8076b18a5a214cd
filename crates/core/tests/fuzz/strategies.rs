//! Text to feed the decoders: shaped like the app's links and queries, real links and exports
//! with random edits, and valid answers.

use super::corpus;
use super::decoders::EXPORT_DATE;
use proptest::prelude::*;
use rundskriv_core::codec::follow_ups::Status;
use rundskriv_core::codec::follow_ups::{FollowUp, FollowUps};
use rundskriv_core::content::{BLOCKS, SECTIONS};
use rundskriv_core::date::Date;
use rundskriv_core::engine::{Answer, Answers};
use rundskriv_core::export::json;
use rundskriv_core::limits::MAX_NUMBER;
use rundskriv_core::route::{Route, TreeAnswers, TreeRoute};
use rundskriv_core::trees::{FactId, FactKind, OutcomeId, FACTS, OUTCOMES, TREES};
use rundskriv_core::ui_strings::Lang;

/// Words a link or a query may hold: the app's own path words, ids that exist, and near misses.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = [
        "punkt",
        "hele",
        "sok",
        "veiviser",
        "endre",
        "innhold",
        "test",
        "panikk",
        "egenvurdering",
        "q",
        "v",
        "svar",
        "vet-ikke",
        "ja",
        "nei",
        "1",
        "999",
        "%",
        "%2",
        "%zz",
        "%C3%A5",
        "%ff",
        "+",
        ":",
        ",",
        "&",
        "=",
        "?",
        "#",
        "/",
        "..",
        "<img src=x onerror=alert(1)>",
        "\u{0}",
        "æøå",
        "ÆØÅ",
        "\u{FFFD}",
        "𝔘",
        "1e9",
        "NaN",
        "-1",
        "12,5",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    words.extend(TREES.iter().map(|t| t.id.to_string()));
    words.extend(SECTIONS.iter().map(|s| s.id.to_string()));
    words.extend(SECTIONS.iter().map(|s| s.number.to_string()));
    words.extend(BLOCKS.iter().step_by(7).map(|b| b.id().to_string()));
    for fact in FACTS.iter() {
        words.push(fact.id.to_string());
        words.extend(fact.choices.iter().map(|c| format!("{}:{}", fact.id, c.id)));
        words.push(format!("{}:vet-ikke", fact.id));
    }
    words
}

/// Text shaped like the app's links and queries, built from the vocabulary and separators.
pub fn link_like() -> impl Strategy<Value = String> {
    let words = vocabulary();
    let piece = prop_oneof![
        4 => proptest::sample::select(words),
        1 => any::<String>(),
        1 => proptest::sample::select(vec!["/", "?", "&", "=", ",", ":", "#", "|", "%", " "]).prop_map(String::from),
    ];
    (
        proptest::sample::select(vec!["", "#", "#/", "1|", "#/veiviser/", "#/sok?q="]),
        proptest::collection::vec(piece, 0..24),
    )
        .prop_map(|(start, pieces)| format!("{start}{}", pieces.concat()))
}

/// A corpus link with a few random edits: inserted, deleted or replaced characters.
pub fn mutated_corpus_link() -> impl Strategy<Value = String> {
    let links: Vec<String> = corpus().into_iter().map(|(_, l)| l.to_string()).collect();
    edited(proptest::sample::select(links))
}

/// A real export (answers from the corpus's links, a follow-up noted) with a few random edits.
pub fn mutated_export() -> impl Strategy<Value = String> {
    let exports: Vec<String> = corpus()
        .into_iter()
        .filter_map(|(valid, link)| match (valid, Route::parse(link)) {
            (
                true,
                Route::Tree(TreeRoute {
                    answers: TreeAnswers::Link(a),
                    ..
                }),
            ) => a.value.ok(),
            _ => None,
        })
        .map(|answers| {
            let mut follow = FollowUps::new();
            follow.insert(OutcomeId(0), FollowUp::new(Status::Oppfylt, "Sjekket <b>&</b> \"OK\""));
            follow.insert(
                OutcomeId(1),
                FollowUp {
                    status: Status::IkkeRelevant,
                    note: "Ingen slike\ntjenester; «sak» ~1".into(),
                    owner: "IT-seksjonen".into(),
                    deadline: Date::parse_iso("2027-01-31"),
                    evidence: "26/123".into(),
                    changed: Date::parse_iso("2026-11-27"),
                },
            );
            json::to_json(&answers, &follow, Lang::Nn, EXPORT_DATE)
        })
        .collect();
    edited(proptest::sample::select(exports))
}

/// Valid answers to random facts, for the round trip through links.
pub fn answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec((0..FACTS.len() as u16, any::<u8>(), 0.0..MAX_NUMBER), 0..12).prop_map(|picks| {
        let mut answers = Answers::new();
        for (fact, pick, number) in picks {
            let fact = FactId(fact);
            let f = &FACTS[fact];
            let answer = match f.kind {
                _ if f.unknown && pick % 5 == 0 => Answer::Unknown,
                FactKind::Number => Answer::Number((number * 1000.0).round() / 1000.0),
                _ => Answer::Choice(pick % f.choices.len() as u8),
            };
            answers.insert(fact, answer);
        }
        answers
    })
}

/// Text from `samples` with a few random edits: inserted, deleted or replaced characters.
pub fn edited(samples: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    (
        samples,
        proptest::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..6),
    )
        .prop_map(|(sample, edits)| {
            let mut chars: Vec<char> = sample.chars().collect();
            for (at, op, c) in edits {
                let i = at.index(chars.len() + 1);
                match op {
                    0 => chars.insert(i, c),
                    1 if i < chars.len() => {
                        chars.remove(i);
                    }
                    _ if i < chars.len() => chars[i] = c,
                    _ => chars.push(c),
                }
            }
            chars.into_iter().collect()
        })
}

/// Any follow-ups: random statuses, texts (separators, escapes, line breaks, non-ASCII) and dates.
pub fn follow_ups() -> impl Strategy<Value = FollowUps> {
    let text = "[a-zæøå~,%|\n\" <>&;=-]{0,12}";
    let date = proptest::option::of(
        (1000u16..=9999, 1u8..=12, 1u8..=31).prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d)),
    );
    let one = (0..Status::ALL.len(), text, text, date.clone(), text, date).prop_map(
        |(s, note, owner, deadline, evidence, changed)| FollowUp {
            status: Status::ALL[s],
            note,
            owner,
            deadline,
            evidence,
            changed,
        },
    );
    proptest::collection::btree_map((0..OUTCOMES.len() as u16).prop_map(OutcomeId), one, 0..8)
        .prop_map(|all| all.into_iter().filter(|(_, f)| !f.is_empty()).collect())
}
