//! The text shown for a search hit: about a line of the paragraph around its first match, cut at
//! words, in pieces marked where the query matched.

/// A piece of a snippet; `marked` pieces are the matched words.
#[derive(Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub marked: bool,
}

/// About `width` bytes of `text` around the first range, split into marked and plain pieces.
/// `leading`/`trailing` say whether text was cut off there (the UI shows an ellipsis).
pub fn snippet<'a>(text: &'a str, ranges: &[(usize, usize)], width: usize) -> (bool, Vec<Piece<'a>>, bool) {
    let (first, first_end) = ranges.first().copied().unwrap_or((0, 0));
    let mut start = first.saturating_sub(width / 3);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        // Start at a word boundary so the snippet does not begin mid-word.
        start = text[..start].rfind(' ').map(|i| i + 1).unwrap_or(0);
    }
    // The snippet always holds the whole first hit, however narrow `width` is.
    let mut end = (start + width).max(first_end).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    if end < text.len() {
        end = text[..end].rfind(' ').filter(|i| *i >= first_end).unwrap_or(end);
    }
    let mut pieces = Vec::new();
    let mut at = start;
    for &(s, e) in ranges {
        if e <= at || s >= end {
            continue;
        }
        let s = s.max(at);
        let e = e.min(end);
        if s > at {
            pieces.push(Piece {
                text: &text[at..s],
                marked: false,
            });
        }
        pieces.push(Piece {
            text: &text[s..e],
            marked: true,
        });
        at = e;
    }
    if at < end {
        pieces.push(Piece {
            text: &text[at..end],
            marked: false,
        });
    }
    (start > 0, pieces, end < text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::BLOCKS;
    use crate::fold;

    #[test]
    fn snippets_never_cut_inside_a_letter_anywhere_in_the_circular() {
        // Every word of every block as the first hit, at several widths: æ, ø, å and « are two
        // bytes, so any offset arithmetic that forgets char boundaries panics here.
        for block in BLOCKS.iter() {
            for (start, end, _) in fold::words(block.text()) {
                for width in [1, 7, 40, 121, 220, 1000] {
                    let (_, pieces, _) = snippet(block.text(), &[(start, end)], width);
                    assert!(
                        pieces.iter().any(|p| p.marked),
                        "{} at {start} width {width}",
                        block.id()
                    );
                }
            }
        }
    }

    #[test]
    fn snippets_mark_the_hit_and_cut_at_words() {
        let text = "Virksomheten skal ta i bruk ID-porten for digitale tjenester som krever innlogging.";
        let start = text.find("ID-porten").unwrap();
        let (lead, pieces, trail) = snippet(text, &[(start, start + 2)], 40);
        assert!(lead && trail);
        assert!(pieces.iter().any(|p| p.marked && p.text == "ID"));
        assert!(!pieces[0].text.starts_with(' '));
        let (lead, pieces, trail) = snippet(text, &[], 400);
        assert!(!lead && !trail && pieces.len() == 1);
    }
}
