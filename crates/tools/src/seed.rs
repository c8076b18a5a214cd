//! An independent reading of the circular's source text (the PDF's extracted text), used by the
//! verbatim tests; it shares no code or data with the content compiler or `content/`.

/// Where the source text sits: `../shared/seed/` next to the repository.
pub const SEED_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/digitaliseringsrundskrivet.txt"
);

/// The bullet glyph the PDF extraction puts before list items (a private-use character).
pub const BULLET: char = '\u{f0b7}';

/// Lines that are headings without a number: the three part headings (as printed, with or
/// without a colon) and the circular's unnumbered section headings.
const PLAIN_HEADINGS: [&str; 9] = [
    "Krav",
    "Anbefaling",
    "Anbefalinger",
    "Veiledning",
    "Veiledning:",
    "DIGITALISERINGSRUNDSKRIVET",
    "Vesentlige endringer fra fjorårets rundskriv",
    "Bakgrunn",
    "Med hilsen",
];

/// Words ending in a full stop that do not end a sentence, even before a capital ("Meld. St. 27").
const ABBREVIATIONS: [&str; 7] = ["Meld.", "St.", "jf.", "pkt.", "nr.", "bl.a.", "evt."];

/// Reads the source text; panics naming the path if it is missing.
pub fn seed_text() -> String {
    std::fs::read_to_string(SEED_PATH).unwrap_or_else(|e| {
        panic!(
            "cannot read the circular's source text at {SEED_PATH}: {e}\n\
             (the verbatim tests compare the content with it; it lives in ../shared/seed/ next to the repository)"
        )
    })
}

/// Collapses every run of whitespace to one space and trims the ends.
pub fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What one line of the extracted text is.
enum Line {
    /// Blank lines, footnote separators (a line of spaces), "Side N", URL lines and footnote bodies:
    /// PDF artefacts, not text the reader sees in the running text.
    Artefact,
    /// A heading printed on its own line without a number ("Krav", "Bakgrunn", "Med hilsen").
    Heading(String),
    /// A numbered heading ("1.6 Bruk …", "1. Hvordan …") or numbered list item ("1. Start med behov"):
    /// starts a piece that is kept whole (a long title may wrap onto the next line).
    Numbered(String),
    /// A bulleted list item: starts a new run of text.
    Bullet(String),
    /// Any other line: continues the current run of text.
    Text(String),
}

/// A URL on a line of its own: one token starting with `http(s)://`, not ending in punctuation.
/// "http://www.ks.no/…/digihjelpen." ends a sentence ("Se …") and is therefore text, not a link list entry.
pub fn is_url_line(t: &str) -> bool {
    is_url(t) && !t.contains(char::is_whitespace) && !t.ends_with(['.', ',', ';', ':', ')'])
}

fn is_url(t: &str) -> bool {
    t.starts_with("http://") || t.starts_with("https://")
}

/// A footnote body at the foot of a page: its number, a space, a URL ("2 https://www.difi.no/…").
pub fn footnote_body(t: &str) -> Option<&str> {
    let (number, rest) = t.split_once(' ')?;
    let rest = rest.trim();
    (!number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit()) && is_url_line(rest))
        .then_some(rest)
}

