//! Which editions of the circular a build carries and where each one's files are: the newest
//! (`content/`, or the folder `RUNDSKRIV_NEWEST_EDITION` names) and the editions before it.

use crate::error::{CompileError, Position};
use crate::parse::edition::{parse_edition, Edition};
use crate::parse::section::parse_section;
use crate::parse::section_types::Section;
use crate::source::SourceFile;
use std::path::Path;

/// Names a folder (relative to the repository, or absolute) that holds the newest edition in
/// place of `content/`: how the tests build with their test edition. Unset: `content/`.
pub const NEWEST_EDITION_VAR: &str = "RUNDSKRIV_NEWEST_EDITION";
/// The folder that holds today's edition, and the trees and marks written for it.
pub const CONTENT_DIR: &str = "content";
/// The editions before the newest, one folder each (`content/utgaver/<edition id>/`).
pub const OLDER_DIR: &str = "content/utgaver";

/// One edition: its metadata (`utgave.md`) and its sections (`rundskriv/*.md`), read and checked.
#[derive(Debug, Clone)]
pub struct EditionFolder {
    /// Relative to the repository, as error messages name it.
    pub dir: String,
    pub edition: Edition,
    pub sections: Vec<Section>,
}

impl EditionFolder {
    /// Reads and checks the edition in `dir`.
    pub fn read(root: &Path, dir: &str) -> Result<EditionFolder, Vec<CompileError>> {
        let edition = SourceFile::read(root, &format!("{dir}/utgave.md"))
            .and_then(|file| parse_edition(&file))
            .map_err(|e| vec![e])?;
        let sections = crate::read_each(root, &format!("{dir}/rundskriv"), "md", parse_section)?;
        crate::check::sections::check_sections(&sections).map_err(|e| vec![e])?;
        Ok(EditionFolder {
            dir: dir.to_string(),
            edition,
            sections,
        })
    }
}

/// The editions a build carries: the newest, which the app answers from, and the ones before it,
/// the latest first.
#[derive(Debug, Clone)]
pub struct Editions {
    pub newest: EditionFolder,
    pub older: Vec<EditionFolder>,
}

impl Editions {
    /// The edition just before the newest: the one "Hva er endret" compares with.
    pub fn previous(&self) -> Option<&EditionFolder> {
        self.older.first()
    }

    pub fn by_id(&self, id: &str) -> Option<&EditionFolder> {
        std::iter::once(&self.newest)
            .chain(&self.older)
            .find(|folder| folder.edition.id == id)
    }
}

/// The newest edition's folder as the environment names it (a build script calls this and tells
/// Cargo to watch the variable).
pub fn newest_dir_from_env() -> String {
    std::env::var(NEWEST_EDITION_VAR)
        .ok()
        .filter(|dir| !dir.trim().is_empty())
        .unwrap_or_else(|| CONTENT_DIR.to_string())
}

/// Reads the newest edition from `newest_dir` and every edition before it: `content/` when the
/// newest is elsewhere, then each folder of `content/utgaver/`, the latest date first.
pub fn read_editions(root: &Path, newest_dir: &str) -> Result<Editions, Vec<CompileError>> {
    let newest = EditionFolder::read(root, newest_dir)?;
    let mut older = Vec::new();
    if newest_dir.trim_end_matches('/') != CONTENT_DIR {
        older.push(EditionFolder::read(root, CONTENT_DIR)?);
    }
    let mut archived = Vec::new();
    if root.join(OLDER_DIR).is_dir() {
        for dir in subfolders(root, OLDER_DIR)? {
            archived.push(EditionFolder::read(root, &dir)?);
        }
    }
    // An edition without a date sorts last: the source did not say, so it is not placed later.
    archived.sort_by(|a, b| b.edition.date.cmp(&a.edition.date).then(b.dir.cmp(&a.dir)));
    older.extend(archived);
    let mut seen = vec![&newest];
    for folder in &older {
        if let Some(other) = seen.iter().find(|f| f.edition.id == folder.edition.id) {
            let message = format!("edition `{}` is also in {}", folder.edition.id, other.dir);
            return Err(vec![CompileError::new(
                &format!("{}/utgave.md", folder.dir),
                Position::START,
                message,
            )]);
        }
        seen.push(folder);
    }
    Ok(Editions { newest, older })
}

fn subfolders(root: &Path, dir: &str) -> Result<Vec<String>, Vec<CompileError>> {
    let entries =
        std::fs::read_dir(root.join(dir)).map_err(|e| vec![CompileError::new(dir, Position::START, e.to_string())])?;
    let mut dirs: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().to_str().map(|name| format!("{dir}/{name}")))
        .collect();
    dirs.sort();
    Ok(dirs)
}
