//! Property-based fuzzing of every decoder of outside input: URL fragments and shared links
//! (`Route::parse`, `percent::decode`, `answers::decode`, `follow_ups::decode`), imported files
//! (`json::from_json`), what local storage holds
//! (`storage::decode_answers`, `storage::decode_follow_ups`, the language key), numbers people
//! type and search queries.
//!
//! Nightly Rust (and so `cargo fuzz`) is not available here, so this uses proptest on stable.
//! Each property runs 256 cases by default, a few seconds in all; run longer with e.g.
//! `PROPTEST_CASES=100000 cargo test --release --test fuzz`. Failures proptest finds are saved in
//! `tests/fuzz.proptest-regressions` and replayed first on every later run; real links are kept
//! in `tests/corpus/links.txt`, replayed as they are and used as seeds for mutation.
//!
//! Adding a decoder: add one entry to `DECODERS`
//! that feeds the text to it and checks what must hold of its result, and put real and broken
//! examples of its input in `tests/corpus/` (see `replay_corpus`). Every strategy below then
//! feeds it too.

mod support;

use proptest::prelude::*;
use rundskriv_core::codec::follow_ups::{self, FollowUp, FollowUps};
use rundskriv_core::codec::{self, storage};
use rundskriv_core::content::{BLOCKS, SECTIONS};
use rundskriv_core::engine::{walk, Answer, Answers};
use rundskriv_core::export::json;
use rundskriv_core::i18n::Lang;
use rundskriv_core::lang_texts;
use rundskriv_core::limits::{MAX_NOTE_CHARS, MAX_NUMBER};
use rundskriv_core::percent;
use rundskriv_core::route::{LinkAnswers, Route, TreeAnswers, TreeRoute};
use rundskriv_core::search::{search, snippet, terms};
use rundskriv_core::trees::{FactId, OutcomeId};
use rundskriv_core::trees::{FactKind, FACTS, TREES};
use support::edited;

const CORPUS: &str = include_str!("corpus/links.txt");

/// A decoder of outside input, with what must hold of its result for any input.
struct Decoder {
    name: &'static str,
    check: fn(&str),
}

const DECODERS: &[Decoder] = &[
    Decoder {
        name: "Route::parse",
        check: check_route,
    },
    Decoder {
        name: "percent::decode",
        check: check_percent_decode,
    },
    Decoder {
        name: "answers::decode",
        check: check_answers,
    },
    Decoder {
        name: "storage::decode_answers",
        check: check_stored_answers,
    },
    Decoder {
        name: "storage::decode_follow_ups",
        check: check_stored_follow_ups,
    },
    Decoder {
        name: "language key",
        check: check_language,
    },
    Decoder {
        name: "answers::parse_number",
        check: check_number,
    },
    Decoder {
        name: "search::search",
        check: check_search,
    },
    Decoder {
        name: "lang_texts::verify",
        check: check_lang_texts,
    },
    Decoder {
        name: "json::from_json",
        check: check_json_import,
    },
    Decoder {
        name: "follow_ups::decode",
        check: check_follow_ups,
    },
];

fn check_route(text: &str) {
    let route = Route::parse(text);
    if !route.is_not_found() {
        // What the app writes back into the address bar leads to the same place.
        assert_eq!(Route::parse(&route.href()), route, "{text:?}");
    }
    if let Route::Tree(TreeRoute { answers, .. }) = &route {
        match answers {
            TreeAnswers::Link(answers) => check_answers(answers.text()),
            TreeAnswers::Outdated { text, .. } => check_answers(text),
            TreeAnswers::Saved => {}
        }
    }
}

fn check_percent_decode(text: &str) {
    let decoded = percent::decode(text);
    // Each byte becomes at most one replacement character (3 bytes): no blow-up.
    assert!(decoded.len() <= 3 * text.len(), "{text:?}");
}

