//! What changed between two editions of the circular, point by point and paragraph by paragraph:
//! blocks added, removed, changed (word by word, and their links) or moved to another point.

use crate::editions::word_diff::likeness;
pub use crate::editions::word_diff::{word_edits, WordEdit};
use crate::parse::section_types::{Block, Mark, Section};
use rundskriv_model::BlockKind;
use std::collections::{HashMap, HashSet};

/// The least word-level likeness (similar's ratio, 0 to 1) at which a block with an id the older
/// edition lacks is taken for an older block of the same point, changed, rather than one removed
/// and another added: an editor who rewords a paragraph often gives it a new anchor too.
pub const SIMILAR_ENOUGH: f32 = 0.6;

/// One point (or other section) that changed: added, removed, renumbered, or with blocks changed.
#[derive(Debug)]
pub struct PointChange<'a> {
    pub older: Option<&'a Section>,
    pub newer: Option<&'a Section>,
    /// In the newer edition's order, each removed block where it stood.
    pub blocks: Vec<BlockChange<'a>>,
}

impl<'a> PointChange<'a> {
    fn section(&self) -> &'a Section {
        self.newer
            .or(self.older)
            .expect("a change has an older or a newer side")
    }

    /// What the point is across editions: its concept, or a non-point's id. The page's element
    /// for it is `endring-<key>` (core's `changes::element_id` says the same).
    pub fn key(&self) -> &'a str {
        key_of(self.section())
    }

    /// The point's old and new number, when they differ.
    pub fn renumbered(&self) -> Option<(&'a str, &'a str)> {
        let (older, newer) = (self.older?, self.newer?);
        (older.number != newer.number).then_some((older.number.as_str(), newer.number.as_str()))
    }

    pub fn added(&self) -> bool {
        self.older.is_none()
    }

    pub fn removed(&self) -> bool {
        self.newer.is_none()
    }
}

#[derive(Debug)]
pub enum BlockChange<'a> {
    Added(&'a Block),
    Removed(&'a Block),
    /// The text or a link target differs; `words` is all `Same` when only links changed.
    Changed {
        older: &'a Block,
        newer: &'a Block,
        words: Vec<WordEdit>,
        links: Vec<LinkChange>,
    },
    /// The same text and links, now in another point (`from`, of the older edition).
    Moved {
        older: &'a Block,
        newer: &'a Block,
        from: &'a Section,
    },
}

/// A link whose target changed, or that was added or removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkChange {
    /// The linked words in the newer text (the older, if the link was removed).
    pub text: String,
    pub older: Option<String>,
    pub newer: Option<String>,
}

/// Every point that changed from `older` to `newer`, in the newer edition's order, then the
/// points the newer edition no longer has.
pub fn diff_editions<'a>(older: &'a [Section], newer: &'a [Section]) -> Vec<PointChange<'a>> {
    let older_by_key: HashMap<&str, usize> = older.iter().enumerate().map(|(i, s)| (key_of(s), i)).collect();
    let newer_keys: HashSet<&str> = newer.iter().map(key_of).collect();
    let mut points: Vec<(Option<usize>, Option<usize>)> = (0..newer.len())
        .map(|n| (older_by_key.get(key_of(&newer[n])).copied(), Some(n)))
        .collect();
    let gone = (0..older.len()).filter(|&o| !newer_keys.contains(key_of(&older[o])));
    points.extend(gone.map(|o| (Some(o), None)));
    let pairs = Pairs::new(older, newer, &points);
    let changes = points.iter().map(|&(o, n)| PointChange {
        older: o.map(|o| &older[o]),
        newer: n.map(|n| &newer[n]),
        blocks: pairs.block_changes(o, n),
    });
    let changed = |c: &PointChange| !c.blocks.is_empty() || c.added() || c.removed() || c.renumbered().is_some();
    changes.filter(changed).collect()
}

/// What makes a point the same point across editions.
fn key_of(section: &Section) -> &str {
    if section.concept.is_empty() {
        &section.id
    } else {
        &section.concept
    }
}

/// A block's place: its section's index in its edition, and its own index in the section.
type At = (usize, usize);

/// The places of section `s`'s blocks (none for no section).
fn places_in(sections: &[Section], s: Option<usize>) -> impl Iterator<Item = At> + '_ {
    s.into_iter()
        .flat_map(move |s| (0..sections[s].blocks.len()).map(move |b| (s, b)))
}

fn places(sections: &[Section]) -> impl Iterator<Item = At> + '_ {
    (0..sections.len()).flat_map(move |s| places_in(sections, Some(s)))
}

/// Which newer block continues which older one.
struct Pairs<'a> {
    older: &'a [Section],
    newer: &'a [Section],
    /// The older block each newer block continues, if any.
    of_newer: HashMap<At, At>,
    taken: HashSet<At>,
}

