//! The word-level diff of two texts of the circular, and how alike they are: diff.rs's words.

use similar::{ChangeTag, TextDiff, TextDiffConfig};

/// A run of words, whitespace kept: `Same` and `Added` in order make the newer text, `Same` and
/// `Removed` the older.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordEdit {
    Same(String),
    Removed(String),
    Added(String),
}

/// The text cut into words, runs of whitespace and single punctuation marks, so that a word
/// followed by a full stop or comma is still the same word when words are put in after it.
fn tokens(text: &str) -> Vec<&str> {
    let class = |c: char| match c {
        c if c.is_whitespace() => 0,
        c if c.is_alphanumeric() || c == '-' => 1,
        _ => 2,
    };
    let (mut cuts, mut last) = (vec![0], None);
    for (i, c) in text.char_indices() {
        if last.is_some_and(|last| last != class(c) || last == 2) {
            cuts.push(i);
        }
        last = Some(class(c));
    }
    cuts.push(text.len());
    cuts.windows(2)
        .map(|w| &text[w[0]..w[1]])
        .filter(|t| !t.is_empty())
        .collect()
}

/// How alike two texts are, word by word: similar's ratio, from 0 (nothing shared) to 1.
pub(crate) fn likeness(older: &str, newer: &str) -> f32 {
    TextDiffConfig::default()
        .diff_slices(&tokens(older), &tokens(newer))
        .ratio()
}

/// The word-level edits from `older` to `newer`. Whitespace between two edits joins them, so a
/// reworded phrase reads as one phrase taken out and one put in, not word by word.
pub fn word_edits(older: &str, newer: &str) -> Vec<WordEdit> {
    let (older, newer) = (tokens(older), tokens(newer));
    let diff: TextDiff<str> = TextDiffConfig::default().diff_slices(&older, &newer);
    let tokens: Vec<(ChangeTag, &str)> = diff.iter_all_changes().map(|c| (c.tag(), c.value())).collect();
    let edited = |i: usize| tokens.get(i).is_some_and(|t| t.0 != ChangeTag::Equal);
    let mut edits = Vec::new();
    let (mut same, mut removed, mut added) = (String::new(), String::new(), String::new());
    for (i, &(tag, value)) in tokens.iter().enumerate() {
        let joins = tag == ChangeTag::Equal && value.trim().is_empty() && i > 0 && edited(i - 1) && edited(i + 1);
        if tag == ChangeTag::Equal && !joins {
            flush(&mut edits, &mut removed, &mut added);
            same.push_str(value);
            continue;
        }
        if !same.is_empty() {
            edits.push(WordEdit::Same(std::mem::take(&mut same)));
        }
        if tag != ChangeTag::Insert {
            removed.push_str(value);
        }
        if tag != ChangeTag::Delete {
            added.push_str(value);
        }
    }
    flush(&mut edits, &mut removed, &mut added);
    edits.extend((!same.is_empty()).then_some(WordEdit::Same(same)));
    edits
}

/// Ends a run of edits: what it took out, then what it put in.
fn flush(edits: &mut Vec<WordEdit>, removed: &mut String, added: &mut String) {
    edits.extend((!removed.is_empty()).then(|| WordEdit::Removed(std::mem::take(removed))));
    edits.extend((!added.is_empty()).then(|| WordEdit::Added(std::mem::take(added))));
}
