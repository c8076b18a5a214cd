//! The decoders of outside input, each with what must hold of its result for any input.

use rundskriv_core::codec::follow_ups;
use rundskriv_core::codec::{self, storage};
use rundskriv_core::content::BLOCKS;
use rundskriv_core::date::Date;
use rundskriv_core::engine::{walk, Answer};
use rundskriv_core::export::json;
use rundskriv_core::lang_texts;
use rundskriv_core::limits::{MAX_EVIDENCE_CHARS, MAX_NOTE_CHARS, MAX_NUMBER, MAX_OWNER_CHARS, MAX_REVIEW_MONTHS};
use rundskriv_core::percent;
use rundskriv_core::review::ReviewInterval;
use rundskriv_core::route::{Route, TreeAnswers, TreeRoute};
use rundskriv_core::search::{search, terms};
use rundskriv_core::snippet::snippet;
use rundskriv_core::trees::{FactKind, FACTS, TREES};
use rundskriv_core::ui_strings::Lang;

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
    Decoder {
        name: "Date::parse_iso",
        check: check_date,
    },
    Decoder {
        name: "ReviewInterval::parse",
        check: check_review_interval,
    },
];

fn check_date(text: &str) {
    if let Some(date) = Date::parse_iso(text) {
        assert_eq!(date.iso(), text);
        assert!(date.add_months(12) > date);
    }
}

fn check_review_interval(text: &str) {
    if let Some(interval) = ReviewInterval::parse(text) {
        assert!((1..=MAX_REVIEW_MONTHS).contains(&interval.months()), "{text:?}");
    }
    let _ = storage::decode_review_interval(text);
}

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
        assert!(follow.values().all(|f| f.note.chars().count() <= MAX_NOTE_CHARS
            && f.owner.chars().count() <= MAX_OWNER_CHARS
            && f.evidence.chars().count() <= MAX_EVIDENCE_CHARS));
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
            assert!(s < e && e <= block.text().len(), "{text:?} in {}", block.id());
            assert!(block.text().is_char_boundary(s) && block.text().is_char_boundary(e));
        }
        let _ = snippet(block.text(), &f.ranges, 220);
    }
}

fn check_lang_texts(text: &str) {
    // A fetched text file is used only if it is exactly this build's file.
    for lang in Lang::ALL {
        let expected = lang_texts::file_text(lang).expect("native builds have every language");
        assert_eq!(lang_texts::verify(lang, text).is_ok(), text == expected, "{lang:?}");
    }
}

pub const EXPORT_DATE: &str = "2026-11-27";

pub fn check_json_import(text: &str) {
    // Whatever an import accepts, exporting it and importing that gives the same export.
    if let Ok(file) = json::from_json(text) {
        let exported = json::to_json(&file.answers, &file.follow, Lang::Nb, EXPORT_DATE);
        let again =
            json::from_json(&exported).unwrap_or_else(|e| panic!("its own export is refused: {e:?}\n{exported}"));
        assert_eq!(
            json::to_json(&again.answers, &again.follow, Lang::Nb, EXPORT_DATE),
            exported
        );
        // What the app exports names the newest edition, whatever the file it read named.
        assert!(again.made_under.is_newest());
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

pub fn run_all(text: &str) {
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
