//! Parses and checks the circular's Markdown files (`content/rundskriv/*.md`) and the edition file.
//!
//! Used by `build.rs` to compile the content into Rust data, and by the content-error tests, so
//! that what the tests prove about error messages is exactly what an editor sees from the build.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::BTreeMap;
use std::fmt;

/// A content mistake, located at a file and (1-based) line.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

fn error(file: &str, line: usize, message: impl Into<String>) -> ContentError {
    ContentError {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

#[derive(Debug, Clone, Default)]
pub struct Edition {
    pub id: String,
    pub title: String,
    pub replaces: String,
    pub url: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Front,
    Section,
    Chapter,
    Point,
    Closing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    None,
    Krav,
    Anbefaling,
    Veiledning,
}

impl PartKind {
    fn from_id(id: &str) -> Option<Self> {
        match id {
            "krav" => Some(PartKind::Krav),
            "anbefaling" => Some(PartKind::Anbefaling),
            "veiledning" => Some(PartKind::Veiledning),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            PartKind::None => "",
            PartKind::Krav => "krav",
            PartKind::Anbefaling => "anbefaling",
            PartKind::Veiledning => "veiledning",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Title,
    PartHeading,
    Paragraph,
    Bullet,
    Numbered(u8),
    Footnote(u8),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Link { start: usize, end: usize, href: String },
    Note { at: usize, number: u8 },
}

#[derive(Debug, Clone)]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub part: PartKind,
    pub text: String,
    pub marks: Vec<Mark>,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub file: String,
    pub id: String,
    pub kind: SectionKind,
    pub number: String,
    pub concept: String,
    pub chapter: u8,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A front matter `key: value` pair and the line it stands on.
type FrontMatterPair = (String, String, usize);

/// Reads `key: value` front matter between two `---` lines; returns the pairs with their lines,
/// and the body with the line number its first line has in the file.
fn split_front_matter<'a>(file: &str, source: &'a str) -> Result<(Vec<FrontMatterPair>, &'a str, usize), ContentError> {
    let mut lines = source.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(error(file, 1, "the file must start with a front matter line `---`"));
    }
    let mut pairs = Vec::new();
    let mut offset = first.len();
    let mut line_no = 1;
    for line in lines {
        line_no += 1;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" {
            return Ok((pairs, &source[offset..], line_no + 1));
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            return Err(error(
                file,
                line_no,
                format!("expected `key: value` in the front matter, found `{trimmed}`"),
            ));
        };
        pairs.push((key.trim().to_string(), value.trim().to_string(), line_no));
    }
    Err(error(
        file,
        1,
        "the front matter starting here is never closed with `---`",
    ))
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Parses `content/utgave.md`-style edition metadata: front matter only.
pub fn parse_edition(file: &str, source: &str) -> Result<Edition, ContentError> {
    let (pairs, _, _) = split_front_matter(file, source)?;
    let mut edition = Edition::default();
    for (key, value, line) in pairs {
        match key.as_str() {
            "id" => edition.id = value,
            "title" => edition.title = value,
            "replaces" => edition.replaces = value,
            "url" => edition.url = value,
            _ => return Err(error(file, line, format!("unknown edition key `{key}`"))),
        }
    }
    for (name, value) in [("id", &edition.id), ("title", &edition.title), ("url", &edition.url)] {
        if value.is_empty() {
            return Err(error(file, 1, format!("the edition needs `{name}`")));
        }
    }
    Ok(edition)
}

/// Collects inline events into plain text and marks.
#[derive(Default)]
struct InlineText {
    text: String,
    marks: Vec<Mark>,
    link_start: Option<(usize, String)>,
}

impl InlineText {
    fn push_text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_whitespace() {
                if !self.text.is_empty() && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
            } else {
                self.text.push(c);
            }
        }
    }
}

