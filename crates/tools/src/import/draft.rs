//! The draft edition the importer builds: sections with their blocks, links and footnote marks,
//! before it is written as Markdown.

use super::pages::Page;
use rundskriv_model::{BlockKind, PartKind, SectionKind};

pub struct Draft {
    pub sections: Vec<Section>,
    pub edition: Edition,
}

/// One file of `rundskriv/`.
pub struct Section {
    pub kind: SectionKind,
    pub id: String,
    /// As printed (`1.6`, `2`); empty for unnumbered sections.
    pub number: String,
    pub concept: String,
    pub chapter: u8,
    pub title: String,
    /// The file name it is written to (`16-punkt-1-6.md`).
    pub file: String,
    /// The source line its heading stands on.
    pub line: usize,
    pub blocks: Vec<Block>,
}

/// A part heading, paragraph, list item or footnote.
pub struct Block {
    pub kind: BlockKind,
    pub part: PartKind,
    pub text: String,
    /// The anchor (`{#slug}`); empty for part headings and footnotes.
    pub slug: String,
    /// Footnote numbers and the byte offset of the text they stand after.
    pub notes: Vec<(usize, u8)>,
    pub links: Vec<Link>,
    /// The pages (indexes into `pages::pages`) its lines stand on, in order.
    pub pages: Vec<usize>,
    /// The source line it starts on.
    pub line: usize,
}

impl Block {
    pub fn new(kind: BlockKind, part: PartKind, line: usize, page: usize) -> Block {
        Block {
            kind,
            part,
            text: String::new(),
            slug: String::new(),
            notes: Vec::new(),
            links: Vec::new(),
            pages: vec![page],
            line,
        }
    }

    /// Paragraphs and list items: what links and ids are placed on.
    pub fn is_text(&self) -> bool {
        self.kind.is_text()
    }
}

/// A link assigned to a block, and the words it sits on (byte range) once placed.
pub struct Link {
    pub href: String,
    pub span: Option<(usize, usize)>,
}

/// `utgave.md`: the edition's metadata, as far as the text says it.
#[derive(Default)]
pub struct Edition {
    pub id: String,
    pub title: String,
    pub replaces: String,
    pub url: String,
}

impl Edition {
    /// The address on the first page that names the front title (regjeringen.no's
    /// `…/digitaliseringsrundskrivet/id2569983/`), its last segment as the id, the title in
    /// sentence case, and what the front text says it replaces ("erstatter rundskriv H-7/17").
    pub fn from_sections(sections: &[Section], pages: &[Page]) -> Edition {
        let Some(front) = sections.first() else {
            return Edition::default();
        };
        let url = own_address(&front.title, pages).unwrap_or_default();
        let id = url.trim_end_matches('/').rsplit('/').next().unwrap_or("").to_string();
        let text: Vec<&str> = front.blocks.iter().map(|b| b.text.as_str()).collect();
        let text = text.join(" ");
        let replaces = text
            .split_once("erstatter rundskriv ")
            .and_then(|(_, rest)| rest.split([' ', ',']).next())
            .unwrap_or("")
            .to_string();
        let mut title: Vec<char> = front.title.to_lowercase().chars().collect();
        if let Some(first) = title.first_mut() {
            *first = first.to_uppercase().next().unwrap_or(*first);
        }
        Edition {
            id,
            title: title.into_iter().collect(),
            replaces,
            url,
        }
    }
}

/// The circular's own address among the first page's links: it names the front title.
pub fn own_address(front_title: &str, pages: &[Page]) -> Option<String> {
    let needle = format!("/{}/", front_title.to_lowercase());
    let first = pages.first()?;
    first.links.iter().find(|u| u.to_lowercase().contains(&needle)).cloned()
}
