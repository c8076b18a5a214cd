//! The self-assessment as a JSON file, and its import: the file format (version 1, see
//! docs/formats.md) is the serde types below, read and written by serde_json. Import is checked
//! step by step (format, version, edition, every answer), so a foreign, newer or damaged file gets
//! its own reason and changes nothing; its size and nesting are bounded before it is read.

use crate::assessment::{checklist, outcome_by_key, outcome_key, progress};
use crate::codec::answers::{answer_text, decode_answer, DecodeError};
use crate::codec::follow_ups::{FollowUp, FollowUps};
use crate::content::{BLOCKS, EDITION};
use crate::engine::Answers;
use crate::i18n::{t, tf, Key, Lang};
use crate::limits::{MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH};
use crate::trees::{FACTS, OUTCOMES};
use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The name and version that mark an exported assessment.
pub const FORMAT: &str = "rundskrivveilederen-egenvurdering";
pub const FORMAT_VERSION: u32 = 1;

/// An exported assessment.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct AssessmentFile {
    format: String,
    version: u32,
    /// The edition of the circular the verdicts rest on (its id at regjeringen.no).
    edition: String,
    /// The day of the export, as the user's device had it.
    #[serde(default)]
    created: String,
    /// The language the titles are in.
    #[serde(default)]
    language: String,
    /// Each answer's text as in a link, by fact id.
    answers: BTreeMap<String, AnswerText>,
    /// Follow-ups by outcome key.
    #[serde(default)]
    follow_up: BTreeMap<String, FollowUpEntry>,
    /// Informational for other tools: an import computes the checklist anew from the answers.
    #[serde(default, skip_deserializing)]
    checklist: Vec<ChecklistEntry>,
}

/// What identifies a file before the rest of it is read: a newer version may change the rest.
#[derive(Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    edition: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct FollowUpEntry {
    #[serde(default)]
    done: bool,
    #[serde(default)]
    note: String,
}

#[derive(Serialize)]
struct ChecklistEntry {
    key: String,
    verdict: &'static str,
    title: String,
    cites: Vec<&'static str>,
}

/// An answer's text; on import, anything else that stands where an answer belongs, so that a
/// mistyped answer is reported as a bad answer (with its question) rather than a foreign file.
#[derive(Serialize)]
#[serde(untagged)]
enum AnswerText {
    Text(String),
    NotText,
}

impl<'de> Deserialize<'de> for AnswerText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<AnswerText, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

struct AnswerVisitor;

