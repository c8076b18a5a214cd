//! The edition importer: turns a circular's text as extracted from its PDF (the seed's form) into
//! draft content files in today's format, proposes ids from the previous edition, lists what it
//! could not place for the editor, and measures a draft against hand-made content (`compare`).
//!
//! The steps, one module each: `pages` cuts the text into pages with their link lists and
//! footnote bodies, `lines` says what each line is, `blocks` builds sections, parts and blocks,
//! `links` assigns each page's links to its paragraphs (`clues` scores the words, `spans` picks
//! the words a link sits on), `ids` proposes ids, `markdown` writes the files.

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

/// What `run` did: the editor's list and, with a previous edition, the draft measured against it.
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
