//! The tree tests' fixture: two facts, a valid tree citing one paragraph of a one-point
//! circular, and the build's checks run on them, as `cargo build` runs them.

// Each test file that includes the fixture uses a part of it.
#![allow(dead_code)]

use rundskriv_compiler::check::trees::{check_trees, Report};
use rundskriv_compiler::circular::Circular;
use rundskriv_compiler::error::CompileError;
use rundskriv_compiler::parse::edition::Edition;
use rundskriv_compiler::parse::section::parse_section;
use rundskriv_compiler::parse::trees::{parse_facts, parse_tree, Trees};
use rundskriv_compiler::source::SourceFile;

pub const FACTS_FILE: &str = "content/veivisere/fakta.toml";
pub const TREE_FILE: &str = "content/veivisere/prove.toml";

/// Three questions.
pub const FACTS: &str = include_str!("../fixtures/fakta.toml");

/// A valid tree (lines numbered in the comments the tests rely on).
pub const TREE: &str = include_str!("../fixtures/prove.toml");

/// A circular of one point, 1.6, whose krav part has one paragraph: `1-6-krav-altinn`.
pub fn circular() -> Circular {
    let point = "---\nid: 1-6\nkind: point\nnumber: 1.6\nconcept: felleskomponenter\nchapter: 1\ntitle: T\n---\n\n## Krav {#krav}\n\nBruk Altinn. {#altinn}\n";
    let section = parse_section(&SourceFile::new("content/rundskriv/16-punkt-1-6.md", point)).expect("a valid point");
    let edition = Edition {
        id: "utgave-1".to_string(),
        ..Edition::default()
    };
    Circular::new(&edition, &[section])
}

pub fn facts(source: &str) -> Result<Vec<rundskriv_compiler::parse::trees::Fact>, CompileError> {
    parse_facts(&SourceFile::new(FACTS_FILE, source))
}

/// Parses the facts and `tree`, then runs the build's checks.
pub fn compile(tree: &str) -> Result<(), CompileError> {
    check(FACTS, tree).map(|_| ())
}

/// Parses `facts_source` and `tree`, then runs the build's checks; their report on success.
pub fn check(facts_source: &str, tree: &str) -> Result<Report, CompileError> {
    let all = Trees {
        facts: facts(facts_source)?,
        shared: Vec::new(),
        trees: vec![parse_tree(&SourceFile::new(TREE_FILE, tree))?],
    };
    check_trees(&all, &circular())
}

/// Expects `error` to name `file`, `line` and contain `says`, formatted as the build prints it.
pub fn assert_error(error: CompileError, file: &str, line: usize, says: &str) {
    assert_eq!(error.file, file, "{error}");
    assert_eq!(error.line, line, "wrong line in: {error}");
    assert!(error.message.contains(says), "the message should say `{says}`: {error}");
    assert_eq!(
        error.to_string(),
        format!("{file}:{line}:{}: {}", error.column, error.message)
    );
}

pub fn expect_tree_error(tree: &str, line: usize, says: &str) {
    let error = compile(tree).expect_err(says);
    assert_error(error, TREE_FILE, line, says);
}
