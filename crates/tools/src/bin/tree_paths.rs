//! Prints every decision tree with its number of questions and of distinct paths (as the build
//! enumerated them), for docs/content.md and for editors checking the effect of a change.

use rundskriv_core::trees::{Verdict, NODES, OUTCOMES, TREES};

fn main() {
    println!("| tree | question | nodes | paths | outcomes (krav) |");
    println!("|---|---|---:|---:|---:|");
    for (id, tree) in TREES.with_ids() {
        let outcomes = OUTCOMES.iter().filter(|o| o.tree == Some(id));
        let (all, krav) = outcomes.fold((0, 0), |(a, k), o| (a + 1, k + usize::from(o.verdict == Verdict::Krav)));
        let nodes = tree.nodes.end - tree.nodes.start;
        println!(
            "| `{}` | {} | {nodes} | {} | {all} ({krav}) |",
            tree.id,
            tree.title.get(rundskriv_core::ui_strings::Lang::Nb),
            tree.paths
        );
    }
    println!(
        "\n{} trees, {} nodes, {} outcomes.",
        TREES.len(),
        NODES.len(),
        OUTCOMES.len()
    );
}
