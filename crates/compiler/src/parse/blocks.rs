//! The Markdown body of a section file, read into blocks: `##` part headings (Krav, Anbefaling,
//! Veiledning), paragraphs, list items and footnotes, each ending in its `{#slug}` anchor, with
//! links and footnote references as marks. Anything else Markdown offers is refused.

use crate::error::{CompileError, Position};
use crate::parse::inline::{footnote_number, is_comment, preview, InlineText};
use crate::parse::section_types::{Block, Mark};
use crate::source::SourceFile;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use rundskriv_model::{BlockKind, PartKind};
use std::collections::BTreeMap;

const NO_HTML: &str = "raw HTML is not allowed in content; use an HTML comment <!-- … --> for editor notes";

/// Reads the body (from byte `offset` of `source` on) of the section `section_id`.
pub fn read(source: &SourceFile, offset: usize, section_id: &str) -> Result<Vec<Block>, CompileError> {
    let mut reader = Reader {
        source,
        section_id,
        blocks: Vec::new(),
        part: PartKind::None,
        open: None,
        inline: InlineText::default(),
        list_counter: None,
        notes_defined: BTreeMap::new(),
        notes_used: BTreeMap::new(),
        slugs_seen: BTreeMap::new(),
        html_block: None,
    };
    let options = Options::ENABLE_FOOTNOTES | Options::ENABLE_HEADING_ATTRIBUTES;
    for (event, range) in Parser::new_ext(&source.text[offset..], options).into_offset_iter() {
        reader.event(event, source.position(offset + range.start))?;
    }
    reader.check_footnotes()?;
    Ok(reader.blocks)
}

/// What the reader is inside of while it reads a block, and where that block starts.
enum Open {
    Heading,
    Paragraph(Position),
    Item(Position, BlockKind),
    Footnote(Position, u8),
}

struct Reader<'a> {
    source: &'a SourceFile,
    section_id: &'a str,
    blocks: Vec<Block>,
    /// The part the blocks read now belong to.
    part: PartKind,
    open: Option<Open>,
    inline: InlineText,
    /// The next number of an open numbered list.
    list_counter: Option<u64>,
    notes_defined: BTreeMap<u8, Position>,
    notes_used: BTreeMap<u8, Position>,
    /// Anchors used so far, scoped by part, with the line each stands on.
    slugs_seen: BTreeMap<String, usize>,
    html_block: Option<(Position, String)>,
}

type Read = Result<(), CompileError>;

