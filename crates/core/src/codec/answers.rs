//! Answers as text, for shared links (`…?svar=virksomhetstype:departement,krever-innlogging:ja`),
//! local storage and exports. Readable ids rather than indices, so a link survives reordered
//! choices and a person can see what it holds. Decoding never panics and bounds its work.

use crate::engine::{Answer, Answers};
use crate::limits::{MAX_ENCODED_LEN, MAX_NUMBER};
use crate::trees::{fact_id, FactId, FactKind, FACTS};
use crate::ui_strings::{t, tf, Key, Lang};
use rundskriv_model::UNKNOWN_ANSWER as UNKNOWN;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    TooLong,
    /// A pair is not `fact:value`.
    Garbled(String),
    /// The fact does not exist (the link may come from another version of the trees).
    UnknownFact(String),
    /// The value is not an answer the fact offers.
    UnknownValue {
        fact: String,
        value: String,
    },
    /// The stored data has another format version or none.
    WrongVersion,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLong => write!(f, "too long"),
            DecodeError::Garbled(pair) => write!(f, "`{pair}` is not fact:answer"),
            DecodeError::UnknownFact(fact) => write!(f, "unknown question `{fact}`"),
            DecodeError::UnknownValue { fact, value } => write!(f, "`{value}` is no answer to `{fact}`"),
            DecodeError::WrongVersion => write!(f, "unknown storage format"),
        }
    }
}

impl DecodeError {
    /// What is wrong, in the user's language (`Display` is for logs and tests).
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            DecodeError::TooLong => t(lang, Key::LinkErrorTooLong).to_string(),
            DecodeError::Garbled(pair) => tf(lang, Key::LinkErrorGarbled, &[("pair", pair)]),
            DecodeError::UnknownFact(fact) => tf(lang, Key::LinkErrorUnknownFact, &[("fact", fact)]),
            DecodeError::UnknownValue { fact, value } => {
                tf(lang, Key::LinkErrorUnknownValue, &[("fact", fact), ("value", value)])
            }
            DecodeError::WrongVersion => t(lang, Key::LinkErrorWrongVersion).to_string(),
        }
    }
}

/// Writes a number to thousandths, the way links carry it (`12.5`, `10`). Integer arithmetic here
/// and in `parse_number` keeps Rust's float parsing and formatting code out of the wasm.
pub fn format_number(value: f64) -> String {
    let thousandths = (value * 1000.0).round() as u64;
    let (whole, fraction) = (thousandths / 1000, thousandths % 1000);
    if fraction == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{}", format!("{fraction:03}").trim_end_matches('0'))
    }
}

/// Parses a number as people type it: `15`, `15,5`, `15.5`, ` 1 500 `.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    let cleaned = cleaned.replace(',', ".");
    if cleaned.len() > 20 || !cleaned.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if fraction.contains('.') || whole.len() + fraction.len() == 0 {
        return None;
    }
    // All digits as one integer and the power of ten to divide by: exact for what people type.
    let mut digits: u64 = 0;
    let mut scale: u64 = 1;
    for (i, b) in whole.bytes().chain(fraction.bytes()).enumerate() {
        digits = digits.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        if i >= whole.len() {
            scale = scale.checked_mul(10)?;
        }
    }
    let value = digits as f64 / scale as f64;
    (value <= MAX_NUMBER).then_some(value)
}

/// The text of one answer, as in links.
pub fn answer_text(fact: FactId, answer: Answer) -> String {
    let f = &FACTS[fact];
    match answer {
        Answer::Unknown => UNKNOWN.to_string(),
        Answer::Number(v) => format_number(v),
        Answer::Choice(c) => f.choices.get(c as usize).map(|c| c.id.to_string()).unwrap_or_default(),
    }
}

