//! Writes the draft in today's content format (docs/content.md): one Markdown file per section
//! with its front matter, `##` part headings, paragraphs and list items ending in `{#slug}`,
//! links on their words, footnotes as `[^n]`; and `utgave.md`.

use super::draft::{Block, Draft, Edition, Section};
use super::previous::Previous;
use rundskriv_model::{BlockKind, SectionKind};
use std::path::Path;

/// Keeps the previous edition's file names where every section matched one and they stay in
/// order (so `diff -r` against the previous edition shows only what changed); else names each
/// file by its place and id (`05-1-1.md`).
pub fn name_files(sections: &mut [Section], previous: Option<&Previous>) {
    let kept = previous.is_some()
        && sections.iter().all(|s| !s.file.is_empty())
        && sections.windows(2).all(|w| w[0].file < w[1].file);
    if !kept {
        for (i, section) in sections.iter_mut().enumerate() {
            section.file = format!("{i:02}-{}.md", section.id);
        }
    }
}

/// Writes `rundskriv/*.md` and `utgave.md` under `out` (created if missing).
pub fn write(draft: &Draft, out: &Path) -> std::io::Result<()> {
    let dir = out.join("rundskriv");
    std::fs::create_dir_all(&dir)?;
    for section in &draft.sections {
        std::fs::write(dir.join(&section.file), section_file(section))?;
    }
    std::fs::write(out.join("utgave.md"), edition_file(&draft.edition))
}

pub fn section_file(section: &Section) -> String {
    let mut out = format!("---\nid: {}\nkind: {}\n", section.id, section.kind.id());
    if !section.number.is_empty() {
        out.push_str(&format!("number: {}\n", section.number));
    }
    if section.kind == SectionKind::Point {
        out.push_str(&format!("concept: {}\nchapter: {}\n", section.concept, section.chapter));
    }
    out.push_str(&format!("title: {}\n---\n", section.title));
    let mut previous: Option<BlockKind> = None;
    for block in &section.blocks {
        let in_list = matches!(
            (previous, block.kind),
            (Some(BlockKind::Bullet), BlockKind::Bullet) | (Some(BlockKind::Numbered(_)), BlockKind::Numbered(_))
        );
        out.push_str(if in_list || previous.is_none() { "\n" } else { "\n\n" });
        out.push_str(&block_line(block));
        previous = Some(block.kind);
    }
    out.push('\n');
    out
}

fn block_line(block: &Block) -> String {
    let text = inline(block);
    match block.kind {
        BlockKind::PartHeading => format!("## {} {{#{}}}", block.text, block.part.id()),
        BlockKind::Footnote(n) => format!("[^{n}]: {text}"),
        BlockKind::Bullet => format!("- {text} {{#{}}}", block.slug),
        BlockKind::Numbered(n) => format!("{n}. {text} {{#{}}}", block.slug),
        BlockKind::Paragraph | BlockKind::Title => format!("{text} {{#{}}}", block.slug),
    }
}

/// The block's text with its links and footnote marks, Markdown's special characters escaped.
fn inline(block: &Block) -> String {
    // (offset, order, text): at one offset a link closes, then a footnote mark, then a link opens.
    let mut inserts: Vec<(usize, u8, String)> = Vec::new();
    for link in &block.links {
        if let Some((start, end)) = link.span {
            inserts.push((start, 2, "[".to_string()));
            inserts.push((end, 0, format!("]({})", link.href)));
        }
    }
    for &(at, n) in &block.notes {
        inserts.push((at, 1, format!("[^{n}]")));
    }
    inserts.sort();
    let mut out = String::with_capacity(block.text.len() + 64);
    let mut next = inserts.iter().peekable();
    for (i, c) in block.text.char_indices() {
        while let Some((_, _, s)) = next.next_if(|(at, _, _)| *at <= i) {
            out.push_str(s);
        }
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`') || (i == 0 && opens_block(&block.text)) {
            out.push('\\');
        }
        out.push(c);
    }
    for (_, _, s) in next {
        out.push_str(s);
    }
    out
}

/// Text Markdown would read as a heading, list item or quote at the start of a paragraph.
fn opens_block(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    text.starts_with(['#', '-', '+', '>'])
        || (digits > 0 && (text[digits..].starts_with(". ") || text[digits..].starts_with(") ")))
}

fn edition_file(edition: &Edition) -> String {
    format!(
        "---\n# Drafted by import_edition from the PDF's text: check each value against the PDF.\n\
         id: {}\ntitle: {}\nreplaces: {}\nurl: {}\n---\n",
        edition.id, edition.title, edition.replaces, edition.url
    )
}
