//! The text of one block as it is read: words with their white space folded, the marks (links,
//! footnote references) placed on it, and the `{#slug}` anchor that ends it.

use crate::parse::id::check_slug;
use crate::parse::section_types::Mark;

/// A block's text and marks, collected from pulldown-cmark's inline events.
#[derive(Default)]
pub struct InlineText {
    pub text: String,
    pub marks: Vec<Mark>,
    /// Where the open link starts in `text`, and its target.
    pub link_start: Option<(usize, String)>,
}

impl InlineText {
    /// Appends `t` with each run of white space as one space.
    pub fn push_text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_whitespace() {
                if !self.text.is_empty() && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
            } else {
                self.text.push(c);
            }
        }
    }

    /// The length of the text without trailing white space: where a mark placed now ends.
    pub fn end(&self) -> usize {
        self.text.trim_end().len()
    }

    pub fn trim_end(&mut self) {
        self.text.truncate(self.end());
    }

    /// Splits the trailing ` {#slug}` off the text and returns the slug.
    pub fn take_anchor(&mut self) -> Result<String, String> {
        self.trim_end();
        let Some(open) = self.text.rfind("{#") else {
            return Err(format!(
                "this block has no anchor: end it with ` {{#slug}}` (text starts `{}`)",
                preview(&self.text)
            ));
        };
        if !self.text.ends_with('}') {
            return Err("text follows the block's `{#slug}` anchor; the anchor must come last".to_string());
        }
        let slug = self.text[open + 2..self.text.len() - 1].to_string();
        check_slug("anchor", &slug)?;
        self.text.truncate(open);
        self.trim_end();
        if self.text.is_empty() {
            return Err("this block has an anchor but no text".to_string());
        }
        let len = self.text.len();
        if let Some(mark) = self.marks.iter().find(|m| match m {
            Mark::Link { end, .. } => *end > len,
            Mark::Note { at, .. } => *at > len,
        }) {
            return Err(format!("a link or footnote sits inside the anchor: {mark:?}"));
        }
        Ok(slug)
    }

    /// pulldown-cmark leaves a reference to an undefined footnote as literal text: its label.
    pub fn undefined_footnote(&self) -> Option<String> {
        let at = self.text.find("[^")?;
        Some(self.text[at + 2..].chars().take_while(|c| *c != ']').collect())
    }
}

/// The start of `text`, to name a block in a message.
pub fn preview(text: &str) -> String {
    text.chars().take(40).collect()
}

pub fn is_comment(html: &str) -> bool {
    let html = html.trim();
    html.starts_with("<!--") && html.ends_with("-->")
}

/// A footnote's number, from its label (`[^3]`).
pub fn footnote_number(label: &str) -> Result<u8, String> {
    label
        .parse::<u8>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("footnote `[^{label}]` must be labelled with its number, as printed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_is_opened_and_closed() {
        assert!(is_comment("  <!-- a note for the editor -->\n"));
        assert!(!is_comment("<!-- never closed"));
        assert!(!is_comment("closed only -->"));
        assert!(!is_comment("<b>bold</b>"));
    }

    #[test]
    fn footnotes_are_numbered_from_one() {
        assert_eq!(footnote_number("1"), Ok(1));
        assert_eq!(footnote_number("12"), Ok(12));
        for not_a_number in ["0", "a", "", "-1", "256"] {
            assert!(footnote_number(not_a_number).is_err(), "{not_a_number}");
        }
    }
}
