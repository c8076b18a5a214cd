//! The "Hva er endret" page's HTML fragment in one UI language: per changed point a section with
//! what happened to it and to each block, the circular's words quoted (always bokmål) with what
//! was taken out struck and what was put in underlined, both also said in words.

use crate::editions::diff::{BlockChange, LinkChange, PointChange, WordEdit};
use crate::editions::words::{ChangeWords, Word};
use crate::parse::section_types::{Block, Section};
use rundskriv_model::{BlockKind, Lang, SectionKind};
use std::fmt::Write as _;

/// The fragment for `changes` (empty for none); the app puts it inside its `.changes` element.
pub fn render_changes(changes: &[PointChange], words: &ChangeWords, lang: Lang) -> String {
    let mut html = String::new();
    for change in changes {
        Page { words, lang }.point(&mut html, change);
    }
    html
}

/// `text` safe in HTML text and in a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

struct Page<'w> {
    words: &'w ChangeWords,
    lang: Lang,
}

impl Page<'_> {
    /// One of our words, escaped.
    fn word(&self, word: Word) -> String {
        escape(self.words.get(word, self.lang))
    }

    /// One of our words with its placeholders replaced by HTML, in one pass, so a value's own
    /// braces are never taken for a placeholder.
    fn filled(&self, word: Word, values: &[(&str, String)]) -> String {
        let mut html = String::new();
        let mut rest = self.words.get(word, self.lang);
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
            html.push_str(&escape(&rest[..open]));
            let name = rest.get(open + 1..close).unwrap_or("");
            match values.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => html.push_str(value),
                None => html.push_str(&escape(rest.get(open..=close).unwrap_or(&rest[open..]))),
            }
            rest = rest.get(close + 1..).unwrap_or("");
        }
        html.push_str(&escape(rest));
        html
    }

    /// The circular's words inside ours: marked bokmål when the page is in another language.
    fn circular(&self, text: &str) -> String {
        if self.lang == Lang::Nb {
            escape(text)
        } else {
            format!("<span lang=\"nb\">{}</span>", escape(text))
        }
    }

    /// The words a screen reader says before text taken out or put in.
    fn prefix(&self, word: Word) -> String {
        let lang = match self.lang {
            Lang::Nb => String::new(),
            other => format!(" lang=\"{}\"", other.tag()),
        };
        format!("<span class=\"visually-hidden\"{lang}>{} </span>", self.word(word))
    }

    fn point(&self, html: &mut String, change: &PointChange) {
        let Some(section) = change.newer.or(change.older) else {
            return;
        };
        let id = escape(&format!("endring-{}", change.key()));
        let _ = write!(html, "<section id=\"{id}\" aria-labelledby=\"{id}-h\" tabindex=\"-1\">");
        let number = if section.number.is_empty() {
            String::new()
        } else {
            format!("{} ", escape(&section.number))
        };
        let _ = write!(html, "<h2 id=\"{id}-h\">{number}{}</h2>", self.circular(&section.title));
        let note = if change.added() {
            Some(self.word(Word::PointAdded))
        } else if change.removed() {
            Some(self.word(Word::PointRemoved))
        } else {
            change.renumbered().map(|(older, newer)| {
                self.filled(Word::Renumbered, &[("older", escape(older)), ("newer", escape(newer))])
            })
        };
        if let Some(note) = note {
            let _ = write!(html, "<p class=\"change-point\">{note}</p>");
        }
        for block in &change.blocks {
            // A point added or removed whole says so, and its heading shows its title.
            let title_of_whole = (change.added() || change.removed()) && is_title(block);
            if !title_of_whole {
                self.block(html, block, change.newer);
            }
        }
        html.push_str("</section>");
    }

    fn block(&self, html: &mut String, change: &BlockChange, point: Option<&Section>) {
        let (class, label, quote, links, shown) = match change {
            BlockChange::Added(block) => {
                let ins = format!("<ins>{}{}</ins>", self.prefix(Word::AddedPrefix), escape(&block.text));
                (
                    "added",
                    self.word(label(block.kind, Happened::Added)),
                    ins,
                    &[][..],
                    Some(*block),
                )
            }
            BlockChange::Removed(block) => {
                let del = format!("<del>{}{}</del>", self.prefix(Word::RemovedPrefix), escape(&block.text));
                (
                    "removed",
                    self.word(label(block.kind, Happened::Removed)),
                    del,
                    &[][..],
                    None,
                )
            }
            BlockChange::Changed {
                newer, words, links, ..
            } => {
                let label = self.word(label(newer.kind, Happened::Changed));
                ("changed", label, self.edits(words), &links[..], Some(*newer))
            }
            BlockChange::Moved { newer, from, .. } => {
                let label = match from.kind {
                    SectionKind::Point if !from.number.is_empty() => {
                        self.filled(Word::Moved, &[("older", escape(&from.number))])
                    }
                    _ => self.filled(Word::MovedFromSection, &[("older", self.circular(&from.title))]),
                };
                ("moved", label, escape(&newer.text), &[][..], Some(*newer))
            }
        };
        let _ = write!(
            html,
            "<div class=\"change change-{class}\"><p class=\"change-label\">{label}</p><blockquote class=\"quote\" lang=\"nb\"><p>{quote}</p></blockquote>"
        );
        if !links.is_empty() {
            html.push_str("<ul class=\"change-links\">");
            for link in links {
                self.link(html, link);
            }
            html.push_str("</ul>");
        }
        if let (Some(block), Some(point)) = (shown, point) {
            let _ = write!(
                html,
                "<p class=\"change-go\"><a href=\"{}\">{}</a></p>",
                escape(&href(point, block)),
                self.word(Word::GoToParagraph)
            );
        }
        html.push_str("</div>");
    }

    /// The newer text with what was taken out and put in marked inline.
    fn edits(&self, edits: &[WordEdit]) -> String {
        let mut html = String::new();
        for edit in edits {
            match edit {
                WordEdit::Same(text) => html.push_str(&escape(text)),
                // A change of spacing alone is no change a reader needs to hear of.
                WordEdit::Added(text) | WordEdit::Removed(text) if text.trim().is_empty() => {
                    if matches!(edit, WordEdit::Added(_)) {
                        html.push_str(&escape(text));
                    }
                }
                WordEdit::Removed(text) => {
                    let _ = write!(html, "<del>{}{}</del>", self.prefix(Word::RemovedPrefix), escape(text));
                }
                WordEdit::Added(text) => {
                    // Spaces around the added words are the newer text's, but no words put in.
                    let words = text.trim();
                    let (start, end) = (&text[..text.find(words).unwrap_or(0)], &text[text.trim_end().len()..]);
                    let prefix = self.prefix(Word::AddedPrefix);
                    let _ = write!(
                        html,
                        "{}<ins>{prefix}{}</ins>{}",
                        escape(start),
                        escape(words),
                        escape(end)
                    );
                }
            }
        }
        html
    }

    fn link(&self, html: &mut String, link: &LinkChange) {
        let text = [("text", self.circular(&link.text))];
        let sentence = match (&link.older, &link.newer) {
            (Some(_), Some(_)) => self.filled(Word::LinkChanged, &text),
            (None, _) => self.filled(Word::LinkAdded, &text),
            (_, None) => self.filled(Word::LinkRemoved, &text),
        };
        let _ = write!(html, "<li>{sentence}");
        for (word, target) in [(Word::LinkFrom, &link.older), (Word::LinkTo, &link.newer)] {
            if let Some(target) = target {
                let _ = write!(html, " {} {}", self.word(word), address(target));
            }
        }
        html.push_str("</li>");
    }
}

