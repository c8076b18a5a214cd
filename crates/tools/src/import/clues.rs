//! How strongly a block's words point to a URL: the address written out in the text, or the
//! words of its path ("…/innebygd-personvern/" and "innebygd personvern"; two words run together
//! as URLs write them, "Felles datakatalog" and `fellesdatakatalog`), each weighed by how rare it
//! is among the document's URLs and its blocks, so that "difi" or "virksomhetene" count for little
//! and "datatilsynet" for much; the words of the block's section title count for half
//! (`…/digitalt-forstevalg` in point 1.2 "Gjennomfør digitalt førstevalg").

use super::draft::Section;
use super::pages::Page;
use std::collections::HashMap;

/// Parts of addresses that say nothing about the words a link sits on.
const STOP: [&str; 14] = [
    "http", "https", "www", "no", "com", "org", "html", "htm", "pdf", "nb", "nn", "en", "id", "q",
];

/// Lower case, with æ, ø, å and é as URLs spell them.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push('o'),
            'å' => out.push('a'),
            'é' | 'è' => out.push('e'),
            c => out.push(c),
        }
    }
    out
}

/// The folded letter-and-digit runs of `text`, and each two neighbours run together; an address
/// written out in the text is left out (it is a link of its own).
pub fn text_words(text: &str) -> Vec<String> {
    let plain: Vec<&str> = text
        .split(' ')
        .filter(|w| !w.contains("://") && !w.starts_with("www."))
        .collect();
    let single = words(&plain.join(" "));
    let pairs: Vec<String> = single.windows(2).map(|w| format!("{}{}", w[0], w[1])).collect();
    single.into_iter().chain(pairs).collect()
}

/// The folded letter-and-digit runs of `text`.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The words of an address that may name what it links: no scheme, no stop words, no short numbers.
pub fn url_tokens(url: &str) -> Vec<String> {
    let mut tokens: Vec<String> = words(url)
        .into_iter()
        .filter(|t| t.len() >= 2 && !STOP.contains(&t.as_str()))
        .filter(|t| !t.bytes().all(|b| b.is_ascii_digit()) || t.len() >= 4)
        .collect();
    tokens.sort();
    tokens.dedup();
    tokens
}

/// How the address may be written in the text: without its scheme and final slash, and for a
/// bare host also without `www.` ("Norge.no" for `http://www.norge.no/`).
pub fn written_forms(url: &str) -> Vec<String> {
    let bare = fold(url);
    let bare = bare.split_once("://").map_or(bare.as_str(), |(_, rest)| rest);
    let bare = bare.trim_end_matches('/').to_string();
    let mut forms = vec![bare.clone()];
    if !bare.contains('/') {
        if let Some(host) = bare.strip_prefix("www.") {
            forms.push(host.to_string());
        }
    }
    forms
}

/// A word of the text matches a token of the URL: the same, one the start of the other, or a
/// long token inside the word ("arkitekturprinsipper" holds "prinsipper"; not the other way:
/// `infosikkerhet` is no "sikkerhet").
pub fn matches(token: &str, word: &str) -> bool {
    token == word
        || (token.len() >= 4 && word.starts_with(token))
        || (word.len() >= 5 && token.starts_with(word))
        || (token.len() >= 6 && word.contains(token))
        || (token.len() >= 8 && one_letter_more(token, word))
}

/// `long` is `short` with one letter more: a spelling the URL varies ("skytenester" for
/// "skytjenester", nynorsk for bokmål).
fn one_letter_more(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let common = short.bytes().zip(long.bytes()).take_while(|(x, y)| x == y).count();
    short.as_bytes()[common..] == long.as_bytes()[common + 1..]
}

/// A block's words, as the scores read them.
pub struct Clues {
    blocks: Vec<Vec<String>>,
    titles: Vec<Vec<String>>,
    folded: Vec<String>,
    /// For each token: in how many of the document's URLs it stands, and how many blocks match it.
    url_count: HashMap<String, usize>,
    block_count: HashMap<String, usize>,
}

