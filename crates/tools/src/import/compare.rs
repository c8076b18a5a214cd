//! Measures a draft against hand-made content: both are read by the content compiler into blocks,
//! aligned in order by their words, and counted over the hand-made blocks: matched, the same kind
//! and part, the same text, the same id, and per paragraph (and footnote) the same link targets.

use super::similar::Words;
use rundskriv_compiler::parse::section_types::{Block, Mark, Section};
use std::collections::BTreeSet;
use std::fmt;

/// Blocks less alike than this are not counted as one block.
const ALIKE: f64 = 0.5;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    /// The hand-made content's blocks (titles, part headings, paragraphs, list items, footnotes).
    pub blocks: usize,
    pub matched: usize,
    pub kinds: usize,
    pub texts: usize,
    pub ids: usize,
    /// Its paragraphs, list items and footnotes, and how many of them have the same link targets.
    pub linkable: usize,
    pub links: usize,
    /// Its links (one per block and target), and how many the draft puts on the same words.
    pub targets: usize,
    pub on_words: usize,
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Figure {
            blocks,
            matched,
            kinds,
            texts,
            ids,
            linkable,
            links,
            targets,
            on_words,
        } = *self;
        write!(
            f,
            "of {blocks} blocks: {matched} matched, {kinds} same kind, {texts} same text, {ids} same id; \
             of {linkable} paragraphs and footnotes: {links} same link targets; \
             of {targets} links: {on_words} on the same words"
        )
    }
}

/// The figure, and a line for each hand-made block that differs.
pub fn compare(draft: &[Section], today: &[Section]) -> (Figure, Vec<String>) {
    let a: Vec<&Block> = today.iter().flat_map(|s| s.blocks.iter()).collect();
    let b: Vec<&Block> = draft.iter().flat_map(|s| s.blocks.iter()).collect();
    let pairs = align(&a, &b);
    let mut figure = Figure {
        blocks: a.len(),
        ..Figure::default()
    };
    let mut differences = Vec::new();
    for (i, block) in a.iter().enumerate() {
        let linkable = block.kind.is_text() || matches!(block.kind, rundskriv_model::BlockKind::Footnote(_));
        figure.linkable += usize::from(linkable);
        let words = worded(block);
        figure.targets += words.len();
        let Some(j) = pairs[i] else {
            differences.push(format!("{}: no block in the draft", block.id));
            continue;
        };
        let other = b[j];
        figure.matched += 1;
        let same = [
            block.kind == other.kind && block.part == other.part,
            block.text == other.text,
            block.id == other.id,
            !linkable || links(block) == links(other),
        ];
        for (k, what) in ["kind", "text", "id", "links"].iter().enumerate() {
            if !same[k] {
                differences.push(format!("{}: {what} differs from {}", block.id, other.id));
            }
        }
        figure.kinds += usize::from(same[0]);
        figure.texts += usize::from(same[1]);
        figure.ids += usize::from(same[2]);
        figure.links += usize::from(linkable && same[3]);
        figure.on_words += words.intersection(&worded(other)).count();
    }
    (figure, differences)
}

fn links(block: &Block) -> BTreeSet<&str> {
    block
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Link { href, .. } => Some(href.as_str()),
            Mark::Note { .. } => None,
        })
        .collect()
}

/// Each link target with the words it sits on.
fn worded(block: &Block) -> BTreeSet<(&str, &str)> {
    block
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Link { start, end, href } => Some((href.as_str(), block.text.get(*start..*end).unwrap_or(""))),
            Mark::Note { .. } => None,
        })
        .collect()
}

/// For each block of `a`, the block of `b` it pairs with: the order-keeping pairing (as a diff
/// does) that maximises how alike the pairs are, pairs at least `ALIKE` alike.
fn align(a: &[&Block], b: &[&Block]) -> Vec<Option<usize>> {
    let wa: Vec<Words> = a.iter().map(|x| Words::of(&x.text)).collect();
    let wb: Vec<Words> = b.iter().map(|x| Words::of(&x.text)).collect();
    let (n, m) = (a.len(), b.len());
    let mut best = vec![vec![0.0f64; m + 1]; n + 1];
    let mut alike = vec![vec![0.0f64; m]; n];
    for i in 0..n {
        for j in 0..m {
            alike[i][j] = wa[i].dice(&wb[j]);
            let pair = if alike[i][j] >= ALIKE {
                best[i][j] + alike[i][j]
            } else {
                f64::NEG_INFINITY
            };
            best[i + 1][j + 1] = best[i][j + 1].max(best[i + 1][j]).max(pair);
        }
    }
    let mut pairs = vec![None; n];
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        if alike[i - 1][j - 1] >= ALIKE && best[i][j] == best[i - 1][j - 1] + alike[i - 1][j - 1] {
            pairs[i - 1] = Some(j - 1);
            i -= 1;
            j -= 1;
        } else if best[i][j] == best[i - 1][j] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    pairs
}
