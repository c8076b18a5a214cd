//! The assessment's own checklist as documents: follow-up state (done / note per verdict), the
//! Markdown and JSON exports, and the JSON import that restores an assessment.

use crate::assessment::{checklist, open_facts, outcome_by_key, outcome_key, progress, Item};
use crate::content::SectionId;
use crate::content::{BLOCKS, EDITION, SECTIONS};
use crate::engine::Answers;
use crate::i18n::{t, Key, Lang};
use crate::json::{self, Value};
use crate::route;
use crate::share::{self, answer_text};
use crate::trees::{FactId, OutcomeId, Verdict, FACTS, OUTCOMES};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The name and version that mark an exported assessment (see README, "JSON format").
pub const FORMAT: &str = "rundskrivveilederen-egenvurdering";
pub const FORMAT_VERSION: u32 = 1;
pub use crate::limits::MAX_NOTE_CHARS;

/// What the organisation has done about one verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUp {
    pub done: bool,
    pub note: String,
}

/// Follow-up state by outcome index.
pub type FollowUps = BTreeMap<OutcomeId, FollowUp>;

fn bounded_note(note: &str) -> String {
    note.chars().take(MAX_NOTE_CHARS).collect()
}

/// `key~1~note,…` for links and storage (notes percent-encoded).
pub fn encode_follow_ups(follow: &FollowUps) -> String {
    follow
        .iter()
        .filter(|(_, f)| f.done || !f.note.is_empty())
        .map(|(&o, f)| format!("{}~{}~{}", outcome_key(o), u8::from(f.done), route::encode(&f.note)))
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads `encode_follow_ups`' form; entries for verdicts this version does not know are dropped
/// and counted, so an old link still opens.
pub fn decode_follow_ups(text: &str) -> Result<(FollowUps, usize), share::DecodeError> {
    if text.len() > crate::limits::MAX_FOLLOW_UPS_LEN {
        return Err(share::DecodeError::TooLong);
    }
    let mut follow = FollowUps::new();
    let mut dropped = 0;
    for entry in text.split(',').filter(|e| !e.is_empty()) {
        let mut parts = entry.splitn(3, '~');
        let (Some(key), Some(done), note) = (parts.next(), parts.next(), parts.next()) else {
            return Err(share::DecodeError::Garbled(entry.chars().take(60).collect()));
        };
        let done = match done {
            "1" => true,
            "0" => false,
            _ => return Err(share::DecodeError::Garbled(entry.chars().take(60).collect())),
        };
        match outcome_by_key(key) {
            Some(o) => {
                follow.insert(
                    o,
                    FollowUp {
                        done,
                        note: bounded_note(&route::decode(note.unwrap_or(""))),
                    },
                );
            }
            None => dropped += 1,
        }
    }
    Ok((follow, dropped))
}

/// The UI string naming a verdict.
pub fn verdict_key(verdict: Verdict) -> Key {
    match verdict {
        Verdict::Krav => Key::VerdictKrav,
        Verdict::Anbefaling => Key::VerdictAnbefaling,
        Verdict::GjelderIkke => Key::VerdictGjelderIkke,
        Verdict::MaVurderes => Key::VerdictMaVurderes,
        Verdict::Apent => Key::VerdictApent,
    }
}

fn verdict_id(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Krav => "krav",
        Verdict::Anbefaling => "anbefaling",
        Verdict::GjelderIkke => "gjelder-ikke",
        Verdict::MaVurderes => "ma-vurderes",
        Verdict::Apent => "apent",
    }
}

/// The order verdicts are listed in: what must be done first.
pub const VERDICT_ORDER: [Verdict; 5] = [
    Verdict::Krav,
    Verdict::MaVurderes,
    Verdict::Anbefaling,
    Verdict::Apent,
    Verdict::GjelderIkke,
];

