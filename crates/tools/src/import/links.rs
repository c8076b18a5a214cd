//! Assigns each page's links to the paragraphs on that page. The link list is in reading order,
//! so the assignment keeps that order (a dynamic programme over the page's blocks) and takes the
//! blocks whose words point to each URL (`clues`). A URL listed twice in a row is one phrase
//! wrapped over two lines; three times, two phrases. A footnote body's URL goes to its footnote;
//! the circular's own address is no link. A link no words point to goes, with its neighbours in the
//! list, to a paragraph without a link between the blocks of the links around it, and is listed.

use super::clues::Clues;
use super::draft::{own_address, Link, Section};
use super::editor::{first_words, Notes, Topic};
use super::pages::Page;
use rundskriv_model::BlockKind;

/// A small preference for giving consecutive links different blocks, below any word's weight.
const SPREAD: f64 = 1e-6;

/// A link whose block scores below this rests on common words ("difi", "forskrift"): listed.
const WEAK: f64 = 0.09;

pub fn assign(sections: &mut [Section], pages: &[Page], notes: &mut Notes) {
    for section in sections.iter_mut() {
        for block in section
            .blocks
            .iter_mut()
            .filter(|b| matches!(b.kind, BlockKind::Footnote(_)))
        {
            if block.text.starts_with("http") {
                block.links.push(Link {
                    href: block.text.clone(),
                    span: Some((0, block.text.len())),
                });
            }
        }
    }
    let own = sections.first().and_then(|s| own_address(&s.title, pages));
    let (clues, refs) = Clues::of(sections, pages);
    for (p, page) in pages.iter().enumerate() {
        let mut entries: Vec<&str> = page.links.iter().map(String::as_str).collect();
        for (_, body) in &page.notes {
            if let Some(i) = entries.iter().rposition(|e| e == body) {
                entries.remove(i);
            }
        }
        if let Some(own) = own.as_deref() {
            if entries.contains(&own) {
                notes.push(
                    Topic::Link,
                    0,
                    format!("{own}: the circular's own address, not linked (utgave.md)"),
                );
                entries.retain(|e| *e != own);
            }
        }
        let items = items(&entries);
        if items.is_empty() {
            continue;
        }
        let cands: Vec<usize> = (0..refs.len())
            .filter(|&k| sections[refs[k].0].blocks[refs[k].1].pages.contains(&p))
            .collect();
        if cands.is_empty() {
            for (url, _) in &items {
                notes.push(
                    Topic::Link,
                    0,
                    format!("{url}: listed on page {} with no paragraph on it", p + 1),
                );
            }
            continue;
        }
        let scores: Vec<Vec<f64>> = items
            .iter()
            .map(|(url, _)| {
                cands
                    .iter()
                    .map(|&k| {
                        let block = &sections[refs[k].0].blocks[refs[k].1];
                        let carried =
                            p > 0 && block.pages.contains(&(p - 1)) && block.links.iter().any(|l| l.href == *url);
                        clues.score(url, k) + if carried { 10.0 } else { 0.0 }
                    })
                    .collect()
            })
            .collect();
        let runs: Vec<usize> = items.iter().map(|(_, run)| *run).collect();
        let mut chosen = order(&scores, &runs, true)
            .or_else(|| order(&scores, &runs, false))
            .unwrap_or_default();
        let guessed = fill_unclued(&scores, &mut chosen);
        for (i, (url, _)) in items.iter().enumerate() {
            let (s, b) = refs[cands[chosen[i]]];
            let block = &mut sections[s].blocks[b];
            let at = first_words(&block.text, 6);
            let score = scores[i][chosen[i]];
            let why = if guessed[i] {
                Some("no words point to it")
            } else {
                (score < WEAK).then_some("only common words point to it")
            };
            if let Some(why) = why {
                let text = format!("{url}: {why}; put in «{at} …» by its place in the page's list");
                notes.push(Topic::Link, block.line, text);
            }
            if !block.links.iter().any(|l| l.href == *url) {
                block.links.push(Link {
                    href: url.to_string(),
                    span: None,
                });
            }
        }
    }
}

/// The links to place: a run of `r` identical entries is `ceil(r / 2)` links (a phrase wrapped
/// over two lines is listed twice), each with the run it belongs to.
fn items<'a>(entries: &[&'a str]) -> Vec<(&'a str, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut run = 0;
    while i < entries.len() {
        let r = entries[i..].iter().take_while(|e| **e == entries[i]).count();
        for _ in 0..r.div_ceil(2) {
            out.push((entries[i], run));
        }
        run += 1;
        i += r;
    }
    out
}

