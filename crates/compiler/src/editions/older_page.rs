//! The page of an edition before the newest (`rundskrivet-<edition id>.html`): its whole text,
//! and only its own, for the reader whose case was decided under it. Made at build time and
//! written beside the app by the post-build step, inside the plain page's frame (its head and
//! stylesheets); none of it is in the app's wasm.

use crate::editions::folders::EditionFolder;
use crate::editions::render::escape;
use crate::editions::words::{ChangeWords, Word};
use crate::parse::edition::Edition;
use crate::parse::section_types::{Block, Mark, Section};
use rundskriv_model::{BlockKind, Lang, SectionKind};
use std::fmt::Write as _;

/// The page's file name beside the app.
pub fn file_name(edition: &Edition) -> String {
    format!("rundskrivet-{}.html", edition.id)
}

/// An edition as the UI names it: by its series, or by what it replaces.
pub fn edition_name(edition: &Edition, words: &ChangeWords, lang: Lang) -> String {
    if edition.series.is_empty() {
        words.fill(Word::EditionName, lang, &[("replaces", &edition.replaces)])
    } else {
        words.fill(Word::EditionNameSeries, lang, &[("series", &edition.series)])
    }
}

/// The page's `<title>` and its `<main>` element: the notice that this is an older edition (in
/// every UI language, as the plain page's lead is), then the edition's sections.
pub fn render_older_page(older: &EditionFolder, newest: &Edition, words: &ChangeWords) -> (String, String) {
    let name = |edition: &Edition, lang| edition_name(edition, words, lang);
    let title = format!("{}, {}", older.edition.title, name(&older.edition, Lang::Nb));
    let mut html = String::from("<main id=\"hovedinnhold\" class=\"static-page older-edition\">\n");
    let _ = writeln!(html, "<h1 id=\"page-heading\">{}</h1>", escape(&title));
    for lang in Lang::ALL {
        let notice = words.fill(
            Word::OlderPageNotice,
            lang,
            &[
                ("edition", &name(&older.edition, lang)),
                ("newest", &name(newest, lang)),
            ],
        );
        let _ = writeln!(
            html,
            "<p class=\"lead older-edition-notice\" lang=\"{}\">{} <a href=\"./\">{}</a></p>",
            lang.tag(),
            escape(&notice),
            escape(words.get(Word::OlderPageApp, lang))
        );
    }
    let _ = writeln!(
        html,
        "<p class=\"verbatim-note\"><a href=\"{}\" rel=\"noreferrer\">{}</a></p>\n<article class=\"whole\">",
        escape(&older.edition.url),
        escape(words.get(Word::OlderPageSource, Lang::Nb))
    );
    for section in &older.sections {
        write_section(&mut html, section);
    }
    html.push_str("</article>\n</main>");
    (title, html)
}

fn write_section(html: &mut String, section: &Section) {
    let level = if section.kind == SectionKind::Chapter { 2 } else { 3 };
    let heading = match section.number.as_str() {
        "" => section.title.clone(),
        number => format!("{number} {}", section.title),
    };
    let _ = writeln!(
        html,
        "<section class=\"whole-section\">\n<h{level}>{}</h{level}>",
        escape(&heading)
    );
    let mut list: Option<&str> = None;
    for block in section.blocks.iter().filter(|b| b.kind != BlockKind::Title) {
        let wanted = match block.kind {
            BlockKind::Bullet => Some("ul"),
            BlockKind::Numbered(_) => Some("ol"),
            _ => None,
        };
        if list != wanted {
            if let Some(tag) = list {
                let _ = writeln!(html, "</{tag}>");
            }
            if let Some(tag) = wanted {
                let _ = writeln!(html, "<{tag}>");
            }
            list = wanted;
        }
        let id = escape(&block.id);
        let text = inline(block);
        let _ = match block.kind {
            BlockKind::PartHeading => writeln!(html, "<h{} id=\"{id}\">{text}</h{0}>", level + 1),
            BlockKind::Bullet => writeln!(html, "<li id=\"{id}\">{text}</li>"),
            BlockKind::Numbered(n) => writeln!(html, "<li id=\"{id}\" value=\"{n}\">{text}</li>"),
            BlockKind::Footnote(n) => writeln!(html, "<p class=\"footnote\" id=\"{id}\"><sup>{n}</sup> {text}</p>"),
            BlockKind::Paragraph | BlockKind::Title => writeln!(html, "<p id=\"{id}\">{text}</p>"),
        };
    }
    if let Some(tag) = list {
        let _ = writeln!(html, "</{tag}>");
    }
    html.push_str("</section>\n");
}

/// A block's text with its links and footnote references, escaped.
fn inline(block: &Block) -> String {
    let mut events: Vec<(usize, u8, String)> = Vec::new();
    for mark in &block.marks {
        match mark {
            Mark::Link { start, end, href } => {
                events.push((*start, 1, format!("<a href=\"{}\" rel=\"noreferrer\">", escape(href))));
                events.push((*end, 0, "</a>".to_string()));
            }
            Mark::Note { at, number } => events.push((*at, 2, format!("<sup>{number}</sup>"))),
        }
    }
    // At one offset a link closes before another opens, and a note comes after both.
    events.sort_by_key(|(at, order, _)| (*at, *order));
    let mut html = String::new();
    let mut from = 0;
    for (at, _, tag) in events {
        let at = at.min(block.text.len());
        if let Some(text) = block.text.get(from..at) {
            html.push_str(&escape(text));
            from = at;
        }
        html.push_str(&tag);
    }
    html.push_str(&escape(block.text.get(from..).unwrap_or("")));
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Position;
    use rundskriv_model::PartKind;

    fn block(id: &str, kind: BlockKind, text: &str, marks: Vec<Mark>) -> Block {
        Block {
            id: id.to_string(),
            kind,
            part: PartKind::None,
            text: text.to_string(),
            marks,
            at: Position::START,
        }
    }

    #[test]
    fn links_notes_and_escaping_in_a_block() {
        let link = Mark::Link {
            start: 4,
            end: 13,
            href: "https://x.no/?a=1&b=2".to_string(),
        };
        let b = block(
            "p",
            BlockKind::Paragraph,
            "Bruk ID-porten <nå>.",
            vec![link, Mark::Note { at: 14, number: 3 }],
        );
        assert_eq!(
            inline(&b),
            "Bruk<a href=\"https://x.no/?a=1&amp;b=2\" rel=\"noreferrer\"> ID-porte</a>n<sup>3</sup> &lt;nå&gt;."
        );
    }

    #[test]
    fn list_items_are_grouped_and_closed() {
        let section = Section {
            file: String::new(),
            id: "1-1".to_string(),
            kind: SectionKind::Point,
            number: "1.1".to_string(),
            concept: "c".to_string(),
            chapter: 1,
            title: "Tittel".to_string(),
            blocks: vec![
                block("a", BlockKind::Paragraph, "Først", vec![]),
                block("b", BlockKind::Bullet, "En", vec![]),
                block("c", BlockKind::Bullet, "To", vec![]),
                block("d", BlockKind::Paragraph, "Sist", vec![]),
            ],
        };
        let mut html = String::new();
        write_section(&mut html, &section);
        assert!(html.contains("<h3>1.1 Tittel</h3>"));
        assert!(
            html.contains(
                "<p id=\"a\">Først</p>\n<ul>\n<li id=\"b\">En</li>\n<li id=\"c\">To</li>\n</ul>\n<p id=\"d\">Sist</p>"
            ),
            "{html}"
        );
    }
}
