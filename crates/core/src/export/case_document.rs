//! The self-assessment for the clipboard, to paste into a case document (Word, the case-handling
//! systems' editors): the document of `document::write` as plain HTML (headings, lists, the
//! circular's words in `<blockquote lang="nb">`; no script, style or class, every text escaped)
//! and as plain text with the same structure, for editors that take only text.

use super::document::{write, Writer};
/// Text safe in HTML element content and double-quoted attributes, as the static circular writes it.
pub use super::static_page::escape;
use super::Report;

/// Escaped, with the user's line breaks kept (a note of several lines; CR LF is one break).
fn lines(text: &str) -> String {
    escape(text).replace("\r\n", "\n").replace(['\r', '\n'], "<br>")
}

/// Only web addresses become links: a pasted `javascript:` must not.
fn is_web_address(href: &str) -> bool {
    href.starts_with("https://") || href.starts_with("http://")
}

struct Html {
    out: String,
    /// An item's lines (warnings, follow-up) are a list of their own, opened at the first line.
    in_lines: bool,
}

impl Html {
    fn close_lines(&mut self) {
        if self.in_lines {
            self.out.push_str("</ul>");
            self.in_lines = false;
        }
    }
}

impl Writer for Html {
    fn title(&mut self, text: &str) {
        self.out.push_str(&format!("<h1>{}</h1>\n", escape(text)));
    }
    fn meta(&mut self, label: &str, value: &str, href: Option<&str>) {
        let value = match href.filter(|h| is_web_address(h)) {
            Some(href) => format!("<a href=\"{}\">{}</a>", escape(href), escape(value)),
            None => escape(value),
        };
        self.out
            .push_str(&format!("<p><strong>{}:</strong> {value}</p>\n", escape(label)));
    }
    fn paragraph(&mut self, text: &str) {
        self.out.push_str(&format!("<p>{}</p>\n", lines(text)));
    }
    fn heading(&mut self, level: u8, text: &str) {
        let level = level.clamp(2, 3);
        self.out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text)));
    }
    fn list_start(&mut self) {
        self.out.push_str("<ul>\n");
    }
    fn list_end(&mut self) {
        self.out.push_str("</ul>\n");
    }
    fn entry(&mut self, text: &str, strong: Option<&str>) {
        let strong = strong
            .map(|s| format!(" <strong>{}</strong>", escape(s)))
            .unwrap_or_default();
        self.out.push_str(&format!("<li>{}{strong}</li>\n", escape(text)));
    }
    fn item_start(&mut self, check: Option<bool>, title: &str, text: &str) {
        let check = match check {
            Some(true) => "☑ ",
            Some(false) => "☐ ",
            None => "",
        };
        self.out.push_str(&format!(
            "<li><p>{check}<strong>{}</strong><br>{}</p>",
            escape(title),
            lines(text)
        ));
    }
    fn item_line(&mut self, text: &str, strong: bool) {
        if !self.in_lines {
            self.out.push_str("<ul>");
            self.in_lines = true;
        }
        let text = if strong {
            format!("<strong>{}</strong>", lines(text))
        } else {
            lines(text)
        };
        self.out.push_str(&format!("<li>{text}</li>"));
    }
    fn quote(&mut self, text: &str, id: &str) {
        self.close_lines();
        self.out.push_str(&format!(
            "<blockquote lang=\"nb\"><p>{} ({})</p></blockquote>",
            lines(text),
            escape(id)
        ));
    }
    fn item_end(&mut self) {
        self.close_lines();
        self.out.push_str("</li>\n");
    }
}

/// Plain text with the same structure: underlined headings, `-` lists, `>` quotes.
struct Plain(String);

impl Plain {
    fn push_line(&mut self, indent: &str, text: &str) {
        // A note's later lines line up under its first (a quote's keep their `>`), so the
        // structure reads.
        let continued: String = std::iter::once('\n')
            .chain(indent.chars().map(|c| if c == '-' { ' ' } else { c }))
            .collect();
        self.0.push_str(indent);
        self.0
            .push_str(&text.replace("\r\n", "\n").replace(['\r', '\n'], &continued));
        self.0.push('\n');
    }
}

impl Writer for Plain {
    fn title(&mut self, text: &str) {
        let line = "=".repeat(text.chars().count());
        self.0.push_str(&format!("{text}\n{line}\n\n"));
    }
    fn meta(&mut self, label: &str, value: &str, href: Option<&str>) {
        match href {
            Some(href) if href != value => self.push_line("", &format!("{label}: {value} ({href})")),
            _ => self.push_line("", &format!("{label}: {value}")),
        }
    }
    fn paragraph(&mut self, text: &str) {
        self.0.push('\n');
        self.push_line("", text);
    }
    fn heading(&mut self, level: u8, text: &str) {
        let underline = if level <= 2 { '=' } else { '-' };
        let line: String = text.chars().map(|_| underline).collect();
        self.0.push_str(&format!("\n{text}\n{line}\n\n"));
    }
    fn list_start(&mut self) {}
    fn list_end(&mut self) {}
    fn entry(&mut self, text: &str, strong: Option<&str>) {
        match strong {
            Some(strong) => self.push_line("- ", &format!("{text} {strong}")),
            None => self.push_line("- ", text),
        }
    }
    fn item_start(&mut self, check: Option<bool>, title: &str, text: &str) {
        let check = match check {
            Some(true) => "[x] ",
            Some(false) => "[ ] ",
            None => "",
        };
        self.push_line("- ", &format!("{check}{title}"));
        self.push_line("  ", text);
    }
    fn item_line(&mut self, text: &str, strong: bool) {
        if strong {
            self.push_line("  - ! ", text);
        } else {
            self.push_line("  - ", text);
        }
    }
    fn quote(&mut self, text: &str, id: &str) {
        self.push_line("  > ", &format!("{text} ({id})"));
    }
    fn item_end(&mut self) {}
}

/// The whole assessment as an HTML fragment for the clipboard, in the UI language.
pub fn html(report: &Report) -> String {
    let mut out = Html {
        out: format!("<div lang=\"{}\">\n", report.lang.tag()),
        in_lines: false,
    };
    write(report, &mut out);
    out.out.push_str("</div>\n");
    out.out
}

/// The whole assessment as plain text.
pub fn plain(report: &Report) -> String {
    let mut out = Plain(String::new());
    write(report, &mut out);
    out.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_is_escaped_and_only_web_addresses_link() {
        assert_eq!(escape("<script>&\""), "&lt;script&gt;&amp;&quot;");
        let mut out = Html {
            out: String::new(),
            in_lines: false,
        };
        out.meta("Lenke", "x", Some("javascript:alert(1)"));
        out.meta("Lenke", "y", Some("https://example.org/?a=1&b=\"2\""));
        assert_eq!(
            out.out,
            "<p><strong>Lenke:</strong> x</p>\n<p><strong>Lenke:</strong> <a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">y</a></p>\n"
        );
    }
}
