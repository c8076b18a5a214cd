//! The trees as a whole, against the facts, the shared outcomes and the circular: what they name
//! exists, every outcome is reached, and every path through them ends (walked in `walk`).

use crate::check::nodes::Scope;
use crate::check::readings::check_readings;
use crate::check::walk::walk;
use crate::circular::Circular;
use crate::error::CompileError;
use crate::parse::trees::{Fact, Node, Outcome, Tree, Trees};
use std::collections::{BTreeMap, BTreeSet};

/// What the checks found beside mistakes: the paths through each tree (in the trees' order) and
/// the krav paragraphs no outcome cites.
#[derive(Debug, Default)]
pub struct Report {
    pub paths: Vec<usize>,
    pub uncovered: Vec<String>,
}

/// Checks every tree against the facts, the shared outcomes and the circular; walks every path.
pub fn check_trees(trees: &Trees, circular: &Circular) -> Result<Report, CompileError> {
    let mut facts: BTreeMap<&str, &Fact> = BTreeMap::new();
    for fact in &trees.facts {
        if let Some(other) = facts.insert(&fact.id, fact) {
            let message = format!("fact `{}` is also defined in {}", fact.id, other.file);
            return Err(CompileError::new(&fact.file, fact.at, message));
        }
    }
    check_cites(&trees.shared, circular)?;
    let shared: BTreeMap<&str, &Outcome> = trees.shared.iter().map(|o| (o.id.as_str(), o)).collect();
    let mut report = Report::default();
    for tree in &trees.trees {
        report.paths.push(check_tree(trees, tree, circular, &facts, &shared)?);
    }
    let cited: BTreeSet<&str> = trees
        .shared
        .iter()
        .chain(trees.trees.iter().flat_map(|t| &t.outcomes))
        .flat_map(|o| o.cites.iter().map(String::as_str))
        .collect();
    report.uncovered = circular
        .krav
        .iter()
        .filter(|k| !cited.contains(k.as_str()))
        .cloned()
        .collect();
    Ok(report)
}

/// Checks one tree; returns the number of paths through it.
fn check_tree(
    trees: &Trees,
    tree: &Tree,
    circular: &Circular,
    facts: &BTreeMap<&str, &Fact>,
    shared: &BTreeMap<&str, &Outcome>,
) -> Result<usize, CompileError> {
    check_header(tree, circular)?;
    let nodes: BTreeMap<&str, &Node> = tree.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let outcomes: BTreeMap<&str, &Outcome> = tree.outcomes.iter().map(|o| (o.id.as_str(), o)).collect();
    if !nodes.contains_key(tree.start.value.as_str()) {
        let message = format!("`start` names node `{}`, which does not exist", tree.start.value);
        return Err(CompileError::new(&tree.file, tree.start.at, message));
    }
    check_cites(&tree.outcomes, circular)?;
    check_readings(tree, circular)?;
    let scope = Scope {
        trees,
        tree,
        facts,
        nodes: &nodes,
        outcomes: &outcomes,
        shared,
    };
    let mut used = BTreeSet::new();
    for node in &tree.nodes {
        scope.check_node(node, &mut used)?;
    }
    if let Some(outcome) = tree.outcomes.iter().find(|o| !used.contains(o.id.as_str())) {
        let message = format!("outcome `{}` is never reached", outcome.id);
        return Err(CompileError::new(&tree.file, outcome.at, message));
    }
    walk(trees, tree, &nodes, facts)
}

/// The tree is written for this edition, about points the circular has.
fn check_header(tree: &Tree, circular: &Circular) -> Result<(), CompileError> {
    if tree.edition.value != circular.edition {
        let message = format!(
            "written for edition `{}`, but the content is edition `{}`",
            tree.edition.value, circular.edition
        );
        return Err(CompileError::new(&tree.file, tree.edition.at, message));
    }
    match tree.points.iter().find(|p| !circular.points.contains(&p.value)) {
        Some(point) => {
            let message = format!("`points` names {}, which is not a point of the circular", point.value);
            Err(CompileError::new(&tree.file, point.at, message))
        }
        None => Ok(()),
    }
}

/// Each outcome cites paragraphs of the circular.
fn check_cites(outcomes: &[Outcome], circular: &Circular) -> Result<(), CompileError> {
    for outcome in outcomes {
        if let Some(cite) = outcome.cites.iter().find(|c| !circular.paragraphs.contains(*c)) {
            let message = format!(
                "outcome `{}` cites `{cite}`, which is no paragraph of the circular",
                outcome.id
            );
            return Err(CompileError::new(&outcome.file, outcome.at, message));
        }
    }
    Ok(())
}
