//! Property-based fuzzing of every decoder of outside input: URL fragments and shared links
//! (`Route::parse`, `percent::decode`, `answers::decode`, `follow_ups::decode`), imported files
//! (`json::from_json`), what local storage holds
//! (`storage::decode_answers`, `storage::decode_follow_ups`, the language key, the review
//! interval), dates (`Date::parse_iso`), numbers people type and search queries.
//!
//! Nightly Rust (and so `cargo fuzz`) is not available here, so this uses proptest on stable.
//! Each property runs 256 cases by default, a few seconds in all; run longer with e.g.
//! `./scripts/fuzz-campaign.sh` (docs/mutants.md). Failures proptest finds are saved in
//! `tests/proptest-regressions/<module>.txt` and replayed first on every later run; real links are kept
//! in `tests/corpus/links.txt`, replayed as they are and used as seeds for mutation.
//!
//! Adding a decoder: add one entry to `DECODERS` (decoders.rs)
//! that feeds the text to it and checks what must hold of its result, and put real and broken
//! examples of its input in `tests/corpus/` (see `replay_corpus`). Every strategy below then
//! feeds it too.
//!
//! The JSON reader of imported files is also checked against serde_json (json_reader.rs).

mod decoders;
mod json_reader;
mod strategies;

use decoders::{check_json_import, run_all, EXPORT_DATE};
use proptest::prelude::*;
use rundskriv_core::codec::{self, follow_ups::FollowUps, storage};
use rundskriv_core::export::json;
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::route::{LinkAnswers, Route, TreeAnswers, TreeRoute};
use rundskriv_core::trees::TREES;
use rundskriv_core::ui_strings::Lang;
use strategies::{answers, follow_ups, link_like, mutated_corpus_link, mutated_export};

const CORPUS: &str = include_str!("../corpus/links.txt");

/// Corpus lines: `ok <link>` is a real link the app made and must still read; `bad <link>` is
/// broken or hostile and must be refused gracefully. Lines starting with `#` are comments.
pub fn corpus() -> Vec<(bool, &'static str)> {
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
        let imported = json::from_json(&exported)
            .unwrap_or_else(|e| panic!("{link}: {e:?}"))
            .answers;
        assert_eq!(imported, answers, "{link}");
        check_json_import(&exported);
        checked += 1;
    }
    assert!(checked >= 5, "the corpus holds tree links with answers");
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
    fn follow_ups_survive_a_link_storage_and_a_file(follow in follow_ups()) {
        let text = codec::follow_ups::encode(&follow);
        prop_assert_eq!(codec::follow_ups::decode(&text), Ok((follow.clone(), 0)));
        prop_assert_eq!(storage::decode_follow_ups(&storage::encode_follow_ups(&follow)), Ok(follow.clone()));
        let file = json::to_json(&rundskriv_core::engine::Answers::new(), &follow, Lang::Nb, EXPORT_DATE);
        let imported = json::from_json(&file).map_err(|e| TestCaseError::fail(format!("{e:?}")))?.follow;
        prop_assert_eq!(imported, follow);
    }

    #[test]
    fn answers_survive_a_link_and_storage(answers in answers()) {
        let text = codec::answers::encode_all(&answers);
        prop_assert_eq!(codec::answers::decode(&text), Ok(answers.clone()));
        prop_assert_eq!(storage::decode_answers(&storage::encode_answers(&answers)), Ok(answers.clone()));
        let tree = TREES.find(|t| t.id == "altinn").expect("the altinn tree");
        let route = Route::Tree(TreeRoute { tree, edit: None, answers: TreeAnswers::Link(LinkAnswers::read(&text)), made_under: MadeUnder::Newest });
        prop_assert_eq!(Route::parse(&route.href()), route);
    }
}
