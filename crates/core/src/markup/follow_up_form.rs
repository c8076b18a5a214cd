//! One checklist item's follow-up form (status, justification or note, owner, deadline,
//! evidence) and the line under it (its warnings, when it was last changed). Field ids carry the
//! outcome's index, so the error summary can lead to a field and the labels find their control.

use crate::codec::follow_ups::{Change, FollowUp, Status};
use crate::date::Date;
use crate::export::static_page::escape;
use crate::labels::{attention_marks, Label};
use crate::limits::{MAX_EVIDENCE_CHARS, MAX_NOTE_CHARS, MAX_OWNER_CHARS};
use crate::review::ReviewInterval;
use crate::trees::{OutcomeId, OUTCOMES};
use crate::ui_strings::{t, tf, Key, Lang};
use rundskriv_model::{FollowField, TableId};
use std::fmt::Write as _;

/// The id of an item's field: `notat-12`, `status-12`, …
pub fn field_id(field: FollowField, outcome: OutcomeId) -> String {
    let stem = match field {
        FollowField::Status => "status",
        FollowField::Note => "notat",
        FollowField::Owner => "ansvarlig",
        FollowField::Deadline => "frist",
        FollowField::Evidence => "dokumentasjon",
    };
    format!("{stem}-{}", outcome.index())
}

/// The id of the element that says an item's justification is missing.
pub fn error_id(outcome: OutcomeId) -> String {
    format!("notat-feil-{}", outcome.index())
}

/// What the form sends when `field` changes to `value`; None for a status this app does not have.
pub fn change(field: FollowField, value: String) -> Option<Change> {
    Some(match field {
        FollowField::Status => Change::Status(Status::from_id(&value)?),
        FollowField::Note => Change::Note(value),
        FollowField::Owner => Change::Owner(value),
        FollowField::Deadline => Change::Deadline(Date::parse_iso(&value)),
        FollowField::Evidence => Change::Evidence(value),
    })
}

/// The text "ikke relevant" without a justification is refused with.
pub fn justification_missing(outcome: OutcomeId, lang: Lang) -> String {
    tf(lang, Key::FollowJustificationMissing, &[("title", OUTCOMES[outcome].title.get(lang))])
}

fn label(out: &mut String, field: FollowField, outcome: OutcomeId, key: Key, lang: Lang) {
    let _ = write!(
        out,
        "<div class=\"field\"><label for=\"{}\">{}</label>",
        field_id(field, outcome),
        escape(t(lang, key))
    );
}

fn input(out: &mut String, field: FollowField, outcome: OutcomeId, (key, kind, max): (Key, &str, usize), value: &str, lang: Lang) {
    label(out, field, outcome, key, lang);
    let _ = write!(
        out,
        "<input type=\"{kind}\" id=\"{}\" name=\"{}\" maxlength=\"{max}\" value=\"{}\"></div>",
        field_id(field, outcome),
        field.id(),
        escape(value)
    );
}

/// The form of `outcome` with `f` filled in; `refused` shows the missing justification's error.
pub fn form(outcome: OutcomeId, f: &FollowUp, lang: Lang, refused: bool) -> String {
    let title = OUTCOMES[outcome].title.get(lang);
    let mut out = format!(
        "<fieldset class=\"follow-up\" data-outcome=\"{}\"><legend>{}</legend>",
        outcome.index(),
        escape(&tf(lang, Key::FollowLegend, &[("title", title)]))
    );
    label(&mut out, FollowField::Status, outcome, Key::FollowStatus, lang);
    let _ = write!(out, "<select id=\"{}\" name=\"status\">", field_id(FollowField::Status, outcome));
    for &status in Status::ALL {
        let selected = if status == f.status { " selected" } else { "" };
        let _ = write!(out, "<option value=\"{}\"{selected}>{}</option>", status.id(), escape(status.label(lang)));
    }
    out.push_str("</select></div>");
    let (note, error, hint) = (field_id(FollowField::Note, outcome), error_id(outcome), format!("notat-hjelp-{}", outcome.index()));
    label(&mut out, FollowField::Note, outcome, Key::FollowNote, lang);
    // The newline after <textarea> is the one the HTML parser drops, so a note's own first line
    // break survives.
    let (message, hidden, invalid) = match refused {
        true => (escape(&justification_missing(outcome, lang)), "", " aria-invalid=\"true\""),
        false => (String::new(), " hidden", ""),
    };
    let _ = write!(
        out,
        "<p class=\"hint\" id=\"{hint}\">{}</p><p class=\"error-message\" id=\"{error}\"{hidden}>{message}</p>\
         <textarea id=\"{note}\" name=\"note\" rows=\"3\" maxlength=\"{MAX_NOTE_CHARS}\" aria-describedby=\"{error} {hint}\"{invalid}>\n{}</textarea></div>",
        escape(t(lang, Key::FollowNoteHint)),
        escape(&f.note)
    );
    input(&mut out, FollowField::Owner, outcome, (Key::FollowOwner, "text", MAX_OWNER_CHARS), &f.owner, lang);
    let deadline = f.deadline.map(Date::iso).unwrap_or_default();
    input(&mut out, FollowField::Deadline, outcome, (Key::FollowDeadline, "date", 10), &deadline, lang);
    let evidence = (Key::FollowEvidence, "text", MAX_EVIDENCE_CHARS);
    input(&mut out, FollowField::Evidence, outcome, evidence, &f.evidence, lang);
    out.push_str("</fieldset>");
    out
}