fn is_title(change: &BlockChange) -> bool {
    let block = match change {
        BlockChange::Added(block) | BlockChange::Removed(block) => block,
        BlockChange::Changed { newer, .. } | BlockChange::Moved { newer, .. } => newer,
    };
    block.kind == BlockKind::Title
}

#[derive(Clone, Copy)]
enum Happened {
    Added,
    Removed,
    Changed,
}

/// What to call a block of `kind` that `happened`: a heading and a footnote are not paragraphs.
fn label(kind: BlockKind, happened: Happened) -> Word {
    let [added, removed, changed] = match kind {
        BlockKind::Title | BlockKind::PartHeading => [Word::HeadingAdded, Word::HeadingRemoved, Word::HeadingChanged],
        BlockKind::Footnote(_) => [Word::FootnoteAdded, Word::FootnoteRemoved, Word::FootnoteChanged],
        _ => [Word::ParagraphAdded, Word::ParagraphRemoved, Word::ParagraphChanged],
    };
    match happened {
        Happened::Added => added,
        Happened::Removed => removed,
        Happened::Changed => changed,
    }
}

/// The app's route to `block` of `point` in the newest edition: the point's number (a non-point's
/// id) as core's `route_key` spells it, and the block's id; a title is its point's page.
fn href(point: &Section, block: &Block) -> String {
    let key = if point.kind == SectionKind::Point && !point.number.is_empty() {
        &point.number
    } else {
        &point.id
    };
    match block.kind {
        BlockKind::Title => format!("#/punkt/{key}"),
        _ => format!("#/punkt/{key}/{}", block.id),
    }
}

/// A link target as a link, when it is one a reader can follow safely; otherwise as text.
fn address(target: &str) -> String {
    let safe = ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| target.starts_with(scheme));
    if safe {
        format!("<a href=\"{0}\" rel=\"noreferrer\">{0}</a>", escape(target))
    } else {
        escape(target)
    }
}
