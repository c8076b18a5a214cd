//! A tree's readings against the tree and the circular: each is about an outcome or node the tree
//! has (or a shared outcome it records) and cites paragraphs of the circular.

use crate::circular::Circular;
use crate::error::CompileError;
use crate::parse::trees::{Step, Tree};
use std::collections::BTreeSet;

pub fn check_readings(tree: &Tree, circular: &Circular) -> Result<(), CompileError> {
    let recorded = tree
        .nodes
        .iter()
        .flat_map(|node| &node.branches)
        .flat_map(|branch| &branch.steps)
        .filter_map(|step| match step {
            Step::Outcome(id) => Some(id.as_str()),
            Step::Node(_) => None,
        });
    let known: BTreeSet<&str> = tree
        .outcomes
        .iter()
        .map(|o| o.id.as_str())
        .chain(tree.nodes.iter().map(|n| n.id.as_str()))
        .chain(recorded)
        .collect();
    for reading in &tree.readings {
        if let Some(about) = reading.about.iter().find(|a| !known.contains(a.value.as_str())) {
            let message = format!(
                "reading about `{}`: no outcome or node of this tree has that id (shared outcomes count if the tree records them)",
                about.value
            );
            return Err(CompileError::new(&tree.file, about.at, message));
        }
        if let Some(cite) = reading.cites.iter().find(|c| !circular.paragraphs.contains(&c.value)) {
            let message = format!("reading cites `{}`, which is no paragraph of the circular", cite.value);
            return Err(CompileError::new(&tree.file, cite.at, message));
        }
    }
    Ok(())
}
