//! Writes the whole circular as one plain static HTML page (no script), the benchmark's yardstick:
//! the app's time to interactive is compared with how fast a browser loads this page.
//!
//! Usage: `cargo run --example static_page > bench/out/static/index.html`

use rundskrivveilederen::content::{Block, Mark, SectionKind, BLOCKS, EDITION, SECTIONS};
use rundskrivveilederen::layout::{layout, Item};

fn escape(text: &str) -> String {
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

/// The block's text with its links and footnote references, as the reader shows it.
fn inline(block: &Block) -> String {
    let text = block.text;
    let mut out = String::new();
    let mut at = 0;
    for mark in block.marks {
        match *mark {
            Mark::Link { start, end, href } => {
                let (start, end) = (start as usize, end as usize);
                out.push_str(&escape(&text[at..start.max(at)]));
                out.push_str(&format!(
                    "<a href=\"{}\" rel=\"noreferrer\">{}</a>",
                    escape(href),
                    escape(&text[start..end])
                ));
                at = end;
            }
            Mark::Note { at: note, number } => {
                let note = (note as usize).max(at);
                out.push_str(&escape(&text[at..note]));
                out.push_str(&format!(
                    "<sup class=\"note-ref\"><a href=\"#{}-fotnote-{number}\">{number}</a></sup>",
                    block.section().id
                ));
                at = note;
            }
        }
    }
    out.push_str(&escape(&text[at..]));
    out
}

fn main() {
    let mut body = String::new();
    for section in SECTIONS.iter() {
        if section.kind == SectionKind::Chapter {
            body.push_str(&format!(
                "<h2 class=\"chapter-heading\" id=\"{}\">{}</h2>\n",
                section.id,
                escape(section.title)
            ));
            continue;
        }
        let page = layout(section);
        let title = &BLOCKS[page.title];
        let number = if section.number.is_empty() {
            String::new()
        } else {
            format!("{} ", section.number)
        };
        body.push_str(&format!(
            "<section class=\"whole-section\"><h2 id=\"{}\">{number}{}</h2>\n",
            title.id,
            inline(title)
        ));
        for part in &page.parts {
            if let Some(heading) = part.heading {
                body.push_str(&format!(
                    "<h3 id=\"{}\">{}</h3>\n",
                    BLOCKS[heading].id,
                    inline(&BLOCKS[heading])
                ));
            }
            for item in &part.items {
                match item {
                    Item::Paragraph(i) => {
                        body.push_str(&format!("<p id=\"{}\">{}</p>\n", BLOCKS[*i].id, inline(&BLOCKS[*i])))
                    }
                    Item::List { ordered, items } => {
                        let tag = if *ordered { "ol" } else { "ul" };
                        body.push_str(&format!("<{tag}>\n"));
                        for i in items {
                            body.push_str(&format!("<li id=\"{}\">{}</li>\n", BLOCKS[*i].id, inline(&BLOCKS[*i])));
                        }
                        body.push_str(&format!("</{tag}>\n"));
                    }
                }
            }
        }
        if !page.footnotes.is_empty() {
            body.push_str("<ol class=\"footnotes\">\n");
            for i in &page.footnotes {
                body.push_str(&format!("<li id=\"{}\">{}</li>\n", BLOCKS[*i].id, inline(&BLOCKS[*i])));
            }
            body.push_str("</ol>\n");
        }
        body.push_str("</section>\n");
    }
    println!(
        "<!doctype html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<title>{}</title>\n<link rel=\"stylesheet\" href=\"app.css\">\n</head>\n<body>\n<main id=\"hovedinnhold\">\n\
         <h1 id=\"page-heading\">{}</h1>\n<article class=\"whole\">\n{body}</article>\n</main>\n</body>\n</html>",
        escape(EDITION.title),
        escape(EDITION.title)
    );
}