/// Splits a trailing ` {#slug}` off a block's text.
fn take_anchor(file: &str, line: usize, inline: &mut InlineText) -> Result<String, ContentError> {
    let trimmed_len = inline.text.trim_end().len();
    inline.text.truncate(trimmed_len);
    let Some(open) = inline.text.rfind("{#") else {
        return Err(error(
            file,
            line,
            format!(
                "this block has no anchor: end it with ` {{#slug}}` (text starts `{}`)",
                preview(&inline.text)
            ),
        ));
    };
    if !inline.text.ends_with('}') {
        return Err(error(
            file,
            line,
            "text follows the block's `{#slug}` anchor; the anchor must come last",
        ));
    }
    let slug = inline.text[open + 2..inline.text.len() - 1].to_string();
    if !is_slug(&slug) {
        return Err(error(
            file,
            line,
            format!("anchor `{slug}` must be lowercase ascii letters, digits and hyphens"),
        ));
    }
    inline.text.truncate(open);
    let len = inline.text.trim_end().len();
    inline.text.truncate(len);
    if inline.text.is_empty() {
        return Err(error(file, line, "this block has an anchor but no text"));
    }
    if let Some(mark) = inline.marks.iter().find(|m| match m {
        Mark::Link { end, .. } => *end > len,
        Mark::Note { at, .. } => *at > len,
    }) {
        return Err(error(
            file,
            line,
            format!("a link or footnote sits inside the anchor: {mark:?}"),
        ));
    }
    Ok(slug)
}

fn is_comment(html: &str) -> bool {
    let html = html.trim();
    html.starts_with("<!--") && html.ends_with("-->")
}

fn preview(text: &str) -> String {
    text.chars().take(40).collect()
}

fn footnote_number(file: &str, line: usize, label: &str) -> Result<u8, ContentError> {
    label.parse::<u8>().ok().filter(|n| *n > 0).ok_or_else(|| {
        error(
            file,
            line,
            format!("footnote `[^{label}]` must be labelled with its number, as printed"),
        )
    })
}

/// What the parser is inside of while it reads a block.
enum Open {
    Heading,
    Paragraph(usize),
    Item(usize, BlockKind),
    Footnote(usize, u8),
}

