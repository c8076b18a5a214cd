//! Folds Norwegian text to the search alphabet: lowercase, with æ/ø/å written the ASCII way.
//!
//! Shared by the build script (which folds the circular into the search index) and the app (which
//! folds the user's query), so that both sides agree on every letter. It only knows the letters
//! Norwegian text needs; full Unicode case tables would cost the wasm binary about 17 KB.

/// Appends the folded form of `c` to `out`. Letters that are not letters or digits are dropped by
/// the tokenizer before they reach here.
pub fn fold_char_into(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        'æ' | 'Æ' | 'ä' | 'Ä' => out.push_str("ae"),
        'ø' | 'Ø' | 'ö' | 'Ö' => out.push('o'),
        'å' | 'Å' | 'á' | 'Á' | 'à' | 'À' => out.push('a'),
        'é' | 'É' | 'è' | 'È' | 'ê' | 'Ê' => out.push('e'),
        'ó' | 'Ó' | 'ò' | 'Ò' | 'ô' | 'Ô' => out.push('o'),
        'ü' | 'Ü' => out.push('u'),
        _ => out.push(c),
    }
}

/// Whether `c` belongs to a word. Hyphens split words so that "IKT-løsninger" is found by both
/// "ikt" and "løsninger".
pub fn is_word_char(c: char) -> bool {
    // Latin-1 and Latin Extended-A letters cover Norwegian, Sami loan letters and European names
    // without pulling in Unicode's alphanumeric tables.
    c.is_ascii_alphanumeric() || (('\u{C0}'..='\u{17F}').contains(&c) && c != '×' && c != '÷')
}

/// Folds a whole word.
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// Splits `text` into words, yielding each word's byte range in `text` and its folded form.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = chars.peek() {
            if is_word_char(c) {
                break;
            }
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        let mut folded = String::new();
        while let Some(&(i, c)) = chars.peek() {
            if !is_word_char(c) {
                break;
            }
            fold_char_into(c, &mut folded);
            end = i + c.len_utf8();
            chars.next();
        }
        Some((start, end, folded))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_norwegian_letters_to_ascii() {
        assert_eq!(fold_word("Klarspråk"), "klarsprak");
        assert_eq!(fold_word("SØKNAD"), "soknad");
        assert_eq!(fold_word("Særskilte"), "saerskilte");
    }

    #[test]
    fn splits_on_hyphens_and_punctuation_keeping_byte_ranges() {
        let text = "IKT-løsninger, «EHF».";
        let found: Vec<_> = words(text).collect();
        let folded: Vec<&str> = found.iter().map(|(_, _, f)| f.as_str()).collect();
        assert_eq!(folded, ["ikt", "losninger", "ehf"]);
        let (s, e, _) = &found[1];
        assert_eq!(&text[*s..*e], "løsninger");
    }

    #[test]
    fn digits_are_words() {
        let folded: Vec<String> = words("10 millioner").map(|(_, _, f)| f).collect();
        assert_eq!(folded, ["10", "millioner"]);
    }
}
