//! The self-assessment as Markdown, for case documents and wikis: the document of
//! `document::write`, with `[x]` for settled items and every cited paragraph quoted
//! (`> text (paragraph-id)`).

use super::document::{write, Writer};
use super::Report;
use std::fmt::Write as _;

struct Markdown(String);

impl Writer for Markdown {
    fn title(&mut self, text: &str) {
        let _ = writeln!(self.0, "# {text}\n");
    }
    fn meta(&mut self, label: &str, value: &str, href: Option<&str>) {
        match href {
            Some(href) if href != value => {
                let _ = writeln!(self.0, "{label}: {value} ({href})  ");
            }
            _ => {
                let _ = writeln!(self.0, "{label}: {value}  ");
            }
        }
    }
    fn paragraph(&mut self, text: &str) {
        let _ = writeln!(self.0, "\n{text}");
    }
    fn heading(&mut self, level: u8, text: &str) {
        let _ = writeln!(self.0, "\n{} {text}\n", "#".repeat(level as usize));
    }
    fn list_start(&mut self) {}
    fn list_end(&mut self) {}
    fn entry(&mut self, text: &str, strong: Option<&str>) {
        match strong {
            Some(strong) => {
                let _ = writeln!(self.0, "- {text} **{strong}**");
            }
            None => {
                let _ = writeln!(self.0, "- {text}");
            }
        }
    }
    fn item_start(&mut self, check: Option<bool>, title: &str, text: &str) {
        let check = match check {
            Some(true) => "[x] ",
            Some(false) => "[ ] ",
            None => "",
        };
        let _ = writeln!(self.0, "- {check}**{title}**  \n  {text}");
    }
    fn item_line(&mut self, text: &str, strong: bool) {
        // A note's line breaks stay inside the list item.
        let text = text.replace('\n', "\n    ");
        let _ = if strong {
            writeln!(self.0, "  - **{text}**")
        } else {
            writeln!(self.0, "  - {text}")
        };
    }
    fn quote(&mut self, text: &str, id: &str) {
        let _ = writeln!(self.0, "  > {text} ({id})");
    }
    fn item_end(&mut self) {}
}

/// The whole assessment as Markdown.
pub fn markdown(report: &Report) -> String {
    let mut out = Markdown(String::new());
    write(report, &mut out);
    out.0
}