/// The page numbers the PDF prints: "Side 2".
pub fn is_page_number(t: &str) -> bool {
    t.strip_prefix("Side ")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `1.6 Bruk …` (a point) or `1. Hvordan …` / `1. Start med behov` (a chapter or list item): digits,
/// optionally `.digits`, then a space and a capital. "1. januar 2018" and "3.1." do not match.
pub fn is_numbered(t: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(t);
    if n == 0 || n > 2 {
        return false;
    }
    let rest = &t[n..];
    let rest = match rest.strip_prefix('.') {
        Some(after) if digits(after) > 0 => &after[digits(after)..],
        Some(after) => after,
        None => return false,
    };
    rest.strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Removes footnote numbers glued to the word they mark: a letter or `)`, a full stop, then one or
/// two digits at the end of a word ("produktivitet.1", "(EHF).2"). Digits after a digit ("1.5",
/// "ISO 20022", "H-7/17") or before more text ("v1.4_1.pdf") are untouched. Returns the line
/// without them, and each number with the byte offset it stood at (just after its full stop).
pub fn glued_notes(line: &str) -> (String, Vec<(usize, u8)>) {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut notes = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        out.push(chars[i]);
        if chars[i] == '.' && i > 0 && (chars[i - 1].is_alphabetic() || chars[i - 1] == ')') {
            let digits = chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            let after = chars.get(i + 1 + digits);
            if (1..=2).contains(&digits) && after.is_none_or(|c| c.is_whitespace()) {
                let number: String = chars[i + 1..=i + digits].iter().collect();
                notes.push((out.len(), number.parse().unwrap_or(0)));
                i += 1 + digits;
                continue;
            }
        }
        i += 1;
    }
    (out, notes)
}

fn classify(raw: &str) -> Line {
    let t = raw.trim();
    if t.is_empty() || is_page_number(t) || is_url_line(t) || footnote_body(t).is_some() {
        return Line::Artefact;
    }
    if PLAIN_HEADINGS.contains(&t) {
        return Line::Heading(t.to_string());
    }
    if let Some(item) = t.strip_prefix(BULLET) {
        return Line::Bullet(glued_notes(item.trim()).0);
    }
    let text = glued_notes(raw.trim_start()).0;
    if is_numbered(t) {
        Line::Numbered(text)
    } else {
        Line::Text(text)
    }
}

/// A run of text being collected, whether it is split into sentences at the end, and whether it
/// is a bulleted item.
struct Run {
    text: String,
    split: bool,
    bullet: bool,
}

impl Run {
    /// Appends a line. Lines are joined with a space, except that a line ending in a hyphen with
    /// no space after it ("IKT-") is glued to a next line starting in lower case ("løsninger");
    /// "risiko- " (a space after the hyphen) + "og" keeps its space.
    fn push_line(&mut self, line: &str) {
        join_line(&mut self.text, line);
    }
}

/// Appends `line` to `text` (see `Run::push_line`); says whether it glued a hyphenated word.
pub fn join_line(text: &mut String, line: &str) -> bool {
    let glue = text.ends_with('-') && line.trim_start().chars().next().is_some_and(char::is_lowercase);
    if !glue && !text.is_empty() {
        text.push(' ');
    }
    text.push_str(if glue { line.trim_start() } else { line });
    glue
}

/// Splits running text into sentences: after `.`, `?`, `!` or `:` followed by a space and a
/// capital letter, unless the word ending there is a known abbreviation ("Meld. St.").
fn split_sentences(text: &str, out: &mut Vec<String>) {
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '?' | '!' | ':') {
            continue;
        }
        let end = i + c.len_utf8();
        let mut next = text[end..].chars();
        if next.next() != Some(' ') || !next.next().is_some_and(char::is_uppercase) {
            continue;
        }
        let word = text[start..end].rsplit(' ').next().unwrap_or("");
        if ABBREVIATIONS.contains(&word) {
            continue;
        }
        out.push(text[start..end].trim().to_string());
        start = end;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
}

fn flush(run: &mut Option<Run>, out: &mut Vec<String>) {
    if let Some(run) = run.take() {
        let text = normalise(&run.text);
        if run.split {
            split_sentences(&text, out);
        } else if !text.is_empty() {
            out.push(text);
        }
    }
}

/// The source's text as the reader sees it, cut into sentence-sized pieces in reading order.
///
/// Rule: drop PDF artefacts (blank lines, "Side N", URL lines, footnote bodies), strip bullet glyphs
/// and glued footnote numbers; headings are pieces of their own (a numbered heading may wrap onto
/// following lines); every other line is joined into running text (across page breaks), which is
/// split into sentences at `. ` / `? ` / `! ` / `: ` before a capital letter. A bulleted item ends
/// at a line starting with a capital (its wrapped lines continue in lower case or with "(").
/// After "Med hilsen" the signature block is laid out in lines and columns, not sentences: each
/// line is a piece, and columns (runs of three or more spaces) are pieces of their own.
pub fn sentences(seed: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Option<Run> = None;
    let mut signature = false;
    for raw in seed.lines() {
        let line = classify(raw);
        if signature {
            if let Line::Text(text) | Line::Numbered(text) | Line::Bullet(text) | Line::Heading(text) = line {
                out.extend(text.split("   ").map(normalise).filter(|c| !c.is_empty()));
            }
            continue;
        }
        match line {
            Line::Artefact => {}
            Line::Heading(h) => {
                flush(&mut run, &mut out);
                signature = h == "Med hilsen";
                out.push(h);
            }
            Line::Numbered(text) => {
                flush(&mut run, &mut out);
                run = Some(Run {
                    text,
                    split: false,
                    bullet: false,
                });
            }
            Line::Bullet(text) => {
                flush(&mut run, &mut out);
                run = Some(Run {
                    text,
                    split: true,
                    bullet: true,
                });
            }
            Line::Text(text) => {
                let ends_item = run.as_ref().is_some_and(|r| r.bullet)
                    && text.trim_start().chars().next().is_some_and(char::is_uppercase);
                if ends_item {
                    flush(&mut run, &mut out);
                }
                run.get_or_insert_with(|| Run {
                    text: String::new(),
                    split: true,
                    bullet: false,
                })
                .push_line(&text);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Every distinct http(s) URL in the source, in order of first appearance: URL lines, footnote
/// bodies and addresses written in the text (a sentence-final full stop is not part of the URL).
pub fn urls(seed: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in seed.lines() {
        let t = raw.trim();
        let found: Vec<&str> = if let Some(url) = footnote_body(t) {
            vec![url]
        } else {
            t.split_whitespace()
                .filter(|w| is_url(w))
                .map(|w| w.strip_suffix('.').unwrap_or(w))
                .collect()
        };
        for url in found {
            if !out.iter().any(|u| u == url) {
                out.push(url.to_string());
            }
        }
    }
    out
}