/// A human answer, as the questionnaire showed it.
pub fn answer_label(fact: FactId, answer: crate::engine::Answer, lang: Lang) -> String {
    use crate::engine::Answer;
    use crate::trees::FactKind;
    let f = &FACTS[fact];
    match answer {
        Answer::Unknown => t(lang, Key::TreeUnknown).to_string(),
        Answer::Number(_) => {
            let number = answer_text(fact, answer);
            let number = if lang == Lang::En {
                number
            } else {
                number.replace('.', ",")
            };
            format!("{number} {}", f.unit.map(|u| u.get(lang)).unwrap_or_default())
        }
        Answer::Choice(c) => match f.kind {
            FactKind::YesNo => t(lang, if c == 0 { Key::TreeYes } else { Key::TreeNo }).to_string(),
            _ => f
                .choices
                .get(c as usize)
                .and_then(|c| c.label)
                .map(|l| l.get(lang).to_string())
                .unwrap_or_default(),
        },
    }
}

fn place(section: SectionId) -> String {
    let s = &SECTIONS[section];
    if s.number.is_empty() {
        s.title.to_string()
    } else {
        format!("{} {}", s.number, s.title)
    }
}

/// The whole assessment as Markdown, for case documents and wikis. `link` is the shared link.
pub fn markdown(answers: &Answers, follow: &FollowUps, lang: Lang, date: &str, link: &str) -> String {
    let p = progress(answers);
    let items = checklist(&p);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", t(lang, Key::AssessmentTitle));
    let _ = writeln!(out, "{}: {date}  ", t(lang, Key::AssessmentDate));
    let _ = writeln!(
        out,
        "{}: {} ({})  ",
        t(lang, Key::AssessmentEditionLabel),
        EDITION.title,
        EDITION.url
    );
    let _ = writeln!(out, "{}: {link}\n", t(lang, Key::AssessmentLinkLabel));
    let _ = writeln!(out, "{}\n", summary_line(&items, &p, lang));
    let _ = writeln!(out, "## {}\n", t(lang, Key::TreeAnswersTitle));
    for &fact in &p.asked {
        if let Some(&answer) = answers.get(&fact) {
            let _ = writeln!(
                out,
                "- {}: **{}**",
                FACTS[fact].question.get(lang),
                answer_label(fact, answer, lang)
            );
        }
    }
    for verdict in VERDICT_ORDER {
        let of_kind: Vec<&Item> = items
            .iter()
            .filter(|i| OUTCOMES[i.outcome].verdict == verdict)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {} ({})\n", t(lang, verdict_key(verdict)), of_kind.len());
        let mut last_section = None;
        for item in of_kind {
            if last_section != Some(item.section) {
                let _ = writeln!(out, "### {}\n", place(item.section));
                last_section = Some(item.section);
            }
            let o = &OUTCOMES[item.outcome];
            let f = follow.get(&item.outcome).cloned().unwrap_or_default();
            let check = if verdict == Verdict::Krav {
                if f.done {
                    "[x] "
                } else {
                    "[ ] "
                }
            } else {
                ""
            };
            let _ = writeln!(out, "- {check}**{}**  \n  {}", o.title.get(lang), o.text.get(lang));
            if !f.note.is_empty() {
                let _ = writeln!(out, "  {}: {}", t(lang, Key::AssessmentNote), f.note);
            }
            for &cite in o.cites {
                let block = &BLOCKS[cite];
                let _ = writeln!(out, "  > {} ({})", block.text, block.id);
            }
        }
    }
    let open = open_facts(&p);
    if !open.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t(lang, Key::TreeOpenTitle));
        for fact in open {
            let _ = writeln!(out, "- {}", FACTS[fact].question.get(lang));
        }
    }
    out
}

/// "12 krav gjelder, 6 anbefalinger, 2 åpne spørsmål".
pub fn summary_line(items: &[Item], p: &crate::assessment::Progress, lang: Lang) -> String {
    let count = |v| crate::assessment::count(items, v).to_string();
    let open = (crate::assessment::count(items, Verdict::Apent).max(open_facts(p).len())).to_string();
    crate::i18n::tf(
        lang,
        Key::AssessmentCounts,
        &[
            ("requirements", &count(Verdict::Krav)),
            ("recommendations", &count(Verdict::Anbefaling)),
            ("assess", &count(Verdict::MaVurderes)),
            ("open", &open),
        ],
    )
}

