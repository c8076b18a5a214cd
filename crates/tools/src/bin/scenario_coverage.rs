//! Prints, per tree, the outcomes no scenario in `content/veivisere/scenarier/` reaches, walked by
//! the app's engine (docs/veivisere.md, Scenarios); exits with 1 while any is missing, so an editor
//! sees what is left to write. The test `every_outcome_of_every_tree_is_reached_by_a_scenario`
//! checks the same.

use rundskriv_core::scenario::{run, uncovered};
use rundskriv_core::trees::{OUTCOMES, TREES};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = match rundskriv_compiler::read_scenarios(&root) {
        Ok(files) => files,
        Err(errors) => {
            for e in errors {
                eprintln!("error: {e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let runs = files.iter().flat_map(|f| {
        let reached = f
            .scenarios
            .iter()
            .map(|s| run(&f.tree, &s.answer_texts(), &s.expected()).reached);
        reached.map(|r| (f.tree.as_str(), r))
    });
    let missing = uncovered(runs);
    let count: usize = missing.iter().map(|(_, m)| m.len()).sum();
    for (tree, outcomes) in &missing {
        println!("{} ({}):", TREES[*tree].id, outcomes.len());
        for &o in outcomes {
            println!("  {} ({})", OUTCOMES[o].id, OUTCOMES[o].verdict.id());
        }
    }
    if count == 0 {
        println!("Every outcome of every tree is reached by a scenario.");
        ExitCode::SUCCESS
    } else {
        println!(
            "{count} outcomes in {} trees are reached by no scenario.",
            missing.len()
        );
        ExitCode::FAILURE
    }
}
