//! What the app keeps in the browser's local storage: every key and every stored format, so the
//! app's storage layer only moves text in and out. Answers and follow-ups carry a format version
//! (`1|…`, follow-ups with statuses `2|…`): a foreign or future value is refused, not guessed at.

use crate::codec::answers::{self, DecodeError};
use crate::codec::follow_ups::{self, FollowUps};
use crate::date::ReviewInterval;
use crate::engine::Answers;
use crate::ui_strings::Lang;

/// The version of the stored answers.
pub const VERSION: &str = "1";
/// The version of the stored follow-ups: 2 since they carry statuses, owners and dates. An older
/// app refuses a `2|` value rather than misread it; this one still reads `1|`.
pub const FOLLOW_UPS_VERSION: &str = "2";

/// Each thing the app stores, under its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredValue {
    /// Every answer given in this browser, shared by all trees and the self-assessment.
    Answers,
    /// The edition of the circular the saved answers were last saved under (its id; none: the
    /// edition answers were saved under before this was stored, `made_under::UNMARKED`).
    AnswersEdition,
    /// Stored answers that could not be read (another version of the app, say), put aside
    /// as they were before new answers are saved, so nothing is overwritten without a trace.
    UnreadableAnswers,
    /// What the organisation has done about each verdict of the self-assessment.
    FollowUps,
    /// Stored follow-ups that could not be read, put aside before new ones are saved.
    UnreadableFollowUps,
    /// After how many months a status is due for review, as the user set it.
    ReviewInterval,
    /// The UI language the user chose (its tag, `nb`).
    Language,
    /// Written and removed at once, to learn whether this browser lets the app store anything.
    Probe,
}

impl StoredValue {
    pub const ALL: [StoredValue; 8] = [
        StoredValue::Answers,
        StoredValue::AnswersEdition,
        StoredValue::UnreadableAnswers,
        StoredValue::FollowUps,
        StoredValue::UnreadableFollowUps,
        StoredValue::ReviewInterval,
        StoredValue::Language,
        StoredValue::Probe,
    ];

    /// The local-storage key; these names are in users' browsers, so they never change.
    pub fn key(self) -> &'static str {
        match self {
            StoredValue::Answers => "rundskrivveilederen.svar",
            StoredValue::AnswersEdition => "rundskrivveilederen.svar.utgave",
            StoredValue::UnreadableAnswers => "rundskrivveilederen.svar.ulest",
            StoredValue::FollowUps => "rundskrivveilederen.oppfolging",
            StoredValue::UnreadableFollowUps => "rundskrivveilederen.oppfolging.ulest",
            StoredValue::ReviewInterval => "rundskrivveilederen.gjennomgang",
            StoredValue::Language => "rundskrivveilederen.lang",
            StoredValue::Probe => "rundskrivveilederen.lagring",
        }
    }
}

fn versioned(body: &str) -> String {
    format!("{VERSION}|{body}")
}

fn unversioned(text: &str) -> Result<&str, DecodeError> {
    match text.split_once('|') {
        Some((VERSION, body)) => Ok(body),
        _ => Err(DecodeError::WrongVersion),
    }
}

/// The stored form of the answers: the version, then the answers as in a link.
pub fn encode_answers(answers: &Answers) -> String {
    versioned(&answers::encode_all(answers))
}

/// Reads `encode_answers`' form; anything else (no version, another version, a bad answer) is
/// an error and gives no answers at all.
pub fn decode_answers(text: &str) -> Result<Answers, DecodeError> {
    answers::decode(unversioned(text)?)
}

/// The stored form of the follow-ups: the version, then the follow-ups as in a link.
pub fn encode_follow_ups(follow: &FollowUps) -> String {
    format!("{FOLLOW_UPS_VERSION}|{}", follow_ups::encode(follow))
}

