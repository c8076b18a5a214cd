//! The top of the checklist: the follow-up at a glance (the count of each status, a bar of how
//! many are settled, what is overdue, how many are due for review), the summary of refused
//! changes leading to their fields, and the export buttons with the e-mail link.

use super::action_button;
use super::follow_up_form::{field_id, justification_missing};
use crate::assessment::Item;
use crate::codec::follow_ups::FollowUps;
use crate::date::Date;
use crate::export::mailto::Mail;
use crate::export::static_page::escape;
use crate::labels::Label;
use crate::review::{overview, ReviewInterval};
use crate::trees::{OutcomeId, OUTCOMES};
use crate::ui_strings::{t, tf, Key, Lang};
use rundskriv_model::{ExportAction, FollowField};
use std::fmt::Write as _;

/// The id of the error summary, focused when a change is refused.
pub const ERROR_SUMMARY_ID: &str = "feilsammendrag";

/// Counts, bar, what is overdue and how many are due for review.
pub fn status_overview(items: &[Item], follow: &FollowUps, lang: Lang, today: Date, interval: ReviewInterval) -> String {
    let o = overview(items, follow, today, interval);
    let settled: usize = o.counts.iter().filter(|(s, _)| s.is_settled()).map(|(_, n)| n).sum();
    let (settled, total) = (settled.to_string(), o.total.to_string());
    let settled_text = tf(lang, Key::OverviewSettled, &[("settled", &settled), ("total", &total)]);
    let mut out = format!(
        "<h2 id=\"oppfolging-tittel\">{}</h2><label for=\"avklart\">{}</label> \
         <progress id=\"avklart\" max=\"{}\" value=\"{settled}\">{settled} / {total}</progress><ul class=\"status-counts\">",
        escape(t(lang, Key::OverviewTitle)),
        escape(&settled_text),
        o.total.max(1)
    );
    for (status, n) in &o.counts {
        let _ = write!(out, "<li>{}: <strong>{n}</strong></li>", escape(status.label(lang)));
    }
    out.push_str("</ul>");
    if !o.overdue.is_empty() {
        let _ = write!(out, "<p><strong class=\"follow-mark\">{}:</strong></p><ul>", escape(t(lang, Key::OverviewOverdue)));
        for &outcome in &o.overdue {
            let _ = write!(out, "<li>{}</li>", escape(OUTCOMES[outcome].title.get(lang)));
        }
        out.push_str("</ul>");
    }
    if !o.due_for_review.is_empty() {
        let _ = write!(out, "<p>{}: {}</p>", escape(t(lang, Key::FollowDueReview)), o.due_for_review.len());
    }
    out
}

/// What must be corrected, each a button to its field; empty when nothing was refused.
pub fn error_summary(refused: &[OutcomeId], lang: Lang) -> String {
    if refused.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<div class=\"error-summary\" id=\"{ERROR_SUMMARY_ID}\" role=\"alert\" tabindex=\"-1\"><h2>{}</h2><ul>",
        escape(t(lang, Key::ErrorSummaryTitle))
    );
    for &outcome in refused {
        let _ = write!(
            out,
            "<li><button type=\"button\" class=\"link-button\" data-focus=\"{}\">{}</button></li>",
            field_id(FollowField::Note, outcome),
            escape(&justification_missing(outcome, lang))
        );
    }
    out.push_str("</ul></div>");
    out
}

/// The export buttons and the e-mail link; below them, when the share link has grown too long
/// for e-mail (`link_chars` characters), the word to send the JSON file instead.
pub fn export_actions(mail: &Mail, link_chars: usize, lang: Lang) -> String {
    let mut out = String::from("<div class=\"actions export-actions\">");
    out.push_str(&action_button(ExportAction::Print, "primary", t(lang, Key::AssessmentPrint)));
    for (action, key) in [
        (ExportAction::Markdown, Key::AssessmentDownloadMd),
        (ExportAction::Csv, Key::AssessmentDownloadCsv),
        (ExportAction::Json, Key::AssessmentDownloadJson),
        (ExportAction::CopyDocument, Key::AssessmentCopyDocument),
    ] {
        out.push_str(&action_button(action, "secondary", t(lang, key)));
    }
    let _ = write!(
        out,
        "<a class=\"button-link secondary\" href=\"{}\">{}</a>",
        escape(&mail.href),
        escape(t(lang, Key::AssessmentEmail))
    );
    out.push_str(&action_button(ExportAction::CopyLink, "secondary", t(lang, Key::AssessmentCopyLink)));
    out.push_str("</div>");
    if !mail.has_link {
        let text = tf(lang, Key::AssessmentLinkTooLong, &[("length", &link_chars.to_string())]);
        let _ = write!(out, "<div class=\"notice\" role=\"status\"><p>{}</p></div>", escape(&text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{checklist, progress};
    use crate::codec::answers;

    #[test]
    fn the_overview_counts_every_status_and_the_bar_says_how_many_are_settled() {
        let items = checklist(&progress(&answers::decode("virksomhetstype:departement").unwrap()));
        let today = Date::parse_iso("2026-12-02").unwrap();
        let html = status_overview(&items, &FollowUps::new(), Lang::Nb, today, ReviewInterval::default());
        assert_eq!(html.matches("<li>").count(), 5);
        assert!(html.contains("<progress id=\"avklart\"") && html.contains("value=\"0\""));
        assert!(html.contains("<label for=\"avklart\">0 av "));
    }

    #[test]
    fn the_error_summary_leads_to_each_refused_field() {
        assert_eq!(error_summary(&[], Lang::Nb), "");
        let html = error_summary(&[OutcomeId(2)], Lang::En);
        assert!(html.contains("data-focus=\"notat-2\"") && html.contains("role=\"alert\""));
    }

    #[test]
    fn a_link_too_long_for_e_mail_is_said_and_the_file_offered() {
        let mail = |has_link| Mail {
            href: "mailto:?subject=a&body=b".into(),
            has_link,
        };
        assert!(!export_actions(&mail(true), 900, Lang::Nb).contains("notice"));
        let html = export_actions(&mail(false), 2400, Lang::Nb);
        assert!(html.contains("2400 tegn") && html.contains("JSON"));
        assert!(html.contains("href=\"mailto:?subject=a&amp;body=b\""));
        assert_eq!(html.matches("data-action=").count(), ExportAction::ALL.len());
    }
}
