//! The follow-up form's fields as text: what each field shows of an item's follow-up and the edit
//! its new text makes, and the order the statuses are offered in and counted in.

use crate::codec::follow_ups::{Change, FollowUp};
use crate::date::Date;
use crate::limits::{MAX_EVIDENCE_CHARS, MAX_NOTE_CHARS, MAX_OWNER_CHARS};
use rundskriv_model::Status;

/// The statuses as the form offers them: not started (the default) first and "ikke relevant"
/// last. Arrow keys on a closed select change the status at every step, so a keyboard user
/// arrowing through never has to pass the one status the form may refuse.
pub const FORM_ORDER: [Status; 5] = [
    Status::IkkePaabegynt,
    Status::UnderArbeid,
    Status::Oppfylt,
    Status::IkkeOppfylt,
    Status::IkkeRelevant,
];

/// The statuses as the summary counts them and its bar stacks them: done first.
pub const SUMMARY_ORDER: [Status; 5] = [
    Status::Oppfylt,
    Status::UnderArbeid,
    Status::IkkePaabegynt,
    Status::IkkeOppfylt,
    Status::IkkeRelevant,
];

/// A text field of the form; the status has its own control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Why the item is not relevant (required then), or any note.
    Note,
    Owner,
    Deadline,
    Evidence,
}

/// The deadline field held something that is no date: nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadDate;

impl Field {
    /// In the form's order.
    pub const ALL: [Field; 4] = [Field::Note, Field::Owner, Field::Deadline, Field::Evidence];

    /// The end of the field's element id, after the item's (`oppf-3-frist`).
    pub fn id(self) -> &'static str {
        match self {
            Field::Note => "notat",
            Field::Owner => "ansvarlig",
            Field::Deadline => "frist",
            Field::Evidence => "dokumentasjon",
        }
    }

    /// The most characters the field takes (the follow-up keeps no more); None for the date.
    pub fn max_chars(self) -> Option<usize> {
        match self {
            Field::Note => Some(MAX_NOTE_CHARS),
            Field::Owner => Some(MAX_OWNER_CHARS),
            Field::Deadline => None,
            Field::Evidence => Some(MAX_EVIDENCE_CHARS),
        }
    }

    /// What the field shows of `f`: the deadline as a date field holds it (`2027-06-30`).
    pub fn shown(self, f: &FollowUp) -> String {
        match self {
            Field::Note => f.note.clone(),
            Field::Owner => f.owner.clone(),
            Field::Deadline => f.deadline.map(Date::iso).unwrap_or_default(),
            Field::Evidence => f.evidence.clone(),
        }
    }

    /// The edit the field's new `text` makes; an empty deadline field removes the deadline. A
    /// date field gives `YYYY-MM-DD` or nothing; where a browser has none, a typed text that is
    /// not such a date is refused.
    pub fn change(self, text: &str) -> Result<Change, BadDate> {
        Ok(match self {
            Field::Note => Change::Note(text.to_string()),
            Field::Owner => Change::Owner(text.to_string()),
            Field::Evidence => Change::Evidence(text.to_string()),
            Field::Deadline => match text.trim() {
                "" => Change::Deadline(None),
                date => Change::Deadline(Some(Date::parse_iso(date).ok_or(BadDate)?)),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_shows_what_its_change_wrote() {
        let today = Date::parse_iso("2026-12-02").unwrap();
        let mut f = FollowUp::default();
        for (field, text) in Field::ALL
            .into_iter()
            .zip(["Vi har ingen slike", "Kari", "2027-06-30", "sak 26/1"])
        {
            f.apply(field.change(text).unwrap(), today).unwrap();
            assert_eq!(field.shown(&f), text, "{field:?}");
        }
        assert_eq!(f.deadline, Date::parse_iso("2027-06-30"));
        f.apply(Field::Deadline.change("").unwrap(), today).unwrap();
        assert_eq!((f.deadline, Field::Deadline.shown(&f)), (None, String::new()));
    }

    #[test]
    fn a_deadline_that_is_no_date_is_refused() {
        for bad in ["30.06.2027", "2027-02-30", "i morgen", "2027-6-30"] {
            assert_eq!(Field::Deadline.change(bad), Err(BadDate), "{bad}");
        }
        assert_eq!(
            Field::Deadline.change(" 2027-06-30 "),
            Ok(Change::Deadline(Date::parse_iso("2027-06-30")))
        );
    }

    #[test]
    fn the_orders_hold_every_status_once_and_the_form_ends_with_the_refusable_one() {
        for order in [FORM_ORDER, SUMMARY_ORDER] {
            assert_eq!(order.len(), Status::ALL.len());
            assert!(Status::ALL.iter().all(|s| order.contains(s)));
        }
        assert_eq!(FORM_ORDER[0], Status::default());
        assert_eq!(FORM_ORDER[4], Status::IkkeRelevant);
        let ids: Vec<&str> = Field::ALL.iter().map(|f| f.id()).collect();
        assert!(ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id)));
    }
}
