//! Follow-ups as text, for shared links (`…&oppf=altinn/altinn-portal~1~bestilt`) and local
//! storage: what the organisation has done about each verdict of its self-assessment. Verdicts are
//! named by their outcome key, so a link survives reordered outcomes.

use crate::assessment::{outcome_by_key, outcome_key};
use crate::codec::answers::DecodeError;
use crate::limits::{MAX_FOLLOW_UPS_LEN, MAX_NOTE_CHARS};
use crate::percent;
use crate::trees::OutcomeId;
use std::collections::BTreeMap;

/// What the organisation has done about one verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUp {
    pub done: bool,
    pub note: String,
}

impl FollowUp {
    /// A follow-up with `note` cut to the longest a note may be.
    pub fn new(done: bool, note: &str) -> FollowUp {
        FollowUp {
            done,
            note: note.chars().take(MAX_NOTE_CHARS).collect(),
        }
    }

    /// Nothing done and no note: nothing worth writing down.
    pub fn is_empty(&self) -> bool {
        !self.done && self.note.is_empty()
    }
}

/// Follow-up state by outcome.
pub type FollowUps = BTreeMap<OutcomeId, FollowUp>;

/// `key~1~note,…` (notes percent-encoded); empty follow-ups are left out.
pub fn encode(follow: &FollowUps) -> String {
    follow
        .iter()
        .filter(|(_, f)| !f.is_empty())
        .map(|(&o, f)| format!("{}~{}~{}", outcome_key(o), u8::from(f.done), percent::encode(&f.note)))
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads `encode`'s form; entries for verdicts this version does not know are dropped and
/// counted, so an old link still opens.
pub fn decode(text: &str) -> Result<(FollowUps, usize), DecodeError> {
    if text.len() > MAX_FOLLOW_UPS_LEN {
        return Err(DecodeError::TooLong);
    }
    let mut follow = FollowUps::new();
    let mut dropped = 0;
    for entry in text.split(',').filter(|e| !e.is_empty()) {
        let garbled = || DecodeError::Garbled(entry.chars().take(60).collect());
        let mut parts = entry.splitn(3, '~');
        let (Some(key), Some(done), note) = (parts.next(), parts.next(), parts.next()) else {
            return Err(garbled());
        };
        let done = match done {
            "1" => true,
            "0" => false,
            _ => return Err(garbled()),
        };
        match outcome_by_key(key) {
            Some(o) => {
                follow.insert(o, FollowUp::new(done, &percent::decode(note.unwrap_or(""))));
            }
            None => dropped += 1,
        }
    }
    Ok((follow, dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some_follow_ups() -> FollowUps {
        let mut follow = FollowUps::new();
        follow.insert(
            OutcomeId(0),
            FollowUp::new(true, "Bestilt, «sak 2026/12», 50 % ferdig~"),
        );
        follow.insert(OutcomeId(1), FollowUp::new(false, "<script>alert(1)</script>"));
        follow
    }

    #[test]
    fn follow_ups_survive_a_link() {
        let follow = some_follow_ups();
        assert_eq!(decode(&encode(&follow)), Ok((follow, 0)));
    }

    #[test]
    fn unknown_verdicts_are_dropped_and_counted_and_garbled_entries_refused() {
        let key = outcome_key(OutcomeId(0));
        let (follow, dropped) = decode(&format!("finnes/ikke~1~,{key}~0~x")).unwrap();
        assert_eq!((follow.len(), dropped), (1, 1));
        assert!(matches!(decode(&format!("{key}~ja~x")), Err(DecodeError::Garbled(_))));
        assert!(matches!(decode(&key), Err(DecodeError::Garbled(_))));
        assert_eq!(decode(&",".repeat(MAX_FOLLOW_UPS_LEN + 1)), Err(DecodeError::TooLong));
    }

    #[test]
    fn notes_are_cut_and_empty_follow_ups_left_out() {
        let mut follow = FollowUps::new();
        follow.insert(OutcomeId(0), FollowUp::new(false, &"x".repeat(MAX_NOTE_CHARS * 2)));
        follow.insert(OutcomeId(1), FollowUp::default());
        let (back, _) = decode(&encode(&follow)).unwrap();
        assert_eq!(back[&OutcomeId(0)].note.chars().count(), MAX_NOTE_CHARS);
        assert!(!back.contains_key(&OutcomeId(1)));
    }
}
