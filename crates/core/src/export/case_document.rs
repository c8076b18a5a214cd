//! The self-assessment as HTML for the clipboard's formatted flavour: pasted into Word or a
//! case-handling system's editor it keeps its headings, lists and quotes. Plain elements only
//! (no classes, no styles), since the document it lands in brings its own.

use super::document::{write, Writer};
use super::static_page::escape;
use super::Report;
use std::fmt::Write as _;

struct Html(String);

impl Writer for Html {
    fn title(&mut self, text: &str) {
        let _ = writeln!(self.0, "<h1>{}</h1>", escape(text));
    }
    fn meta(&mut self, label: &str, value: &str, href: Option<&str>) {
        let value = match href {
            Some(href) => format!("<a href=\"{}\">{}</a>", escape(href), escape(value)),
            None => escape(value),
        };
        let _ = writeln!(self.0, "<p>{}: {value}</p>", escape(label));
    }
    fn paragraph(&mut self, text: &str) {
        let _ = writeln!(self.0, "<p>{}</p>", escape(text));
    }
    fn heading(&mut self, level: u8, text: &str) {
        let _ = writeln!(self.0, "<h{level}>{}</h{level}>", escape(text));
    }
    fn list_start(&mut self) {
        self.0.push_str("<ul>\n");
    }
    fn list_end(&mut self) {
        self.0.push_str("</ul>\n");
    }
    fn entry(&mut self, text: &str, strong: Option<&str>) {
        let strong = strong.map(|s| format!(" <strong>{}</strong>", escape(s))).unwrap_or_default();
        let _ = writeln!(self.0, "<li>{}{strong}</li>", escape(text));
    }
    fn item_start(&mut self, check: Option<bool>, title: &str, text: &str) {
        // A ballot box a word processor keeps, where an <input> would be dropped.
        let check = match check {
            Some(true) => "☑ ",
            Some(false) => "☐ ",
            None => "",
        };
        let _ = writeln!(
            self.0,
            "<li><p>{check}<strong>{}</strong><br>{}</p>\n<ul>",
            escape(title),
            escape(text)
        );
    }
    fn item_line(&mut self, text: &str, strong: bool) {
        let text = escape(text).replace('\n', "<br>");
        let _ = if strong {
            writeln!(self.0, "<li><strong>{text}</strong></li>")
        } else {
            writeln!(self.0, "<li>{text}</li>")
        };
    }
    fn quote(&mut self, text: &str, id: &str) {
        let _ = writeln!(self.0, "</ul>\n<blockquote><p>{} ({})</p></blockquote>\n<ul>", escape(text), escape(id));
    }
    fn item_end(&mut self) {
        self.0.push_str("</ul>\n</li>\n");
    }
}

/// The whole assessment as an HTML fragment, and its empty lists removed.
pub fn case_document(report: &Report) -> String {
    let mut out = Html(String::new());
    write(report, &mut out);
    out.0.replace("<ul>\n</ul>\n", "")
}