/// Reads `encode_follow_ups`' form, and the first version's (the link's first format). Follow-ups
/// of verdicts this version does not know are dropped, as in a link: the others are still the user's.
pub fn decode_follow_ups(text: &str) -> Result<FollowUps, DecodeError> {
    let body = match text.split_once('|') {
        Some((VERSION | FOLLOW_UPS_VERSION, body)) => body,
        _ => return Err(DecodeError::WrongVersion),
    };
    follow_ups::decode(body).map(|(follow, _dropped)| follow)
}

/// The stored form of the review interval: its months.
pub fn encode_review_interval(interval: ReviewInterval) -> String {
    interval.months().to_string()
}

/// The interval stored; the default where none or a foreign value is.
pub fn decode_review_interval(text: &str) -> ReviewInterval {
    ReviewInterval::parse(text).unwrap_or_default()
}

/// The stored form of the chosen language: its tag.
pub fn encode_language(lang: Lang) -> String {
    lang.tag().to_string()
}

/// The language a stored tag names, if this app has it.
pub fn decode_language(text: &str) -> Option<Lang> {
    Lang::from_tag(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::outcome_key;
    use crate::codec::follow_ups::FollowUp;
    use crate::trees::OutcomeId;
    use rundskriv_model::Status;

    fn some_answers() -> Answers {
        answers::decode("virksomhetstype:departement,krever-innlogging:ja").unwrap()
    }

    fn some_follow_ups() -> FollowUps {
        let mut follow = FollowUps::new();
        follow.insert(
            OutcomeId(0),
            FollowUp::new(Status::UnderArbeid, "Bestilt | «sak 2026/12», 50 % ferdig~"),
        );
        follow.insert(OutcomeId(3), FollowUp::default());
        follow
    }

    #[test]
    fn every_stored_value_reads_back_as_it_was() {
        assert_eq!(decode_answers(&encode_answers(&some_answers())), Ok(some_answers()));
        let mut kept = some_follow_ups();
        kept.remove(&OutcomeId(3)); // nothing done and no note: nothing to keep
        assert_eq!(decode_follow_ups(&encode_follow_ups(&some_follow_ups())), Ok(kept));
        for lang in Lang::ALL {
            assert_eq!(decode_language(&encode_language(lang)), Some(lang));
        }
    }

    #[test]
    fn values_stored_by_earlier_builds_still_read() {
        // The forms in users' browsers today: they must keep working after any change here.
        let answers = decode_answers("1|virksomhetstype:departement,krever-innlogging:ja").unwrap();
        assert_eq!(answers, some_answers());
        let key = outcome_key(OutcomeId(0));
        let follow = decode_follow_ups(&format!("1|{key}~1~sak%2012")).unwrap();
        assert_eq!(follow[&OutcomeId(0)], FollowUp::new(Status::Oppfylt, "sak 12"));
        assert_eq!(decode_language("nn"), Some(Lang::Nn));
        assert_eq!(decode_review_interval("6").months(), 6);
        assert_eq!(decode_review_interval("tolv"), ReviewInterval::default());
    }

    #[test]
    fn foreign_and_future_values_are_refused() {
        for stored in [
            "",
            "virksomhetstype:departement",
            "3|virksomhetstype:departement",
            "{\"json\": true}",
        ] {
            assert_eq!(decode_answers(stored), Err(DecodeError::WrongVersion), "{stored:?}");
            assert_eq!(decode_follow_ups(stored), Err(DecodeError::WrongVersion), "{stored:?}");
        }
        assert_eq!(
            decode_answers("2|virksomhetstype:departement"),
            Err(DecodeError::WrongVersion)
        );
        assert!(decode_answers("1|virksomhetstype:bank").is_err());
        assert!(decode_follow_ups("1|x~ja~note").is_err());
        assert_eq!(decode_language("de"), None);
    }

    #[test]
    fn every_key_is_the_apps_own_and_distinct() {
        let keys = StoredValue::ALL.map(StoredValue::key);
        for (i, key) in keys.iter().enumerate() {
            assert!(key.starts_with("rundskrivveilederen."), "{key}");
            assert!(!keys[..i].contains(key), "{key} twice");
        }
    }
}
