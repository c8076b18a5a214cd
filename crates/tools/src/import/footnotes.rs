//! Footnotes: each number glued to a word gets, as a footnote block at the end of its section,
//! the body printed at the foot of its page ("2 https://…"); a body the extraction lost is
//! proposed from the paragraph's link, or left to the editor.

use super::draft::{Block, Link, Section};
use super::editor::{Notes, Topic};
use super::pages::Page;
use rundskriv_model::{BlockKind, PartKind};

/// What a footnote whose body the extraction lost says until the editor writes it.
pub const MISSING_NOTE: &str = "Fotnoten mangler i PDF-teksten";

/// Each footnote body goes, as a footnote block, to the end of the section whose text carries its
/// number; a number without a body gets `MISSING_NOTE`, a body without a number is listed.
pub fn add(sections: &mut [Section], pages: &[Page], notes: &mut Notes) {
    let bodies: Vec<(u8, &str)> = pages
        .iter()
        .flat_map(|p| p.notes.iter().map(|(n, u)| (*n, u.as_str())))
        .collect();
    for section in sections.iter_mut() {
        let marks: Vec<(u8, usize, usize)> = section
            .blocks
            .iter()
            .flat_map(|b| b.notes.iter().map(|&(_, n)| (n, b.line, *b.pages.last().unwrap_or(&0))))
            .collect();
        for (n, line, page) in marks {
            let mut block = Block::new(BlockKind::Footnote(n), PartKind::None, line, page);
            match bodies.iter().find(|(m, _)| *m == n) {
                Some((_, url)) => block.text = url.to_string(),
                None => block.text = MISSING_NOTE.to_string(),
            }
            section.blocks.push(block);
        }
    }
    let used: Vec<u8> = sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .flat_map(|b| b.notes.iter().map(|n| n.1))
        .collect();
    for (n, url) in bodies.iter().filter(|(n, _)| !used.contains(n)) {
        notes.push(
            Topic::Footnote,
            0,
            format!("footnote {n} ({url}): no number in the text carries it"),
        );
    }
}

/// A footnote whose body the extraction lost (the page's foot has its separator but no text): the
/// circular's footnotes cite an address, so it is proposed to be the link of the paragraph that
/// carries its number, for the editor to check against the PDF; with no such link it says
/// `MISSING_NOTE` and the editor writes it.
pub fn infer_missing(sections: &mut [Section], notes: &mut Notes) {
    for section in sections.iter_mut() {
        let carriers: Vec<(u8, Option<String>, usize)> = section
            .blocks
            .iter()
            .flat_map(|b| {
                b.notes
                    .iter()
                    .map(move |&(_, n)| (n, b.links.first().map(|l| l.href.clone()), b.line))
            })
            .collect();
        for block in section.blocks.iter_mut().filter(|b| b.text == MISSING_NOTE) {
            let BlockKind::Footnote(n) = block.kind else { continue };
            let Some((_, link, line)) = carriers.iter().find(|(m, _, _)| *m == n) else {
                continue;
            };
            match link {
                Some(url) => {
                    block.text.clone_from(url);
                    block.links.push(Link {
                        href: url.clone(),
                        span: Some((0, url.len())),
                    });
                    notes.push(Topic::Footnote, *line, format!("footnote {n}: its body is not in the text; proposed {url}, the link of the paragraph that carries it: check the PDF"));
                }
                None => notes.push(
                    Topic::Footnote,
                    *line,
                    format!("footnote {n}: its body is not in the text; write it"),
                ),
            }
        }
    }
}
