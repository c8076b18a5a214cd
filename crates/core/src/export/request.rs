//! What the app asks of the documents module (`crates/documents`, a second wasm loaded only when
//! the user exports or imports) and what it answers, as one UTF-8 text each way. Both sides are
//! here so that they cannot drift apart, and are tested natively.
//!
//! A request is lines: the language tag, today (`YYYY-MM-DD`), the review interval in months, the
//! share link, the answers and the follow-ups exactly as the share link carries them (`svar=`,
//! `oppf=`, before percent-encoding), the byte length of the language's text file, then that file
//! (empty for bokmål, which the module has compiled in) and to the end the payload (an imported
//! file). A reply is a first line `ok`, `ok-no-link` (an e-mail without the link) or `refused`,
//! then the text: the document, or why it was refused in the user's language.

use crate::date::{Date, ReviewInterval};
use crate::ui_strings::Lang;

/// What the module makes. The numbers are the ABI's `format` argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown = 1,
    Json = 2,
    Csv = 3,
    /// The HTML and the plain text for the clipboard, separated by `CASE_DOCUMENT_SPLIT`.
    CaseDocument = 4,
    Mail = 5,
    /// Reads an exported file (the payload); the reply is the answers' and follow-ups' link texts
    /// on two lines.
    Import = 6,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Markdown,
        Format::Json,
        Format::Csv,
        Format::CaseDocument,
        Format::Mail,
        Format::Import,
    ];

    pub fn code(self) -> u32 {
        self as u32
    }

    pub fn from_code(code: u32) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// Between the HTML and the plain text of a case document: no document holds a NUL.
pub const CASE_DOCUMENT_SPLIT: char = '\0';

/// One request, borrowed from its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request<'a> {
    pub lang: Lang,
    pub today: Date,
    pub interval: ReviewInterval,
    pub link: &'a str,
    pub answers: &'a str,
    pub follow: &'a str,
    /// The file of texts (`lang_texts`) the app shows: bokmål's tree texts, or another language's.
    pub lang_text: &'a str,
    /// The circular's words (`content_words`), which the module's documents quote.
    pub words: &'a str,
    pub payload: &'a str,
}

impl Request<'_> {
    /// The request as the text the module reads. Line breaks in the link or link texts (which
    /// the app never makes) are dropped, so the lines stay lines.
    pub fn encode(&self) -> String {
        let line = |text: &str| text.replace(['\n', '\r'], "");
        format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{} {}\n{}{}{}",
            self.lang.tag(),
            self.today.iso(),
            self.interval.months(),
            line(self.link),
            line(self.answers),
            line(self.follow),
            self.lang_text.len(),
            self.words.len(),
            self.lang_text,
            self.words,
            self.payload
        )
    }

    /// Reads `encode`'s text; None for anything else.
    pub fn parse(text: &str) -> Option<Request<'_>> {
        let mut lines = text.splitn(8, '\n');
        let mut next = || lines.next();
        let lang = Lang::from_tag(next()?)?;
        let today = Date::parse_iso(next()?)?;
        let interval = ReviewInterval::parse(next()?)?;
        let (link, answers, follow) = (next()?, next()?, next()?);
        let (lengths, rest) = (next()?, next()?);
        let (lang_text, rest) = split_counted(rest, lengths.split(' ').next()?)?;
        let (words, payload) = split_counted(rest, lengths.split(' ').nth(1)?)?;
        if lengths.split(' ').count() != 2 {
            return None;
        }
        Some(Request {
            lang,
            today,
            interval,
            link,
            answers,
            follow,
            lang_text,
            words,
            payload,
        })
    }
}

/// `text` split after the number of bytes `length` says (at most nine digits), on a character
/// boundary; None for anything else.
fn split_counted<'a>(text: &'a str, length: &str) -> Option<(&'a str, &'a str)> {
    let length: usize =
        (length.len() <= 9 && length.bytes().all(|b| b.is_ascii_digit())).then(|| length.parse().ok())??;
    text.is_char_boundary(length).then(|| text.split_at(length))
}