impl<'de> Visitor<'de> for AnswerVisitor {
    type Value = AnswerText;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<AnswerText, E> {
        Ok(AnswerText::Text(text.to_string()))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<AnswerText, E> {
        Ok(AnswerText::NotText)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<AnswerText, E> {
        Ok(AnswerText::NotText)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<AnswerText, E> {
        Ok(AnswerText::NotText)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<AnswerText, E> {
        Ok(AnswerText::NotText)
    }

    fn visit_unit<E: de::Error>(self) -> Result<AnswerText, E> {
        Ok(AnswerText::NotText)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<AnswerText, A::Error> {
        while items.next_element::<IgnoredAny>()?.is_some() {}
        Ok(AnswerText::NotText)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> Result<AnswerText, A::Error> {
        while fields.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(AnswerText::NotText)
    }
}

/// The assessment as a version 1 file. `date` is the day of the export.
pub fn to_json(answers: &Answers, follow: &FollowUps, lang: Lang, date: &str) -> String {
    let p = progress(answers);
    let checklist = checklist(&p)
        .iter()
        .map(|item| {
            let o = &OUTCOMES[item.outcome];
            ChecklistEntry {
                key: outcome_key(item.outcome),
                verdict: o.verdict.id(),
                title: o.title.get(lang).to_string(),
                cites: o.cites.iter().map(|&c| BLOCKS[c].id).collect(),
            }
        })
        .collect();
    let file = AssessmentFile {
        format: FORMAT.to_string(),
        version: FORMAT_VERSION,
        edition: EDITION.id.to_string(),
        created: date.to_string(),
        language: lang.tag().to_string(),
        answers: p
            .asked
            .iter()
            .filter_map(|&f| {
                Some((
                    FACTS[f].id.to_string(),
                    AnswerText::Text(answer_text(f, *answers.get(&f)?)),
                ))
            })
            .collect(),
        follow_up: follow
            .iter()
            .filter(|(_, f)| !f.is_empty())
            .map(|(&o, f)| {
                (
                    outcome_key(o),
                    FollowUpEntry {
                        done: f.done,
                        note: f.note.clone(),
                    },
                )
            })
            .collect(),
        checklist,
    };
    let mut text = serde_json::to_string_pretty(&file).expect("string keys and plain values always serialize");
    text.push('\n');
    text
}

/// Why an imported file was refused. Nothing is changed when it is.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    NotJson,
    TooLarge,
    NotAnAssessment,
    NewerVersion,
    OtherEdition(String),
    BadAnswers(DecodeError),
}

impl ImportError {
    /// Why, in the user's language.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ImportError::NotJson => t(lang, Key::ImportNotJson).to_string(),
            ImportError::TooLarge => t(lang, Key::ImportTooLarge).to_string(),
            ImportError::NotAnAssessment => t(lang, Key::ImportNotAssessment).to_string(),
            ImportError::NewerVersion => t(lang, Key::ImportNewer).to_string(),
            ImportError::OtherEdition(edition) => tf(lang, Key::ImportOtherEdition, &[("edition", edition)]),
            ImportError::BadAnswers(e) => tf(lang, Key::ImportBadAnswers, &[("detail", &e.describe(lang))]),
        }
    }
}

/// Reads an exported assessment. Answers are checked like a shared link's; follow-ups of verdicts
/// this version does not know are dropped.
pub fn from_json(text: &str) -> Result<(Answers, FollowUps), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    if nests_deeper_than(text, MAX_IMPORT_DEPTH) {
        return Err(ImportError::NotJson);
    }
    let envelope: Envelope = read(text)?;
    if envelope.format != FORMAT {
        return Err(ImportError::NotAnAssessment);
    }
    if envelope.version != FORMAT_VERSION {
        return Err(ImportError::NewerVersion);
    }
    match envelope.edition {
        Some(edition) if edition == EDITION.id => {}
        Some(other) => return Err(ImportError::OtherEdition(other.chars().take(40).collect())),
        None => return Err(ImportError::NotAnAssessment),
    }
    let file: AssessmentFile = read(text)?;
    let mut answers = Answers::new();
    for (fact, answer) in &file.answers {
        let AnswerText::Text(answer) = answer else {
            return Err(ImportError::BadAnswers(DecodeError::Garbled(
                fact.chars().take(60).collect(),
            )));
        };
        let (fact, answer) = decode_answer(fact, answer).map_err(ImportError::BadAnswers)?;
        answers.insert(fact, answer);
    }
    let follow = file
        .follow_up
        .iter()
        .filter_map(|(key, entry)| Some((outcome_by_key(key)?, FollowUp::new(entry.done, &entry.note))))
        .collect();
    Ok((answers, follow))
}

/// Reads `text` as `T`: broken JSON is not JSON; JSON of the wrong shape is not an assessment.
fn read<T: DeserializeOwned>(text: &str) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            ImportError::NotAnAssessment
        } else {
            ImportError::NotJson
        }
    })
}

/// Whether arrays and objects in `text` nest deeper than `limit`. A scan of the brackets outside
/// strings, before any parsing: serde_json's own limit (128) is far above what a file of ours needs.
fn nests_deeper_than(text: &str, limit: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for byte in text.bytes() {
        match (in_string, escaped, byte) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') | (false, _, b'"') => in_string = !in_string,
            (false, _, b'[' | b'{') => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}
