//! A mistake in the circular's files fails the build with the file, the line, the column and what
//! is wrong.
//!
//! These tests run the compiler's own parser and checks, so the messages proved here are exactly
//! the ones an editor sees from `cargo build`.

use rundskriv_compiler::check::sections::check_sections;
use rundskriv_compiler::error::CompileError;
use rundskriv_compiler::parse::section::parse_section;
use rundskriv_compiler::parse::section_types::{Mark, Section};
use rundskriv_compiler::source::SourceFile;
use rundskriv_model::{BlockKind, PartKind, SectionKind};

const FILE: &str = "content/rundskriv/16-punkt-1-6.md";

/// A point's front matter (lines 1-8); the body starts on line 9.
const POINT: &str = "---
id: 1-6
kind: point
number: 1.6
concept: felleskomponenter
chapter: 1
title: Bruk nasjonale felleskomponenter og fellesløsninger
---
";

fn point(body: &str) -> String {
    format!("{POINT}{body}")
}

fn parse(file: &str, source: &str) -> Result<Section, CompileError> {
    parse_section(&SourceFile::new(file, source))
}

fn parse_valid(source: &str) -> Section {
    parse(FILE, source).unwrap_or_else(|e| panic!("{e}"))
}

/// Parses `source` as `FILE`, expecting an error on `line` whose message contains `says`.
fn expect_error(source: &str, line: usize, says: &str) -> CompileError {
    let error = match parse(FILE, source) {
        Ok(section) => panic!("expected an error on line {line} ({says}), but it parsed: {section:#?}"),
        Err(e) => e,
    };
    assert_eq!(error.file, FILE, "{error}");
    assert_eq!(error.line, line, "wrong line in: {error}");
    assert!(error.message.contains(says), "the message should say `{says}`: {error}");
    assert_eq!(
        error.to_string(),
        format!("{FILE}:{line}:{}: {}", error.column, error.message)
    );
    error
}

