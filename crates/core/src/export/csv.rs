//! The checklist as a spreadsheet (CSV) that Norwegian Excel and LibreOffice open right by a
//! double-click: a UTF-8 byte order mark (without it Excel reads the file as Windows-1252 and
//! garbles æøå), semicolons between fields (the list separator of Norwegian regional settings,
//! where the comma is the decimal sign), CRLF line ends and RFC 4180 quoting, so quotes, semicolons
//! and line breaks in a note survive. No `sep=;` line: with one, Excel ignores the byte order mark.

use super::Report;
use crate::assessment::{checklist, progress};
use crate::content::{Block, BLOCKS, SECTIONS};
use crate::labels::Label;
use crate::review::{is_due_for_review, is_overdue, takes_follow_up};
use crate::date::Date;
use crate::trees::{Verdict, OUTCOMES};
use crate::ui_strings::{t, Key};

/// The byte order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// One field, quoted when it holds a separator, a quote or a line break (RFC 4180). A text that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe, so a
/// note from a shared link cannot compute anything on the reader's machine.
pub fn field(text: &str) -> String {
    let text = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if text.contains([';', '"', '\n', '\r', ',']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn row(fields: &[String]) -> String {
    let cells: Vec<String> = fields.iter().map(|f| field(f)).collect();
    format!("{}\r\n", cells.join(";"))
}

/// Every item of the checklist but what does not apply, one row each, with a header row.
pub fn csv(report: &Report) -> String {
    let lang = report.lang;
    let header = [
        Key::CsvPoint,
        Key::CsvParagraph,
        Key::CsvVerdict,
        Key::CsvTitle,
        Key::FollowStatus,
        Key::FollowNote,
        Key::FollowOwner,
        Key::FollowDeadline,
        Key::FollowEvidence,
        Key::FollowChanged,
        Key::FollowOverdue,
        Key::FollowDueReview,
        Key::CsvQuotes,
    ]
    .map(|key| t(lang, key).to_string());
    let mut out = format!("{BOM}{}", row(&header));
    let yes_no = |yes: bool| t(lang, if yes { Key::TreeYes } else { Key::TreeNo }).to_string();
    let date = |d: Option<Date>| d.map(|d| d.iso()).unwrap_or_default();
    for item in checklist(&progress(report.answers)) {
        let o = &OUTCOMES[item.outcome];
        if o.verdict == Verdict::GjelderIkke {
            continue;
        }
        let cited = |text: fn(&'static Block) -> &'static str| {
            o.cites.iter().map(|&c| text(&BLOCKS[c])).collect::<Vec<_>>().join("\n")
        };
        let mut fields = vec![
            SECTIONS[item.section].number.to_string(),
            cited(|b| b.id),
            o.verdict.label(lang).to_string(),
            o.title.get(lang).to_string(),
        ];
        if takes_follow_up(o.verdict) {
            let f = report.follow.get(&item.outcome).cloned().unwrap_or_default();
            fields.extend([
                f.status.label(lang).to_string(),
                f.note.clone(),
                f.owner.clone(),
                date(f.deadline),
                f.evidence.clone(),
                date(f.changed),
                yes_no(is_overdue(&f, report.today)),
                yes_no(is_due_for_review(&f, report.today, report.interval)),
            ]);
        } else {
            fields.extend(std::iter::repeat_n(String::new(), 8));
        }
        fields.push(cited(|b| b.text));
        out.push_str(&row(&fields));
    }
    out
}
