//! Follow-ups as text, for shared links (`…&oppf=altinn/altinn-portal~o~2026-12-02~bestilt`) and
//! local storage: where the organisation stands on each item of its checklist. Items are named by
//! their outcome key, so a link survives reordered outcomes.
//!
//! An entry is `key~status~changed~note~owner~deadline~evidence`, trailing empty fields left out,
//! free text percent-encoded with `~` escaped too. The first format, `key~1~note` (done or not,
//! the note raw to the end), still reads: its status is `1` or `0`, never a status letter.

use crate::assessment::{outcome_by_key, outcome_key};
use crate::codec::answers::DecodeError;
use crate::date::Date;
use crate::limits::{MAX_EVIDENCE_CHARS, MAX_FOLLOW_UPS_LEN, MAX_NOTE_CHARS, MAX_OWNER_CHARS};
use crate::percent;
use crate::trees::OutcomeId;
pub use rundskriv_model::Status;
use std::collections::BTreeMap;

/// Where the organisation stands on one item, and who does what by when.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUp {
    pub status: Status,
    /// Why the item is not relevant (required then), or any note.
    pub note: String,
    /// Who is responsible, as the organisation names them.
    pub owner: String,
    pub deadline: Option<Date>,
    /// Where the documentation is: a case number or an address.
    pub evidence: String,
    /// The day of the last change, set by `apply`.
    pub changed: Option<Date>,
}

/// One edit of a follow-up, as the form makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Status(Status),
    Note(String),
    Owner(String),
    Deadline(Option<Date>),
    Evidence(String),
}

/// Why an edit was refused: "ikke relevant" needs a justification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JustificationMissing;

/// `text` cut to `max` characters.
fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

impl FollowUp {
    /// A follow-up with `note` cut to the longest a note may be.
    pub fn new(status: Status, note: &str) -> FollowUp {
        FollowUp {
            status,
            note: cut(note, MAX_NOTE_CHARS),
            ..FollowUp::default()
        }
    }

    /// The follow-up with every text cut to the longest the form allows.
    pub fn within_limits(self) -> FollowUp {
        FollowUp {
            note: cut(&self.note, MAX_NOTE_CHARS),
            owner: cut(&self.owner, MAX_OWNER_CHARS),
            evidence: cut(&self.evidence, MAX_EVIDENCE_CHARS),
            ..self
        }
    }

    /// Nothing recorded: nothing worth writing down.
    pub fn is_empty(&self) -> bool {
        *self == FollowUp::default()
    }

    /// Makes the edit and dates it `today`; refuses (changing nothing) what would leave an item
    /// "ikke relevant" without a justification.
    pub fn apply(&mut self, change: Change, today: Date) -> Result<(), JustificationMissing> {
        let mut next = self.clone();
        match change {
            Change::Status(status) => next.status = status,
            Change::Note(note) => next.note = note,
            Change::Owner(owner) => next.owner = owner,
            Change::Deadline(deadline) => next.deadline = deadline,
            Change::Evidence(evidence) => next.evidence = evidence,
        }
        let mut next = next.within_limits();
        if next.status == Status::IkkeRelevant && next.note.trim().is_empty() {
            return Err(JustificationMissing);
        }
        next.changed = Some(today);
        *self = next;
        Ok(())
    }
}

/// Follow-up state by outcome.
pub type FollowUps = BTreeMap<OutcomeId, FollowUp>;

fn text_field(text: &str) -> String {
    percent::encode(text).replace('~', "%7E")
}

fn date_field(date: Option<Date>) -> String {
    date.map(Date::iso).unwrap_or_default()
}

/// One entry; trailing empty fields are left out.
fn encode_one(outcome: OutcomeId, f: &FollowUp) -> String {
    let fields = [
        outcome_key(outcome),
        f.status.code().to_string(),
        date_field(f.changed),
        text_field(&f.note),
        text_field(&f.owner),
        date_field(f.deadline),
        text_field(&f.evidence),
    ];
    let used = fields.iter().rposition(|field| !field.is_empty()).unwrap_or(0) + 1;
    fields[..used].join("~")
}

/// Every follow-up that holds something, as one text.
pub fn encode(follow: &FollowUps) -> String {
    follow
        .iter()
        .filter(|(_, f)| !f.is_empty())
        .map(|(&o, f)| encode_one(o, f))
        .collect::<Vec<_>>()
        .join(",")
}

/// An entry's follow-up, from what follows its key.
fn decode_one(status: &str, rest: Option<&str>) -> Option<FollowUp> {
    let first_format = |status| Some(FollowUp::new(status, &percent::decode(rest.unwrap_or(""))));
    match status {
        "1" => return first_format(Status::Oppfylt),
        "0" => return first_format(Status::IkkePaabegynt),
        _ => {}
    }
    let mut fields = rest.unwrap_or("").split('~').map(percent::decode);
    let mut next = || fields.next().unwrap_or_default();
    let date = |text: String| match text.as_str() {
        "" => Some(None),
        iso => Date::parse_iso(iso).map(Some),
    };
    let status = Status::from_code(status)?;
    let changed = date(next())?;
    let (note, owner) = (next(), next());
    let deadline = date(next())?;
    let follow_up = FollowUp {
        status,
        note,
        owner,
        deadline,
        evidence: next(),
        changed,
    };
    Some(follow_up.within_limits())
}

