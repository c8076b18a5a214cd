//! Compiles `content/` and `i18n/` into Rust data at build time, so the app ships no Markdown
//! parser and a content mistake fails the build with its file and line.

pub mod content;
pub mod i18n;
pub mod trees;

use content::{BlockKind, Mark, PartKind, Section, SectionKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 3] = ["nb", "nn", "en"];

/// Compiles the content and UI strings under `root` (the repository) into `out_dir`, as a build
/// script does: it prints what Cargo must watch and, on a mistake, every error, then exits.
pub fn build(root: &Path, out_dir: &Path) {
    println!("cargo:rerun-if-changed={}", root.join("content").display());
    println!("cargo:rerun-if-changed={}", root.join("i18n").display());
    // File names in messages read as the editor sees them: relative to the repository.
    std::env::set_current_dir(root).expect("the repository folder");
    let result = compile_content().and_then(|(code, circular)| {
        write(&out_dir.join("content_data.rs"), &code)?;
        let (code, tree_blobs) = compile_trees(&circular)?;
        write(&out_dir.join("trees_data.rs"), &code)?;
        let (code, ui_blobs) = compile_i18n()?;
        write(&out_dir.join("i18n_data.rs"), &code)?;
        write(
            &out_dir.join("lang_files.rs"),
            &generate_lang_files(&tree_blobs, &ui_blobs),
        )
    });
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
    std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])
}

/// What the tree checks need to know about the compiled circular.
struct CircularFacts {
    edition: String,
    paragraphs: Vec<String>,
    points: Vec<String>,
    krav: Vec<String>,
    /// Every block id in the order of `BLOCKS`, so citations become indices.
    block_order: Vec<String>,
}

fn compile_content() -> Result<(String, CircularFacts), Vec<String>> {
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
    let is_text = |b: &&content::Block| {
        matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::Bullet | BlockKind::Numbered(_)
        )
    };
    let blocks = || sections.iter().flat_map(|s| s.blocks.iter()).filter(is_text);
    let facts = CircularFacts {
        edition: edition.id.clone(),
        paragraphs: blocks().map(|b| b.id.clone()).collect(),
        points: sections
            .iter()
            .filter(|s| s.kind == SectionKind::Point)
            .map(|s| s.number.clone())
            .collect(),
        krav: blocks()
            .filter(|b| b.part == PartKind::Krav)
            .map(|b| b.id.clone())
            .collect(),
        block_order: sections
            .iter()
            .flat_map(|s| s.blocks.iter().map(|b| b.id.clone()))
            .collect(),
    };
    Ok((generate_content(&edition, &sections), facts))
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
                "    Block {{ id: {:?}, kind: {kind}, part: {part}, section: SectionId({section_index}), text: {:?}, marks: &[{}] }},",
                block.id,
                block.text,
                marks.join(", ")
            );
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
        "pub static SECTIONS: Table<SectionId, Section> = Table::new(&[\n{section_code}]);",
    );
    let _ = writeln!(
        code,
        "pub static BLOCKS: Table<BlockId, Block> = Table::new(&[\n{blocks}]);"
    );
    code
}

/// The UI strings: the `Key` enum (generated), each language's strings as one string (returned,
/// for `lang_files`) and their end offsets (generated).
fn compile_i18n() -> Result<(String, [String; 3]), Vec<String>> {
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
    let mut ends = Vec::new();
    let mut blobs = Vec::new();
    for strings in &all {
        // Every language in the reference's key order, whatever order the file uses.
        let by_key: BTreeMap<&str, &str> = strings
            .entries
            .iter()
            .map(|(k, v, _)| (k.as_str(), v.as_str()))
            .collect();
        let mut blob = String::new();
        for (key, _, _) in &reference.entries {
            blob.push_str(by_key[key.as_str()]);
            ends.push(blob.len().to_string());
        }
        blobs.push(blob);
    }
    let _ = writeln!(code, "static UI_ENDS: [u32; {}] = [{}];", ends.len(), ends.join(", "));
    let blobs: [String; 3] = blobs.try_into().expect("three languages");
    Ok((code, blobs))
}

