//! As-you-type search over the circular, Norwegian-aware: case- and diacritic-folded, prefix and
//! compound matching ("sky" finds "skytjenester", "tjenester" finds "skytjenester"), ranked so
//! that headings and krav come first. The word index is built from the text on first use.

use crate::content::{BlockId, BlockKind, PartKind, BLOCKS};
use crate::fold;
use crate::sort::sorted_by_key;
use rundskriv_model::TableId as _;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Queries longer than this are cut: nobody types more, and it bounds the work per keystroke.
const MAX_QUERY_CHARS: usize = 200;
const MAX_TERMS: usize = 8;
/// Terms this short only match whole words or word starts; inside compounds they match noise.
const MIN_INFIX_LEN: usize = 4;

/// A block that matches every term of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub block: BlockId,
    pub score: u32,
    /// Byte ranges of the matched words in the block's text, sorted.
    pub ranges: Vec<(usize, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Match {
    Infix = 2,
    Prefix = 4,
    Exact = 6,
}

/// A word's occurrence in a block (byte offsets into the block's text).
#[derive(Clone, Copy, Debug)]
struct Hit {
    block: BlockId,
    start: u16,
    len: u16,
}

/// Every distinct folded word of the circular, sorted, with where it occurs.
struct Index {
    words: Vec<String>,
    hits: Vec<Vec<Hit>>,
}

/// The index, built on first use. Tokenizing the whole circular takes a few milliseconds once;
/// compiled in as static data the same index made up a large part of the download.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words: BTreeMap<String, Vec<Hit>> = BTreeMap::new();
        for (block, b) in BLOCKS.with_ids() {
            for (start, end, word) in fold::words(b.text()) {
                words.entry(word).or_default().push(Hit {
                    block,
                    start: start as u16,
                    len: (end - start) as u16,
                });
            }
        }
        let (words, hits) = words.into_iter().unzip();
        Index { words, hits }
    })
}

/// Builds the index now, so that the first keystroke does not wait for it.
pub fn prepare() {
    index();
}

/// The folded terms of a query, bounded in number and length.
pub fn terms(query: &str) -> Vec<String> {
    let bounded: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut terms: Vec<String> = Vec::new();
    for (_, _, word) in fold::words(&bounded) {
        if !terms.contains(&word) {
            terms.push(word);
        }
        if terms.len() == MAX_TERMS {
            break;
        }
    }
    terms
}

/// Every indexed word that `term` matches, with how well.
fn matching_words(term: &str) -> Vec<(usize, Match)> {
    let words = &index().words;
    let mut found = Vec::new();
    let first = words.partition_point(|w| w.as_str() < term);
    for (index, word) in words.iter().enumerate().skip(first) {
        if !word.starts_with(term) {
            break;
        }
        found.push((index, if word == term { Match::Exact } else { Match::Prefix }));
    }
    if term.chars().count() >= MIN_INFIX_LEN {
        for (index, word) in words.iter().enumerate() {
            if !word.starts_with(term) && word.contains(term) {
                found.push((index, Match::Infix));
            }
        }
    }
    found
}

fn weight(block: BlockId) -> u32 {
    let block = &BLOCKS[block];
    match (block.kind, block.part) {
        (BlockKind::Title, _) => 10,
        (BlockKind::PartHeading, _) => 1,
        (_, PartKind::Krav) => 4,
        (_, PartKind::Anbefaling) => 3,
        (BlockKind::Footnote(_), _) => 0,
        _ => 2,
    }
}

/// A block on its way to being found: the best match of each term so far.
#[derive(Default)]
struct Candidate {
    score: u32,
    terms_matched: usize,
    ranges: Vec<(usize, usize)>,
}

