//! The editor's list: everything the importer could not place or decided on a guess, with the
//! source line it concerns, written next to the draft.

use std::fmt::Write;

/// One thing for the editor to check.
pub struct Note {
    pub topic: Topic,
    /// The seed's line it concerns (0: none).
    pub line: usize,
    pub text: String,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Topic {
    Paragraph,
    Hyphen,
    Footnote,
    Link,
    Id,
}

impl Topic {
    fn heading(self) -> &'static str {
        match self {
            Topic::Paragraph => "Paragraph breaks decided on a guess (a full line ending a sentence)",
            Topic::Hyphen => "Hyphens at a line end joined without a space (check the word)",
            Topic::Footnote => "Footnotes",
            Topic::Link => "Links: not assigned, or placed on guessed words",
            Topic::Id => "Ids: blocks with no match in the previous edition, and what it had that the draft has not",
        }
    }
}

#[derive(Default)]
pub struct Notes(pub Vec<Note>);

/// The first `n` words of a text, to name it in a note.
pub fn first_words(text: &str, n: usize) -> String {
    text.split(' ').take(n).collect::<Vec<_>>().join(" ")
}

/// The last `n` words of a text.
pub fn last_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    words[words.len().saturating_sub(n)..].join(" ")
}

impl Notes {
    pub fn push(&mut self, topic: Topic, line: usize, text: impl Into<String>) {
        self.0.push(Note {
            topic,
            line,
            text: text.into(),
        });
    }

    /// The notes of one topic, in the order they were made.
    pub fn of(&self, topic: Topic) -> impl Iterator<Item = &Note> {
        self.0.iter().filter(move |n| n.topic == topic)
    }

    /// The list as text, grouped by topic, each note with its source line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut sorted: Vec<&Note> = self.0.iter().collect();
        sorted.sort_by_key(|n| (n.topic, n.line));
        let mut topic = None;
        for note in sorted {
            if topic != Some(note.topic) {
                topic = Some(note.topic);
                let _ = writeln!(out, "\n## {}\n", note.topic.heading());
            }
            let _ = match note.line {
                0 => writeln!(out, "- {}", note.text),
                line => writeln!(out, "- line {line}: {}", note.text),
            };
        }
        out
    }
}