impl Clues {
    /// The clues of the draft's text blocks, and where each block is: (section, block).
    pub fn of(sections: &[Section], pages: &[Page]) -> (Clues, Vec<(usize, usize)>) {
        let refs: Vec<(usize, usize)> = sections
            .iter()
            .enumerate()
            .flat_map(|(s, sec)| {
                sec.blocks
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| b.is_text())
                    .map(move |(b, _)| (s, b))
            })
            .collect();
        let texts: Vec<(&str, &str)> = refs
            .iter()
            .map(|&(s, b)| (sections[s].blocks[b].text.as_str(), sections[s].title.as_str()))
            .collect();
        let mut urls: Vec<&str> = pages.iter().flat_map(|p| p.links.iter().map(String::as_str)).collect();
        urls.sort();
        urls.dedup();
        (Clues::new(&urls, &texts), refs)
    }

    /// `blocks`: each block's text and its section's title.
    pub fn new(urls: &[&str], blocks: &[(&str, &str)]) -> Clues {
        let words_of: Vec<Vec<String>> = blocks.iter().map(|(b, _)| text_words(b)).collect();
        let mut url_count: HashMap<String, usize> = HashMap::new();
        for url in urls {
            for token in url_tokens(url) {
                *url_count.entry(token).or_default() += 1;
            }
        }
        let block_count = url_count
            .keys()
            .map(|t| {
                let n = words_of.iter().filter(|ws| ws.iter().any(|w| matches(t, w))).count();
                (t.clone(), n)
            })
            .collect();
        Clues {
            blocks: words_of,
            titles: blocks.iter().map(|(_, t)| text_words(t)).collect(),
            folded: blocks.iter().map(|(b, _)| fold(b)).collect(),
            url_count,
            block_count,
        }
    }

    /// The weight of one token: rare in URLs and in blocks weighs more.
    pub fn weight(&self, token: &str) -> f64 {
        let urls = self.url_count.get(token).copied().unwrap_or(1).max(1);
        let blocks = self.block_count.get(token).copied().unwrap_or(1).max(1);
        1.0 / (urls as f64 * blocks as f64)
    }

    /// How strongly block `b` points to `url`: 0 when nothing does.
    pub fn score(&self, url: &str, b: usize) -> f64 {
        let written = written_forms(url)
            .iter()
            .any(|f| f.len() >= 6 && self.folded[b].contains(f.as_str()));
        let found = |words: &[String], t: &str| words.iter().any(|w| matches(t, w));
        let tokens: f64 = url_tokens(url)
            .iter()
            .map(|t| match (found(&self.blocks[b], t), found(&self.titles[b], t)) {
                (true, _) => self.weight(t),
                (false, true) => self.weight(t) / 2.0,
                _ => 0.0,
            })
            .sum();
        if written {
            5.0 + tokens
        } else {
            tokens
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_written_forms() {
        assert_eq!(
            url_tokens("https://www.datatilsynet.no/rettigheter-og-plikter/innebygd-personvern/"),
            ["datatilsynet", "innebygd", "og", "personvern", "plikter", "rettigheter"]
        );
        assert_eq!(written_forms("http://www.norge.no/"), ["www.norge.no", "norge.no"]);
        assert!(matches("prinsipper", "arkitekturprinsipper"));
        assert!(matches("difi", "difis"));
        assert!(!matches("lov", "lovdata"));
        assert!(matches("skytenester", "skytjenester"));
        assert!(!matches("skytenester", "skytjenesten"));
    }

    #[test]
    fn rare_words_point_to_their_url() {
        let url = "https://www.datatilsynet.no/rettigheter-og-plikter/innebygd-personvern/";
        let blocks = [
            ("prinsippene for innebygd personvern", "Bygg inn"),
            ("Virksomhetene skal følge", "Bygg inn"),
        ];
        let clues = Clues::new(&[url], &blocks);
        assert!(clues.score(url, 0) > 1.0);
        assert_eq!(clues.score(url, 1), 0.0);
    }
}