#[test]
fn a_valid_point_parses_to_anchored_blocks_and_marks() {
    let source = point(
        "
## Krav {#krav}

Virksomheten skal følge regjeringens prinsipper. {#prinsipper}

[Altinn](https://www.altinn.no/) skal benyttes for digital post.[^1] {#altinn}

- Første punkt {#forste}
- Andre punkt med [lenke](http://www.norge.no/) {#andre}

## Anbefalinger {#anbefaling}

1. Start med behov {#behov}
2. Tenk stort – start smått {#tenk-stort}

[^1]: [https://www.altinn.no/](https://www.altinn.no/)

<!--
An editor's note
over several lines.
-->
",
    );
    let section = parse_valid(&source);
    assert_eq!(section.kind, SectionKind::Point);
    assert_eq!(
        (section.number.as_str(), section.concept.as_str(), section.chapter),
        ("1.6", "felleskomponenter", 1)
    );
    let ids: Vec<&str> = section.blocks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "1-6",
            "1-6-krav",
            "1-6-krav-prinsipper",
            "1-6-krav-altinn",
            "1-6-krav-forste",
            "1-6-krav-andre",
            "1-6-anbefaling",
            "1-6-anbefaling-behov",
            "1-6-anbefaling-tenk-stort",
            "1-6-fotnote-1",
        ]
    );
    let kinds: Vec<BlockKind> = section.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Title,
            BlockKind::PartHeading,
            BlockKind::Paragraph,
            BlockKind::Paragraph,
            BlockKind::Bullet,
            BlockKind::Bullet,
            BlockKind::PartHeading,
            BlockKind::Numbered(1),
            BlockKind::Numbered(2),
            BlockKind::Footnote(1),
        ]
    );
    let lines: Vec<usize> = section.blocks.iter().map(|b| b.at.line).collect();
    assert_eq!(lines, [1, 10, 12, 14, 16, 17, 19, 21, 22, 24]);
    assert_eq!(section.blocks[2].part, PartKind::Krav);
    assert_eq!(section.blocks[8].part, PartKind::Anbefaling);
    assert_eq!(section.blocks[9].part, PartKind::None, "footnotes belong to no part");

    let altinn = &section.blocks[3];
    assert_eq!(altinn.text, "Altinn skal benyttes for digital post.");
    assert_eq!(
        altinn.marks,
        [
            Mark::Link {
                start: 0,
                end: 6,
                href: "https://www.altinn.no/".to_string()
            },
            Mark::Note {
                at: altinn.text.len(),
                number: 1
            },
        ]
    );
    let andre = &section.blocks[5];
    assert_eq!(andre.text, "Andre punkt med lenke");
    let Mark::Link { start, end, href } = &andre.marks[0] else {
        panic!("{:?}", andre.marks)
    };
    assert_eq!(
        (&andre.text[*start..*end], href.as_str()),
        ("lenke", "http://www.norge.no/")
    );
    let note = &section.blocks[9];
    assert_eq!(note.text, "https://www.altinn.no/");
    assert_eq!(
        note.marks,
        [Mark::Link {
            start: 0,
            end: note.text.len(),
            href: "https://www.altinn.no/".to_string()
        }]
    );
    assert_eq!(section.blocks[8].text, "Tenk stort – start smått");
}

#[test]
fn unterminated_front_matter() {
    expect_error(
        "---\nid: 1-6\nkind: point\ntitle: T\n",
        1,
        "the front matter starting here is never closed with `---`",
    );
    // With a body after the missing `---`, the first body line is named as not being `key: value`.
    expect_error(
        "---\nid: 1-6\nkind: point\n\nTekst. {#tekst}\n",
        5,
        "expected `key: value` in the front matter",
    );
}

#[test]
fn unknown_kind() {
    let error = expect_error("---\nid: 1-6\nkind: punkt\ntitle: T\n---\n", 3, "unknown kind `punkt`");
    assert!(
        error.message.contains("front, section, chapter, point or closing"),
        "{error}"
    );
}

#[test]
fn a_point_without_concept() {
    let source = "---\nid: 1-6\nkind: point\nnumber: 1.6\nchapter: 1\ntitle: T\n---\n";
    expect_error(source, 1, "a point needs `number`, `concept` and `chapter`");
}

#[test]
fn a_paragraph_without_anchor() {
    let source =
        point("\n## Krav {#krav}\n\nFørste avsnitt. {#forste}\n\nAndre avsnitt uten anker,\nover to linjer.\n");
    let error = expect_error(&source, 14, "this block has no anchor");
    assert!(
        error.message.contains("Andre avsnitt uten anker"),
        "names the text: {error}"
    );
}

#[test]
fn a_duplicate_anchor_in_one_part() {
    let source = point("\n## Krav {#krav}\n\nFørste. {#altinn}\n\nAndre. {#annet}\n\nTredje. {#altinn}\n");
    expect_error(&source, 16, "anchor `altinn` is already used on line 12 in this part");
}

#[test]
fn the_same_anchor_in_two_parts_is_allowed() {
    let source = point("\n## Krav {#krav}\n\nFørste. {#altinn}\n\n## Anbefaling {#anbefaling}\n\nAndre. {#altinn}\n");
    let section = parse_valid(&source);
    assert_eq!(section.blocks[2].id, "1-6-krav-altinn");
    assert_eq!(section.blocks[4].id, "1-6-anbefaling-altinn");
}

#[test]
fn a_part_heading_with_an_unknown_id() {
    let source = point("\n## Krav {#krav}\n\nTekst. {#tekst}\n\n## Merknad {#foo}\n\nMer. {#mer}\n");
    expect_error(&source, 14, "found `{#foo}`");
}

#[test]
fn a_level_three_heading() {
    let source = point("\n## Krav {#krav}\n\n### Underoverskrift\n\nTekst. {#tekst}\n");
    expect_error(&source, 12, "only `##` part headings are allowed");
}

/// pulldown-cmark 0.13 reads `[^2]` without a matching `[^2]:` definition as plain text; the
/// parser must still catch it.
#[test]
fn a_footnote_reference_without_definition() {
    let source = point("\n## Krav {#krav}\n\nFørste. {#forste}\n\nTekst med fotnote.[^2] {#tekst}\n");
    expect_error(&source, 14, "footnote [^2] is used but not defined");
}

#[test]
fn a_footnote_defined_but_never_used() {
    let source = point(
        "\n## Krav {#krav}\n\nTekst uten fotnote. {#tekst}\n\n[^3]: [https://example.no/](https://example.no/)\n",
    );
    expect_error(&source, 14, "footnote [^3] is defined but never referenced");
}

#[test]
fn raw_html() {
    let source = point("\n## Krav {#krav}\n\nTekst. {#tekst}\n\n<div>x</div>\n");
    expect_error(&source, 14, "raw HTML is not allowed");
    let inline = point("\n## Krav {#krav}\n\nTekst med <b>fet</b> skrift. {#tekst}\n");
    expect_error(&inline, 12, "raw HTML is not allowed");
}

#[test]
fn a_multi_line_html_comment_is_accepted() {
    let source = point(
        "\n## Krav {#krav}\n\n<!--\nEn merknad\nover flere linjer.\n-->\n\nTekst <!-- inne --> videre. {#tekst}\n",
    );
    let section = parse_valid(&source);
    let texts: Vec<&str> = section.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Bruk nasjonale felleskomponenter og fellesløsninger",
            "Krav",
            "Tekst videre."
        ]
    );
}

#[test]
fn a_link_with_a_relative_target() {
    let source = point("\n## Krav {#krav}\n\nTekst.\nSe [punkt 1.7](/1.7). {#se}\n");
    expect_error(&source, 13, "link target `/1.7` must be an absolute http(s) address");
}

#[test]
fn two_files_with_the_same_point_number() {
    let first = parse_valid(&point("\n## Krav {#krav}\n\nTekst. {#tekst}\n"));
    let second_file = "content/rundskriv/17-punkt-1-7.md";
    let second_source =
        "---\nid: 1-7\nkind: point\nnumber: 1.6\nconcept: digital-postkasse\nchapter: 1\ntitle: T\n---\n";
    let second = parse(second_file, second_source).unwrap_or_else(|e| panic!("{e}"));
    let error = check_sections(&[first, second]).expect_err("the number 1.6 is used twice");
    assert_eq!(error.file, second_file, "{error}");
    assert_eq!(error.line, 1, "{error}");
    assert!(error.message.contains("`1.6` is already used by"), "{error}");
    assert!(error.message.contains(FILE), "names the first file: {error}");
}

#[test]
fn mistakes_name_their_column() {
    let error = expect_error("---\nid: 1-6\nkind: punkt\ntitle: T\n---\n", 3, "unknown kind `punkt`");
    assert_eq!(error.column, 7, "the value's column: {error}");
    let source = point("\n## Krav {#krav}\n\nTekst med <b>fet</b> skrift. {#tekst}\n");
    assert_eq!(expect_error(&source, 12, "raw HTML").column, 11, "the tag's column");
}