fn check_answers(text: &str) {
    let Ok(answers) = codec::answers::decode(text) else {
        return;
    };
    assert!(answers.len() <= FACTS.len());
    for (fact, answer) in &answers {
        let fact = &FACTS[*fact];
        match answer {
            Answer::Choice(c) => assert!((*c as usize) < fact.choices.len()),
            Answer::Unknown => assert!(fact.unknown),
            Answer::Number(v) => assert!(fact.kind == FactKind::Number && (0.0..=MAX_NUMBER).contains(v)),
        }
    }
    // Answers the app accepted survive being written into a link and read back.
    let encoded = codec::answers::encode_all(&answers);
    let again = codec::answers::decode(&encoded).unwrap_or_else(|e| panic!("{encoded:?}: {e}"));
    assert_eq!(codec::answers::encode_all(&again), encoded);
    for tree in TREES.iter() {
        let result = walk(tree, &answers);
        assert!(result.path.len() <= FACTS.len());
    }
}

fn check_stored_answers(text: &str) {
    if let Ok(answers) = storage::decode_answers(text) {
        assert_eq!(storage::decode_answers(&storage::encode_answers(&answers)), Ok(answers));
    }
}

fn check_stored_follow_ups(text: &str) {
    if let Ok(follow) = storage::decode_follow_ups(text) {
        assert!(follow.values().all(|f| f.note.chars().count() <= MAX_NOTE_CHARS));
        let encoded = storage::encode_follow_ups(&follow);
        let again = storage::decode_follow_ups(&encoded).expect("its own encoding reads");
        assert_eq!(storage::encode_follow_ups(&again), encoded);
    }
}

fn check_language(text: &str) {
    if let Some(lang) = storage::decode_language(text) {
        assert_eq!(storage::encode_language(lang), text);
    }
    let _ = Lang::from_browser(text.split(','));
}

fn check_number(text: &str) {
    if let Some(v) = codec::answers::parse_number(text) {
        assert!(v.is_finite() && (0.0..=MAX_NUMBER).contains(&v), "{text:?} → {v}");
    }
}

fn check_search(text: &str) {
    // The work per keystroke is bounded by the query's terms, whatever was typed or pasted.
    let terms = terms(text);
    assert!(terms.len() <= 8 && terms.iter().all(|t| t.chars().count() <= 200 * 2));
    let found = search(text, 50);
    assert!(found.len() <= 50);
    for f in &found {
        let block = &BLOCKS[f.block];
        for &(s, e) in &f.ranges {
            assert!(s < e && e <= block.text.len(), "{text:?} in {}", block.id);
            assert!(block.text.is_char_boundary(s) && block.text.is_char_boundary(e));
        }
        let _ = snippet(block.text, &f.ranges, 220);
    }
}

fn check_lang_texts(text: &str) {
    // A fetched text file is used only if it is exactly this build's file.
    for lang in Lang::ALL {
        let expected = lang_texts::blob(lang).expect("native builds have every language");
        assert_eq!(lang_texts::verify(lang, text).is_ok(), text == expected, "{lang:?}");
    }
}

const EXPORT_DATE: &str = "2026-11-27";

fn check_json_import(text: &str) {
    // Whatever an import accepts, exporting it and importing that gives the same export.
    if let Ok((answers, follow)) = json::from_json(text) {
        let exported = json::to_json(&answers, &follow, Lang::Nb, EXPORT_DATE);
        let (again, again_follow) =
            json::from_json(&exported).unwrap_or_else(|e| panic!("its own export is refused: {e:?}\n{exported}"));
        assert_eq!(json::to_json(&again, &again_follow, Lang::Nb, EXPORT_DATE), exported);
    }
}

fn check_follow_ups(text: &str) {
    if let Ok((follow, _dropped)) = follow_ups::decode(text) {
        let encoded = follow_ups::encode(&follow);
        let (again, dropped) = follow_ups::decode(&encoded).expect("its own encoding reads");
        assert_eq!(dropped, 0);
        assert_eq!(follow_ups::encode(&again), encoded);
    }
}

fn run_all(text: &str) {
    for decoder in DECODERS {
        let outcome = std::panic::catch_unwind(|| (decoder.check)(text));
        if let Err(panic) = outcome {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{} failed on {text:?}: {message}", decoder.name);
        }
    }
}

/// Corpus lines: `ok <link>` is a real link the app made and must still read; `bad <link>` is
/// broken or hostile and must be refused gracefully. Lines starting with `#` are comments.
fn corpus() -> Vec<(bool, &'static str)> {
    CORPUS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(' ') {
            Some(("ok", link)) => (true, link),
            Some(("bad", link)) => (false, link),
            _ => panic!("tests/corpus/links.txt: `{l}` does not start with `ok ` or `bad `"),
        })
        .collect()
}

