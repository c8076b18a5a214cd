//! Picks the words each assigned link sits on: the address where the text writes it out, else the
//! run of words that match its path best (rare words weigh most, as in `clues`; a run stays in
//! its clause and after a run-in label, "ID-porten: …"), else (listed for the editor) the block's
//! first free word.

use super::clues::{fold, matches, url_tokens, words, written_forms, Clues};
use super::draft::Section;
use super::editor::{Notes, Topic};
use super::lines::run_in_label;
use super::pages::Page;

/// Punctuation a link's words do not take with them.
const EDGES: &[char] = &['.', ',', ';', ':', '(', ')', '«', '»', '"', '?', '!'];

/// Words a run of matching words may have between two of its words ("rammeverk for informasjonsforvaltning").
const JOINERS: [&str; 6] = ["for", "og", "av", "ved", "i", "om"];

/// A word's byte range without the punctuation at its edges, and whether a clause ends after it.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    stops: bool,
}

type Span = (usize, usize);

pub fn place(sections: &mut [Section], pages: &[Page], notes: &mut Notes) {
    let (clues, _) = Clues::of(sections, pages);
    for section in sections.iter_mut() {
        for block in section.blocks.iter_mut() {
            let text = block.text.clone();
            let label = if run_in_label(&text) {
                text.find(": ").map_or(0, |i| i + 2)
            } else {
                0
            };
            let all = word_ranges(&text);
            let words: Vec<Word> = all.iter().copied().filter(|w| w.start >= label).collect();
            let mut taken: Vec<Span> = block.links.iter().filter_map(|l| l.span).collect();
            // The link with the most words matching it chooses first, so a weaker one cannot take them.
            let mut order: Vec<(usize, Vec<(Span, f64)>)> = (0..block.links.len())
                .filter(|&i| block.links[i].span.is_none())
                .map(|i| {
                    let href = &block.links[i].href;
                    let written = written(&text, &all, href).map(|span| (span, f64::INFINITY));
                    (
                        i,
                        written.into_iter().chain(runs(&clues, &text, &words, href)).collect(),
                    )
                })
                .collect();
            order.sort_by(|a, b| best(&b.1).total_cmp(&best(&a.1)));
            for (i, candidates) in order {
                let link = &mut block.links[i];
                let free = |r: &Span| taken.iter().all(|t| r.1 <= t.0 || r.0 >= t.1);
                let span = candidates.into_iter().map(|(span, _)| span).find(free).or_else(|| {
                    let first = words.iter().map(|w| (w.start, w.end)).find(free)?;
                    let at = &text[first.0..first.1];
                    notes.push(
                        Topic::Link,
                        block.line,
                        format!("{}: put on «{at}», a guess; move it to its words", link.href),
                    );
                    Some(first)
                });
                if let Some(span) = span {
                    taken.push(span);
                }
                link.span = span;
            }
        }
    }
}

fn best(candidates: &[(Span, f64)]) -> f64 {
    candidates.iter().map(|c| c.1).sum()
}

fn word_ranges(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split(' ') {
        let start = at + (raw.len() - raw.trim_start_matches(EDGES).len());
        let end = at + raw.trim_end_matches(EDGES).len();
        if end > start {
            let stops = raw
                .trim_end_matches([')', '»', '"'])
                .ends_with(['.', ',', ';', ':', '?', '!']);
            out.push(Word { start, end, stops });
        }
        at += raw.len() + 1;
    }
    out
}

/// The word that writes the address out ("www.difi.no", "Norge.no").
fn written(text: &str, words: &[Word], url: &str) -> Option<Span> {
    let forms = written_forms(url);
    words.iter().map(|w| (w.start, w.end)).find(|&(s, e)| {
        let word = fold(&text[s..e]);
        let bare = word
            .split_once("://")
            .map_or(word.as_str(), |(_, rest)| rest)
            .trim_end_matches('/');
        forms.iter().any(|f| f.len() >= 6 && bare == f)
    })
}