/// The line under the form: the item's warnings and when it was last changed.
pub fn status_line(f: &FollowUp, lang: Lang, today: Date, interval: ReviewInterval) -> String {
    let mut out = String::new();
    for mark in attention_marks(f, today, interval, lang) {
        let _ = write!(out, "<strong class=\"follow-mark\">{}</strong> ", escape(mark));
    }
    if let Some(changed) = f.changed {
        let _ = write!(out, "{}: {}", escape(t(lang, Key::FollowChanged)), changed.display(lang));
    }
    if out.is_empty() {
        out
    } else {
        format!("<p class=\"hint follow-status-line\">{out}</p>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hostile() -> FollowUp {
        FollowUp {
            status: Status::UnderArbeid,
            note: "\nførste\"><script>alert(1)</script></textarea>".into(),
            owner: "\" onfocus=\"alert(1)".into(),
            deadline: Date::parse_iso("2026-06-30"),
            evidence: "<b>&</b>".into(),
            changed: Date::parse_iso("2026-12-01"),
        }
    }

    #[test]
    fn the_users_text_stays_text() {
        let html = form(OutcomeId(0), &hostile(), Lang::Nb, false);
        assert!(!html.contains("<script>") && !html.contains("</textarea></textarea>"));
        assert!(!html.contains("\" onfocus=\""));
        assert!(html.contains("value=\"&quot; onfocus=&quot;alert(1)\""));
        assert!(html.contains(">\n\nførste&quot;&gt;"), "the note's own first line break is kept");
    }

    #[test]
    fn every_control_has_its_label_and_the_saved_value() {
        let html = form(OutcomeId(3), &hostile(), Lang::En, false);
        assert!(html.contains("hidden></p>") && !html.contains("aria-invalid"));
        let refused = form(OutcomeId(3), &hostile(), Lang::En, true);
        assert!(refused.contains("aria-invalid=\"true\"") && refused.contains("Write why"));
        for field in FollowField::ALL {
            let id = field_id(*field, OutcomeId(3));
            assert!(html.contains(&format!("<label for=\"{id}\">")), "{id}");
            assert!(html.contains(&format!("id=\"{id}\" name=\"{}\"", field.id())), "{id}");
        }
        assert!(html.contains("<option value=\"under-arbeid\" selected>In progress</option>"));
        assert_eq!(html.matches(" selected").count(), 1);
        assert!(html.contains("value=\"2026-06-30\""));
        assert!(html.starts_with("<fieldset") && html.contains("<legend>Follow-up of “"));
    }

    #[test]
    fn a_fields_change_is_read_as_the_form_means_it() {
        assert_eq!(change(FollowField::Status, "ikke-relevant".into()), Some(Change::Status(Status::IkkeRelevant)));
        assert_eq!(change(FollowField::Status, "kanskje".into()), None);
        assert_eq!(change(FollowField::Deadline, "".into()), Some(Change::Deadline(None)));
        assert_eq!(
            change(FollowField::Deadline, "2027-01-31".into()),
            Some(Change::Deadline(Date::parse_iso("2027-01-31")))
        );
    }

    #[test]
    fn the_status_line_names_the_warnings_and_the_date_as_the_language_writes_it() {
        let today = Date::parse_iso("2026-12-02").unwrap();
        let line = status_line(&hostile(), Lang::Nb, today, ReviewInterval::default());
        assert!(line.contains("Fristen er passert") && line.contains("Sist endret: 01.12.2026"));
        assert_eq!(status_line(&FollowUp::default(), Lang::Nb, today, ReviewInterval::default()), "");
    }
}