fn compile_trees(circular: &CircularFacts) -> Result<(String, [String; 3]), Vec<String>> {
    let dir = Path::new("content/veivisere");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("{}: {e}", dir.display())])?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut all = trees::Trees::default();
    let mut errors = Vec::new();
    for path in &files {
        let name = path.display().to_string();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let source = read(path)?;
        let parsed = if stem.starts_with("fakta") {
            trees::parse_facts(&name, &source).map(|f| all.facts.extend(f))
        } else if stem == "felles" {
            trees::parse_shared(&name, &source).map(|o| all.shared.extend(o))
        } else {
            trees::parse_tree(&name, &stem, &source).map(|t| all.trees.push(t))
        };
        if let Err(e) = parsed {
            errors.push(e.to_string());
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    all.trees.sort_by(|a, b| a.order.cmp(&b.order).then(a.id.cmp(&b.id)));
    let circular_ref = trees::Circular {
        edition: &circular.edition,
        paragraphs: circular.paragraphs.iter().cloned().collect(),
        points: circular.points.iter().cloned().collect(),
        krav: circular.krav.clone(),
    };
    let report = trees::check(&all, &circular_ref).map_err(|e| vec![e.to_string()])?;
    for krav in &report.uncovered {
        println!("cargo:warning=no decision tree cites the krav paragraph {krav}");
    }
    Ok(generate_trees(&all, circular, &report))
}

/// Every text of the trees, each once: `Text(i)` in the generated data is an index into them.
#[derive(Default)]
struct TextTable {
    index: BTreeMap<trees::Text, usize>,
    list: Vec<trees::Text>,
}

impl TextTable {
    fn literal(&mut self, text: &trees::Text) -> String {
        let next = self.list.len();
        let index = *self.index.entry(text.clone()).or_insert(next);
        if index == next {
            self.list.push(text.clone());
        }
        format!("Text({index})")
    }

    fn optional(&mut self, text: &Option<trees::Text>) -> String {
        match text {
            Some(t) => format!("Some({})", self.literal(t)),
            None => "None".to_string(),
        }
    }

    /// Each language's texts as one string (returned, for `lang_files`), with the end offset of
    /// each text in it (generated).
    fn generate(&self) -> (String, [String; 3]) {
        let mut ends = Vec::new();
        let blobs = [0, 1, 2].map(|language| {
            let mut blob = String::new();
            for text in &self.list {
                blob.push_str(&text[language]);
                ends.push(blob.len().to_string());
            }
            blob
        });
        let code = format!(
            "const TEXT_COUNT: usize = {};\nstatic TEXT_ENDS: [u32; {}] = [{}];\n",
            self.list.len(),
            ends.len(),
            ends.join(", ")
        );
        (code, blobs)
    }
}

/// Each language's texts, tree texts then UI strings, as one string: bokmål compiled into every
/// build; nynorsk and English only into native builds (tests, tools), while the browser loads them
/// from files the post-build hook writes (`examples/lang_texts.rs`), named after an FNV-1a hash of
/// their content, which the app checks on loading (`src/lang_texts.rs`).
fn generate_lang_files(trees: &[String; 3], ui: &[String; 3]) -> String {
    let mut code = String::new();
    let mut files = Vec::new();
    for (language, (tag, constant)) in [("nb", "NB"), ("nn", "NN"), ("en", "EN")].into_iter().enumerate() {
        let blob = format!("{}{}", trees[language], ui[language]);
        if language > 0 {
            code.push_str("#[cfg(not(target_arch = \"wasm32\"))]\n");
        }
        let _ = writeln!(code, "static BLOB_{constant}: &str = {blob:?};");
        let hash = fnv1a(blob.as_bytes());
        files.push(format!(
            "LangFile {{ name: \"tekst-{tag}-{hash:016x}.txt\", hash: {hash:#x}, len: {}, trees_len: {} }}",
            blob.len(),
            trees[language].len()
        ));
    }
    let _ = writeln!(code, "pub static LANG_FILES: [LangFile; 3] = [{}];", files.join(", "));
    code
}

/// FNV-1a, 64 bits: the same function as `lang_texts::fnv1a` in the app.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn generate_trees(all: &trees::Trees, circular: &CircularFacts, report: &trees::Report) -> (String, [String; 3]) {
    use trees::{FactKind, Step, Threshold, When};
    let block_index = |id: &str| -> usize {
        circular
            .block_order
            .iter()
            .position(|b| b == id)
            .expect("checked by trees::check")
    };
    let mut code = String::new();
    let texts = std::cell::RefCell::new(TextTable::default());
    let text_literal = |t: &trees::Text| texts.borrow_mut().literal(t);
    let optional_text_literal = |t: &Option<trees::Text>| texts.borrow_mut().optional(t);
    let fact_index: BTreeMap<&str, usize> = all.facts.iter().enumerate().map(|(i, f)| (f.id.as_str(), i)).collect();
    let mut facts = String::new();
    for fact in &all.facts {
        let kind = match fact.kind {
            FactKind::YesNo => "FactKind::YesNo",
            FactKind::Choice => "FactKind::Choice",
            FactKind::Number => "FactKind::Number",
        };
        let choices: Vec<String> = fact
            .choices
            .iter()
            .map(|(id, label)| format!("Choice {{ id: {id:?}, label: {} }}", optional_text_literal(label)))
            .collect();
        let section = match fact.section.as_str() {
            "virksomheten" => "FactSection::Virksomheten",
            "tjenesten" => "FactSection::Tjenesten",
            "anskaffelser" => "FactSection::Anskaffelser",
            _ => "FactSection::Prosjektet",
        };
        let _ = writeln!(
            facts,
            "    Fact {{ id: {:?}, kind: {kind}, section: {section}, unknown: {}, question: {}, help: {}, unit: {}, choices: &[{}] }},",
            fact.id,
            fact.unknown,
            text_literal(&fact.question),
            optional_text_literal(&fact.help),
            optional_text_literal(&fact.unit),
            choices.join(", ")
        );
    }
    let mut outcomes = String::new();
    let mut outcome_index: BTreeMap<(Option<String>, String), usize> = BTreeMap::new();
    let mut outcome_count = 0;
    let mut push_outcome = |tree: Option<(usize, &str)>, o: &trees::Outcome, outcomes: &mut String| {
        let verdict = match o.verdict.as_str() {
            "krav" => "Verdict::Krav",
            "anbefaling" => "Verdict::Anbefaling",
            "gjelder-ikke" => "Verdict::GjelderIkke",
            "ma-vurderes" => "Verdict::MaVurderes",
            _ => "Verdict::Apent",
        };
        let cites: Vec<String> = o.cites.iter().map(|c| format!("BlockId({})", block_index(c))).collect();
        let tree_field = tree
            .map(|(i, _)| format!("Some(TreeId({i}))"))
            .unwrap_or_else(|| "None".to_string());
        let _ = writeln!(
            outcomes,
            "    Outcome {{ id: {:?}, tree: {tree_field}, verdict: {verdict}, title: {}, text: {}, cites: &[{}] }},",
            o.id,
            text_literal(&o.title),
            text_literal(&o.text),
            cites.join(", ")
        );
        outcome_index.insert((tree.map(|(_, id)| id.to_string()), o.id.clone()), outcome_count);
        outcome_count += 1;
    };
    for o in &all.shared {
        push_outcome(None, o, &mut outcomes);
    }
    for (i, tree) in all.trees.iter().enumerate() {
        for o in &tree.outcomes {
            push_outcome(Some((i, tree.id.as_str())), o, &mut outcomes);
        }
    }
    let mut nodes = String::new();
    let mut tree_code = String::new();
    let mut node_count = 0usize;
    for tree in &all.trees {
        let first = node_count;
        let node_index: BTreeMap<&str, usize> = tree
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), first + i))
            .collect();
        for node in &tree.nodes {
            let fact = &all.facts[fact_index[node.fact.as_str()]];
            let branches: Vec<String> = node
                .branches
                .iter()
                .map(|(when, steps)| {
                    let when = match when {
                        When::Choice(c) => format!(
                            "When::Choice({})",
                            fact.choices.iter().position(|(id, _)| id == c).expect("checked")
                        ),
                        When::Unknown => "When::Unknown".to_string(),
                        When::Number(Threshold::Above(t)) => format!("When::Above({t:?})"),
                        When::Number(Threshold::AtLeast(t)) => format!("When::AtLeast({t:?})"),
                        When::Number(Threshold::Below(t)) => format!("When::Below({t:?})"),
                        When::Number(Threshold::AtMost(t)) => format!("When::AtMost({t:?})"),
                    };
                    let steps: Vec<String> = steps
                        .iter()
                        .map(|s| match s {
                            Step::Node(n) => format!("Step::Node(NodeId({}))", node_index[n.as_str()]),
                            Step::Outcome { id, .. } => {
                                let index = outcome_index
                                    .get(&(Some(tree.id.clone()), id.clone()))
                                    .or_else(|| outcome_index.get(&(None, id.clone())))
                                    .expect("checked");
                                format!("Step::Outcome(OutcomeId({index}))")
                            }
                        })
                        .collect();
                    format!("Branch {{ when: {when}, steps: &[{}] }}", steps.join(", "))
                })
                .collect();
            let _ = writeln!(
                nodes,
                "    Node {{ id: {:?}, fact: FactId({}), branches: &[{}] }},",
                node.id,
                fact_index[node.fact.as_str()],
                branches.join(", ")
            );
            node_count += 1;
        }
        let paths = report
            .paths
            .iter()
            .find(|(id, _)| *id == tree.id)
            .map(|(_, n)| *n)
            .unwrap_or(0);
        let _ = writeln!(
            tree_code,
            "    Tree {{ id: {:?}, edition: {:?}, version: {}, points: &{:?}, title: {}, intro: {}, start: NodeId({}), nodes: {first}..{node_count}, paths: {paths} }},",
            tree.id,
            tree.edition,
            tree.version,
            tree.points,
            text_literal(&tree.title),
            text_literal(&tree.intro),
            node_index[tree.start.as_str()],
        );
    }
    let _ = writeln!(
        code,
        "pub static FACTS: Table<FactId, Fact> = Table::new(&[\n{facts}]);"
    );
    let _ = writeln!(
        code,
        "pub static OUTCOMES: Table<OutcomeId, Outcome> = Table::new(&[\n{outcomes}]);"
    );
    let _ = writeln!(
        code,
        "pub static NODES: Table<NodeId, Node> = Table::new(&[\n{nodes}]);"
    );
    let _ = writeln!(
        code,
        "pub static TREES: Table<TreeId, Tree> = Table::new(&[\n{tree_code}]);"
    );
    let (text_code, blobs) = texts.borrow().generate();
    code.push_str(&text_code);
    let _ = writeln!(code, "/// Krav paragraphs that no outcome cites (a test requires this to be empty).\npub static UNCOVERED_KRAV: [&str; {}] = {:?};", report.uncovered.len(), report.uncovered);
    (code, blobs)
}
