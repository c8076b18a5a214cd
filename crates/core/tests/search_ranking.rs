//! How search ranks what it finds, as a reader meets it: per term a whole-word match beats a word
//! start, which beats a match inside a compound; between equal matches the point's title comes
//! first, then krav, anbefalinger, other text, part headings ("Krav", "Anbefaling") and footnotes.

use rundskriv_core::content::{BlockKind, PartKind, BLOCKS};
use rundskriv_core::fold::fold_word;
use rundskriv_core::search::{search, Found};
use std::collections::{BTreeMap, BTreeSet};

/// What kind of text a block is, as the ranking tells kinds apart.
fn kind_of(kind: BlockKind, part: PartKind) -> &'static str {
    match kind {
        BlockKind::Title => "title",
        BlockKind::PartHeading => "part heading",
        _ if part == PartKind::Krav => "krav",
        _ if part == PartKind::Anbefaling => "anbefaling",
        BlockKind::Footnote(_) => "footnote",
        _ => "other text",
    }
}

/// Kinds of text from the one the reader should meet first to the last.
const RANKING: [&str; 6] = ["title", "krav", "anbefaling", "other text", "part heading", "footnote"];

/// The match quality of a one-term query in `found`: 6 whole word, 4 word start, 2 inside.
fn quality(found: &Found, term: &str) -> u32 {
    let text = BLOCKS[found.block].text();
    let words: Vec<String> = found.ranges.iter().map(|(s, e)| fold_word(&text[*s..*e])).collect();
    if words.iter().any(|w| w == term) {
        6
    } else if words.iter().any(|w| w.starts_with(term)) {
        4
    } else {
        2
    }
}

#[test]
fn one_term_scores_its_best_match_then_the_kind_of_text() {
    // Per kind of text, what a block's score adds to ten times its match quality.
    let mut tie_breaks: BTreeMap<&str, i64> = BTreeMap::new();
    let mut qualities_seen = BTreeSet::new();
    for term in [
        "krav",
        "anbefaling",
        "altinn",
        "digitaliseringsrundskrivet",
        "veiledning",
        "tjeneste",
        "rundskriv",
        "aksesspunkt",
        "artikkel",
    ] {
        let found = search(term, 10_000);
        assert!(!found.is_empty(), "{term}");
        for f in &found {
            let block = &BLOCKS[f.block];
            let q = quality(f, term);
            qualities_seen.insert(q);
            let kind = kind_of(block.kind, block.part);
            let tie_break = i64::from(f.score) - 10 * i64::from(q);
            let first = *tie_breaks.entry(kind).or_insert(tie_break);
            assert_eq!(
                tie_break,
                first,
                "`{term}` in {} ({kind}) scores {}",
                block.id(),
                f.score
            );
            assert!((0..=10).contains(&tie_break), "`{term}` in {}: {}", block.id(), f.score);
        }
        let scores: Vec<u32> = found.iter().map(|f| f.score).collect();
        assert!(
            scores.windows(2).all(|w| w[0] >= w[1]),
            "best first for `{term}`: {scores:?}"
        );
    }
    // The queries reach every match quality and every kind of text, which rank in RANKING's order.
    assert_eq!(qualities_seen, BTreeSet::from([2, 4, 6]));
    let ranked: Vec<i64> = RANKING.iter().map(|kind| tie_breaks[kind]).collect();
    assert!(ranked.windows(2).all(|w| w[0] > w[1]), "{tie_breaks:?}");
}
