//! The self-assessment as an e-mail to whoever is responsible: a `mailto:` address (RFC 6068)
//! with no recipient, a subject and a short body (how many krav stand at each status, what is
//! overdue) and the share link, for the user's own mail program to open.

use super::Report;
use crate::assessment::{checklist, progress};
use crate::labels::{summary_line, Label};
use crate::percent;
use crate::review::overview;
use crate::trees::OUTCOMES;
use crate::ui_strings::{t, tf, Key};

/// The longest `mailto:` address written. Browsers and mail programs are known to keep 2,000
/// characters reliably; Internet Explorer and older Outlook cut at 2,083 (docs/formats.md).
pub const MAX_MAILTO_CHARS: usize = 2000;

/// A `mailto:` address, and whether the share link fitted into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub url: String,
    /// False when the link would have made the address too long: the body then says to send the
    /// JSON file instead, and so must the page.
    pub has_link: bool,
}

/// The body, with the first `shown` overdue items named (the rest counted) and the link or the
/// note that it is left out.
fn body(report: &Report, overdue: &[&str], shown: usize, with_link: bool) -> String {
    let lang = report.lang;
    let p = progress(report.answers);
    let items = checklist(&p);
    let o = overview(&items, report.follow, report.today, report.interval);
    let mut lines = vec![summary_line(&items, &p, lang), String::new()];
    lines.push(t(lang, Key::MailStatusTitle).to_string());
    for (status, count) in &o.counts {
        lines.push(format!("- {}: {count}", status.label(lang)));
    }
    if !overdue.is_empty() {
        lines.push(String::new());
        lines.push(t(lang, Key::MailOverdueTitle).to_string());
        for title in &overdue[..shown] {
            lines.push(format!("- {title}"));
        }
        if shown < overdue.len() {
            let more = (overdue.len() - shown).to_string();
            lines.push(format!("- {}", tf(lang, Key::MailMore, &[("count", &more)])));
        }
    }
    lines.push(String::new());
    if with_link {
        lines.push(t(lang, Key::MailLink).to_string());
        lines.push(report.link.to_string());
    } else {
        lines.push(t(lang, Key::MailLinkTooLong).to_string());
    }
    // RFC 6068: a line break in the body is CR LF.
    lines.join("\r\n")
}

fn address(subject: &str, body: &str) -> String {
    format!(
        "mailto:?subject={}&body={}",
        percent::encode(subject),
        percent::encode(body)
    )
}

/// The e-mail, at most `MAX_MAILTO_CHARS` long: the link is kept if it fits with the summary
/// (naming fewer overdue items first), else left out with a note saying so.
pub fn mailto(report: &Report) -> Mail {
    let lang = report.lang;
    let subject = tf(lang, Key::MailSubject, &[("date", &report.today.display(lang))]);
    let p = progress(report.answers);
    let items = checklist(&p);
    let o = overview(&items, report.follow, report.today, report.interval);
    let overdue: Vec<&str> = o.overdue.iter().map(|&id| OUTCOMES[id].title.get(lang)).collect();
    let mut last = String::new();
    for with_link in [true, false] {
        for shown in (0..=overdue.len()).rev() {
            last = address(&subject, &body(report, &overdue, shown, with_link));
            if last.len() <= MAX_MAILTO_CHARS {
                return Mail {
                    url: last,
                    has_link: with_link,
                };
            }
        }
    }
    // Even the shortest summary is longer (never met with this app's texts): sent as it is.
    Mail {
        url: last,
        has_link: false,
    }
}
