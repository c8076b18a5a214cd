//! What the UI calls things, in the user's language: the model's kinds (verdicts, sections of the
//! questionnaire, parts of the circular) and the user's answers. Every kind → UI string mapping is
//! here, used alike by the pages and the exports, so they never name a thing two ways.

use crate::assessment::{count, open_facts, Item, Progress};
use crate::codec::answers::format_number;
use crate::codec::follow_ups::FollowUp;
use crate::content::{Edition, PartKind, EDITION};
use crate::date::Date;
use crate::engine::Answer;
use crate::follow_form::Field;
use crate::review::{is_due_for_review, is_overdue, ReviewInterval};
use crate::trees::{FactId, FactKind, FactSection, Verdict, FACTS};
use crate::ui_strings::{t, tf, Key, Lang};
use rundskriv_model::Status;

/// A kind the UI names with one of its strings.
pub trait Label: Copy {
    /// The UI string naming the value.
    fn label_key(self) -> Key;

    /// The value's name in `lang`.
    fn label(self, lang: Lang) -> &'static str {
        t(lang, self.label_key())
    }
}

impl Label for Verdict {
    fn label_key(self) -> Key {
        match self {
            Verdict::Krav => Key::VerdictKrav,
            Verdict::Anbefaling => Key::VerdictAnbefaling,
            Verdict::GjelderIkke => Key::VerdictGjelderIkke,
            Verdict::MaVurderes => Key::VerdictMaVurderes,
            Verdict::Apent => Key::VerdictApent,
            Verdict::Informasjon => Key::VerdictInformasjon,
        }
    }
}

impl Label for FactSection {
    fn label_key(self) -> Key {
        match self {
            FactSection::Virksomheten => Key::SectionVirksomheten,
            FactSection::Tjenesten => Key::SectionTjenesten,
            FactSection::Anskaffelser => Key::SectionAnskaffelser,
            FactSection::Prosjektet => Key::SectionProsjektet,
        }
    }
}

impl Label for Status {
    fn label_key(self) -> Key {
        match self {
            Status::Oppfylt => Key::StatusOppfylt,
            Status::IkkeOppfylt => Key::StatusIkkeOppfylt,
            Status::IkkeRelevant => Key::StatusIkkeRelevant,
            Status::UnderArbeid => Key::StatusUnderArbeid,
            Status::IkkePaabegynt => Key::StatusIkkePaabegynt,
        }
    }
}

impl Label for Field {
    fn label_key(self) -> Key {
        match self {
            Field::Note => Key::FollowNote,
            Field::Owner => Key::FollowOwner,
            Field::Deadline => Key::FollowDeadline,
            Field::Evidence => Key::FollowEvidence,
        }
    }
}

/// A follow-up's recorded fields as label and value, in the form's order, the empty ones left
/// out and dates as `lang` writes them: what the Markdown, the case document and print show.
pub fn follow_up_fields(f: &FollowUp, lang: Lang) -> Vec<(&'static str, String)> {
    let date = |d: Option<Date>| d.map(|d| d.display(lang)).unwrap_or_default();
    [
        (Key::FollowStatus, f.status.label(lang).to_string()),
        (Key::FollowNote, f.note.clone()),
        (Key::FollowOwner, f.owner.clone()),
        (Key::FollowDeadline, date(f.deadline)),
        (Key::FollowEvidence, f.evidence.clone()),
        (Key::FollowChanged, date(f.changed)),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(key, value)| (t(lang, key), value))
    .collect()
}

/// The warnings an item carries: its deadline has passed, its status is due for review.
pub fn attention_marks(f: &FollowUp, today: Date, interval: ReviewInterval, lang: Lang) -> Vec<&'static str> {
    let mut marks = Vec::new();
    if is_overdue(f, today) {
        marks.push(t(lang, Key::FollowOverdue));
    }
    if is_due_for_review(f, today, interval) {
        marks.push(t(lang, Key::FollowDueReview));
    }
    marks
}

/// The note under a part heading of the circular, saying what its words are (a krav must be
/// followed); None for text outside the parts.
pub fn part_note(kind: PartKind) -> Option<Key> {
    match kind {
        PartKind::Krav => Some(Key::PartNoteKrav),
        PartKind::Anbefaling => Some(Key::PartNoteAnbefaling),
        PartKind::Veiledning => Some(Key::PartNoteVeiledning),
        PartKind::None => None,
    }
}