/// Parses one section file.
pub fn parse_section(file: &str, source: &str) -> Result<Section, ContentError> {
    let (pairs, body, body_line) = split_front_matter(file, source)?;
    let mut section = Section {
        file: file.to_string(),
        id: String::new(),
        kind: SectionKind::Section,
        number: String::new(),
        concept: String::new(),
        chapter: 0,
        title: String::new(),
        blocks: Vec::new(),
    };
    let mut kind_seen = false;
    for (key, value, line) in pairs {
        match key.as_str() {
            "id" => {
                if !is_slug(&value) {
                    return Err(error(
                        file,
                        line,
                        format!("id `{value}` must be lowercase ascii letters, digits and hyphens"),
                    ));
                }
                section.id = value;
            }
            "kind" => {
                kind_seen = true;
                section.kind = match value.as_str() {
                    "front" => SectionKind::Front,
                    "section" => SectionKind::Section,
                    "chapter" => SectionKind::Chapter,
                    "point" => SectionKind::Point,
                    "closing" => SectionKind::Closing,
                    other => {
                        return Err(error(
                            file,
                            line,
                            format!("unknown kind `{other}` (front, section, chapter, point or closing)"),
                        ))
                    }
                }
            }
            "number" => section.number = value,
            "concept" => {
                if !is_slug(&value) {
                    return Err(error(
                        file,
                        line,
                        format!("concept `{value}` must be lowercase ascii letters, digits and hyphens"),
                    ));
                }
                section.concept = value
            }
            "chapter" => {
                section.chapter = value
                    .parse()
                    .map_err(|_| error(file, line, format!("chapter `{value}` is not a number")))?
            }
            "title" => section.title = value,
            _ => return Err(error(file, line, format!("unknown front matter key `{key}`"))),
        }
    }
    if section.id.is_empty() {
        return Err(error(file, 1, "the front matter needs `id`"));
    }
    if !kind_seen {
        return Err(error(file, 1, "the front matter needs `kind`"));
    }
    if section.title.is_empty() {
        return Err(error(file, 1, "the front matter needs `title`"));
    }
    if section.kind == SectionKind::Point
        && (section.number.is_empty() || section.concept.is_empty() || section.chapter == 0)
    {
        return Err(error(file, 1, "a point needs `number`, `concept` and `chapter`"));
    }
    section.blocks.push(Block {
        id: section.id.clone(),
        kind: BlockKind::Title,
        part: PartKind::None,
        text: section.title.clone(),
        marks: Vec::new(),
        line: 1,
    });

    let line_of = |offset: usize| body_line + body[..offset].matches('\n').count();
    let mut part = PartKind::None;
    let mut open: Option<Open> = None;
    let mut inline = InlineText::default();
    let mut list_counter: Option<u64> = None;
    let mut notes_defined = BTreeMap::new();
    let mut notes_used = BTreeMap::new();
    let mut slugs_seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut html_block: Option<(usize, String)> = None;

    let options = Options::ENABLE_FOOTNOTES | Options::ENABLE_HEADING_ATTRIBUTES;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let line = line_of(range.start);
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                if level != HeadingLevel::H2 {
                    return Err(error(
                        file,
                        line,
                        "only `##` part headings are allowed (Krav, Anbefaling, Veiledning)",
                    ));
                }
                let id = id.map(|s| s.to_string()).unwrap_or_default();
                part = PartKind::from_id(&id).ok_or_else(|| {
                    error(file, line, format!("a part heading needs `{{#krav}}`, `{{#anbefaling}}` or `{{#veiledning}}`, found `{{#{id}}}`"))
                })?;
                if section
                    .blocks
                    .iter()
                    .any(|b| b.kind == BlockKind::PartHeading && b.part == part)
                {
                    return Err(error(file, line, format!("the part `{}` appears twice", part.id())));
                }
                open = Some(Open::Heading);
                inline = InlineText::default();
            }
            Event::End(TagEnd::Heading(_)) => {
                let text = std::mem::take(&mut inline.text).trim().to_string();
                if text.is_empty() {
                    return Err(error(file, line, "empty part heading"));
                }
                section.blocks.push(Block {
                    id: format!("{}-{}", section.id, part.id()),
                    kind: BlockKind::PartHeading,
                    part,
                    text,
                    marks: Vec::new(),
                    line,
                });
                open = None;
            }
            Event::Start(Tag::Paragraph) => {
                if open.is_none() {
                    open = Some(Open::Paragraph(line));
                    inline = InlineText::default();
                }
            }
            Event::Start(Tag::List(start)) => {
                list_counter = start;
            }
            Event::End(TagEnd::List(_)) => list_counter = None,
            Event::Start(Tag::Item) => {
                let kind = match list_counter.as_mut() {
                    Some(n) => {
                        let number = u8::try_from(*n).map_err(|_| error(file, line, "list number too large"))?;
                        *n += 1;
                        BlockKind::Numbered(number)
                    }
                    None => BlockKind::Bullet,
                };
                open = Some(Open::Item(line, kind));
                inline = InlineText::default();
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let number = footnote_number(file, line, &label)?;
                if notes_defined.insert(number, line).is_some() {
                    return Err(error(file, line, format!("footnote {number} is defined twice")));
                }
                open = Some(Open::Footnote(line, number));
                inline = InlineText::default();
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Item) | Event::End(TagEnd::FootnoteDefinition) => {
                let closes = matches!(
                    (&open, &event),
                    (Some(Open::Paragraph(_)), Event::End(TagEnd::Paragraph))
                        | (Some(Open::Item(..)), Event::End(TagEnd::Item))
                        | (Some(Open::Footnote(..)), Event::End(TagEnd::FootnoteDefinition))
                );
                if !closes {
                    continue;
                }
                let (start_line, kind, id) = match open.take() {
                    Some(Open::Paragraph(l)) => (l, BlockKind::Paragraph, None),
                    Some(Open::Item(l, k)) => (l, k, None),
                    Some(Open::Footnote(l, n)) => {
                        (l, BlockKind::Footnote(n), Some(format!("{}-fotnote-{n}", section.id)))
                    }
                    _ => unreachable!("checked by `closes`"),
                };
                let mut taken = std::mem::take(&mut inline);
                // pulldown-cmark leaves a reference to an undefined footnote as literal text.
                if let Some(at) = taken.text.find("[^") {
                    let label: String = taken.text[at + 2..].chars().take_while(|c| *c != ']').collect();
                    return Err(error(
                        file,
                        start_line,
                        format!("footnote [^{label}] is used but not defined in this file"),
                    ));
                }
                let id = match id {
                    Some(id) => {
                        let len = taken.text.trim_end().len();
                        taken.text.truncate(len);
                        id
                    }
                    None => {
                        let slug = take_anchor(file, start_line, &mut taken)?;
                        let scope = if part == PartKind::None {
                            String::new()
                        } else {
                            format!("{}-", part.id())
                        };
                        let key = format!("{scope}{slug}");
                        if let Some(first) = slugs_seen.insert(key.clone(), start_line) {
                            return Err(error(
                                file,
                                start_line,
                                format!("anchor `{slug}` is already used on line {first} in this part"),
                            ));
                        }
                        format!("{}-{key}", section.id)
                    }
                };
                section.blocks.push(Block {
                    id,
                    kind,
                    part: if matches!(kind, BlockKind::Footnote(_)) {
                        PartKind::None
                    } else {
                        part
                    },
                    text: taken.text,
                    marks: taken.marks,
                    line: start_line,
                });
            }
            Event::Text(t) | Event::Code(t) => {
                if open.is_none() {
                    return Err(error(file, line, format!("text outside any block: `{}`", preview(&t))));
                }
                inline.push_text(&t);
            }
            Event::SoftBreak | Event::HardBreak => inline.push_text(" "),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if inline.link_start.is_some() {
                    return Err(error(file, line, "a link inside a link"));
                }
                if !(dest_url.starts_with("https://") || dest_url.starts_with("http://")) {
                    return Err(error(
                        file,
                        line,
                        format!("link target `{dest_url}` must be an absolute http(s) address"),
                    ));
                }
                inline.link_start = Some((inline.text.len(), dest_url.to_string()));
            }
            Event::End(TagEnd::Link) => {
                let (start, href) = inline.link_start.take().expect("pulldown-cmark balances links");
                let end = inline.text.trim_end().len();
                if end <= start {
                    return Err(error(file, line, format!("the link to {href} has no text")));
                }
                inline.marks.push(Mark::Link { start, end, href });
            }
            Event::FootnoteReference(label) => {
                let number = footnote_number(file, line, &label)?;
                notes_used.entry(number).or_insert(line);
                let at = inline.text.trim_end().len();
                inline.marks.push(Mark::Note { at, number });
            }
            Event::Start(Tag::HtmlBlock) => html_block = Some((line, String::new())),
            Event::Html(html) => {
                if let Some((_, collected)) = html_block.as_mut() {
                    collected.push_str(&html);
                }
            }
            Event::End(TagEnd::HtmlBlock) => {
                let (start, html) = html_block.take().unwrap_or_default();
                if !is_comment(&html) {
                    return Err(error(
                        file,
                        start,
                        "raw HTML is not allowed in content; use an HTML comment <!-- … --> for editor notes",
                    ));
                }
            }
            Event::InlineHtml(html) => {
                if !is_comment(&html) {
                    return Err(error(
                        file,
                        line,
                        "raw HTML is not allowed in content; use an HTML comment <!-- … --> for editor notes",
                    ));
                }
            }
            Event::Start(Tag::Emphasis | Tag::Strong) | Event::End(TagEnd::Emphasis | TagEnd::Strong) => {}
            other => {
                return Err(error(file, line, format!("unsupported Markdown here: {other:?}")));
            }
        }
    }
    for (number, line) in &notes_used {
        if !notes_defined.contains_key(number) {
            return Err(error(
                file,
                *line,
                format!("footnote [^{number}] is used but not defined in this file"),
            ));
        }
    }
    if let Some((number, line)) = notes_defined.iter().find(|(n, _)| !notes_used.contains_key(n)) {
        return Err(error(
            file,
            *line,
            format!("footnote [^{number}] is defined but never referenced"),
        ));
    }
    if section.kind == SectionKind::Chapter && section.blocks.len() > 1 {
        return Err(error(
            file,
            section.blocks[1].line,
            "a chapter file holds its heading only",
        ));
    }
    Ok(section)
}

/// Checks what spans files: unique section ids, point numbers and concepts, unique block ids.
pub fn check_sections(sections: &[Section]) -> Result<(), ContentError> {
    let mut ids: BTreeMap<&str, &str> = BTreeMap::new();
    let mut keys: BTreeMap<&str, &str> = BTreeMap::new();
    for section in sections.iter().filter(|s| s.kind == SectionKind::Point) {
        for key in [section.number.as_str(), section.concept.as_str()] {
            if let Some(other) = keys.insert(key, &section.file) {
                return Err(error(&section.file, 1, format!("`{key}` is already used by {other}")));
            }
        }
    }
    for section in sections {
        for block in &section.blocks {
            if let Some(other) = ids.insert(&block.id, &section.file) {
                return Err(error(
                    &section.file,
                    block.line,
                    format!("anchor id `{}` is already used in {other}", block.id),
                ));
            }
        }
    }
    Ok(())
}
