//! What a section file's front matter and headings may hold, beyond `content_errors.rs`: the
//! chapter a point belongs to, a chapter file that holds more than its heading, and a part
//! heading given twice with nothing between.

use rundskriv_compiler::error::CompileError;
use rundskriv_compiler::parse::section::parse_section;
use rundskriv_compiler::parse::section_types::Section;
use rundskriv_compiler::source::SourceFile;

fn parse(file: &str, source: &str) -> Result<Section, CompileError> {
    parse_section(&SourceFile::new(file, source))
}

/// A point of chapter `chapter` (as written in its front matter) with `body`.
fn point(chapter: &str, body: &str) -> String {
    format!("---\nid: 2-1\nkind: point\nnumber: 2.1\nconcept: styring\nchapter: {chapter}\ntitle: T\n---\n{body}")
}

#[test]
fn a_point_belongs_to_the_chapter_its_front_matter_names() {
    let section = parse("content/rundskriv/21-punkt-2-1.md", &point("2", "")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(section.chapter, 2);
    let error = parse("content/rundskriv/21-punkt-2-1.md", &point("to", "")).expect_err("no number");
    assert_eq!(error.line, 6, "{error}");
    assert!(error.message.contains("chapter `to` is not a number"), "{error}");
}

#[test]
fn a_chapter_file_holds_its_heading_only() {
    let chapter = "---\nid: kapittel-2\nkind: chapter\nnumber: 2\ntitle: T\n---\n";
    parse("content/rundskriv/20-kapittel-2.md", chapter).unwrap_or_else(|e| panic!("{e}"));
    let with_text = format!("{chapter}\nEn setning. {{#setning}}\n");
    let error = parse("content/rundskriv/20-kapittel-2.md", &with_text).expect_err("text in a chapter file");
    assert_eq!(error.line, 8, "{error}");
    assert!(
        error.message.contains("a chapter file holds its heading only"),
        "{error}"
    );
}

#[test]
fn a_part_heading_twice_in_a_row() {
    let body = "\n## Krav {#krav}\n\n## Krav {#krav}\n\nBruk Altinn. {#altinn}\n";
    let error = parse("content/rundskriv/21-punkt-2-1.md", &point("2", body)).expect_err("two krav headings");
    assert_eq!(error.line, 12, "{error}");
    assert!(error.message.contains("the part `krav` appears twice"), "{error}");
}