impl<'a> Pairs<'a> {
    fn new(older: &'a [Section], newer: &'a [Section], points: &[(Option<usize>, Option<usize>)]) -> Pairs<'a> {
        let (of_newer, taken) = (HashMap::new(), HashSet::new());
        let mut pairs = Pairs {
            older,
            newer,
            of_newer,
            taken,
        };
        // By id, across the whole edition: ids are kept when a block moves or its point is renumbered.
        let mut by_id: HashMap<&str, At> = HashMap::new();
        for at in places(older) {
            by_id.entry(&pairs.older_block(at).id).or_insert(at);
        }
        for now in places(newer) {
            if let Some(&was) = by_id.get(pairs.newer_block(now).id.as_str()) {
                pairs.pair(now, was);
            }
        }
        // By likeness within a point, the likest pair first, so a close match is not taken by a
        // looser one.
        for &(o, n) in points.iter().filter(|(o, n)| o.is_some() && n.is_some()) {
            let mut candidates = Vec::new();
            for (now, was) in places_in(newer, n).flat_map(|now| places_in(older, o).map(move |was| (now, was))) {
                let (a, b) = (pairs.older_block(was), pairs.newer_block(now));
                if pairs.free(now, was) && family(a) == family(b) {
                    let ratio = likeness(&a.text, &b.text);
                    if ratio >= SIMILAR_ENOUGH {
                        candidates.push((ratio, now, was));
                    }
                }
            }
            candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
            for (_, now, was) in candidates {
                if pairs.free(now, was) {
                    pairs.pair(now, was);
                }
            }
        }
        // The same words under a new id in another point: moved.
        for now in places(newer) {
            let found = places(older).find(|&was| {
                let (a, b) = (pairs.older_block(was), pairs.newer_block(now));
                pairs.free(now, was) && family(a) == family(b) && same_content(a, b)
            });
            if let Some(was) = found {
                pairs.pair(now, was);
            }
        }
        pairs
    }

    fn older_block(&self, (s, b): At) -> &'a Block {
        &self.older[s].blocks[b]
    }

    fn newer_block(&self, (s, b): At) -> &'a Block {
        &self.newer[s].blocks[b]
    }

    fn free(&self, now: At, was: At) -> bool {
        !self.of_newer.contains_key(&now) && !self.taken.contains(&was)
    }

    fn pair(&mut self, now: At, was: At) {
        self.of_newer.insert(now, was);
        self.taken.insert(was);
    }

    /// The changes of one point: each newer block against the older block it continues, and the
    /// older point's blocks that nothing continues where they stood: before the first newer
    /// block that continues a later block of the same point, so a block replaced by another
    /// reads as removed, then added.
    fn block_changes(&self, o: Option<usize>, n: Option<usize>) -> Vec<BlockChange<'a>> {
        let mut changes = Vec::new();
        let mut removed = places_in(self.older, o)
            .filter(|was| !self.taken.contains(was))
            .peekable();
        let nows: Vec<At> = places_in(self.newer, n).collect();
        // The older place in this point each newer block continues, if it continues one here.
        let kept: Vec<Option<usize>> = nows
            .iter()
            .map(|now| self.of_newer.get(now).filter(|was| Some(was.0) == o).map(|was| was.1))
            .collect();
        for (i, &now) in nows.iter().enumerate() {
            let before = kept[i..].iter().flatten().next().copied().unwrap_or(usize::MAX);
            while let Some(gone) = removed.next_if(|gone| gone.1 < before) {
                changes.push(BlockChange::Removed(self.older_block(gone)));
            }
            let newer = self.newer_block(now);
            let Some(&was) = self.of_newer.get(&now) else {
                changes.push(BlockChange::Added(newer));
                continue;
            };
            let (older, from) = (self.older_block(was), &self.older[was.0]);
            if !same_content(older, newer) {
                let (words, links) = (word_edits(&older.text, &newer.text), link_changes(older, newer));
                changes.push(BlockChange::Changed {
                    older,
                    newer,
                    words,
                    links,
                });
            } else if key_of(from) != key_of(&self.newer[now.0]) {
                changes.push(BlockChange::Moved { older, newer, from });
            }
        }
        changes.extend(removed.map(|gone| BlockChange::Removed(self.older_block(gone))));
        changes
    }
}

/// Blocks that can continue one another: a paragraph may become a list item, never a footnote.
fn family(block: &Block) -> u8 {
    match block.kind {
        BlockKind::Title => 0,
        BlockKind::PartHeading => 1,
        BlockKind::Footnote(_) => 2,
        BlockKind::Paragraph | BlockKind::Bullet | BlockKind::Numbered(_) => 3,
    }
}

fn same_content(older: &Block, newer: &Block) -> bool {
    older.text == newer.text && links(older) == links(newer)
}

/// A link as the diff compares it: the linked words and the target.
type Link<'a> = (&'a str, &'a str);

fn links<'a>(block: &'a Block) -> Vec<Link<'a>> {
    let link = |mark: &'a Mark| match mark {
        Mark::Link { start, end, href } => Some((block.text.get(*start..*end).unwrap_or(""), href.as_str())),
        Mark::Note { .. } => None,
    };
    block.marks.iter().filter_map(link).collect()
}

/// The links of `newer` whose target differs from the link on the same words in `older`, and
/// the links on words only one of them links. A link on changed words that keeps its target is
/// no link change: the word edits show it.
fn link_changes(older: &Block, newer: &Block) -> Vec<LinkChange> {
    let mut was: Vec<Option<Link>> = links(older).into_iter().map(Some).collect();
    let mut now: Vec<Option<Link>> = links(newer).into_iter().map(Some).collect();
    let mut changes = Vec::new();
    let rules: [fn(Link, Link) -> bool; 3] = [|o, n| o == n, |o, n| o.0 == n.0, |o, n| o.1 == n.1];
    for same in rules {
        for new in now.iter_mut() {
            let Some(n) = *new else { continue };
            if let Some(o) = was
                .iter_mut()
                .find(|o| o.is_some_and(|o| same(o, n)))
                .and_then(Option::take)
            {
                if o.1 != n.1 {
                    changes.push((n.0, Some(o.1), Some(n.1)));
                }
                *new = None;
            }
        }
    }
    changes.extend(now.into_iter().flatten().map(|(text, href)| (text, None, Some(href))));
    changes.extend(was.into_iter().flatten().map(|(text, href)| (text, Some(href), None)));
    let change = |(text, older, newer): (&str, Option<&str>, Option<&str>)| LinkChange {
        text: text.to_string(),
        older: older.map(str::to_string),
        newer: newer.map(str::to_string),
    };
    changes.into_iter().map(change).collect()
}
