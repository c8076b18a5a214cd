//! The codecs at their edges: the longest input each accepts and one character more, and the
//! order a link lists its answers in, and the version number an imported file carries.

use rundskriv_core::codec::answers::{asking_order, decode, parse_number, DecodeError};
use rundskriv_core::codec::follow_ups::{self, FollowUp, FollowUps};
use rundskriv_core::engine::{Answer, Answers};
use rundskriv_core::export::json::{from_json, to_json, ImportError, FORMAT_VERSION};
use rundskriv_core::limits::{
    MAX_ENCODED_LEN, MAX_EVIDENCE_CHARS, MAX_FOLLOW_UPS_LEN, MAX_NOTE_CHARS, MAX_OWNER_CHARS,
};
use rundskriv_core::trees::fact_id;
use rundskriv_core::ui_strings::Lang;

/// `text` padded with empty pairs (which every decoder skips) to exactly `len` bytes.
fn padded(text: &str, len: usize) -> String {
    format!("{text}{}", ",".repeat(len - text.len()))
}

#[test]
fn answers_up_to_the_limit_are_read_and_one_more_is_refused() {
    let pair = "virksomhetstype:departement";
    let at_limit = decode(&padded(pair, MAX_ENCODED_LEN)).expect("a link at the limit");
    assert_eq!(at_limit.len(), 1);
    assert_eq!(decode(&padded(pair, MAX_ENCODED_LEN + 1)), Err(DecodeError::TooLong));
}

#[test]
fn follow_ups_up_to_the_limit_are_read_and_one_more_is_refused() {
    assert!(follow_ups::decode(&padded("", MAX_FOLLOW_UPS_LEN)).is_ok());
    assert!(matches!(
        follow_ups::decode(&padded("", MAX_FOLLOW_UPS_LEN + 1)),
        Err(DecodeError::TooLong)
    ));
}

#[test]
fn a_typed_number_of_twenty_characters_is_read_and_longer_ones_are_not() {
    // Twenty characters, leading zeros and all, is more than anyone types for "millioner kroner".
    assert_eq!(parse_number("00000000000000000015"), Some(15.0));
    assert_eq!(parse_number("000000000000000000015"), None);
    assert_eq!(parse_number("000000000000000001,5"), Some(1.5));
}

#[test]
fn a_link_lists_answers_in_the_order_they_were_asked_then_the_rest() {
    let [a, b, c] = ["virksomhetstype", "krever-innlogging", "nytt-system"].map(|id| fact_id(id).unwrap());
    let answers: Answers = [a, b, c].into_iter().map(|f| (f, Answer::Unknown)).collect();
    let asked_first = vec![c];
    let order = asking_order(asked_first, &answers);
    let mut rest = vec![a, b];
    rest.sort();
    assert_eq!(order, [vec![c], rest].concat());
}

#[test]
fn an_import_tells_a_newer_version_from_a_broken_one() {
    let answers = decode("virksomhetstype:departement").unwrap();
    let file = to_json(&answers, &FollowUps::new(), Lang::Nb, "2026-12-02");
    let current = format!("\"version\": {FORMAT_VERSION}");
    assert!(file.contains(&current), "{file}");
    let with_version = |v: &str| file.replacen(&current, &format!("\"version\": {v}"), 1);
    assert!(from_json(&with_version(&FORMAT_VERSION.to_string())).is_ok());
    // A whole number the app does not know is a file from a newer version of it.
    assert_eq!(from_json(&with_version("99")).err(), Some(ImportError::NewerVersion));
    assert_eq!(
        from_json(&with_version("123456789")).err(),
        Some(ImportError::NewerVersion)
    );
    // Anything else is no export of this tool.
    for broken in ["1.5", "-2", "1234567890", "1e3"] {
        assert_eq!(
            from_json(&with_version(broken)).err(),
            Some(ImportError::NotAnAssessment),
            "{broken}"
        );
    }
}

#[test]
fn a_follow_up_from_a_link_or_file_keeps_each_text_within_its_limit() {
    let long = FollowUp {
        note: "n".repeat(MAX_NOTE_CHARS + 5),
        owner: "o".repeat(MAX_OWNER_CHARS + 5),
        evidence: "e".repeat(MAX_EVIDENCE_CHARS + 5),
        ..FollowUp::default()
    };
    let cut = long.within_limits();
    assert_eq!(cut.note.chars().count(), MAX_NOTE_CHARS);
    assert_eq!(cut.owner.chars().count(), MAX_OWNER_CHARS);
    assert_eq!(cut.evidence.chars().count(), MAX_EVIDENCE_CHARS);
}