/// Encodes the answers to `facts` (in that order), skipping facts without an answer.
pub fn encode(answers: &Answers, facts: impl IntoIterator<Item = FactId>) -> String {
    facts
        .into_iter()
        .filter_map(|fact| {
            answers
                .get(&fact)
                .map(|a| format!("{}:{}", FACTS[fact].id, answer_text(fact, *a)))
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The facts of `answers` with `first` (the order questions were asked) leading, then any others
/// (answers kept while the user changes an earlier one), so links read like the questionnaire.
pub fn asking_order(first: Vec<FactId>, answers: &Answers) -> Vec<FactId> {
    let mut facts = first;
    let rest: Vec<FactId> = answers.keys().filter(|f| !facts.contains(f)).copied().collect();
    facts.extend(rest);
    facts
}

/// Encodes every answer.
pub fn encode_all(answers: &Answers) -> String {
    encode(answers, answers.keys().copied())
}

/// Decodes `fact:value,…`; the first problem is reported and nothing is half-applied.
pub fn decode(text: &str) -> Result<Answers, DecodeError> {
    if text.len() > MAX_ENCODED_LEN {
        return Err(DecodeError::TooLong);
    }
    let mut answers = Answers::new();
    for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (fact_name, value) = pair
            .split_once(':')
            .ok_or_else(|| DecodeError::Garbled(pair.chars().take(60).collect()))?;
        let (fact, answer) = decode_answer(fact_name, value)?;
        answers.insert(fact, answer);
    }
    Ok(answers)
}

/// Decodes one answer: the fact's id and the answer's text, as `answer_text` writes it.
pub fn decode_answer(fact_name: &str, value: &str) -> Result<(FactId, Answer), DecodeError> {
    let fact = fact_id(fact_name).ok_or_else(|| DecodeError::UnknownFact(fact_name.chars().take(60).collect()))?;
    let f = &FACTS[fact];
    let bad_value = || DecodeError::UnknownValue {
        fact: fact_name.chars().take(60).collect(),
        value: value.chars().take(60).collect(),
    };
    let answer = if value == UNKNOWN {
        if !f.unknown {
            return Err(bad_value());
        }
        Answer::Unknown
    } else if f.kind == FactKind::Number {
        Answer::Number(parse_number(value).ok_or_else(bad_value)?)
    } else {
        let index = f.choices.iter().position(|c| c.id == value).ok_or_else(bad_value)?;
        Answer::Choice(index as u8)
    };
    Ok((fact, answer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{all_walks, walk};
    use crate::trees::TREES;

    #[test]
    fn every_complete_walk_survives_the_round_trip_through_a_link() {
        for tree in TREES.iter() {
            for (answers, result) in all_walks(tree, &Answers::new()) {
                let text = encode(&answers, result.path.iter().copied());
                let back = decode(&text).expect("own links decode");
                assert_eq!(walk(tree, &back), result, "{} via {text}", tree.id);
            }
        }
    }

    #[test]
    fn numbers_are_read_as_people_write_them() {
        assert_eq!(parse_number("15"), Some(15.0));
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number(" 1 500 "), Some(1500.0));
        for bad in [
            "",
            ".",
            "-3",
            "ti",
            "1e9",
            "NaN",
            "inf",
            "9999999",
            "1.2.3",
            "99999999999999999999",
        ] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
        assert_eq!(format_number(12.5), "12.5");
        assert_eq!(format_number(10.0), "10");
        assert_eq!(format_number(0.05), "0.05");
        assert_eq!(format_number(1234.5678), "1234.568");
        for typed in ["0.001", "15", "12.5", "999999.999", "3.14"] {
            assert_eq!(parse_number(typed), typed.parse::<f64>().ok(), "{typed}");
            assert_eq!(format_number(parse_number(typed).unwrap()), typed);
        }
    }

    #[test]
    fn bad_links_give_a_reason_and_no_answers() {
        assert!(matches!(decode("virksomhetstype"), Err(DecodeError::Garbled(_))));
        assert!(matches!(decode("finnes-ikke:ja"), Err(DecodeError::UnknownFact(_))));
        assert!(matches!(
            decode("virksomhetstype:bank"),
            Err(DecodeError::UnknownValue { .. })
        ));
        assert!(matches!(
            decode(&"a".repeat(MAX_ENCODED_LEN + 1)),
            Err(DecodeError::TooLong)
        ));
        assert_eq!(decode(""), Ok(Answers::new()));
    }
}

#[cfg(test)]
mod describe_tests {
    use super::*;

    #[test]
    fn a_bad_link_is_explained_in_the_users_language() {
        let error = decode("virksomhetstype:bank").unwrap_err();
        let texts = Lang::ALL.map(|lang| error.describe(lang));
        assert!(
            texts
                .iter()
                .all(|t| t.contains("bank") && t.contains("virksomhetstype")),
            "{texts:?}"
        );
        assert!(
            texts[0].contains("ikke") && texts[1].contains("ikkje") && texts[2].contains("not"),
            "{texts:?}"
        );
    }
}