/// A number answer as `lang` writes it (`12,5` in Norwegian, `12.5` in English): shown in the
/// answers and put back in the field when the answer is changed, which reads both forms.
pub fn number_text(value: f64, lang: Lang) -> String {
    let text = format_number(value);
    match lang {
        Lang::En => text,
        Lang::Nb | Lang::Nn => text.replace('.', ","),
    }
}

/// A human answer, as the questionnaire showed it.
pub fn answer_label(fact: FactId, answer: Answer, lang: Lang) -> String {
    let f = &FACTS[fact];
    match answer {
        Answer::Unknown => t(lang, Key::TreeUnknown).to_string(),
        Answer::Number(value) => {
            let unit = f.unit.map(|u| u.get(lang)).unwrap_or_default();
            format!("{} {unit}", number_text(value, lang))
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

/// "12 krav gjelder, 6 anbefalinger, 2 åpne spørsmål".
pub fn summary_line(items: &[Item], progress: &Progress, lang: Lang) -> String {
    let counted = |v| count(items, v).to_string();
    let open = count(items, Verdict::Apent).max(open_facts(progress).len()).to_string();
    tf(
        lang,
        Key::AssessmentCounts,
        &[
            ("requirements", &counted(Verdict::Krav)),
            ("recommendations", &counted(Verdict::Anbefaling)),
            ("assess", &counted(Verdict::MaVurderes)),
            ("open", &open),
        ],
    )
}

/// An edition of the circular as the UI names it: by its series number, or where the source
/// states none, by the circular it replaces.
pub fn edition_name(edition: &Edition, lang: Lang) -> String {
    if edition.series.is_empty() {
        tf(lang, Key::EditionName, &[("replaces", edition.replaces)])
    } else {
        tf(lang, Key::EditionNameSeries, &[("series", edition.series)])
    }
}

/// The UI text `key` with `{edition}` filled in by the newest edition's name.
pub fn edition_text(key: Key, lang: Lang) -> String {
    tf(lang, key, &[("edition", &edition_name(&EDITION, lang))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::answers::parse_number;
    use crate::trees::fact_id;

    #[test]
    fn the_number_field_shows_a_number_as_the_language_writes_it_and_reads_it_back() {
        // The field used to show "12,5" in English too (a decimal comma for every language).
        assert_eq!(number_text(12.5, Lang::En), "12.5");
        assert_eq!(number_text(12.5, Lang::Nb), "12,5");
        assert_eq!(number_text(12.5, Lang::Nn), "12,5");
        for lang in Lang::ALL {
            for value in [0.0, 0.05, 10.0, 12.5, 1234.568, 999_999.999] {
                let shown = number_text(value, lang);
                assert_eq!(parse_number(&shown), Some(value), "{shown:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn a_number_answer_is_labelled_with_its_unit_in_the_language() {
        let fact = FACTS
            .ids()
            .find(|&f| FACTS[f].kind == FactKind::Number)
            .expect("a number question");
        let label = answer_label(fact, Answer::Number(12.5), Lang::En);
        assert!(label.starts_with("12.5 "), "{label}");
        assert!(answer_label(fact, Answer::Number(12.5), Lang::Nb).starts_with("12,5 "));
    }

    #[test]
    fn every_kind_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            let mut names: Vec<&str> = Verdict::ALL.iter().map(|v| v.label(lang)).collect();
            names.extend(FactSection::ALL.iter().map(|s| s.label(lang)));
            for (i, name) in names.iter().enumerate() {
                assert!(
                    !name.trim().is_empty() && !names[..i].contains(name),
                    "{name:?} in {lang:?}"
                );
            }
        }
        assert_eq!(part_note(PartKind::None), None);
        assert_ne!(part_note(PartKind::Krav), part_note(PartKind::Anbefaling));
        let yes_no = fact_id("krever-innlogging").unwrap();
        assert_eq!(
            answer_label(yes_no, Answer::Choice(0), Lang::En),
            t(Lang::En, Key::TreeYes)
        );
    }
}
