//! A paragraph of the circular quoted in the book: its words (links kept, footnote marks left
//! out), marked as bokmål, with the point and the paragraph id it comes from.

use crate::book::texts::{fill, Texts};
use rundskriv_compiler::parse::section_types::{Block, Mark, Section};
use rundskriv_core::export::static_page::escape;
use rundskriv_model::SectionKind;

/// The block `id` with its section, if the circular has it.
pub fn find<'a>(sections: &'a [Section], id: &str) -> Option<(&'a Section, &'a Block)> {
    sections
        .iter()
        .find_map(|s| s.blocks.iter().find(|b| b.id == id).map(|b| (s, b)))
}

/// The paragraph's words as HTML, with its links.
fn words(block: &Block) -> String {
    let (text, mut out, mut at) = (block.text.as_str(), String::new(), 0usize);
    for mark in &block.marks {
        match mark {
            Mark::Link { start, end, href } => {
                out.push_str(&escape(&text[at..(*start).max(at)]));
                out.push_str(&format!(
                    "<a href=\"{}\" rel=\"noreferrer\">{}</a>",
                    escape(href),
                    escape(&text[*start..*end])
                ));
                at = *end;
            }
            Mark::Note { at: note, .. } => {
                out.push_str(&escape(&text[at..(*note).max(at)]));
                at = (*note).max(at);
            }
        }
    }
    out.push_str(&escape(&text[at..]));
    out
}

/// The quote of paragraph `id` as a `<blockquote>`; an id the circular lacks (the compiler refuses
/// those) gives nothing.
pub fn quote(sections: &[Section], id: &str, texts: &Texts) -> String {
    let Some((section, block)) = find(sections, id) else {
        return String::new();
    };
    let source = match section.kind {
        SectionKind::Point => fill(&texts.quote_source, &[("point", &section.number), ("id", id)]),
        _ => fill(&texts.quote_source_other, &[("section", &section.title), ("id", id)]),
    };
    format!(
        "<figure class=\"quote part-{}\"><blockquote lang=\"nb\"><p>{}</p></blockquote><figcaption>{}</figcaption></figure>\n",
        block.part.css_class(),
        words(block),
        escape(&source)
    )
}
