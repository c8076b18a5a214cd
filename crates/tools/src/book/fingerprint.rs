//! A tree's fingerprint: one hash over everything a sign-off approves. That is the tree file
//! without its sign-off records, the facts it asks and the shared outcomes it records (as their
//! files hold them), the text and links of every paragraph it cites, and its scenario file. Keys
//! are taken in sorted order and comments and layout do not count, so only a change in substance
//! changes it. FNV-1a (64 bits): it detects change, it is not meant to resist forgery.

use rundskriv_compiler::parse::section_types::{Mark, Section};
use rundskriv_compiler::parse::trees::{Step, Tree, Trees};
use rundskriv_compiler::Content;
use rundskriv_model::checksum::fnv1a;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use toml::{Table, Value};

/// Where a tree's scenarios are, relative to the repository.
pub fn scenario_file(tree: &str) -> String {
    format!("content/veivisere/scenarier/{tree}.toml")
}

fn read_table(root: &Path, file: &str) -> Result<Table, String> {
    let text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
    text.parse::<Table>().map_err(|e| format!("{file}: {e}"))
}

/// The fingerprint of `tree`, as 16 lowercase hex digits.
pub fn fingerprint(root: &Path, content: &Content, tree: &Tree) -> Result<String, String> {
    let mut input = String::new();
    let mut own = read_table(root, &tree.file)?;
    own.remove("signoff");
    input.push_str("tree ");
    canonical(&mut input, &Value::Table(own));
    for fact in asked_facts(&content.trees, tree) {
        let table = read_table(root, &fact.file)?;
        let _ = write!(input, "\nfact {} ", fact.id);
        canonical(&mut input, table.get(&fact.id).unwrap_or(&Value::Boolean(false)));
    }
    let shared = recorded_shared(&content.trees, tree);
    if let Some(file) = content.trees.shared.first().map(|o| o.file.clone()) {
        let table = read_table(root, &file)?;
        let outcomes = table.get("outcome").and_then(Value::as_table);
        for id in &shared {
            let _ = write!(input, "\nshared {id} ");
            canonical(
                &mut input,
                outcomes.and_then(|o| o.get(*id)).unwrap_or(&Value::Boolean(false)),
            );
        }
    }
    for id in cited(&content.trees, tree) {
        let _ = write!(input, "\nparagraph {id} {}", paragraph(&content.sections, id));
    }
    let scenarios = scenario_file(&tree.id);
    if root.join(&scenarios).exists() {
        input.push_str("\nscenarios ");
        canonical(&mut input, &Value::Table(read_table(root, &scenarios)?));
    }
    Ok(format!("{:016x}", fnv1a(input.as_bytes())))
}

fn asked_facts<'a>(trees: &'a Trees, tree: &Tree) -> Vec<&'a rundskriv_compiler::parse::trees::Fact> {
    let asked: BTreeSet<&str> = tree.nodes.iter().map(|n| n.fact.as_str()).collect();
    trees.facts.iter().filter(|f| asked.contains(f.id.as_str())).collect()
}

/// The ids of the shared outcomes `tree` records, sorted.
fn recorded_shared<'a>(trees: &'a Trees, tree: &Tree) -> BTreeSet<&'a str> {
    let steps = tree.nodes.iter().flat_map(|n| &n.branches).flat_map(|b| &b.steps);
    let recorded: BTreeSet<&str> = steps
        .filter_map(|s| match s {
            Step::Outcome(id) => Some(id.as_str()),
            Step::Node(_) => None,
        })
        .collect();
    trees
        .shared
        .iter()
        .map(|o| o.id.as_str())
        .filter(|id| recorded.contains(id))
        .collect()
}

/// Every paragraph the tree's outcomes (its own and the shared ones it records) and readings cite.
fn cited<'a>(trees: &'a Trees, tree: &'a Tree) -> BTreeSet<&'a str> {
    let shared = recorded_shared(trees, tree);
    let outcomes = tree
        .outcomes
        .iter()
        .chain(trees.shared.iter().filter(|o| shared.contains(o.id.as_str())));
    let by_outcomes = outcomes.flat_map(|o| o.cites.iter().map(String::as_str));
    let by_readings = tree
        .readings
        .iter()
        .flat_map(|r| r.cites.iter().map(|c| c.value.as_str()));
    by_outcomes.chain(by_readings).collect()
}

/// A paragraph's text and its links' targets.
fn paragraph(sections: &[Section], id: &str) -> String {
    let Some(block) = sections.iter().flat_map(|s| &s.blocks).find(|b| b.id == id) else {
        return String::new();
    };
    let mut text = format!("{:?}", block.text);
    for mark in &block.marks {
        if let Mark::Link { start, end, href } = mark {
            let _ = write!(text, " link {start}-{end} {href:?}");
        }
    }
    text
}

/// `value` written out with its tables' keys in sorted order and every string quoted.
fn canonical(out: &mut String, value: &Value) {
    match value {
        Value::String(s) => {
            let _ = write!(out, "{s:?}");
        }
        Value::Integer(n) => {
            let _ = write!(out, "{n}");
        }
        Value::Float(x) => {
            let _ = write!(out, "{x:?}");
        }
        Value::Boolean(b) => {
            let _ = write!(out, "{b}");
        }
        Value::Datetime(d) => {
            let _ = write!(out, "{d}");
        }
        Value::Array(items) => {
            out.push('[');
            for item in items {
                canonical(out, item);
                out.push(',');
            }
            out.push(']');
        }
        Value::Table(table) => {
            let mut keys: Vec<&String> = table.keys().collect();
            keys.sort();
            out.push('{');
            for key in keys {
                let _ = write!(out, "{key:?}=");
                canonical(out, &table[key]);
                out.push(',');
            }
            out.push('}');
        }
    }
}
