//! The self-assessment as a JSON file (format version 2, docs/formats.md), and its import, which
//! also reads version 1 (a done flag and a note per item, before statuses). Import is checked step
//! by step (format, version, edition, every answer), so a foreign, newer or damaged file gets its
//! own reason and changes nothing. The JSON text is read and written by
//! `codec::json` (why not serde: see there).

use crate::assessment::{checklist, for_information, outcome_by_key, outcome_key, progress, Item};
use crate::codec::answers::{answer_text, decode_answer, DecodeError};
use crate::codec::follow_ups::{FollowUp, FollowUps};
use crate::codec::json::{self, quote, JsonError, Value};
use crate::content::{BLOCKS, EDITION};
use crate::date::Date;
use crate::engine::Answers;
use crate::made_under::MadeUnder;
use crate::trees::{FACTS, OUTCOMES};
use crate::ui_strings::{t, tf, Key, Lang};
use rundskriv_model::Status;
use std::fmt::Write as _;

/// The name and version that mark an exported assessment.
pub const FORMAT: &str = "rundskrivveilederen-egenvurdering";
pub const FORMAT_VERSION: u32 = 2;
/// The first version, which still imports: `{ "done": true, "note": "…" }` per item.
const FIRST_VERSION: u32 = 1;

/// `"key": value` lines of one object, indented for a nested object.
fn object(fields: &[String]) -> String {
    format!("{{\n{}\n  }}", fields.join(",\n"))
}

fn date_value(date: Option<Date>) -> String {
    date.map_or_else(|| "null".to_string(), |d| quote(&d.iso()))
}

/// One item's follow-up, every field written (dates `null` when not set).
fn follow_up_object(f: &FollowUp) -> String {
    format!(
        "{{ \"status\": {}, \"note\": {}, \"owner\": {}, \"deadline\": {}, \"evidence\": {}, \"changed\": {} }}",
        quote(f.status.id()),
        quote(&f.note),
        quote(&f.owner),
        date_value(f.deadline),
        quote(&f.evidence),
        date_value(f.changed)
    )
}

/// The assessment as a version 2 file. `date` is the day of the export.
pub fn to_json(answers: &Answers, follow: &FollowUps, lang: Lang, date: &str) -> String {
    let p = progress(answers);
    let answers: Vec<String> = p
        .asked
        .iter()
        .filter_map(|&f| {
            Some(format!(
                "    {}: {}",
                quote(FACTS[f].id),
                quote(&answer_text(f, *answers.get(&f)?))
            ))
        })
        .collect();
    let follow: Vec<String> = follow
        .iter()
        .filter(|(_, f)| !f.is_empty())
        .map(|(&o, f)| format!("    {}: {}", quote(&outcome_key(o)), follow_up_object(f)))
        .collect();
    let checklist = entries(&checklist(&p), lang);
    let information = entries(&for_information(&p), lang);
    let mut out = String::from("{\n");
    let _ = writeln!(out, "  \"format\": {},", quote(FORMAT));
    let _ = writeln!(out, "  \"version\": {FORMAT_VERSION},");
    let _ = writeln!(out, "  \"edition\": {},", quote(EDITION.id));
    let _ = writeln!(out, "  \"created\": {},", quote(date));
    let _ = writeln!(out, "  \"language\": {},", quote(lang.tag()));
    let _ = writeln!(out, "  \"answers\": {},", object(&answers));
    let _ = writeln!(out, "  \"followUp\": {},", object(&follow));
    let _ = writeln!(out, "  \"checklist\": [\n{}\n  ],", checklist.join(",\n"));
    // Added in version 1 without a version change: an older reader ignores it, and the import
    // reads neither list (the answers decide both).
    let _ = writeln!(out, "  \"forInformation\": [\n{}\n  ]\n}}", information.join(",\n"));
    out
}

/// The checklist's (or the information's) entries, one line each.
fn entries(items: &[Item], lang: Lang) -> Vec<String> {
    items
        .iter()
        .map(|item| {
            let o = &OUTCOMES[item.outcome];
            let cites: Vec<String> = o.cites.iter().map(|&c| quote(&BLOCKS[c].id())).collect();
            format!(
                "    {{ \"key\": {}, \"verdict\": {}, \"title\": {}, \"cites\": [{}] }}",
                quote(&outcome_key(item.outcome)),
                quote(o.verdict.id()),
                quote(o.title.get(lang)),
                cites.join(", ")
            )
        })
        .collect()
}

