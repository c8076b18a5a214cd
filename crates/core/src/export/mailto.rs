//! The assessment as an e-mail to whoever is responsible: a `mailto:` address with a subject and a
//! short body (the counts, the follow-up's status, what is overdue, the shared link). Nothing is
//! sent by the app; the user's mail program opens with the message written.
//!
//! Length: `mailto:` addresses are handed to the mail program through the operating system, and
//! Outlook on Windows, the most common in Norwegian public offices, cuts or refuses them beyond
//! 2,083 characters (the Internet Explorer URL limit its handler kept); Chromium itself allows 2 MB
//! (`url::kMaxURLChars`, measured by tests/browser/followup.test.mjs). So an address stays within
//! `MAX_MAILTO_LEN`; a share link that would take it past that is left out of the body,
//! which then says to attach the JSON file instead.

use super::Report;
use crate::assessment::{checklist, progress};
use crate::labels::{overview_line, summary_line};
use crate::percent;
use crate::review::overview;
use crate::trees::OUTCOMES;
use crate::ui_strings::{t, Key};

/// The longest `mailto:` address made: under Outlook's 2,083 characters, with a margin.
pub const MAX_MAILTO_LEN: usize = 2000;

/// Percent-encodes a header value of a `mailto:` address: RFC 6068 lets `,` and `:` stand as
/// they are, which keeps a link's answers (`virksomhetstype:departement,…`) short.
fn encode(text: &str) -> String {
    percent::encode(text).replace("%2C", ",").replace("%3A", ":")
}

/// The body's lines (CRLF between them, as RFC 6068 asks).
fn body(report: &Report, with_link: bool, with_overdue: bool) -> String {
    let lang = report.lang;
    let p = progress(report.answers);
    let items = checklist(&p);
    let status = overview(&items, report.follow, report.today, report.interval);
    let mut lines = vec![
        t(lang, Key::AssessmentEmailIntro).to_string(),
        String::new(),
        summary_line(&items, &p, lang),
        format!("{}: {}", t(lang, Key::OverviewTitle), overview_line(&status, lang)),
    ];
    if with_overdue && !status.overdue.is_empty() {
        lines.push(format!("{}:", t(lang, Key::OverviewOverdue)));
        lines.extend(status.overdue.iter().map(|&o| format!("- {}", OUTCOMES[o].title.get(lang))));
    }
    lines.push(String::new());
    lines.push(if with_link {
        report.link.to_string()
    } else {
        t(lang, Key::AssessmentEmailNoLink).to_string()
    });
    lines.join("\r\n")
}

/// A written e-mail: its `mailto:` address, and whether the share link fitted in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub href: String,
    pub has_link: bool,
}

/// The e-mail, without a recipient (the user picks one in the mail program), within
/// `MAX_MAILTO_LEN`: the list of overdue items goes first, then the link, when it would not fit.
pub fn mailto(report: &Report) -> Mail {
    let subject = encode(t(report.lang, Key::AssessmentEmailSubject));
    let address = |link, overdue| format!("mailto:?subject={subject}&body={}", encode(&body(report, link, overdue)));
    for (has_link, overdue) in [(true, true), (true, false), (false, true)] {
        let href = address(has_link, overdue);
        if href.len() <= MAX_MAILTO_LEN {
            return Mail { href, has_link };
        }
    }
    Mail {
        href: address(false, false),
        has_link: false,
    }
}
