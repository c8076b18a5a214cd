//! Compiles `content/` and `i18n/` into Rust data at build time, so the app ships no Markdown
//! parser and a content mistake fails the build with its file and line.

#[path = "build/content.rs"]
mod content;
#[path = "src/fold.rs"]
#[allow(dead_code)]
mod fold;
#[path = "build/i18n.rs"]
mod i18n;

use content::{BlockKind, Mark, PartKind, Section, SectionKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 3] = ["nb", "nn", "en"];

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=build");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let result = compile_content()
        .and_then(|code| write(&out_dir.join("content_data.rs"), &code))
        .and_then(|()| compile_i18n().and_then(|code| write(&out_dir.join("i18n_data.rs"), &code)));
    if let Err(errors) = result {
        for e in &errors {
            eprintln!("error: {e}");
            println!("cargo::error={e}");
        }
        std::process::exit(1);
    }
}

fn write(path: &Path, code: &str) -> Result<(), Vec<String>> {
    std::fs::write(path, code).map_err(|e| vec![format!("{}: {e}", path.display())])
}

fn read(path: &Path) -> Result<String, Vec<String>> {
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])
}

fn compile_content() -> Result<String, Vec<String>> {
    let edition_path = Path::new("content/utgave.md");
    let edition = content::parse_edition("content/utgave.md", &read(edition_path)?).map_err(|e| vec![e.to_string()])?;
    let mut files: Vec<PathBuf> = std::fs::read_dir("content/rundskriv")
        .map_err(|e| vec![format!("content/rundskriv: {e}")])?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    let mut sections = Vec::new();
    let mut errors = Vec::new();
    for path in &files {
        let name = path.display().to_string();
        match content::parse_section(&name, &read(path)?) {
            Ok(section) => sections.push(section),
            Err(e) => errors.push(e.to_string()),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    content::check_sections(&sections).map_err(|e| vec![e.to_string()])?;
    Ok(generate_content(&edition, &sections))
}

fn generate_content(edition: &content::Edition, sections: &[Section]) -> String {
    let mut code = String::new();
    let _ = writeln!(
        code,
        "pub static EDITION: Edition = Edition {{ id: {:?}, title: {:?}, replaces: {:?}, url: {:?} }};",
        edition.id, edition.title, edition.replaces, edition.url
    );
    let mut blocks = String::new();
    let mut section_code = String::new();
    let mut index: BTreeMap<String, Vec<(usize, usize, usize)>> = BTreeMap::new();
    let mut block_count = 0usize;
    for (section_index, section) in sections.iter().enumerate() {
        let first = block_count;
        for block in &section.blocks {
            let kind = match block.kind {
                BlockKind::Title => "BlockKind::Title".to_string(),
                BlockKind::PartHeading => "BlockKind::PartHeading".to_string(),
                BlockKind::Paragraph => "BlockKind::Paragraph".to_string(),
                BlockKind::Bullet => "BlockKind::Bullet".to_string(),
                BlockKind::Numbered(n) => format!("BlockKind::Numbered({n})"),
                BlockKind::Footnote(n) => format!("BlockKind::Footnote({n})"),
            };
            let part = match block.part {
                PartKind::None => "PartKind::None",
                PartKind::Krav => "PartKind::Krav",
                PartKind::Anbefaling => "PartKind::Anbefaling",
                PartKind::Veiledning => "PartKind::Veiledning",
            };
            let marks: Vec<String> = block
                .marks
                .iter()
                .map(|m| match m {
                    Mark::Link { start, end, href } => {
                        format!("Mark::Link {{ start: {start}, end: {end}, href: {href:?} }}")
                    }
                    Mark::Note { at, number } => format!("Mark::Note {{ at: {at}, number: {number} }}"),
                })
                .collect();
            let _ = writeln!(
                blocks,
                "    Block {{ id: {:?}, kind: {kind}, part: {part}, section: {section_index}, text: {:?}, marks: &[{}] }},",
                block.id,
                block.text,
                marks.join(", ")
            );
            for (start, end, word) in fold::words(&block.text) {
                index.entry(word).or_default().push((block_count, start, end - start));
            }
            block_count += 1;
        }
        let kind = match section.kind {
            SectionKind::Front => "SectionKind::Front",
            SectionKind::Section => "SectionKind::Section",
            SectionKind::Chapter => "SectionKind::Chapter",
            SectionKind::Point => "SectionKind::Point",
            SectionKind::Closing => "SectionKind::Closing",
        };
        let _ = writeln!(
            section_code,
            "    Section {{ id: {:?}, kind: {kind}, number: {:?}, concept: {:?}, chapter: {}, title: {:?}, blocks: {first}..{block_count} }},",
            section.id, section.number, section.concept, section.chapter, section.title
        );
    }
    let _ = writeln!(
        code,
        "pub static SECTIONS: [Section; {}] = [\n{section_code}];",
        sections.len()
    );
    let _ = writeln!(code, "pub static BLOCKS: [Block; {block_count}] = [\n{blocks}];");
    let words: Vec<String> = index.keys().map(|w| format!("{w:?}")).collect();
    let _ = writeln!(
        code,
        "pub static WORDS: [&str; {}] = [{}];",
        words.len(),
        words.join(", ")
    );
    let postings: Vec<String> = index
        .values()
        .map(|hits| {
            let hits: Vec<String> = hits
                .iter()
                .map(|(b, s, l)| format!("Hit {{ block: {b}, start: {s}, len: {l} }}"))
                .collect();
            format!("&[{}]", hits.join(", "))
        })
        .collect();
    let _ = writeln!(
        code,
        "pub static HITS: [&[Hit]; {}] = [{}];",
        postings.len(),
        postings.join(",\n")
    );
    code
}

fn compile_i18n() -> Result<String, Vec<String>> {
    let mut all = Vec::new();
    for lang in LANGUAGES {
        let name = format!("i18n/{lang}.toml");
        all.push(i18n::parse_strings(&name, &read(Path::new(&name))?).map_err(|e| vec![e])?);
    }
    let (reference, others) = all.split_first().expect("three languages");
    i18n::check_same_keys(reference, &others.iter().collect::<Vec<_>>())?;
    let mut code = String::from("/// A UI string's key; the text lives in `i18n/<lang>.toml`.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Key {\n");
    for (key, _, _) in &reference.entries {
        let _ = writeln!(code, "    {},", i18n::variant_name(key));
    }
    code.push_str("}\n");
    let _ = writeln!(
        code,
        "pub const KEY_NAMES: [&str; {}] = [{}];",
        reference.entries.len(),
        reference
            .entries
            .iter()
            .map(|(k, _, _)| format!("{k:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for strings in &all {
        // Every table is in the reference's key order, whatever order the file uses.
        let by_key: BTreeMap<&str, &str> = strings
            .entries
            .iter()
            .map(|(k, v, _)| (k.as_str(), v.as_str()))
            .collect();
        let lang = strings
            .file
            .trim_start_matches("i18n/")
            .trim_end_matches(".toml")
            .to_uppercase();
        let texts: Vec<String> = reference
            .entries
            .iter()
            .map(|(k, _, _)| format!("{:?}", by_key[k.as_str()]))
            .collect();
        let _ = writeln!(
            code,
            "pub static {lang}: [&str; {}] = [\n    {}\n];",
            texts.len(),
            texts.join(",\n    ")
        );
    }
    Ok(code)
}