#[test]
fn replay_corpus() {
    let corpus = corpus();
    assert!(corpus.len() >= 20, "the corpus holds real links");
    for (valid, link) in corpus {
        run_all(link);
        let route = Route::parse(link);
        if !valid {
            continue;
        }
        assert!(!route.is_not_found(), "{link}");
        if let Route::Tree(route) = route {
            match route.answers {
                TreeAnswers::Outdated { version, .. } => panic!("{link}: version {version} is not the tree's"),
                TreeAnswers::Link(answers) => {
                    answers.value.unwrap_or_else(|e| panic!("{link}: {e}"));
                }
                TreeAnswers::Saved => {}
            }
        }
    }
}

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
    words.extend(BLOCKS.iter().step_by(7).map(|b| b.id.to_string()));
    for fact in FACTS.iter() {
        words.push(fact.id.to_string());
        words.extend(fact.choices.iter().map(|c| format!("{}:{}", fact.id, c.id)));
        words.push(format!("{}:vet-ikke", fact.id));
    }
    words
}

/// Text shaped like the app's links and queries, built from the vocabulary and separators.
fn link_like() -> impl Strategy<Value = String> {
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
fn mutated_corpus_link() -> impl Strategy<Value = String> {
    let links: Vec<String> = corpus().into_iter().map(|(_, l)| l.to_string()).collect();
    edited(proptest::sample::select(links))
}

#[test]
fn real_exports_import_as_they_were() {
    let mut checked = 0;
    for (valid, link) in corpus() {
        let (
            true,
            Route::Tree(TreeRoute {
                answers: TreeAnswers::Link(a),
                ..
            }),
        ) = (valid, Route::parse(link))
        else {
            continue;
        };
        let answers = a.value.expect("a valid corpus link");
        let exported = json::to_json(&answers, &FollowUps::new(), Lang::En, EXPORT_DATE);
        let (imported, _) = json::from_json(&exported).unwrap_or_else(|e| panic!("{link}: {e:?}"));
        assert_eq!(imported, answers, "{link}");
        check_json_import(&exported);
        checked += 1;
    }
    assert!(checked >= 5, "the corpus holds tree links with answers");
}

/// A real export (answers from the corpus's links, a follow-up noted) with a few random edits.
fn mutated_export() -> impl Strategy<Value = String> {
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
            follow.insert(OutcomeId(0), FollowUp::new(true, "Sjekket <b>&</b> \"OK\""));
            json::to_json(&answers, &follow, Lang::Nn, EXPORT_DATE)
        })
        .collect();
    edited(proptest::sample::select(exports))
}

/// Valid answers to random facts, for the round trip through links.
fn answers() -> impl Strategy<Value = Answers> {
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

proptest! {
    #[test]
    fn any_text(text in any::<String>()) {
        run_all(&text);
    }

    #[test]
    fn link_shaped_text(text in link_like()) {
        run_all(&text);
    }

    #[test]
    fn mutated_real_links(text in mutated_corpus_link()) {
        run_all(&text);
    }

    #[test]
    fn mutated_real_exports(text in mutated_export()) {
        run_all(&text);
    }

    #[test]
    fn long_text(unit in link_like(), times in 1usize..400) {
        // Pasted walls of text: the decoders refuse or cut them instead of working on them whole.
        run_all(&unit.repeat(times));
    }

    #[test]
    fn answers_survive_a_link_and_storage(answers in answers()) {
        let text = codec::answers::encode_all(&answers);
        prop_assert_eq!(codec::answers::decode(&text), Ok(answers.clone()));
        prop_assert_eq!(storage::decode_answers(&storage::encode_answers(&answers)), Ok(answers.clone()));
        let tree = TREES.find(|t| t.id == "altinn").expect("the altinn tree");
        let route = Route::Tree(TreeRoute { tree, edit: None, answers: TreeAnswers::Link(LinkAnswers::read(&text)) });
        prop_assert_eq!(Route::parse(&route.href()), route);
    }
}