/// Reads `encode`'s form (and the first one); entries for verdicts this version does not know are
/// dropped and counted, so an old link still opens.
pub fn decode(text: &str) -> Result<(FollowUps, usize), DecodeError> {
    if text.len() > MAX_FOLLOW_UPS_LEN {
        return Err(DecodeError::TooLong);
    }
    let mut follow = FollowUps::new();
    let mut dropped = 0;
    for entry in text.split(',').filter(|e| !e.is_empty()) {
        let garbled = || DecodeError::Garbled(entry.chars().take(60).collect());
        let mut parts = entry.splitn(3, '~');
        let (Some(key), Some(status), rest) = (parts.next(), parts.next(), parts.next()) else {
            return Err(garbled());
        };
        let one = decode_one(status, rest).ok_or_else(garbled)?;
        match outcome_by_key(key) {
            Some(o) => {
                follow.insert(o, one);
            }
            None => dropped += 1,
        }
    }
    Ok((follow, dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(iso: &str) -> Date {
        Date::parse_iso(iso).unwrap()
    }

    fn some_follow_ups() -> FollowUps {
        let mut follow = FollowUps::new();
        follow.insert(
            OutcomeId(0),
            FollowUp::new(Status::Oppfylt, "Bestilt, «sak 2026/12», 50 % ferdig~"),
        );
        follow.insert(
            OutcomeId(1),
            FollowUp::new(Status::IkkeOppfylt, "<script>alert(1)</script>"),
        );
        follow.insert(
            OutcomeId(2),
            FollowUp {
                status: Status::IkkeRelevant,
                note: "Vi har ingen\ntjenester for ~næringslivet~".into(),
                owner: "Avd. for IT, «Kari» ~ Ola".into(),
                deadline: Some(day("2027-06-30")),
                evidence: "https://example.org/sak?id=26/12&x=1".into(),
                changed: Some(day("2026-12-02")),
            },
        );
        follow.insert(
            OutcomeId(3),
            FollowUp {
                status: Status::UnderArbeid,
                changed: Some(day("2026-01-31")),
                ..FollowUp::default()
            },
        );
        follow
    }

    #[test]
    fn follow_ups_survive_a_link() {
        let follow = some_follow_ups();
        assert_eq!(decode(&encode(&follow)), Ok((follow, 0)));
        // Trailing empty fields are left out.
        assert!(encode(&some_follow_ups()).contains("~u~2026-01-31"));
        assert!(!encode(&some_follow_ups()).contains("2026-01-31~"));
    }

    #[test]
    fn first_format_links_still_read() {
        // `key~done~note`, as links made before statuses were written, the note raw to its end.
        let key = outcome_key(OutcomeId(0));
        let (follow, _) = decode(&format!("{key}~1~sak%2012~b")).unwrap();
        assert_eq!(follow[&OutcomeId(0)], FollowUp::new(Status::Oppfylt, "sak 12~b"));
        let (follow, _) = decode(&format!("{key}~0~x")).unwrap();
        assert_eq!(follow[&OutcomeId(0)].status, Status::IkkePaabegynt);
    }

    #[test]
    fn unknown_verdicts_are_dropped_and_counted_and_garbled_entries_refused() {
        let key = outcome_key(OutcomeId(0));
        let (follow, dropped) = decode(&format!("finnes/ikke~1~,{key}~0~x")).unwrap();
        assert_eq!((follow.len(), dropped), (1, 1));
        for garbled in [
            format!("{key}~ja~x"),
            key.clone(),
            format!("{key}~o~2026-02-30"),
            format!("{key}~o~~~~i morgen"),
        ] {
            assert!(matches!(decode(&garbled), Err(DecodeError::Garbled(_))), "{garbled}");
        }
        assert_eq!(decode(&",".repeat(MAX_FOLLOW_UPS_LEN + 1)), Err(DecodeError::TooLong));
    }

    #[test]
    fn texts_are_cut_and_empty_follow_ups_left_out() {
        let mut follow = FollowUps::new();
        let mut long = FollowUp::new(Status::UnderArbeid, &"x".repeat(MAX_NOTE_CHARS * 2));
        long.owner = "o".repeat(MAX_OWNER_CHARS + 3);
        follow.insert(OutcomeId(0), long);
        follow.insert(OutcomeId(1), FollowUp::default());
        let (back, _) = decode(&encode(&follow)).unwrap();
        assert_eq!(back[&OutcomeId(0)].note.chars().count(), MAX_NOTE_CHARS);
        assert_eq!(back[&OutcomeId(0)].owner.chars().count(), MAX_OWNER_CHARS);
        assert!(!back.contains_key(&OutcomeId(1)));
    }

    #[test]
    fn not_relevant_needs_a_justification_and_every_change_is_dated() {
        let today = day("2026-12-02");
        let mut f = FollowUp::default();
        assert_eq!(
            f.apply(Change::Status(Status::IkkeRelevant), today),
            Err(JustificationMissing)
        );
        assert_eq!(f, FollowUp::default(), "a refused change changes nothing");
        f.apply(Change::Note("Ingen slike tjenester".into()), today).unwrap();
        assert_eq!(f.changed, Some(today));
        f.apply(Change::Status(Status::IkkeRelevant), day("2026-12-03"))
            .unwrap();
        assert_eq!(f.changed, Some(day("2026-12-03")));
        assert_eq!(f.apply(Change::Note("  \n".into()), today), Err(JustificationMissing));
        assert_eq!(f.note, "Ingen slike tjenester");
        f.apply(Change::Owner("Kari".into()), today).unwrap();
        f.apply(Change::Deadline(Some(day("2027-01-01"))), today).unwrap();
        f.apply(Change::Evidence("sak 26/1".into()), today).unwrap();
        assert_eq!((f.owner.as_str(), f.evidence.as_str()), ("Kari", "sak 26/1"));
    }
}
