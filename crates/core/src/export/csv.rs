//! The checklist as a spreadsheet (CSV) that opens right by double-click in Norwegian Excel and
//! LibreOffice: one row per checklist item with its point, paragraphs, verdict, title, follow-up
//! and the circular's own words. Format choices and their reasons in docs/formats.md.

use super::Report;
use crate::assessment::{checklist, progress};
use crate::content::{BLOCKS, SECTIONS};
use crate::date::Date;
use crate::labels::Label;
use crate::review::takes_follow_up;
use crate::trees::OUTCOMES;
use crate::ui_strings::{t, Key};

/// The byte order mark: without it Excel reads the file as the Windows code page, and æøå break.
const BOM: char = '\u{FEFF}';
/// Norwegian Excel splits a double-clicked CSV at the list separator of the Windows region, which
/// is `;` in Norway (the decimal separator is `,`); LibreOffice guesses `;` from the header row.
/// With `,` Norwegian Excel would put each row in a single cell.
const SEPARATOR: char = ';';
/// RFC 4180 ends every row with CR LF.
const ROW_END: &str = "\r\n";

/// A cell as RFC 4180 writes it. A text that starts with what a spreadsheet reads as a formula
/// (`=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, as OWASP advises against CSV injection: a
/// note like `=HYPERLINK(…)` then shows as text instead of running (docs/formats.md).
pub fn cell(text: &str) -> String {
    let guarded = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if guarded.contains([SEPARATOR, '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn row(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&cells.join(&SEPARATOR.to_string()));
    out.push_str(ROW_END);
}

/// `YYYY-MM-DD`, which spreadsheets read as a date in any locale (a Norwegian `02.12.2026` is
/// text to an English spreadsheet).
fn date_cell(date: Option<Date>) -> String {
    date.map(Date::iso).unwrap_or_default()
}

/// The checklist as CSV (the checklist's items only: what is for information is no item).
pub fn csv(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::from(BOM);
    let header = [
        Key::CsvPoint,
        Key::CsvParagraphs,
        Key::CsvVerdict,
        Key::CsvTitle,
        Key::FollowStatus,
        Key::FollowNote,
        Key::FollowOwner,
        Key::FollowDeadline,
        Key::FollowEvidence,
        Key::FollowChanged,
        Key::CsvQuotes,
    ];
    row(&mut out, &header.map(|key| t(lang, key).to_string()));
    for item in checklist(&progress(report.answers)) {
        let o = &OUTCOMES[item.outcome];
        let f = report.follow.get(&item.outcome).cloned().unwrap_or_default();
        let ids: Vec<String> = o.cites.iter().map(|&c| BLOCKS[c].id()).collect();
        let quotes: Vec<&str> = o.cites.iter().map(|&c| BLOCKS[c].text()).collect();
        // Only krav and må vurderes take a status: the others stay empty rather than "ikke påbegynt".
        let status = if takes_follow_up(o.verdict) {
            f.status.label(lang)
        } else {
            ""
        };
        row(
            &mut out,
            &[
                SECTIONS[item.section].heading(),
                ids.join(" "),
                o.verdict.label(lang).to_string(),
                o.title.get(lang).to_string(),
                status.to_string(),
                f.note,
                f.owner,
                date_cell(f.deadline),
                f.evidence,
                date_cell(f.changed),
                quotes.join("\n\n"),
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_as_rfc_4180_says_and_formulas_guarded() {
        assert_eq!(cell("Kari Nordmann"), "Kari Nordmann");
        assert_eq!(cell("a;b"), "\"a;b\"");
        assert_eq!(cell("«sak» \"26/1\""), "\"«sak» \"\"26/1\"\"\"");
        assert_eq!(cell("linje 1\nlinje 2"), "\"linje 1\nlinje 2\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(cell(start).trim_start_matches('"').starts_with('\''), "{start:?}");
        }
        assert_eq!(cell("2026-12-02"), "2026-12-02");
        assert_eq!(cell(""), "");
    }
}
