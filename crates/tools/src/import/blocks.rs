//! Builds the draft's sections, parts and blocks from the pages' lines: headings by their form,
//! paragraphs by the layout (a line that ends a sentence ends its paragraph when it is short or
//! the extraction left two spaces after it, or when the next line opens with a run-in label; after
//! a full line, unless the next sentence opens by referring back, `lines::refers_back`),
//! list items by their bullet or number, the signature by its lines and columns, and footnotes by
//! the numbers glued to words (`footnotes` adds their bodies).

use super::draft::{Block, Section};
use super::editor::{first_words, last_words, Notes, Topic};
use super::footnotes;
use super::lines::{classify, refers_back, run_in_label, Kind, Line};
use super::pages::Page;
use crate::seed::{join_line, normalise};
use rundskriv_model::{BlockKind, PartKind, SectionKind};

/// A line this many characters wide or more is full: the text went on to the next line because
/// the line was full, not because the paragraph ended (the PDF's lines hold 80 to 97).
const FULL_WIDTH: usize = 80;

/// An unnumbered section heading ("Bakgrunn") is at most this long.
const HEADING_WIDTH: usize = 60;

pub fn build(pages: &[Page], notes: &mut Notes) -> Vec<Section> {
    let lines: Vec<Line> = pages
        .iter()
        .enumerate()
        .flat_map(|(p, page)| page.lines.iter().map(move |(n, raw)| classify(raw, *n, p)))
        .collect();
    let mut builder = Builder {
        sections: Vec::new(),
        open: None,
        title_open: false,
        closing: false,
        notes,
    };
    for (i, line) in lines.iter().enumerate() {
        builder.line(line, lines.get(i + 1));
    }
    builder.close();
    let mut sections = builder.sections;
    footnotes::add(&mut sections, pages, notes);
    sections
}

struct Builder<'n> {
    sections: Vec<Section>,
    /// The block being read, and its last line.
    open: Option<(Block, Line)>,
    /// A heading that may go on on the next line (a long point title).
    title_open: bool,
    /// After "Med hilsen": the signature.
    closing: bool,
    notes: &'n mut Notes,
}