/// Why an imported file was refused. Nothing is changed when it is.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    NotJson,
    TooLarge,
    NotAnAssessment,
    NewerVersion,
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
            ImportError::BadAnswers(e) => tf(lang, Key::ImportBadAnswers, &[("detail", &e.describe(lang))]),
        }
    }
}

/// What an imported file holds: its answers and follow-ups, and the edition they were made under
/// (a file of another edition is read all the same, and the app says so).
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub answers: Answers,
    pub follow: FollowUps,
    pub made_under: MadeUnder,
}

/// Reads an exported assessment. Each answer is checked as a shared link's would be; follow-ups
/// of verdicts this version does not know are dropped.
pub fn from_json(text: &str) -> Result<Imported, ImportError> {
    let file = json::parse(text).map_err(|e| match e {
        JsonError::TooLarge => ImportError::TooLarge,
        JsonError::TooDeep | JsonError::Syntax(_) => ImportError::NotJson,
    })?;
    let (version, made_under) = check_envelope(&file)?;
    let Some(Value::Object(fields)) = file.get("answers") else {
        return Err(ImportError::NotAnAssessment);
    };
    let mut answers = Answers::new();
    for (fact, answer) in fields {
        let Some(answer) = answer.as_str() else {
            return Err(ImportError::BadAnswers(DecodeError::Garbled(
                fact.chars().take(60).collect(),
            )));
        };
        let (fact, answer) = decode_answer(fact, answer).map_err(ImportError::BadAnswers)?;
        answers.insert(fact, answer);
    }
    let mut follow = FollowUps::new();
    if let Some(Value::Object(entries)) = file.get("followUp") {
        for (key, entry) in entries {
            let Some(outcome) = outcome_by_key(key) else { continue };
            let one = if version == FIRST_VERSION {
                let done = entry.get("done") == Some(&Value::Bool(true));
                let note = entry.get("note").and_then(Value::as_str).unwrap_or_default();
                FollowUp::new(if done { Status::Oppfylt } else { Status::IkkePaabegynt }, note)
            } else {
                read_follow_up(entry)?
            };
            follow.insert(outcome, one);
        }
    }
    Ok(Imported {
        answers,
        follow,
        made_under,
    })
}

/// A version 2 follow-up; texts are cut as the form cuts them, and a status this version does not
/// know, or a date that is no date, refuses the file.
fn read_follow_up(entry: &Value) -> Result<FollowUp, ImportError> {
    let text = |name| entry.get(name).and_then(Value::as_str).unwrap_or_default().to_string();
    let date = |name| match entry.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_str()
            .and_then(Date::parse_iso)
            .map(Some)
            .ok_or(ImportError::NotAnAssessment),
    };
    let status = entry.get("status").and_then(Value::as_str).and_then(Status::from_id);
    let follow_up = FollowUp {
        status: status.ok_or(ImportError::NotAnAssessment)?,
        note: text("note"),
        owner: text("owner"),
        deadline: date("deadline")?,
        evidence: text("evidence"),
        changed: date("changed")?,
    };
    Ok(follow_up.within_limits())
}

/// What identifies the file, checked before the rest is read: a newer version may change the
/// rest. Gives the file's version.
fn check_envelope(file: &Value) -> Result<(u32, MadeUnder), ImportError> {
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAnAssessment);
    }
    let version = match file.get("version") {
        Some(Value::Number(v)) if *v == FORMAT_VERSION.to_string() => FORMAT_VERSION,
        Some(Value::Number(v)) if *v == FIRST_VERSION.to_string() => FIRST_VERSION,
        // Any other whole number is a version this app does not know: a newer one, most likely.
        Some(Value::Number(v)) if v.bytes().all(|b| b.is_ascii_digit()) && v.len() <= 9 => {
            return Err(ImportError::NewerVersion)
        }
        _ => return Err(ImportError::NotAnAssessment),
    };
    match file.get("edition").and_then(Value::as_str) {
        Some(edition) if !edition.is_empty() => Ok((version, MadeUnder::read(Some(edition)))),
        _ => Err(ImportError::NotAnAssessment),
    }
}