impl Reader<'_> {
    fn error(&self, at: Position, message: impl Into<String>) -> CompileError {
        self.source.error_at(at, message)
    }

    /// Starts collecting the inline text of a new block.
    fn open(&mut self, open: Open) {
        self.open = Some(open);
        self.inline = InlineText::default();
    }

    fn event(&mut self, event: Event, at: Position) -> Read {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => return self.start_heading(level, id.as_deref(), at),
            Event::End(TagEnd::Heading(_)) => return self.end_heading(at),
            Event::Start(Tag::Paragraph) if self.open.is_none() => self.open(Open::Paragraph(at)),
            Event::Start(Tag::Paragraph) => {}
            Event::Start(Tag::List(start)) => self.list_counter = start,
            Event::End(TagEnd::List(_)) => self.list_counter = None,
            Event::Start(Tag::Item) => return self.start_item(at),
            Event::Start(Tag::FootnoteDefinition(label)) => return self.start_footnote(&label, at),
            Event::End(end @ (TagEnd::Paragraph | TagEnd::Item | TagEnd::FootnoteDefinition)) => {
                return self.end_block(end)
            }
            Event::Text(t) | Event::Code(t) if self.open.is_none() => {
                return Err(self.error(at, format!("text outside any block: `{}`", preview(&t))));
            }
            Event::Text(t) | Event::Code(t) => self.inline.push_text(&t),
            Event::SoftBreak | Event::HardBreak => self.inline.push_text(" "),
            Event::Start(Tag::Link { dest_url, .. }) => return self.start_link(&dest_url, at),
            Event::End(TagEnd::Link) => return self.end_link(at),
            Event::FootnoteReference(label) => return self.footnote_reference(&label, at),
            Event::Start(Tag::HtmlBlock) => self.html_block = Some((at, String::new())),
            Event::Html(html) => {
                if let Some((_, collected)) = self.html_block.as_mut() {
                    collected.push_str(&html);
                }
            }
            Event::End(TagEnd::HtmlBlock) => {
                let (start, html) = self.html_block.take().unwrap_or_default();
                return self.comment_only(&html, start);
            }
            Event::InlineHtml(html) => return self.comment_only(&html, at),
            Event::Start(Tag::Emphasis | Tag::Strong) | Event::End(TagEnd::Emphasis | TagEnd::Strong) => {}
            other => return Err(self.error(at, format!("unsupported Markdown here: {other:?}"))),
        }
        Ok(())
    }

    fn footnote_reference(&mut self, label: &str, at: Position) -> Read {
        let number = footnote_number(label).map_err(|m| self.error(at, m))?;
        self.notes_used.entry(number).or_insert(at);
        let mark = Mark::Note {
            at: self.inline.end(),
            number,
        };
        self.inline.marks.push(mark);
        Ok(())
    }

    fn start_heading(&mut self, level: HeadingLevel, id: Option<&str>, at: Position) -> Read {
        if level != HeadingLevel::H2 {
            return Err(self.error(at, "only `##` part headings are allowed (Krav, Anbefaling, Veiledning)"));
        }
        let id = id.unwrap_or_default();
        self.part =
            PartKind::from_id(id)
                .filter(|&part| part != PartKind::None)
                .ok_or_else(|| {
                    self.error(
                at,
                format!("a part heading needs `{{#krav}}`, `{{#anbefaling}}` or `{{#veiledning}}`, found `{{#{id}}}`"),
            )
                })?;
        let part = self.part;
        if self
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::PartHeading && b.part == part)
        {
            return Err(self.error(at, format!("the part `{}` appears twice", part.id())));
        }
        self.open(Open::Heading);
        Ok(())
    }

    fn end_heading(&mut self, at: Position) -> Read {
        let text = std::mem::take(&mut self.inline.text).trim().to_string();
        if text.is_empty() {
            return Err(self.error(at, "empty part heading"));
        }
        self.blocks.push(Block {
            id: format!("{}-{}", self.section_id, self.part.id()),
            kind: BlockKind::PartHeading,
            part: self.part,
            text,
            marks: Vec::new(),
            at,
        });
        self.open = None;
        Ok(())
    }

    fn start_item(&mut self, at: Position) -> Read {
        let kind = match self.list_counter.as_mut() {
            Some(n) => {
                let number = u8::try_from(*n).map_err(|_| self.source.error_at(at, "list number too large"))?;
                *n += 1;
                BlockKind::Numbered(number)
            }
            None => BlockKind::Bullet,
        };
        self.open(Open::Item(at, kind));
        Ok(())
    }

    fn start_footnote(&mut self, label: &str, at: Position) -> Read {
        let number = footnote_number(label).map_err(|m| self.error(at, m))?;
        if self.notes_defined.insert(number, at).is_some() {
            return Err(self.error(at, format!("footnote {number} is defined twice")));
        }
        self.open(Open::Footnote(at, number));
        Ok(())
    }

    /// Ends a paragraph, list item or footnote, if `end` closes the block that is open.
    fn end_block(&mut self, end: TagEnd) -> Read {
        let (at, kind) = match (&self.open, end) {
            (Some(Open::Paragraph(at)), TagEnd::Paragraph) => (*at, BlockKind::Paragraph),
            (Some(Open::Item(at, kind)), TagEnd::Item) => (*at, *kind),
            (Some(Open::Footnote(at, n)), TagEnd::FootnoteDefinition) => (*at, BlockKind::Footnote(*n)),
            _ => return Ok(()),
        };
        self.open = None;
        let mut inline = std::mem::take(&mut self.inline);
        if let Some(label) = inline.undefined_footnote() {
            return Err(self.error(at, format!("footnote [^{label}] is used but not defined in this file")));
        }
        let (id, part) = match kind {
            BlockKind::Footnote(n) => {
                inline.trim_end();
                (format!("{}-fotnote-{n}", self.section_id), PartKind::None)
            }
            _ => (self.anchor_id(&mut inline, at)?, self.part),
        };
        self.blocks.push(Block {
            id,
            kind,
            part,
            text: inline.text,
            marks: inline.marks,
            at,
        });
        Ok(())
    }

    /// The block's id from its anchor: `<section>-<part>-<slug>`, unique in its part.
    fn anchor_id(&mut self, inline: &mut InlineText, at: Position) -> Result<String, CompileError> {
        let slug = inline.take_anchor().map_err(|m| self.error(at, m))?;
        let key = match self.part {
            PartKind::None => slug.clone(),
            part => format!("{}-{slug}", part.id()),
        };
        if let Some(first) = self.slugs_seen.insert(key.clone(), at.line) {
            return Err(self.error(
                at,
                format!("anchor `{slug}` is already used on line {first} in this part"),
            ));
        }
        Ok(format!("{}-{key}", self.section_id))
    }

    fn start_link(&mut self, target: &str, at: Position) -> Read {
        if self.inline.link_start.is_some() {
            return Err(self.error(at, "a link inside a link"));
        }
        if !(target.starts_with("https://") || target.starts_with("http://")) {
            return Err(self.error(
                at,
                format!("link target `{target}` must be an absolute http(s) address"),
            ));
        }
        self.inline.link_start = Some((self.inline.text.len(), target.to_string()));
        Ok(())
    }

    fn end_link(&mut self, at: Position) -> Read {
        let (start, href) = self.inline.link_start.take().expect("pulldown-cmark balances links");
        let end = self.inline.end();
        if end <= start {
            return Err(self.error(at, format!("the link to {href} has no text")));
        }
        self.inline.marks.push(Mark::Link { start, end, href });
        Ok(())
    }

    fn comment_only(&self, html: &str, at: Position) -> Read {
        if is_comment(html) {
            Ok(())
        } else {
            Err(self.error(at, NO_HTML))
        }
    }

    /// Every footnote used is defined in the file, and every one defined is used.
    fn check_footnotes(&self) -> Read {
        if let Some((number, at)) = self
            .notes_used
            .iter()
            .find(|(n, _)| !self.notes_defined.contains_key(n))
        {
            return Err(self.error(
                *at,
                format!("footnote [^{number}] is used but not defined in this file"),
            ));
        }
        if let Some((number, at)) = self
            .notes_defined
            .iter()
            .find(|(n, _)| !self.notes_used.contains_key(n))
        {
            return Err(self.error(*at, format!("footnote [^{number}] is defined but never referenced")));
        }
        Ok(())
    }
}
