//! The files the compiler reads, named as an editor sees them: relative to the repository.

use crate::error::{CompileError, Position};
use std::path::Path;

/// One file's name (relative to the repository) and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Reads `name` (a path relative to `root`).
    pub fn read(root: &Path, name: &str) -> Result<SourceFile, CompileError> {
        let text = std::fs::read_to_string(root.join(name)).map_err(|e| io_error(name, &e))?;
        Ok(SourceFile::new(name, text))
    }

    /// The position of byte `offset` of the text.
    pub fn position(&self, offset: usize) -> Position {
        Position::of(&self.text, offset)
    }

    /// A mistake at byte `offset` of the text.
    pub fn error(&self, offset: usize, message: impl Into<String>) -> CompileError {
        self.error_at(self.position(offset), message)
    }

    pub fn error_at(&self, at: Position, message: impl Into<String>) -> CompileError {
        CompileError::new(&self.name, at, message)
    }
}

/// The files of folder `dir` (relative to `root`) whose names end in `.{extension}`, sorted, each
/// named `dir/file`.
pub fn list(root: &Path, dir: &str, extension: &str) -> Result<Vec<String>, CompileError> {
    let entries = std::fs::read_dir(root.join(dir)).map_err(|e| io_error(dir, &e))?;
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|x| x == extension))
        .filter_map(|path| path.file_name().and_then(|n| n.to_str()).map(|n| format!("{dir}/{n}")))
        .collect();
    names.sort();
    Ok(names)
}

fn io_error(name: &str, error: &std::io::Error) -> CompileError {
    CompileError::new(name, Position::START, error.to_string())
}
