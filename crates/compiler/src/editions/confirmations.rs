//! The confirmation records (`bekreftelser.toml` in the newest edition's folder): a policy owner
//! has read a verdict or one of our readings against the new edition's words of a paragraph it
//! rests on and confirms it holds. The build refuses an affected outcome or reading without one
//! (`flags`). Format: docs/editions.md.

use crate::error::{CompileError, Position};
use crate::parse::date::Date;
use crate::parse::review::ReadingId;
use crate::parse::toml_file;
use crate::source::SourceFile;
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;

/// The file's name in the newest edition's folder.
pub const FILE: &str = "bekreftelser.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfirmationsFile {
    #[serde(default)]
    confirmed: Vec<Spanned<ConfirmationFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfirmationFile {
    tree: String,
    /// One of `outcome` and `reading`: records before readings were flagged have `outcome` only.
    outcome: Option<String>,
    reading: Option<String>,
    paragraph: String,
    edition: String,
    text: String,
    by: String,
    date: String,
}

/// What a flag is about and a record confirms: an outcome (a tree's own, or a shared one under
/// `felles`) or one of a tree's readings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Outcome(String),
    Reading(ReadingId),
}

impl Subject {
    /// The outcome's or reading's id, as a record and the confirmation command write it.
    pub fn id(&self) -> &str {
        match self {
            Subject::Outcome(id) => id,
            Subject::Reading(id) => id.as_str(),
        }
    }

    /// The record's key for it: `outcome` or `reading`.
    pub fn key(&self) -> &'static str {
        match self {
            Subject::Outcome(_) => "outcome",
            Subject::Reading(_) => "reading",
        }
    }
}

/// One record: `by` confirmed on `date` that `tree`'s outcome or reading holds on `paragraph` as edition
/// `edition` words it; `text` is the fingerprint of those words, so a later change asks again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    pub at: Position,
    /// A tree id, or `felles` for a shared outcome.
    pub tree: String,
    pub subject: Subject,
    pub paragraph: String,
    pub edition: String,
    pub text: String,
    pub by: String,
    pub date: Date,
}

/// The records of `dir`'s confirmation file; none when there is no file.
pub fn read_confirmations(root: &Path, dir: &str) -> Result<(String, Vec<Confirmation>), CompileError> {
    let name = format!("{dir}/{FILE}");
    if !root.join(&name).is_file() {
        return Ok((name, Vec::new()));
    }
    let source = SourceFile::read(root, &name)?;
    let file: ConfirmationsFile = toml_file::read(&source)?;
    let mut records = Vec::new();
    for spanned in file.confirmed {
        let at = source.position(spanned.span().start);
        let record = spanned.into_inner();
        let error = |message: String| source.error_at(at, format!("confirmation: {message}"));
        let Some(date) = Date::parse(&record.date) else {
            return Err(error(format!("`date` is `{}`; write it YYYY-MM-DD", record.date)));
        };
        if record.by.trim().is_empty() {
            return Err(error("`by` must say who confirmed it".to_string()));
        }
        let subject = match (record.outcome, record.reading) {
            (Some(outcome), None) => Subject::Outcome(outcome),
            (None, Some(reading)) => Subject::Reading(ReadingId::new(&reading)),
            _ => {
                return Err(error(
                    "name exactly one of `outcome` and `reading`: what it confirms".to_string(),
                ))
            }
        };
        records.push(Confirmation {
            at,
            tree: record.tree,
            subject,
            paragraph: record.paragraph,
            edition: record.edition,
            text: record.text,
            by: record.by,
            date,
        });
    }
    Ok((name, records))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Result<Vec<Confirmation>, String> {
        let dir = std::env::temp_dir().join(format!(
            "rv-confirm-{}-{:016x}",
            std::process::id(),
            rundskriv_model::checksum::fnv1a(text.as_bytes())
        ));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(FILE), text).unwrap();
        let read = read_confirmations(&dir, ".").map(|(_, r)| r).map_err(|e| e.to_string());
        let _ = std::fs::remove_dir_all(&dir);
        read
    }

    #[test]
    fn a_record_is_read_with_its_date() {
        let records = read_text(
            "[[confirmed]]\ntree = \"altinn\"\noutcome = \"altinn-portal\"\nparagraph = \"1-6-krav-altinn\"\nedition = \"e2\"\ntext = \"00ff\"\nby = \"Kari, Seksjon\"\ndate = \"2027-01-20\"\n",
        )
        .unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].subject, Subject::Outcome("altinn-portal".to_string()));
        assert_eq!(records[0].date, Date::new(2027, 1, 20).unwrap());
    }

    #[test]
    fn a_record_confirms_a_reading_or_an_outcome_never_both() {
        let fields = "tree = \"altinn\"\nparagraph = \"p\"\nedition = \"e2\"\ntext = \"00ff\"\nby = \"K\"\ndate = \"2027-01-20\"\n";
        let reading = read_text(&format!("[[confirmed]]\nreading = \"altinn-unntak\"\n{fields}")).unwrap();
        assert_eq!(reading[0].subject, Subject::Reading(ReadingId::new("altinn-unntak")));
        let both = read_text(&format!("[[confirmed]]\noutcome = \"a\"\nreading = \"a\"\n{fields}")).unwrap_err();
        assert!(both.contains("exactly one of `outcome` and `reading`"), "{both}");
        let neither = read_text(&format!("[[confirmed]]\n{fields}")).unwrap_err();
        assert!(neither.contains("exactly one of `outcome` and `reading`"), "{neither}");
    }

    #[test]
    fn a_bad_date_or_no_one_is_refused_with_the_line() {
        let bad_date = read_text(
            "\n[[confirmed]]\ntree = \"a\"\noutcome = \"b\"\nparagraph = \"c\"\nedition = \"e\"\ntext = \"0\"\nby = \"K\"\ndate = \"20.1.2027\"\n",
        )
        .unwrap_err();
        assert!(
            bad_date.contains(":2:") && bad_date.contains("YYYY-MM-DD"),
            "{bad_date}"
        );
        let nobody = read_text(
            "[[confirmed]]\ntree = \"a\"\noutcome = \"b\"\nparagraph = \"c\"\nedition = \"e\"\ntext = \"0\"\nby = \" \"\ndate = \"2027-01-20\"\n",
        )
        .unwrap_err();
        assert!(nobody.contains("who confirmed"), "{nobody}");
    }

    #[test]
    fn no_file_is_no_records() {
        let dir = std::env::temp_dir();
        assert_eq!(
            read_confirmations(&dir, "no-such-edition-folder").unwrap().1,
            Vec::new()
        );
    }
}
