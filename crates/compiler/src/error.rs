//! The one error type of the compiler: where a mistake is (file, line, column) and what is wrong,
//! printed `file:line:column: message`, the form editors and terminals turn into a link.

use std::fmt;

/// A place in a source file, both 1-based; the column counts characters, as editors do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The start of a file: where a mistake of the file as a whole is reported.
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `text`.
    pub fn of(text: &str, offset: usize) -> Position {
        let before = &text[..floor_char_boundary(text, offset)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// A value and where it stands in its file.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub at: Position,
}

/// `offset`, moved back to the start of the character it falls in (and into `text`).
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A mistake in `content/` or `i18n/`, located in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl CompileError {
    pub fn new(file: &str, at: Position, message: impl Into<String>) -> CompileError {
        CompileError {
            file: file.to_string(),
            line: at.line,
            column: at.column,
            message: message.into(),
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}

impl std::error::Error for CompileError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "første\nlinje æøå x\n";
        assert_eq!(Position::of(text, 0), Position::START);
        let x = text.find('x').expect("an x");
        assert_eq!(Position::of(text, x), Position { line: 2, column: 11 });
        // Inside a character, and past the end: the character's start, the end.
        assert_eq!(Position::of(text, 2), Position { line: 1, column: 2 });
        assert_eq!(Position::of(text, 999), Position { line: 3, column: 1 });
    }

    #[test]
    fn an_error_prints_as_file_line_column_message() {
        let error = CompileError::new("i18n/nb.toml", Position { line: 3, column: 7 }, "what is wrong");
        assert_eq!(error.to_string(), "i18n/nb.toml:3:7: what is wrong");
    }
}
