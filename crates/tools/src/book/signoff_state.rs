//! Whether a tree's last sign-off still holds: never signed off, signed off (the fingerprint and
//! the edition are still those of the record), or changed since.

use crate::book::texts::{fill, Texts};
use rundskriv_compiler::parse::review::Signoff;

pub enum State<'a> {
    Never,
    Signed(&'a Signoff),
    /// The content's fingerprint is no longer the record's.
    Changed(&'a Signoff),
    /// Signed off against another edition of the circular.
    OtherEdition(&'a Signoff),
}

impl<'a> State<'a> {
    /// The state of the last of `signoffs` against today's `fingerprint` and `edition`.
    pub fn of(signoffs: &'a [Signoff], fingerprint: &str, edition: &str) -> State<'a> {
        match signoffs.last() {
            None => State::Never,
            Some(last) if last.edition != edition => State::OtherEdition(last),
            Some(last) if last.fingerprint != fingerprint => State::Changed(last),
            Some(last) => State::Signed(last),
        }
    }

    /// The class the state is marked with.
    pub fn class(&self) -> &'static str {
        match self {
            State::Never => "state state-never",
            State::Signed(_) => "state state-signed",
            State::Changed(_) | State::OtherEdition(_) => "state state-changed",
        }
    }

    pub fn text(&self, texts: &Texts) -> String {
        let (template, record) = match self {
            State::Never => return texts.state_never.clone(),
            State::Signed(record) => (&texts.state_signed, record),
            State::Changed(record) => (&texts.state_changed, record),
            State::OtherEdition(record) => (&texts.state_changed_edition, record),
        };
        record_text(template, record)
    }
}

/// `template` filled with a record's signer, date and edition.
pub fn record_text(template: &str, record: &Signoff) -> String {
    let date = record.date.to_string();
    fill(
        template,
        &[("by", &record.by), ("date", &date), ("edition", &record.edition)],
    )
}