/// The assessment as versioned JSON (format documented in the README).
pub fn to_json(answers: &Answers, follow: &FollowUps, lang: Lang, date: &str) -> String {
    let p = progress(answers);
    let items = checklist(&p);
    let mut out = String::from("{\n");
    let _ = writeln!(out, "  \"format\": {},", json::quote(FORMAT));
    let _ = writeln!(out, "  \"version\": {FORMAT_VERSION},");
    let _ = writeln!(out, "  \"edition\": {},", json::quote(EDITION.id));
    let _ = writeln!(out, "  \"created\": {},", json::quote(date));
    let _ = writeln!(out, "  \"language\": {},", json::quote(lang.tag()));
    let answer_fields: Vec<String> = p
        .asked
        .iter()
        .filter_map(|&f| {
            answers
                .get(&f)
                .map(|&a| format!("    {}: {}", json::quote(FACTS[f].id), json::quote(&answer_text(f, a))))
        })
        .collect();
    let _ = writeln!(out, "  \"answers\": {{\n{}\n  }},", answer_fields.join(",\n"));
    let follow_fields: Vec<String> = follow
        .iter()
        .filter(|(_, f)| f.done || !f.note.is_empty())
        .map(|(&o, f)| {
            format!(
                "    {}: {{ \"done\": {}, \"note\": {} }}",
                json::quote(&outcome_key(o)),
                f.done,
                json::quote(&f.note)
            )
        })
        .collect();
    let _ = writeln!(out, "  \"followUp\": {{\n{}\n  }},", follow_fields.join(",\n"));
    let checklist_items: Vec<String> = items
        .iter()
        .map(|i| {
            let o = &OUTCOMES[i.outcome];
            let cites: Vec<String> = o.cites.iter().map(|&c| json::quote(BLOCKS[c].id)).collect();
            format!(
                "    {{ \"key\": {}, \"verdict\": {}, \"title\": {}, \"cites\": [{}] }}",
                json::quote(&outcome_key(i.outcome)),
                json::quote(verdict_id(o.verdict)),
                json::quote(o.title.get(lang)),
                cites.join(", ")
            )
        })
        .collect();
    let _ = writeln!(out, "  \"checklist\": [\n{}\n  ]", checklist_items.join(",\n"));
    out.push_str("}\n");
    out
}

/// Why an imported file was refused. Nothing is changed when it is.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    NotJson,
    TooLarge,
    NotAnAssessment,
    NewerVersion,
    OtherEdition(String),
    BadAnswers(share::DecodeError),
}

