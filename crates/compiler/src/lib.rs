//! Compiles `content/` and `i18n/` into Rust data at build time, so the app ships no Markdown or
//! TOML parser and a content mistake fails the build with its file, line and column: `parse` reads
//! each file, `check` what spans files, `generate` writes the code core's data modules include.

pub mod check;
pub mod circular;
pub mod editions;
pub mod error;
pub mod generate;
pub mod parse;
pub mod source;

use check::trees::Report;
use circular::Circular;
use editions::flags::Flag;
use editions::folders::{EditionFolder, Editions};
use error::CompileError;
use parse::edition::Edition;
use parse::scenarios::ScenarioFile;
use parse::section_types::Section;
use parse::trees::{parse_facts, parse_shared, parse_tree, Trees};
use parse::ui_strings::{parse_ui_strings, UiStrings};
use rundskriv_model::Lang;
use source::SourceFile;
use std::path::Path;

/// The generated files, by name, and what the build should warn about.
#[derive(Debug)]
pub struct Compiled {
    pub files: Vec<(&'static str, String)>,
    pub warnings: Vec<String>,
}

/// Compiles the content and UI strings under `root` (the repository) into `out_dir`, as a build
/// script does: it prints what Cargo must watch and, on a mistake, every error, then exits.
pub fn build(root: &Path, out_dir: &Path) {
    let newest_dir = editions::folders::newest_dir_from_env();
    println!("cargo:rerun-if-env-changed={}", editions::folders::NEWEST_EDITION_VAR);
    println!("cargo:rerun-if-changed={}", root.join("content").display());
    println!("cargo:rerun-if-changed={}", root.join(&newest_dir).display());
    println!("cargo:rerun-if-changed={}", root.join("i18n").display());
    let written = compile_in(root, &newest_dir).and_then(|compiled| {
        for warning in &compiled.warnings {
            println!("cargo:warning={warning}");
        }
        for (name, code) in &compiled.files {
            let path = out_dir.join(name);
            std::fs::write(&path, code).map_err(|e| {
                vec![CompileError::new(
                    &path.display().to_string(),
                    error::Position::START,
                    e.to_string(),
                )]
            })?;
        }
        Ok(())
    });
    if let Err(errors) = written {
        for e in &errors {
            eprintln!("error: {e}");
            println!("cargo::error={e}");
        }
        std::process::exit(1);
    }
}

/// Compiles the content and UI strings under `root` (the repository), with the newest edition
/// where the environment says (`RUNDSKRIV_NEWEST_EDITION`, else `content/`); errors name files
/// relative to `root`.
pub fn compile(root: &Path) -> Result<Compiled, Vec<CompileError>> {
    compile_in(root, &editions::folders::newest_dir_from_env())
}

/// Compiles with the newest edition in `newest_dir` (relative to `root`, or absolute).
pub fn compile_in(root: &Path, newest_dir: &str) -> Result<Compiled, Vec<CompileError>> {
    let Content {
        edition,
        sections,
        older,
        circular,
        trees,
        report,
        ..
    } = read_content_in(root, newest_dir)?;
    let ui = read_ui_strings(root)?;
    let (trees_code, tree_texts) = generate::trees::generate_trees(&trees, &circular, &report);
    let (ui_code, ui_texts) = generate::ui_strings::generate_ui_strings(&ui);
    let older_editions: Vec<&Edition> = older.iter().map(|folder| &folder.edition).collect();
    let carried: Vec<&[Section]> = std::iter::once(sections.as_slice())
        .chain(older.iter().map(|folder| folder.sections.as_slice()))
        .collect();
    let legacy = editions::addresses::read_legacy_points(root, &carried).map_err(one)?;
    let remapped = editions::addresses::remapped(&legacy, &sections);
    let (content_code, words_code) =
        generate::content::generate_content(&edition, &older_editions, (&legacy, &remapped), &sections);
    let changes = if older.is_empty() {
        generate::changes::ChangesPage::none()
    } else {
        changes_page(root, &older, &edition, &sections)?
    };
    Ok(Compiled {
        files: vec![
            ("content_data.rs", content_code),
            ("words_data.rs", words_code),
            ("trees_data.rs", trees_code),
            ("ui_strings_data.rs", ui_code),
            ("changes_data.rs", generate::changes::generate_changes(&changes)),
            (
                "lang_files.rs",
                generate::lang_files::generate_lang_files(&tree_texts, &ui_texts),
            ),
        ],
        warnings: warnings(&report),
    })
}

/// "Hva er endret" between the edition before the newest and the newest, in every language, and
/// each older edition's own page.
fn changes_page(
    root: &Path,
    older: &[EditionFolder],
    newest: &Edition,
    sections: &[Section],
) -> Result<generate::changes::ChangesPage, Vec<CompileError>> {
    let previous = &older[0];
    let words = SourceFile::read(root, editions::words::FILE)
        .and_then(|file| editions::words::parse_change_words(&file))
        .map_err(one)?;
    let changes = editions::diff::diff_editions(&previous.sections, sections);
    let older_pages = older
        .iter()
        .map(|folder| {
            let (title, main) = editions::older_page::render_older_page(folder, newest, &words);
            (editions::older_page::file_name(&folder.edition), title, main)
        })
        .collect();
    Ok(generate::changes::ChangesPage {
        fragments: Lang::ALL.map(|lang| editions::render::render_changes(&changes, &words, lang)),
        changed_points: changes.iter().map(|change| change.key().to_string()).collect(),
        older_pages,
    })
}

/// The content under `root`, read and checked: what `compile` generates the app's data from, and
/// what the review book (crates/tools) is made of.
pub struct Content {
    /// The newest edition, which the app answers from, and its sections.
    pub edition: Edition,
    pub sections: Vec<Section>,
    /// The editions before it that the build carries, the latest first.
    pub older: Vec<EditionFolder>,
    /// The outcomes and readings whose paragraphs changed, moved or vanished since the edition
    /// they were written for: each one confirmed, or the content would not have been read.
    pub flags: Vec<Flag>,
    /// The records that confirm them (the newest edition's `bekreftelser.toml`).
    pub confirmations: Vec<editions::confirmations::Confirmation>,
    pub circular: Circular,
    pub trees: Trees,
    pub report: Report,
    /// The scenario files, checked against the trees.
    pub scenarios: Vec<ScenarioFile>,
}

pub fn read_content(root: &Path) -> Result<Content, Vec<CompileError>> {
    read_content_in(root, &editions::folders::newest_dir_from_env())
}

/// The content with the newest edition in `newest_dir`; the trees written for an edition before
/// it are carried to it once every affected outcome and reading is confirmed (`editions::flags`).
pub fn read_content_in(root: &Path, newest_dir: &str) -> Result<Content, Vec<CompileError>> {
    let editions = editions::folders::read_editions(root, newest_dir)?;
    let mut trees = read_trees(root)?;
    let flags = editions::flags::affected(&trees, &editions);
    let (_, records) = editions::confirmations::read_confirmations(root, &editions.newest.dir).map_err(one)?;
    editions::flags::check_confirmed(&flags, &records)?;
    editions::carry::carry_trees(&mut trees, &editions)?;
    let Editions { newest, older } = editions;
    let EditionFolder { edition, sections, .. } = newest;
    let circular = Circular::new(&edition, &sections);
    let report = check::trees::check_trees(&trees, &circular).map_err(one)?;
    let marks =
        parse::paragraph_marks::parse_marks(&SourceFile::read(root, parse::paragraph_marks::FILE).map_err(one)?)
            .map_err(one)?;
    check::krav::check_krav(&trees, &circular, &marks)?;
    let scenarios = scenarios_of(root, &trees)?;
    Ok(Content {
        edition,
        sections,
        older,
        flags,
        confirmations: records,
        circular,
        trees,
        report,
        scenarios,
    })
}

fn one(error: CompileError) -> Vec<CompileError> {
    vec![error]
}

fn warnings(report: &Report) -> Vec<String> {
    let uncovered = report.uncovered.iter();
    uncovered
        .map(|krav| format!("no decision tree cites the krav paragraph {krav}"))
        .collect()
}

/// Applies `parse` to each file of `dir` ending in `extension`; every file's mistake is reported.
fn read_each<T>(
    root: &Path,
    dir: &str,
    extension: &str,
    mut parse: impl FnMut(&SourceFile) -> Result<T, CompileError>,
) -> Result<Vec<T>, Vec<CompileError>> {
    let (mut read, mut errors) = (Vec::new(), Vec::new());
    for name in source::list(root, dir, extension).map_err(one)? {
        match SourceFile::read(root, &name).and_then(|file| parse(&file)) {
            Ok(value) => read.push(value),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(read)
    } else {
        Err(errors)
    }
}

fn read_trees(root: &Path) -> Result<Trees, Vec<CompileError>> {
    let mut trees = Trees::default();
    // Each file by what its name says it holds.
    read_each(root, "content/veivisere", "toml", |source| {
        let id = parse::trees::tree_id(&source.name);
        if id.starts_with("fakta") {
            trees.facts.extend(parse_facts(source)?);
        } else if id == "felles" {
            trees.shared.extend(parse_shared(source)?);
        } else {
            trees.trees.push(parse_tree(source)?);
        }
        Ok(())
    })?;
    trees.trees.sort_by(|a, b| a.order.cmp(&b.order).then(a.id.cmp(&b.id)));
    Ok(trees)
}

/// The scenario files, parsed and checked against the trees; core's tests run them through the
/// engine (docs/veivisere.md, Scenarios).
pub fn read_scenarios(root: &Path) -> Result<Vec<ScenarioFile>, Vec<CompileError>> {
    scenarios_of(root, &read_trees(root)?)
}

fn scenarios_of(root: &Path, trees: &Trees) -> Result<Vec<ScenarioFile>, Vec<CompileError>> {
    read_each(root, parse::scenarios::DIR, "toml", |source| {
        let file = parse::scenarios::parse_scenarios(source)?;
        check::scenarios::check_scenarios(&file, trees)?;
        Ok(file)
    })
}

/// The UI strings in `Lang::ALL` order, bokmål (the reference) first, with the same keys.
fn read_ui_strings(root: &Path) -> Result<[UiStrings; 3], Vec<CompileError>> {
    let mut all = Vec::new();
    for lang in Lang::ALL {
        let file = SourceFile::read(root, &format!("i18n/{}.toml", lang.tag())).map_err(one)?;
        all.push(parse_ui_strings(&file).map_err(one)?);
    }
    let all: [UiStrings; 3] = all.try_into().expect("three languages");
    let [reference, others @ ..] = &all;
    check::ui_strings::check_same_keys(reference, &others.iter().collect::<Vec<_>>())?;
    Ok(all)
}
