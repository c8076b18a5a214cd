//! A small, bounded JSON reader and string writer, for the assessment's JSON file. Safe on
//! hostile files: size and nesting are capped, and every error is a value, never a panic.
//!
//! Hand-written rather than serde: measured side by side on the release build's first load (brotli,
//! `bench/sizes.mjs dist --first-load`, 2026-12-01), this reader and writer come to 187,392 B;
//! serde derive with serde_json for the file format to 203,107 B (+15,715), with serde-json-wasm to
//! 195,977 B (+8,585), and serde_json for the export alone to 191,615 B (+4,223): each past the
//! 190,000 B budget. The tests check this reader against serde_json natively (tests/json_reader.rs).

use crate::limits::{MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH};

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number as written: the app only compares small integers (the format version), and
    /// parsing floats would bring Rust's float code into the wasm (about 20 KB).
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonError {
    TooLarge,
    TooDeep,
    /// Not JSON; the byte offset where reading stopped.
    Syntax(usize),
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn error<T>(&self) -> Result<T, JsonError> {
        Err(JsonError::Syntax(self.at))
    }

    fn expect(&mut self, literal: &[u8]) -> Result<(), JsonError> {
        if self.bytes[self.at..].starts_with(literal) {
            self.at += literal.len();
            Ok(())
        } else {
            self.error()
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_IMPORT_DEPTH {
            return Err(JsonError::TooDeep);
        }
        self.skip_space();
        match self.bytes.get(self.at) {
            Some(b'n') => self.expect(b"null").map(|()| Value::Null),
            Some(b't') => self.expect(b"true").map(|()| Value::Bool(true)),
            Some(b'f') => self.expect(b"false").map(|()| Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.skip_space();
                if self.bytes.get(self.at) == Some(&b']') {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_space();
                    match self.bytes.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Value::Array(items));
                        }
                        _ => return self.error(),
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                self.skip_space();
                if self.bytes.get(self.at) == Some(&b'}') {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                loop {
                    self.skip_space();
                    if self.bytes.get(self.at) != Some(&b'"') {
                        return self.error();
                    }
                    let key = self.string()?;
                    self.skip_space();
                    self.expect(b":")?;
                    let value = self.value(depth + 1)?;
                    fields.push((key, value));
                    self.skip_space();
                    match self.bytes.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Value::Object(fields));
                        }
                        _ => return self.error(),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = self.at;
                while matches!(
                    self.bytes.get(self.at),
                    Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                ) {
                    self.at += 1;
                }
                let text = std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| JsonError::Syntax(start))?;
                if is_json_number(text) {
                    Ok(Value::Number(text.to_string()))
                } else {
                    Err(JsonError::Syntax(start))
                }
            }
            _ => self.error(),
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or(JsonError::Syntax(self.at))?;
        let text = std::str::from_utf8(digits).map_err(|_| JsonError::Syntax(self.at))?;
        let value = u32::from_str_radix(text, 16).map_err(|_| JsonError::Syntax(self.at))?;
        self.at += 4;
        Ok(value)
    }

    /// Reads a `\\uDC00`–`\\uDFFF` escape that completes a high surrogate, if one comes next;
    /// anything else is left for the string to read.
    fn low_surrogate(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 6)?.strip_prefix(b"\\u")?;
        let low = u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?;
        (0xDC00..=0xDFFF).contains(&low).then(|| {
            self.at += 6;
            low
        })
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.at;
            while !matches!(self.bytes.get(self.at), Some(b'"' | b'\\') | None) {
                if self.bytes[self.at] < 0x20 {
                    return self.error();
                }
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| JsonError::Syntax(start))?);
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = *self.bytes.get(self.at).ok_or(JsonError::Syntax(self.at))?;
                    self.at += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let code = self.hex4()?;
                            let code = match code {
                                0xD800..=0xDBFF => self
                                    .low_surrogate()
                                    .map(|low| 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)),
                                _ => Some(code),
                            };
                            // A surrogate without its other half is no character: U+FFFD, as
                            // browsers decode it, and what follows is read on its own.
                            out.push(code.and_then(char::from_u32).unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(JsonError::Syntax(self.at - 1)),
                    }
                }
                _ => return self.error(),
            }
        }
    }
}

/// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
fn is_json_number(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            digits(&mut i);
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Parses one JSON document.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(JsonError::TooLarge);
    }
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at != text.len() {
        return reader.error();
    }
    Ok(value)
}

/// Writes `text` as a JSON string literal.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
