//! How search ranks what it finds, as a reader meets it: per term a whole-word match beats a word
//! start, which beats a match inside a compound; between equal matches the point's title comes
//! first, then krav, anbefalinger, other text, part headings ("Krav", "Anbefaling") and footnotes.

use rundskriv_core::content::{BlockKind, PartKind, BLOCKS};
use rundskriv_core::fold::fold_word;
use rundskriv_core::search::{search, Found};
use std::collections::BTreeSet;

/// The tie-break a block's kind adds to its score, in the order the reader should meet them.
fn kind_rank(kind: BlockKind, part: PartKind) -> u32 {
    match (kind, part) {
        (BlockKind::Title, _) => 10,
        (BlockKind::PartHeading, _) => 1,
        (_, PartKind::Krav) => 4,
        (_, PartKind::Anbefaling) => 3,
        (BlockKind::Footnote(_), _) => 0,
        _ => 2,
    }
}

fn kind_name(kind: BlockKind, part: PartKind) -> &'static str {
    match (kind, part) {
        (BlockKind::Title, _) => "title",
        (BlockKind::PartHeading, _) => "part heading",
        (_, PartKind::Krav) => "krav",
        (_, PartKind::Anbefaling) => "anbefaling",
        (BlockKind::Footnote(_), _) => "footnote",
        _ => "other text",
    }
}

/// The match quality of a one-term query in `found`: 6 whole word, 4 word start, 2 inside.
fn quality(found: &Found, term: &str) -> u32 {
    let text = BLOCKS[found.block].text;
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
    let mut kinds_seen = BTreeSet::new();
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
            assert_eq!(
                f.score,
                q * 10 + kind_rank(block.kind, block.part),
                "`{term}` in {} ({}): {:?}",
                block.id,
                kind_name(block.kind, block.part),
                block.text
            );
            kinds_seen.insert(kind_name(block.kind, block.part));
            qualities_seen.insert(q);
        }
        let scores: Vec<u32> = found.iter().map(|f| f.score).collect();
        assert!(
            scores.windows(2).all(|w| w[0] >= w[1]),
            "best first for `{term}`: {scores:?}"
        );
    }
    // The queries reach every kind of text and every match quality, so each rule above was used.
    assert_eq!(kinds_seen.len(), 6, "{kinds_seen:?}");
    assert_eq!(qualities_seen, BTreeSet::from([2, 4, 6]));
}
