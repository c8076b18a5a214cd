//! The edition importer: turns a circular's text as extracted from its PDF (the seed's form) into
//! draft content files in today's format, proposes ids from the previous edition, lists what it
//! could not place for the editor, and measures a draft against hand-made content (`compare`).
//!
//! The steps, one module each: `pages` cuts the text into pages with their link lists and
//! footnote bodies, `lines` says what each line is, `blocks` builds sections, parts and blocks
//! into the `draft`, `footnotes` adds their bodies, `links` assigns each page's links to its
//! paragraphs (`clues` scores the words, `spans` picks the words a link sits on), `ids` proposes
//! ids from the `previous` edition (`similar` compares texts), `markdown` writes the files and
//! `editor` the list of what was guessed. docs/importer.md says what each rule does and why.

pub mod blocks;
pub mod clues;
pub mod compare;
pub mod draft;
pub mod editor;
pub mod footnotes;
pub mod ids;
pub mod lines;
pub mod links;
pub mod markdown;
pub mod pages;
pub mod previous;
pub mod similar;
pub mod spans;

use compare::Figure;
use draft::Draft;
use editor::Notes;
use previous::Previous;
use std::path::Path;

/// Imports `seed` (the PDF's extracted text); with `previous`, ids are matched against it.
pub fn import(seed: &str, previous: Option<&Previous>) -> (Draft, Notes) {
    let mut notes = Notes::default();
    let pages = pages::pages(seed);
    let mut sections = blocks::build(&pages, &mut notes);
    links::assign(&mut sections, &pages, &mut notes);
    footnotes::infer_missing(&mut sections, &mut notes);
    spans::place(&mut sections, &pages, &mut notes);
    let edition = draft::Edition::from_sections(&sections, &pages);
    ids::propose(&mut sections, previous, &mut notes);
    markdown::name_files(&mut sections, previous);
    (Draft { sections, edition }, notes)
}

/// What `run` did: the editor's list and, with a content folder to measure against, the figure
/// and each block that differs.
pub struct Outcome {
    pub notes: Notes,
    pub figure: Option<Figure>,
    pub differences: Vec<String>,
}

/// The file next to the draft's `rundskriv/` that holds the editor's list.
pub const EDITOR_LIST: &str = "editor-list.txt";

/// Imports the text at `seed` into `out` (`rundskriv/*.md`, `utgave.md`, the editor's list),
/// matching ids against the content folder `previous`; reads the draft back with the content
/// compiler (so it is known to build) and measures it against the content folder `against`.
pub fn run(seed: &Path, out: &Path, previous: Option<&Path>, against: Option<&Path>) -> Result<Outcome, String> {
    let text = std::fs::read_to_string(seed).map_err(|e| format!("{}: {e}", seed.display()))?;
    let previous = previous.map(previous::read).transpose()?;
    let (draft, notes) = import(&text, previous.as_ref());
    let _ = std::fs::remove_dir_all(out.join("rundskriv"));
    markdown::write(&draft, out).map_err(|e| format!("{}: {e}", out.display()))?;
    let list = format!(
        "# For the editor: what the importer of {} could not place\n{}",
        seed.display(),
        notes.render()
    );
    std::fs::write(out.join(EDITOR_LIST), list).map_err(|e| e.to_string())?;
    let written = previous::read(out)?;
    let (figure, differences) = match against.map(previous::read).transpose()? {
        Some(reference) => {
            let (figure, differences) = compare::compare(&written.sections, &reference.sections);
            (Some(figure), differences)
        }
        None => (None, Vec::new()),
    };
    Ok(Outcome {
        notes,
        figure,
        differences,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rundskriv_compiler::parse::section::parse_section;
    use rundskriv_compiler::source::SourceFile;

    /// Any start of the text (cut mid-page, mid-paragraph, mid-list) imports without a panic, into
    /// files the content compiler reads.
    #[test]
    fn any_start_of_the_text_imports_into_files_that_parse() {
        let seed = crate::seed::seed_text();
        let lines: Vec<&str> = seed.lines().collect();
        for end in (0..=lines.len()).step_by(53) {
            let (draft, _) = import(&lines[..end].join("\n"), None);
            for section in &draft.sections {
                let file = SourceFile::new(section.file.clone(), markdown::section_file(section));
                if let Err(e) = parse_section(&file) {
                    panic!("cut at line {end}: {e}\n{}", file.text);
                }
            }
        }
    }
}