impl Builder<'_> {
    fn part(&self) -> PartKind {
        let blocks = self.sections.last().map(|s| s.blocks.as_slice()).unwrap_or(&[]);
        blocks
            .iter()
            .rev()
            .find(|b| b.kind == BlockKind::PartHeading)
            .map_or(PartKind::None, |b| b.part)
    }

    fn line(&mut self, line: &Line, next: Option<&Line>) {
        let title_open = std::mem::take(&mut self.title_open);
        match &line.kind {
            Kind::Part(part) => {
                self.close();
                let mut block = Block::new(BlockKind::PartHeading, *part, line.number, line.page);
                block.text = line.text.clone();
                self.push(block);
            }
            Kind::Point(number) => {
                let chapter = number.split('.').next().and_then(|c| c.parse().ok()).unwrap_or(0);
                self.section(SectionKind::Point, number, chapter, line);
            }
            Kind::Numbered(n) if self.in_list(*n) => self.open(BlockKind::Numbered(*n), line),
            Kind::Numbered(n) => self.section(SectionKind::Chapter, &n.to_string(), *n, line),
            Kind::Bullet => self.open(BlockKind::Bullet, line),
            Kind::Text if self.closing => self.signature(line),
            Kind::Text if line.text == "Med hilsen" => {
                self.section(SectionKind::Closing, "", 0, line);
                self.closing = true;
            }
            Kind::Text if self.sections.is_empty() => self.section(SectionKind::Front, "", 0, line),
            Kind::Text if self.is_heading(line, next) => self.section(SectionKind::Section, "", 0, line),
            Kind::Text if title_open && line.starts_lower() => {
                let section = self.sections.last_mut().expect("a heading was read");
                join_line(&mut section.title, &line.text);
                self.title_open = true;
            }
            Kind::Text => self.text(line),
        }
    }

    /// Running text: goes on the open block, or starts a paragraph.
    fn text(&mut self, line: &Line) {
        let goes_on = match &self.open {
            // A list item ends at a line starting with a capital; "3.1." or "(2015-2016)" go on.
            Some((block, _)) if block.kind != BlockKind::Paragraph => !line.text.starts_with(char::is_uppercase),
            Some((_, last)) => !ends_paragraph(last, line, self.notes),
            None => false,
        };
        if goes_on {
            self.append(line);
        } else {
            self.open(BlockKind::Paragraph, line);
        }
    }

    /// A numbered line is a list item after a paragraph ending in a colon or after the item before.
    fn in_list(&self, n: u8) -> bool {
        let last = match &self.open {
            Some((block, _)) => Some(block),
            None => self.sections.last().and_then(|s| s.blocks.last()),
        };
        last.is_some_and(|b| match b.kind {
            BlockKind::Paragraph => n == 1 && b.text.ends_with(':'),
            BlockKind::Numbered(m) => m + 1 == n,
            _ => false,
        })
    }

    /// An unnumbered section heading stands before the first chapter: a short line without a
    /// full stop, after a paragraph has ended, before a line starting a sentence.
    fn is_heading(&self, line: &Line, next: Option<&Line>) -> bool {
        let before_chapters = self.sections.iter().all(|s| s.kind != SectionKind::Chapter);
        let after_end = self.open.as_ref().is_none_or(|(_, last)| last.ends_sentence());
        before_chapters
            && after_end
            && line.width <= HEADING_WIDTH
            && line.starts_upper()
            && !line.text.ends_with(['.', ':', ',', ';', '?', '!'])
            && next.is_some_and(|n| matches!(n.kind, Kind::Text) && n.starts_upper())
    }

    fn section(&mut self, kind: SectionKind, number: &str, chapter: u8, line: &Line) {
        self.close();
        self.sections.push(Section {
            kind,
            id: String::new(),
            number: number.to_string(),
            concept: String::new(),
            chapter,
            title: line.text.clone(),
            file: String::new(),
            line: line.number,
            blocks: Vec::new(),
        });
        self.title_open = matches!(kind, SectionKind::Point | SectionKind::Chapter);
    }

    /// The signature is laid out in lines and columns (three or more spaces apart): each piece is
    /// a paragraph, line by line, left column first.
    fn signature(&mut self, line: &Line) {
        self.close();
        for piece in line.raw.trim().split("   ").map(normalise).filter(|p| !p.is_empty()) {
            let mut block = Block::new(BlockKind::Paragraph, PartKind::None, line.number, line.page);
            block.text = piece;
            self.push(block);
        }
    }

    fn open(&mut self, kind: BlockKind, line: &Line) {
        self.close();
        let block = Block::new(kind, self.part(), line.number, line.page);
        self.open = Some((block, line.clone()));
        self.append(line);
    }

    /// Adds the line to the open block: its words, footnote marks and page.
    fn append(&mut self, line: &Line) {
        let Some((block, last)) = self.open.as_mut() else {
            return;
        };
        let before = block.text.len();
        // "risiko- " + "og": a space after the hyphen keeps the words apart.
        let spaced = block.text.ends_with('-') && last.trailing > 0;
        if spaced {
            block.text.push(' ');
        }
        let glued = join_line(&mut block.text, &line.text);
        let start = if glued || before == 0 { before } else { before + 1 };
        block.notes.extend(line.notes.iter().map(|&(at, n)| (start + at, n)));
        if block.pages.last() != Some(&line.page) {
            block.pages.push(line.page);
        }
        if glued {
            let word = block.text[..start + line.text.find(' ').unwrap_or(line.text.len())]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_string();
            self.notes.push(Topic::Hyphen, line.number, format!("«{word}»"));
        }
        *last = line.clone();
    }

    fn close(&mut self) {
        if let Some((block, _)) = self.open.take() {
            self.push(block);
        }
    }

    fn push(&mut self, block: Block) {
        if self.sections.is_empty() {
            self.notes.push(
                Topic::Paragraph,
                block.line,
                "text before the first heading is left out",
            );
            return;
        }
        self.sections.last_mut().expect("checked").blocks.push(block);
    }
}

/// Whether `last` ends its paragraph before `next` (see the module's rule); a join after a full
/// line that ends a sentence is a guess the editor is told about.
fn ends_paragraph(last: &Line, next: &Line, notes: &mut Notes) -> bool {
    if !last.ends_sentence() || !next.starts_upper() {
        return false;
    }
    if last.trailing >= 2 || last.width < FULL_WIDTH || run_in_label(&next.text) {
        return true;
    }
    // The layout cannot tell: the next sentence's first word decides, and the editor is told.
    let ends = !refers_back(&next.text);
    let (what, at) = (if ends { "new paragraph" } else { "same paragraph" }, next.number);
    let words = format!("«{}» | «{}»", last_words(&last.text, 4), first_words(&next.text, 4));
    notes.push(
        Topic::Paragraph,
        at,
        format!("{what} after a full line ending a sentence: {words}"),
    );
    ends
}
