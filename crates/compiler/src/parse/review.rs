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

/// What names a reading in a flag and a confirmation record (docs/editions.md): its `id` where
/// it has one, else its `about` ids joined by `+`. Not its position, which a reading added above
/// it would shift onto another reading's confirmations; the `about` list moves with the reading.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReadingId(String);

impl ReadingId {
    pub fn new(id: &str) -> ReadingId {
        ReadingId(id.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ReadingId {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A judgment call: which outcomes or nodes it decides, in our words, on which paragraphs.
#[derive(Debug, Clone)]
pub struct Reading {
    pub at: Position,
    /// Unique within its tree file.
    pub id: ReadingId,
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

/// The readings of a tree file; each names what it is about, says something and cites, and no
/// two have one id.
pub(crate) fn readings_of(
    source: &SourceFile,
    readings: Vec<Spanned<ReadingFile>>,
) -> Result<Vec<Reading>, CompileError> {
    let readings: Vec<Reading> = readings
        .into_iter()
        .map(|r| reading_of(source, r))
        .collect::<Result<_, _>>()?;
    for (i, reading) in readings.iter().enumerate() {
        if let Some(first) = readings[..i].iter().find(|r| r.id == reading.id) {
            let message = format!(
                "reading: `{}` names the reading at line {} too; give one of them an `id` of its own, which its confirmations after a new edition name",
                reading.id, first.at.line
            );
            return Err(source.error_at(reading.at, message));
        }
    }
    Ok(readings)
}

fn reading_of(source: &SourceFile, spanned: Spanned<ReadingFile>) -> Result<Reading, CompileError> {
    let at = source.position(spanned.span().start);
    let reading = spanned.into_inner();
    let error = |at: Position, message: &str| source.error_at(at, format!("reading: {message}"));
    if reading.about.is_empty() {
        return Err(error(at, "needs `about` with at least one outcome or node id"));
    }
    if reading.text.trim().is_empty() {
        return Err(error(at, "needs `text`: the reading in our words"));
    }
    if reading.cites.is_empty() {
        return Err(error(
            at,
            "needs `cites` with at least one paragraph id of the circular",
        ));
    }
    let about: Vec<Located<String>> = reading.about.into_iter().map(|a| located(source, a)).collect();
    let id = match reading.id.map(|id| located(source, id)) {
        Some(id) if !is_id(&id.value) => {
            return Err(error(id.at, "`id` must be lowercase letters, digits and `-`"));
        }
        Some(id) => ReadingId(id.value),
        None => ReadingId(about.iter().map(|a| a.value.as_str()).collect::<Vec<_>>().join("+")),
    };
    Ok(Reading {
        at,
        id,
        about,
        text: reading.text.trim().to_string(),
        cites: reading.cites.into_iter().map(|c| located(source, c)).collect(),
    })
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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
