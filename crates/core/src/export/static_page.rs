//! The whole circular as one plain HTML page, for browsers where the app cannot start (no
//! WebAssembly, scripts blocked or disabled). Built from the same content with the same anchors,
//! links and classes as the app's whole-circular view, so a shared `#felleskomponenter-krav-altinn` still lands.

use crate::content::{Block, BlockKind, Mark, Section, SectionKind, BLOCKS, EDITION, SECTIONS};
use crate::labels::{edition_text, part_note};
use crate::layout::{layout, Item};
use crate::ui_strings::{t, tf, Key, Lang};
use std::fmt::Write as _;

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// An empty element holding the id the block had before ids were made from concepts.
fn old_anchor(block: &Block) -> String {
    block
        .old_id()
        .map_or_else(String::new, |id| format!("<span id=\"{id}\"></span>"))
}

fn footnote_id(block: &Block, number: u8) -> String {
    format!("{}-fotnote-{number}", block.section().id)
}

/// The block's words with its links and footnote references, as the app's `inline_text`.
fn inline(block: &Block) -> String {
    let text = block.text();
    let mut out = String::new();
    let mut at = 0usize;
    for mark in block.marks {
        match *mark {
            Mark::Link { start, end, href } => {
                let (start, end) = (start as usize, end as usize);
                out.push_str(&escape(&text[at..start.max(at)]));
                let _ = write!(
                    out,
                    "<a href=\"{}\" rel=\"noreferrer\">{}</a>",
                    escape(href),
                    escape(&text[start..end])
                );
                at = end;
            }
            Mark::Note { at: note_at, number } => {
                let note_at = (note_at as usize).max(at);
                out.push_str(&escape(&text[at..note_at]));
                at = note_at;
                let id = footnote_id(block, number);
                let label = tf(Lang::Nb, Key::FootnoteRef, &[("number", &number.to_string())]);
                let _ = write!(
                    out,
                    "<sup class=\"note-ref\"><a href=\"#{id}\" id=\"ref-{id}\" aria-label=\"{}\">{number}</a></sup>",
                    escape(&label)
                );
            }
        }
    }
    out.push_str(&escape(&text[at..]));
    out
}

fn write_item(out: &mut String, item: &Item) {
    match item {
        Item::Paragraph(index) => {
            let block = &BLOCKS[*index];
            let _ = writeln!(
                out,
                "<div class=\"block\" id=\"{}\">{}<p>{}</p></div>",
                block.id(),
                old_anchor(block),
                inline(block)
            );
        }
        Item::List { ordered, items } => {
            out.push_str(if *ordered {
                "<ol class=\"numbered\">\n"
            } else {
                "<ul>\n"
            });
            for &index in items {
                let block = &BLOCKS[index];
                let number = match block.kind {
                    BlockKind::Numbered(n) => format!("<span class=\"list-number\">{n}. </span>"),
                    _ => String::new(),
                };
                let _ = writeln!(
                    out,
                    "<li class=\"block\" id=\"{}\">{}{number}{}</li>",
                    block.id(),
                    old_anchor(block),
                    inline(block)
                );
            }
            out.push_str(if *ordered { "</ol>\n" } else { "</ul>\n" });
        }
    }
}

