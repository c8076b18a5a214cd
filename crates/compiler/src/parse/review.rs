//! What a tree file holds for its review by the policy owner: our readings of the circular's
//! words (`[[reading]]`) and the sign-off records (`[[signoff]]`). Neither reaches the app; the
//! review book (crates/tools) shows them. Shapes and checks: docs/review-book.md.

use crate::error::{CompileError, Located, Position};
use crate::parse::date::Date;
use crate::parse::tree_files::{ReadingFile, SignoffFile};
use crate::source::SourceFile;
use toml::Spanned;

/// The length of a fingerprint: an FNV-1a hash of 64 bits in lowercase hex.
pub const FINGERPRINT_DIGITS: usize = 16;

/// A judgment call: which outcomes or nodes it decides, in our words, on which paragraphs.
#[derive(Debug, Clone)]
pub struct Reading {
    pub at: Position,
    /// Outcome ids (own or shared, without `@`) or node ids of the tree.
    pub about: Vec<Located<String>>,
    /// Our words, in bokmål.
    pub text: String,
    pub cites: Vec<Located<String>>,
}

/// Who signed the tree off, when, against which edition, and the fingerprint of what they saw.
#[derive(Debug, Clone)]
pub struct Signoff {
    pub at: Position,
    pub by: String,
    pub date: Date,
    pub edition: String,
    pub fingerprint: String,
}

fn located(source: &SourceFile, spanned: Spanned<String>) -> Located<String> {
    Located {
        at: source.position(spanned.span().start),
        value: spanned.into_inner(),
    }
}

/// The readings of a tree file; each names what it is about, says something and cites.
pub(crate) fn readings_of(
    source: &SourceFile,
    readings: Vec<Spanned<ReadingFile>>,
) -> Result<Vec<Reading>, CompileError> {
    let reading_of = |spanned: Spanned<ReadingFile>| {
        let at = source.position(spanned.span().start);
        let reading = spanned.into_inner();
        let error = |message: &str| source.error_at(at, format!("reading: {message}"));
        if reading.about.is_empty() {
            return Err(error("needs `about` with at least one outcome or node id"));
        }
        if reading.text.trim().is_empty() {
            return Err(error("needs `text`: the reading in our words"));
        }
        if reading.cites.is_empty() {
            return Err(error("needs `cites` with at least one paragraph id of the circular"));
        }
        Ok(Reading {
            at,
            about: reading.about.into_iter().map(|a| located(source, a)).collect(),
            text: reading.text.trim().to_string(),
            cites: reading.cites.into_iter().map(|c| located(source, c)).collect(),
        })
    };
    readings.into_iter().map(reading_of).collect()
}

/// The sign-off records of a tree file, each complete, with a real date and a fingerprint as the
/// sign-off command writes it.
pub(crate) fn signoffs_of(
    source: &SourceFile,
    signoffs: Vec<Spanned<SignoffFile>>,
) -> Result<Vec<Signoff>, CompileError> {
    let signoff_of = |spanned: Spanned<SignoffFile>| {
        let at = source.position(spanned.span().start);
        let signoff = spanned.into_inner();
        let error = |at: Position, message: String| source.error_at(at, format!("signoff: {message}"));
        if signoff.by.trim().is_empty() {
            return Err(error(at, "needs `by`: who signed off, with their unit".to_string()));
        }
        if signoff.edition.trim().is_empty() {
            return Err(error(at, "needs `edition`: the edition signed off against".to_string()));
        }
        let date = located(source, signoff.date);
        let Some(parsed) = Date::parse(&date.value) else {
            let message = format!("`date` is `{}`, which is no date written YYYY-MM-DD", date.value);
            return Err(error(date.at, message));
        };
        let fingerprint = located(source, signoff.fingerprint);
        let hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
        if fingerprint.value.len() != FINGERPRINT_DIGITS || !fingerprint.value.bytes().all(hex) {
            let message = format!(
                "`fingerprint` must be {FINGERPRINT_DIGITS} lowercase hex digits, as the sign-off command writes it"
            );
            return Err(error(fingerprint.at, message));
        }
        Ok(Signoff {
            at,
            by: signoff.by.trim().to_string(),
            date: parsed,
            edition: signoff.edition.trim().to_string(),
            fingerprint: fingerprint.value,
        })
    };
    signoffs.into_iter().map(signoff_of).collect()
}