/// Runs of words matching the URL's path, best first: neighbours that match (a small word may
/// stand between two), within one clause; each word weighs what its matching tokens weigh.
fn runs(clues: &Clues, text: &str, words: &[Word], url: &str) -> Vec<(Span, f64)> {
    let tokens: Vec<String> = url_tokens(url).into_iter().filter(|t| t.len() >= 3).collect();
    let parts: Vec<Vec<String>> = words.iter().map(|w| words_of(&text[w.start..w.end])).collect();
    let hit: Vec<f64> = (0..words.len())
        .map(|i| {
            // "Felles datakatalog" for `fellesdatakatalog`: the pair still inside the token.
            let before = if i > 0 {
                parts[i - 1].last().map_or("", |s| s.as_str())
            } else {
                ""
            };
            let pair = format!("{before}{}", parts[i].first().map_or("", |s| s));
            tokens
                .iter()
                .filter(|t| {
                    parts[i].iter().any(|p| matches(t, p)) || (!before.is_empty() && t.starts_with(pair.as_str()))
                })
                .map(|t| clues.weight(t))
                .sum()
        })
        .collect();
    let mut found: Vec<(Span, f64)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if hit[i] == 0.0 {
            i += 1;
            continue;
        }
        let (mut j, mut total) = (i, hit[i]);
        while !words[j].stops {
            if j + 1 < words.len() && hit[j + 1] > 0.0 {
                j += 1;
            } else if j + 2 < words.len() && hit[j + 2] > 0.0 && !words[j + 1].stops && is_joiner(text, words[j + 1]) {
                j += 2;
            } else {
                break;
            }
            total += hit[j];
        }
        let (j, total) = extend(text, words, j, total, url);
        found.push(((words[i].start, words[j].end), total));
        i = j + 1;
    }
    found.sort_by(|a, b| b.1.total_cmp(&a.1));
    found
}

/// Words that name a web page, which a link to a site takes with its owner: "Difis nettsider",
/// "Altinns portal".
const PAGE_NOUNS: [&str; 5] = ["nettsider", "nettside", "nettsidene", "hjemmeside", "portal"];

/// Takes in what the words a run ends on call for: the page noun after an owner the address
/// names (such a run is what the circular links, so it comes first), the section after a law's
/// name ("eForvaltningsforskriften § 15"), the rest of "kontakt- og reservasjonsregisteret".
fn extend(text: &str, words: &[Word], j: usize, total: f64, url: &str) -> (usize, f64) {
    let word = |k: usize| words.get(k).map_or("", |w| &text[w.start..w.end]);
    let open = |k: usize| words.get(k).is_some_and(|w| !w.stops);
    let host = fold(url).split('/').nth(2).unwrap_or("").to_string();
    let owner = fold(word(j));
    let owned = owner.len() > 3 && host.contains(owner.trim_end_matches('s'));
    if open(j) && owned && PAGE_NOUNS.contains(&word(j + 1)) {
        return (j + 1, total + 10.0);
    }
    if open(j) && word(j + 1) == "§" && word(j + 2).chars().all(|c| c.is_ascii_digit()) && !word(j + 2).is_empty() {
        return (j + 2, total);
    }
    if word(j).ends_with('-') && ["og", "eller"].contains(&word(j + 1)) && j + 2 < words.len() {
        return (j + 2, total);
    }
    (j, total)
}

fn words_of(word: &str) -> Vec<String> {
    words(word)
}

fn is_joiner(text: &str, w: Word) -> bool {
    JOINERS.contains(&text[w.start..w.end].to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(text: &str, url: &str) -> String {
        let clues = Clues::new(&[url], &[(text, "")]);
        let span = written(text, &word_ranges(text), url)
            .or_else(|| runs(&clues, text, &word_ranges(text), url).first().map(|c| c.0))
            .expect("placed");
        text[span.0..span.1].to_string()
    }

    #[test]
    fn a_link_sits_on_its_words() {
        let url = "https://www.difi.no/informasjonsforvaltning/rammeverk-informasjonsforvaltning";
        assert_eq!(
            on(
                "Difi har etablert et rammeverk for informasjonsforvaltning som skal brukes.",
                url
            ),
            "rammeverk for informasjonsforvaltning"
        );
        assert_eq!(
            on("Se http://www.ks.no/digihjelpen.", "http://www.ks.no/digihjelpen"),
            "http://www.ks.no/digihjelpen"
        );
        assert_eq!(
            on("Veiledning finnes på www.dfo.no og", "http://www.dfo.no/"),
            "www.dfo.no"
        );
        assert_eq!(
            on("i Felles datakatalog og på", "https://fellesdatakatalog.brreg.no/"),
            "Felles datakatalog"
        );
    }
}