fn write_section(out: &mut String, section: &Section) {
    let page = layout(section);
    let title = &BLOCKS[page.title];
    // Heading levels as in the app's whole view: chapter h2 → point h3 → part h4.
    let (level, part_level) = if section.kind == SectionKind::Point {
        (3, 4)
    } else {
        (2, 3)
    };
    let _ = writeln!(
        out,
        "<section class=\"whole-section\">\n<h{level} id=\"{}\">{}{}</h{level}>",
        title.id(),
        old_anchor(title),
        escape(&section.heading())
    );
    out.push_str("<div class=\"section-text\">\n");
    for part in &page.parts {
        let _ = writeln!(out, "<section class=\"part part-{}\">", part.kind.css_class());
        if let Some(index) = part.heading {
            let block = &BLOCKS[index];
            let note =
                part_note(part.kind).map(|note| format!("<p class=\"part-note\">{}</p>", escape(t(Lang::Nb, note))));
            let _ = writeln!(
                out,
                "<div class=\"part-head\"><h{part_level} id=\"{}\">{}{}</h{part_level}>{}</div>",
                block.id(),
                old_anchor(block),
                escape(block.text()),
                note.unwrap_or_default()
            );
        }
        for item in &part.items {
            write_item(out, item);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</div>\n");
    if !page.footnotes.is_empty() {
        let _ = writeln!(
            out,
            "<aside class=\"footnotes\">\n<h{part_level} class=\"footnotes-title\">{}</h{part_level}>\n<ol>",
            escape(t(Lang::Nb, Key::FootnotesTitle))
        );
        for &index in &page.footnotes {
            let block = &BLOCKS[index];
            let number = match block.kind {
                BlockKind::Footnote(n) => n,
                _ => 0,
            };
            let _ = writeln!(
                out,
                "<li id=\"{}\" value=\"{number}\">{}{} <a class=\"footnote-back\" href=\"#ref-{}\">{}</a></li>",
                block.id(),
                old_anchor(block),
                inline(block),
                footnote_id(block, number),
                escape(t(Lang::Nb, Key::FootnoteBack))
            );
        }
        out.push_str("</ol>\n</aside>\n");
    }
    out.push_str("</section>\n");
}

/// The complete page. `stylesheet` is the app's CSS file (the build knows its hashed name);
/// `app` is the address of the interactive app, relative to this page.
pub fn render(stylesheet: &str, app: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<title>{}</title>\n\
         <link rel=\"icon\" href=\"icon.svg\" type=\"image/svg+xml\">\n\
         <link rel=\"stylesheet\" href=\"{}\">\n</head>\n<body>\n<main id=\"hovedinnhold\" class=\"static-page\">\n",
        escape(t(Lang::Nb, Key::StaticTitle)),
        escape(stylesheet)
    );
    let _ = writeln!(out, "<h1 id=\"page-heading\">{}</h1>", escape(EDITION.title));
    // Whoever lands here could not start the app, and may not read bokmål: say what this is in
    // every UI language.
    for lang in Lang::ALL {
        let _ = writeln!(
            out,
            "<p class=\"lead\" lang=\"{}\">{} <a href=\"{}\">{}</a></p>",
            lang.tag(),
            escape(t(lang, Key::StaticIntro)),
            escape(app),
            escape(t(lang, Key::StaticOpenApp))
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"verbatim-note\">{} <a href=\"{}\" rel=\"noreferrer\">{}</a></p>",
        escape(&edition_text(Key::Edition, Lang::Nb)),
        escape(EDITION.url),
        escape(t(Lang::Nb, Key::EditionSource))
    );
    // Points nested under their chapter, as in the app's table of contents; a bulleted list, so
    // no list number competes with the circular's own numbers.
    let _ = writeln!(
        out,
        "<nav aria-labelledby=\"innhold\">\n<h2 id=\"innhold\">{}</h2>\n<ul class=\"toc\">",
        escape(t(Lang::Nb, Key::ContentsTitle))
    );
    let mut in_chapter = false;
    for section in SECTIONS.iter() {
        let first = &BLOCKS[section.title_block()];
        let link = format!("<a href=\"#{}\">{}</a>", first.id(), escape(&section.heading()));
        match section.kind {
            SectionKind::Point => {
                let _ = writeln!(out, "<li>{link}</li>");
            }
            kind => {
                if in_chapter {
                    out.push_str("</ul></li>\n");
                }
                in_chapter = kind == SectionKind::Chapter;
                if in_chapter {
                    let _ = writeln!(out, "<li class=\"toc-chapter\">{link}\n<ul class=\"toc-points\">");
                } else {
                    let _ = writeln!(out, "<li>{link}</li>");
                }
            }
        }
    }
    if in_chapter {
        out.push_str("</ul></li>\n");
    }
    out.push_str("</ul>\n</nav>\n<article class=\"whole\">\n");
    for section in SECTIONS.iter() {
        if section.kind == SectionKind::Chapter {
            let _ = writeln!(
                out,
                "<h2 class=\"chapter-heading\" id=\"{}\">{}</h2>",
                section.id,
                escape(&section.heading())
            );
        } else {
            write_section(&mut out, section);
        }
    }
    out.push_str("</article>\n</main>\n</body>\n</html>\n");
    out
}