/// The best block for each link keeping the list's order (the links of one run in different
/// blocks when `strict`), ties to the earlier block; `None` when the order cannot be kept.
fn order(scores: &[Vec<f64>], runs: &[usize], strict: bool) -> Option<Vec<usize>> {
    let n = scores[0].len();
    let mut best: Vec<Vec<f64>> = vec![vec![f64::NEG_INFINITY; n]; scores.len()];
    let mut from: Vec<Vec<usize>> = vec![vec![0; n]; scores.len()];
    best[0].clone_from(&scores[0]);
    for i in 1..scores.len() {
        let same_run = strict && runs[i] == runs[i - 1];
        for j in 0..n {
            let mut top = (f64::NEG_INFINITY, 0);
            let last = if same_run { j } else { j + 1 };
            for (k, &before) in best[i - 1][..last].iter().enumerate() {
                let value = before + if k == j { 0.0 } else { SPREAD };
                if value > top.0 {
                    top = (value, k);
                }
            }
            best[i][j] = top.0 + scores[i][j];
            from[i][j] = top.1;
        }
    }
    let last = &best[scores.len() - 1];
    let (mut j, value) = last.iter().enumerate().fold(
        (0, f64::NEG_INFINITY),
        |acc, (j, &v)| if v > acc.1 { (j, v) } else { acc },
    );
    if value == f64::NEG_INFINITY {
        return None;
    }
    let mut chosen = vec![0; scores.len()];
    for i in (0..scores.len()).rev() {
        chosen[i] = j;
        j = from[i][j];
    }
    Some(chosen)
}

/// Links no words point to: each run of them goes to the blocks without a pointed-to link between
/// the links around it, nearest the next one if there is one, else nearest the one before; with
/// no such block, to the block before. Returns which links were placed so.
fn fill_unclued(scores: &[Vec<f64>], chosen: &mut [usize]) -> Vec<bool> {
    let unclued: Vec<bool> = scores.iter().map(|row| row.iter().all(|&s| s <= 0.0)).collect();
    let clued_blocks: Vec<usize> = (0..chosen.len()).filter(|&i| !unclued[i]).map(|i| chosen[i]).collect();
    let mut i = 0;
    while i < chosen.len() {
        if !unclued[i] {
            i += 1;
            continue;
        }
        let end = i + unclued[i..].iter().take_while(|u| **u).count();
        let before = (0..i).rev().find(|&k| !unclued[k]).map(|k| chosen[k]);
        let after = (end..chosen.len()).find(|&k| !unclued[k]).map(|k| chosen[k]);
        let low = before.map_or(0, |b| b + 1);
        let high = after.unwrap_or(scores[0].len());
        let free: Vec<usize> = (low..high).filter(|j| !clued_blocks.contains(j)).collect();
        let count = end - i;
        let picks: Vec<usize> = if free.is_empty() {
            vec![before.or(after).unwrap_or(0); count]
        } else if after.is_some() {
            let from = free.len().saturating_sub(count);
            (0..count).map(|k| free[(from + k).min(free.len() - 1)]).collect()
        } else {
            (0..count).map(|k| free[k.min(free.len() - 1)]).collect()
        };
        chosen[i..end].copy_from_slice(&picks);
        i = end;
    }
    unclued
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_phrase_is_one_link() {
        assert_eq!(
            items(&["a", "a", "b", "c", "c", "c"]),
            [("a", 0), ("b", 1), ("c", 2), ("c", 2)]
        );
    }

    #[test]
    fn links_keep_the_list_order() {
        // Two links, three blocks: the second link points to block 0 too, but must come after.
        let scores = vec![vec![0.0, 1.0, 0.0], vec![0.5, 0.0, 0.2]];
        assert_eq!(order(&scores, &[0, 1], true), Some(vec![1, 2]));
    }

    #[test]
    fn an_unclued_link_goes_to_a_free_block_before_the_next_link() {
        let scores = vec![vec![1.0, 0.0, 0.0, 0.0], vec![0.0; 4], vec![0.0, 0.0, 0.0, 1.0]];
        let mut chosen = vec![0, 0, 3];
        let guessed = fill_unclued(&scores, &mut chosen);
        assert_eq!((chosen, guessed), (vec![0, 2, 3], vec![false, true, false]));
    }
}
