//! What one text line of a page is: a part heading, a numbered heading or list item, a bulleted
//! item or running text; with its glued footnote numbers taken off and the layout facts the
//! paragraph rules read (how wide the line is, how many spaces the extraction left at its end).

use crate::seed::{glued_notes, is_numbered, normalise, BULLET};
use rundskriv_model::PartKind;

#[derive(Clone)]
pub enum Kind {
    /// "Krav", "Anbefaling", "Anbefalinger", "Veiledning" (as printed, a colon kept).
    Part(PartKind),
    /// "1.6 Bruk …": a point's number and the start of its title.
    Point(String),
    /// "1. Hvordan …" or "1. Start med behov": a chapter heading or a numbered list item.
    Numbered(u8),
    Bullet,
    Text,
}

#[derive(Clone)]
pub struct Line {
    pub kind: Kind,
    /// The line's words, whitespace collapsed, footnote numbers and any number or bullet taken
    /// off; for a part heading, the heading as printed.
    pub text: String,
    /// Footnote numbers and the byte offset in `text` they stood at.
    pub notes: Vec<(usize, u8)>,
    /// The line as extracted, without its leading spaces (a signature's columns are kept).
    pub raw: String,
    /// Characters before the trailing spaces.
    pub width: usize,
    /// Spaces the extraction left at the end.
    pub trailing: usize,
    /// 1-based line number in the seed, and page index.
    pub number: usize,
    pub page: usize,
}

impl Line {
    pub fn starts_upper(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    pub fn starts_lower(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_lowercase() || c == '(')
    }

    /// Ends in `.`, `:`, `?` or `!` (after its footnote numbers are taken off).
    pub fn ends_sentence(&self) -> bool {
        self.text.ends_with(['.', ':', '?', '!'])
    }
}

/// The part headings as printed, without a colon.
const PARTS: [(&str, PartKind); 4] = [
    ("Krav", PartKind::Krav),
    ("Anbefaling", PartKind::Anbefaling),
    ("Anbefalinger", PartKind::Anbefaling),
    ("Veiledning", PartKind::Veiledning),
];

pub fn classify(raw: &str, number: usize, page: usize) -> Line {
    let raw = raw.trim_start().to_string();
    let width = raw.trim_end().chars().count();
    let trailing = raw.chars().count() - width;
    let t = raw.trim();
    let part = PARTS
        .iter()
        .find(|(word, _)| t.strip_suffix(':').unwrap_or(t) == *word)
        .map(|&(_, part)| part);
    let (kind, body) = if let Some(part) = part {
        (Kind::Part(part), t.to_string())
    } else if let Some(item) = t.strip_prefix(BULLET) {
        (Kind::Bullet, item.trim().to_string())
    } else if is_numbered(t) {
        let (label, rest) = t.split_once(' ').unwrap_or((t, ""));
        match label.strip_suffix('.') {
            Some(n) => (Kind::Numbered(n.parse().unwrap_or(0)), rest.to_string()),
            None => (Kind::Point(label.to_string()), rest.to_string()),
        }
    } else {
        (Kind::Text, t.to_string())
    };
    let (text, notes) = match kind {
        Kind::Part(_) => (body, Vec::new()),
        _ => glued_notes(&normalise(&body)),
    };
    Line {
        kind,
        text,
        notes,
        raw,
        width,
        trailing,
        number,
        page,
    }
}

/// "ID-porten: Virksomheten …", "Felles offentlige registre: For å …": a short label of at most
/// five words and a colon opening the line, the way the circular starts a paragraph on one subject.
pub fn run_in_label(text: &str) -> bool {
    let Some((label, _)) = text.split_once(": ") else {
        return false;
    };
    label.chars().next().is_some_and(char::is_uppercase)
        && label.split(' ').count() <= 5
        && !label.contains(['.', ',', ';'])
}

/// Words that open a sentence by pointing back at the one before ("Der veiledningsmateriell …").
const POINTING_BACK: [&str; 7] = ["Der", "Dette", "Disse", "Denne", "Slike", "Her", "Da"];

/// Whether a sentence opens by referring back to what came before, so that it goes on the same
/// paragraph: a word that points back, or a noun in the definite form ("Kravene kan fravikes",
/// "Strategien må", "Virksomheten må"), where a new subject opens with an indefinite one
/// ("Virksomheter som", "Nasjonale felleskomponenter"). A cue in the words, fitted on the seed's
/// seven full lines that end a sentence; every decision made by it is on the editor's list.
pub fn refers_back(text: &str) -> bool {
    let first = text.split(' ').next().unwrap_or("");
    POINTING_BACK.contains(&first)
        || (first.chars().count() > 4 && ["en", "et", "ene"].iter().any(|end| first.ends_with(end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_say_what_they_are() {
        let point = classify(" 1.12 Bruk skytjenester ", 1, 0);
        assert!(matches!(point.kind, Kind::Point(ref n) if n == "1.12"));
        assert_eq!(point.text, "Bruk skytjenester");
        let item = classify("5. Lever hyppig – skap nytte hele veien", 1, 0);
        assert!(matches!(item.kind, Kind::Numbered(5)));
        assert!(matches!(
            classify("Veiledning: ", 1, 0).kind,
            Kind::Part(PartKind::Veiledning)
        ));
        let text = classify("enklere hverdag og økt produktivitet.1 Meldingen  ", 1, 0);
        assert_eq!(text.text, "enklere hverdag og økt produktivitet. Meldingen");
        assert_eq!(text.notes, vec![(38, 1)]); // bytes: «ø» is two
        assert_eq!((text.trailing, text.ends_sentence()), (2, false));
    }

    #[test]
    fn a_definite_subject_refers_back() {
        assert!(refers_back("Kravene kan fravikes dersom"));
        assert!(refers_back("Der veiledningsmateriell eksisterer"));
        assert!(!refers_back("Virksomheter som har delte"));
        assert!(!refers_back("Nasjonale felleskomponenter og tjenester"));
    }

    #[test]
    fn a_run_in_label_is_short() {
        assert!(run_in_label("Kontakt- og reservasjonsregisteret: Virksomheten skal"));
        assert!(!run_in_label("KMD følgende vurderingskriterier, og: x"));
        assert!(!run_in_label("De viktigste endringene fra rundskriv H-7/17 er: "));
    }
}
