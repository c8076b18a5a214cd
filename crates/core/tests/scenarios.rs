//! The scenario files (`content/veivisere/scenarier/<tree>.toml`, docs/veivisere.md) run through
//! the app's own engine: every scenario must record exactly the outcomes it expects, with their
//! verdicts, and every outcome of every tree must be reached by some scenario. A failure names the
//! file and line, the scenario and the outcome or fact.

use rundskriv_compiler::parse::scenarios::{Scenario, ScenarioAnswer, ScenarioFile};
use rundskriv_core::scenario::{run, uncovered, Run};
use rundskriv_core::trees::{Verdict, OUTCOMES, TREES};
use std::collections::BTreeSet;
use std::path::Path;

/// Every scenario file, parsed and checked by the compiler.
fn scenario_files() -> Vec<ScenarioFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    rundskriv_compiler::read_scenarios(&root).unwrap_or_else(|errors| {
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{}", errors.join("\n"))
    })
}

/// Runs `scenario` of `file` through the engine.
fn run_scenario(file: &ScenarioFile, scenario: &Scenario) -> Run {
    run(&file.tree, &scenario.answer_texts(), &scenario.expected())
}

/// Each way `scenario` fails, as `file:line: scenario `id`: what`, at the line that names the
/// outcome or fact where the file names it.
fn failures(file: &ScenarioFile, scenario: &Scenario) -> Vec<String> {
    run_scenario(file, scenario)
        .mismatches
        .iter()
        .map(|m| {
            let line = scenario.line_of(m.about());
            format!("{}:{line}: scenario `{}`: {}", file.file, scenario.id, m.describe())
        })
        .collect()
}

#[test]
fn every_scenario_records_exactly_the_outcomes_and_verdicts_it_expects() {
    let files = scenario_files();
    assert!(!files.is_empty(), "no scenario files");
    let all: Vec<String> = files
        .iter()
        .flat_map(|file| file.scenarios.iter().flat_map(move |s| failures(file, s)))
        .collect();
    assert!(all.is_empty(), "{} scenario failures:\n{}", all.len(), all.join("\n"));
}

/// The outcomes of each tree no scenario reaches, as `tree: outcome, …` lines.
fn uncovered_lines(files: &[ScenarioFile]) -> Vec<String> {
    let runs = files.iter().flat_map(|f| {
        f.scenarios
            .iter()
            .map(move |s| (f.tree.as_str(), run_scenario(f, s).reached))
    });
    uncovered(runs)
        .into_iter()
        .map(|(tree, missing)| {
            let ids: Vec<&str> = missing.iter().map(|&o| OUTCOMES[o].id).collect();
            format!("{}: {}", TREES[tree].id, ids.join(", "))
        })
        .collect()
}

#[test]
fn every_tree_has_a_scenario_file() {
    let files = scenario_files();
    let with_file: BTreeSet<&str> = files.iter().map(|f| f.tree.as_str()).collect();
    let trees: BTreeSet<&str> = TREES.iter().map(|t| t.id).collect();
    assert_eq!(with_file, trees);
}

#[test]
fn every_outcome_of_every_tree_is_reached_by_a_scenario() {
    let missing = uncovered_lines(&scenario_files());
    assert!(
        missing.is_empty(),
        "outcomes no scenario reaches:\n{}",
        missing.join("\n")
    );
}

/// The first scenario of `tree`'s file, changed by `change`: its id and its failures.
fn failures_after(tree: &str, change: impl FnOnce(&mut Scenario)) -> (String, Vec<String>) {
    let files = scenario_files();
    let file = files.iter().find(|f| f.tree == tree).expect("the tree's scenario file");
    let mut scenario = file.scenarios[0].clone();
    change(&mut scenario);
    (scenario.id.clone(), failures(file, &scenario))
}

#[test]
fn a_wrong_expectation_fails_naming_the_file_the_scenario_and_the_outcome() {
    let file = "content/veivisere/scenarier/altinn.toml";
    let mut outcome = String::new();
    let (id, wrong_verdict) = failures_after("altinn", |s| {
        outcome = s.expect[0].0.clone();
        s.expect[0].2 = if s.expect[0].2 == Verdict::Krav {
            Verdict::Anbefaling
        } else {
            Verdict::Krav
        };
    });
    assert_eq!(wrong_verdict.len(), 1, "{wrong_verdict:?}");
    let message = &wrong_verdict[0];
    assert!(message.starts_with(&format!("{file}:")), "{message}");
    assert!(
        message.contains(&format!("scenario `{id}`: outcome `{outcome}`: the tree's verdict is")),
        "{message}"
    );

    let (_, not_expected) = failures_after("altinn", |s| {
        s.expect.remove(0);
    });
    assert_eq!(not_expected.len(), 1, "{not_expected:?}");
    assert!(
        not_expected[0].contains(&format!("outcome `{outcome}`: the walk reaches it")),
        "{not_expected:?}"
    );
    let (_, not_reached) = failures_after("altinn", |s| {
        let (_, at, _) = s.expect[0].clone();
        s.expect
            .push(("utenfor-virkeomradet".to_string(), at, Verdict::GjelderIkke));
    });
    assert_eq!(not_reached.len(), 1, "{not_reached:?}");
    let says = "outcome `utenfor-virkeomradet`: expected `gjelder-ikke`, but the walk does not reach it";
    assert!(not_reached[0].contains(says), "{not_reached:?}");
    let mut last = String::new();
    let (_, unanswered) = failures_after("altinn", |s| {
        last = s.answers.last().map(|(f, _, _)| f.clone()).unwrap_or_default();
        s.answers.retain(|(f, _, _)| *f != last);
    });
    let says = format!("stops at the unanswered question `{last}`");
    assert!(unanswered.iter().any(|m| m.contains(&says)), "{unanswered:?}");
    let (_, never_asked) = failures_after("altinn", |s| {
        let (_, at, _) = s.answers[0].clone();
        s.answers
            .push(("prosjektkostnad".to_string(), at, ScenarioAnswer::Number(12.5)));
    });
    assert_eq!(never_asked.len(), 1, "{never_asked:?}");
    assert!(never_asked[0].contains("answers `prosjektkostnad`, which the walk never asks"));
}