/// Reads an exported assessment. Answers are checked like a shared link; follow-ups for
/// verdicts this version does not know are dropped.
pub fn from_json(text: &str) -> Result<(Answers, FollowUps), ImportError> {
    let value = json::parse(text).map_err(|e| match e {
        json::JsonError::TooLarge => ImportError::TooLarge,
        _ => ImportError::NotJson,
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAnAssessment);
    }
    match value.get("version") {
        Some(Value::Number(v)) if *v == FORMAT_VERSION.to_string() => {}
        // Any other number is a version this app does not know: a newer one, or a foreign file.
        Some(Value::Number(v)) if v.bytes().all(|b| b.is_ascii_digit()) && v.len() <= 9 => {
            return Err(ImportError::NewerVersion)
        }
        _ => return Err(ImportError::NotAnAssessment),
    }
    match value.get("edition").and_then(Value::as_str) {
        Some(edition) if edition == EDITION.id => {}
        Some(other) => return Err(ImportError::OtherEdition(other.chars().take(40).collect())),
        None => return Err(ImportError::NotAnAssessment),
    }
    let Some(Value::Object(fields)) = value.get("answers") else {
        return Err(ImportError::NotAnAssessment);
    };
    let mut pairs = Vec::new();
    for (fact, answer) in fields {
        let Some(answer) = answer.as_str() else {
            return Err(ImportError::BadAnswers(share::DecodeError::Garbled(
                fact.chars().take(60).collect(),
            )));
        };
        if fact.contains([',', ':']) || answer.contains([',', ':']) {
            return Err(ImportError::BadAnswers(share::DecodeError::Garbled(
                fact.chars().take(60).collect(),
            )));
        }
        pairs.push(format!("{fact}:{answer}"));
    }
    let answers = share::decode(&pairs.join(",")).map_err(ImportError::BadAnswers)?;
    let mut follow = FollowUps::new();
    if let Some(Value::Object(entries)) = value.get("followUp") {
        for (key, entry) in entries {
            let Some(outcome) = outcome_by_key(key) else { continue };
            let done = matches!(entry.get("done"), Some(Value::Bool(true)));
            let note = entry
                .get("note")
                .and_then(Value::as_str)
                .map(bounded_note)
                .unwrap_or_default();
            follow.insert(outcome, FollowUp { done, note });
        }
    }
    Ok((answers, follow))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{possible_answers, Answer};
    use crate::trees::fact_id;

    fn full_assessment() -> Answers {
        let mut answers: Answers = Answers::new();
        let org = fact_id("virksomhetstype").unwrap();
        answers.insert(org, Answer::Choice(1));
        while let Some(f) = progress(&answers).next {
            answers.insert(f, possible_answers(f)[0]);
        }
        answers
    }

    fn some_follow_ups(answers: &Answers) -> FollowUps {
        let items = checklist(&progress(answers));
        let mut follow = FollowUps::new();
        follow.insert(
            items[0].outcome,
            FollowUp {
                done: true,
                note: "Bestilt, «sak 2026/12», 50 % ferdig".into(),
            },
        );
        follow.insert(
            items[1].outcome,
            FollowUp {
                done: false,
                note: "<script>alert(1)</script>".into(),
            },
        );
        follow
    }

    #[test]
    fn json_export_imports_to_the_same_assessment() {
        let answers = full_assessment();
        let follow = some_follow_ups(&answers);
        let text = to_json(&answers, &follow, Lang::Nn, "2026-11-27");
        let (back, back_follow) = from_json(&text).expect("own export imports");
        assert_eq!(back, answers);
        assert_eq!(back_follow, follow);
    }

    #[test]
    fn markdown_holds_every_verdict_answer_and_quote() {
        let answers = full_assessment();
        let follow = some_follow_ups(&answers);
        let md = markdown(
            &answers,
            &follow,
            Lang::Nb,
            "2026-11-27",
            "https://example/#/egenvurdering",
        );
        for item in checklist(&progress(&answers)) {
            let o = &OUTCOMES[item.outcome];
            assert!(md.contains(o.title.get(Lang::Nb)), "{}", o.id);
            for &c in o.cites {
                assert!(md.contains(BLOCKS[c].id));
            }
        }
        assert!(md.contains("[x] "));
        assert!(md.contains("Bestilt, «sak 2026/12»"));
    }

    #[test]
    fn follow_ups_survive_a_link() {
        let answers = full_assessment();
        let follow = some_follow_ups(&answers);
        let (back, dropped) = decode_follow_ups(&encode_follow_ups(&follow)).unwrap();
        assert_eq!((back, dropped), (follow, 0));
        let (_, dropped) = decode_follow_ups("finnes/ikke~1~,altinn/altinn-portal~0~x").unwrap();
        assert_eq!(dropped, 1);
        assert!(decode_follow_ups("altinn/altinn-portal~ja~x").is_err());
    }

    #[test]
    fn foreign_truncated_and_hostile_files_are_refused_with_a_reason() {
        let good = to_json(&full_assessment(), &FollowUps::new(), Lang::Nb, "2026-11-27");
        assert_eq!(from_json(&good[..good.len() / 2]), Err(ImportError::NotJson));
        assert_eq!(
            from_json("{\"format\": \"noe annet\"}"),
            Err(ImportError::NotAnAssessment)
        );
        assert_eq!(
            from_json(&good.replace("\"version\": 1", "\"version\": 7")),
            Err(ImportError::NewerVersion)
        );
        assert!(matches!(
            from_json(&good.replace(EDITION.id, "id123")),
            Err(ImportError::OtherEdition(_))
        ));
        assert_eq!(from_json(&"[".repeat(100_000)), Err(ImportError::NotJson));
        let wrong_type = good.replacen("\"forvaltningsorgan\"", "17", 1);
        assert!(matches!(from_json(&wrong_type), Err(ImportError::BadAnswers(_))));
        let injected = good.replacen("\"forvaltningsorgan\"", "\"forvaltningsorgan,krever-innlogging:ja\"", 1);
        assert!(matches!(from_json(&injected), Err(ImportError::BadAnswers(_))));
    }
}
