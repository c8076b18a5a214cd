//! The search page's hits as HTML: where each is in the circular and the words around the match,
//! the match marked. One string the page sets as the list's content in one DOM call: building
//! each hit's nodes through Leptos's views took about a fifth of a keystroke's p95 time in the DOM
//! and 2.2 KB of the first load (docs/benchmark.md, "What was tried").

use crate::block_place::place;
use crate::content::BLOCKS;
use crate::export::static_page::escape;
use crate::route::Route;
use crate::search::Found;
use crate::snippet::snippet;

/// About how many bytes of the paragraph a hit shows around its first match.
const SNIPPET_BYTES: usize = 220;

/// The id of the `n`th hit's link (from 0), which the page focuses when more hits are shown.
pub fn hit_id(n: usize) -> String {
    format!("treff-{}", n + 1)
}

/// `found` as `<li>` items: each a link to its paragraph, captioned by its place, with the
/// circular's words (bokmål, marked `lang="nb"`) escaped.
pub fn hits_html(found: &[Found]) -> String {
    let mut html = String::new();
    for (n, hit) in found.iter().enumerate() {
        let block = &BLOCKS[hit.block];
        let (lead, pieces, trail) = snippet(block.text(), &hit.ranges, SNIPPET_BYTES);
        html.push_str("<li class=\"result\"><a id=\"");
        html.push_str(&hit_id(n));
        html.push_str("\" href=\"");
        html.push_str(&escape(&Route::block(hit.block).href()));
        html.push_str("\" lang=\"nb\"><span class=\"result-place\">");
        html.push_str(&escape(&place(block)));
        html.push_str("</span><span class=\"result-snippet\">");
        if lead {
            html.push_str("… ");
        }
        for piece in pieces {
            let text = escape(piece.text);
            if piece.marked {
                html.push_str("<mark>");
                html.push_str(&text);
                html.push_str("</mark>");
            } else {
                html.push_str(&text);
            }
        }
        if trail {
            html.push_str(" …");
        }
        html.push_str("</span></a></li>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::search;

    /// The text a browser would show: tags dropped, the four escapes undone.
    fn shown(html: &str) -> String {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    }

    #[test]
    fn each_hit_links_to_its_paragraph_with_its_place_and_the_match_marked() {
        let found = search("altinn", 10);
        assert!(found.len() >= 3, "altinn is found in several paragraphs");
        let html = hits_html(&found);
        assert_eq!(html.matches("<li class=\"result\">").count(), found.len());
        for (n, hit) in found.iter().enumerate() {
            let link = format!(
                "<a id=\"{}\" href=\"{}\" lang=\"nb\">",
                hit_id(n),
                Route::block(hit.block).href()
            );
            assert!(html.contains(&link), "hit {n}: {link}");
            assert!(html.contains(&escape(&place(&BLOCKS[hit.block]))), "hit {n}'s place");
        }
        let marks: Vec<&str> = html
            .split("<mark>")
            .skip(1)
            .map(|m| m.split("</mark>").next().unwrap_or_default())
            .collect();
        assert!(!marks.is_empty());
        assert!(
            marks.iter().all(|m| m.to_lowercase().starts_with("altinn")),
            "{marks:?}"
        );
    }

    #[test]
    fn the_words_shown_are_the_circulars_and_nothing_else() {
        let found = search("skal", 5);
        let html = hits_html(&found[..1]);
        let block = &BLOCKS[found[0].block];
        let (lead, pieces, trail) = snippet(block.text(), &found[0].ranges, SNIPPET_BYTES);
        let words: String = pieces.iter().map(|p| p.text).collect();
        let expected = format!(
            "{}{}{}{}",
            place(block),
            if lead { "… " } else { "" },
            words,
            if trail { " …" } else { "" }
        );
        assert_eq!(shown(&html), expected);
    }

    #[test]
    fn the_circulars_quotation_marks_are_escaped_and_shown_as_written() {
        // The circular writes «"kun én gang"» with straight quotation marks.
        let found = search("kun én gang", 5);
        let hit = found
            .iter()
            .position(|f| BLOCKS[f.block].text().contains("\"kun én gang\""))
            .expect("the paragraph that quotes \"kun én gang\" is found");
        let html = hits_html(&found[hit..=hit]);
        assert!(html.contains("&quot;"), "{html}");
        assert!(!html.contains("\"kun"), "no raw quotation mark in the markup");
        assert!(shown(&html).contains("\"kun én gang\""));
    }

    #[test]
    fn no_hits_no_items() {
        assert_eq!(hits_html(&[]), "");
    }
}