/// Blocks matching all terms of `query`, best first, at most `limit`.
pub fn search(query: &str, limit: usize) -> Vec<Found> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    // By block index rather than in maps: one vector type instead of two more map types in the
    // wasm, and the blocks come out in the circular's order as the maps gave them.
    let mut candidates: Vec<Candidate> = BLOCKS.iter().map(|_| Candidate::default()).collect();
    for (term_index, term) in terms.iter().enumerate() {
        let mut best: Vec<Option<Match>> = vec![None; candidates.len()];
        for (word, quality) in matching_words(term) {
            for hit in &index().hits[word] {
                let candidate = &mut candidates[hit.block.index()];
                // Only blocks that matched every earlier term can still qualify.
                if candidate.terms_matched < term_index {
                    continue;
                }
                candidate
                    .ranges
                    .push((hit.start as usize, (hit.start + hit.len) as usize));
                let slot = &mut best[hit.block.index()];
                *slot = Some(slot.map_or(quality, |q| q.max(quality)));
            }
        }
        for (candidate, quality) in candidates.iter_mut().zip(best) {
            if let (Some(quality), true) = (quality, candidate.terms_matched == term_index) {
                candidate.score += quality as u32;
                candidate.terms_matched += 1;
            }
        }
    }
    let found: Vec<Found> = candidates
        .into_iter()
        .enumerate()
        .map(|(i, candidate)| (BlockId::from_index(i), candidate))
        .filter(|(_, candidate)| candidate.terms_matched == terms.len())
        .map(|(block, candidate)| {
            // Offsets within one block's text: far below 2^24 each.
            let mut ranges = sorted_by_key(candidate.ranges, |&(start, end)| ((start as u64) << 24) | end as u64);
            ranges.dedup();
            Found {
                block,
                score: candidate.score * 10 + weight(block),
                ranges,
            }
        })
        .collect();
    // Best score first, then in the circular's order.
    let mut found = sorted_by_key(found, |f| ((u32::MAX - f.score) as u64) << 16 | f.block.index() as u64);
    found.truncate(limit);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top_ids(query: &str, n: usize) -> Vec<String> {
        search(query, n).iter().map(|f| BLOCKS[f.block].id()).collect()
    }

    fn marked_words(found: &Found) -> Vec<&'static str> {
        let text = BLOCKS[found.block].text();
        found.ranges.iter().map(|(s, e)| &text[*s..*e]).collect()
    }

    #[test]
    fn altinn_finds_the_krav_before_the_mentions() {
        let found = search("altinn", 50);
        assert!(found.len() >= 4, "{found:?}");
        let first = &BLOCKS[found[0].block];
        assert_eq!(first.part, PartKind::Krav, "first hit {}", first.id());
        assert!(found
            .iter()
            .all(|f| marked_words(f).iter().all(|w| w.to_lowercase().contains("altinn"))));
    }

    #[test]
    fn inflected_and_compound_forms_are_found() {
        let sky = top_ids("skytjeneste", 3);
        assert_eq!(
            sky.first().map(String::as_str),
            Some("skytjenester"),
            "the point's own title comes first: {sky:?}"
        );
        assert!(!search("sky", 50).is_empty());
        let compound = search("tjenester", 100);
        assert!(compound.iter().any(|f| marked_words(f).contains(&"skytjenester")));
    }

    #[test]
    fn klarsprak_and_klarspraak_are_the_same() {
        let plain = top_ids("klarsprak", 10);
        assert!(!plain.is_empty());
        assert_eq!(plain, top_ids("KLARSPRÅK", 10));
    }

    #[test]
    fn all_terms_must_match() {
        let found = search("10 millioner", 10);
        assert!(!found.is_empty());
        for f in &found {
            let words = marked_words(f);
            assert!(
                words.contains(&"10") && words.iter().any(|w| w.starts_with("millioner")),
                "{words:?}"
            );
        }
        // The krav of 2.1 that states the threshold comes first.
        assert_eq!(
            Some(found[0].block),
            crate::content::block_id("prosjektgjennomforing-krav-terskel-10-millioner")
        );
        assert!(search("altinn skytjenester zzzz", 10).is_empty());
    }

    #[test]
    fn ehf_finds_electronic_invoicing() {
        let found = search("EHF", 20);
        assert!(found.iter().any(|f| BLOCKS[f.block].section().number == "1.10"));
    }

    #[test]
    fn empty_and_hostile_queries_are_harmless() {
        assert!(search("", 10).is_empty());
        assert!(search("  ,.;<script>", 10).len() <= 10);
        let long = "a".repeat(100_000);
        assert!(search(&long, 10).is_empty());
        assert_eq!(terms(&"ord ".repeat(1000)).len(), 1);
    }
}