/// What the module answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Done(String),
    /// The e-mail, made without the share link (too long for a `mailto:`).
    DoneWithoutLink(String),
    /// Why nothing was made (a refused import, a request the module could not read), in the
    /// user's language.
    Refused(String),
}

impl Reply {
    pub fn encode(&self) -> String {
        match self {
            Reply::Done(text) => format!("ok\n{text}"),
            Reply::DoneWithoutLink(text) => format!("ok-no-link\n{text}"),
            Reply::Refused(why) => format!("refused\n{why}"),
        }
    }

    /// None for a text that is no reply (a module of another version, a damaged result).
    pub fn parse(text: &str) -> Option<Reply> {
        let (kind, text) = text.split_once('\n')?;
        let text = text.to_string();
        match kind {
            "ok" => Some(Reply::Done(text)),
            "ok-no-link" => Some(Reply::DoneWithoutLink(text)),
            "refused" => Some(Reply::Refused(text)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request<'a>(lang_text: &'a str, words: &'a str, payload: &'a str) -> Request<'a> {
        Request {
            lang: Lang::Nn,
            today: Date::parse_iso("2026-12-02").unwrap(),
            interval: ReviewInterval::new(6).unwrap(),
            link: "https://example.org/#/egenvurdering/resultat?svar=a:b",
            answers: "virksomhetstype:departement",
            follow: "altinn/altinn-portal~u~2026-12-02~sak%0A1",
            lang_text,
            words,
            payload,
        }
    }

    #[test]
    fn a_request_reads_back_whatever_its_texts_hold() {
        for (lang_text, words, payload) in [
            ("", "", ""),
            ("æøå\nlinje", "Krav\n7 8", "{\n\"a\": 1\n}"),
            ("x", "", ""),
            ("", "ord", "p"),
        ] {
            let r = request(lang_text, words, payload);
            assert_eq!(Request::parse(&r.encode()), Some(r.clone()));
        }
    }

    #[test]
    fn anything_else_is_no_request() {
        let good = request("æ", "ord", "p").encode();
        // Cut anywhere before the payload, or a length into the middle of a letter.
        for end in 0..good.len() - 2 {
            if good.is_char_boundary(end) {
                assert_eq!(Request::parse(&good[..end]), None, "{:?}", &good[..end]);
            }
        }
        assert_eq!(
            Request::parse(&good.replacen("\n2 3\n", "\n1 3\n", 1)),
            None,
            "into a letter"
        );
        assert_eq!(
            Request::parse(&good.replacen("\n2 3\n", "\n2 5\n", 1)),
            None,
            "past the end"
        );
        assert_eq!(
            Request::parse(&good.replacen("\n2 3\n", "\n2\n", 1)),
            None,
            "one length"
        );
        assert_eq!(Request::parse(&good.replacen("\n2 3\n", "\n2 3 0\n", 1)), None, "three");
        // Digits only, at most nine: Rust's own parse takes a sign and any number of zeros.
        assert_eq!(Request::parse(&good.replacen("\n2 3\n", "\n+2 3\n", 1)), None, "a sign");
        assert_eq!(
            Request::parse(&good.replacen("\n2 3\n", "\n2 0000000003\n", 1)),
            None,
            "ten digits"
        );
        assert_eq!(Request::parse(&good.replacen("nn\n", "de\n", 1)), None);
        assert_eq!(Request::parse(&good.replacen("\n6\n", "\n0\n", 1)), None);
    }

    #[test]
    fn replies_and_formats_read_back() {
        for reply in [
            Reply::Done("a\nb".into()),
            Reply::DoneWithoutLink(String::new()),
            Reply::Refused("nei".into()),
        ] {
            assert_eq!(Reply::parse(&reply.encode()), Some(reply));
        }
        assert_eq!(Reply::parse("ok"), None);
        assert_eq!(Reply::parse("what\nx"), None);
        for format in Format::ALL {
            assert_eq!(Format::from_code(format.code()), Some(format));
        }
        assert_eq!(Format::from_code(0), None);
    }
}
