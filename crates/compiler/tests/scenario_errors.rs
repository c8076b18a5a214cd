//! A mistake in a scenario file fails the build with the file, the line and what is wrong: what
//! it answers and expects must exist in the tree it is named after.

mod support;

use rundskriv_compiler::check::scenarios::check_scenarios;
use rundskriv_compiler::error::CompileError;
use rundskriv_compiler::parse::scenarios::{parse_scenarios, ScenarioAnswer};
use rundskriv_compiler::parse::trees::{parse_facts, parse_tree, Trees};
use rundskriv_compiler::source::SourceFile;
use support::line_of;

const FILE: &str = "content/veivisere/scenarier/prove.toml";

/// Two scenarios for the fixture tree `prove` (tests/fixtures/prove.toml).
const SCENARIOS: &str = r#"# Scenarios for prove.toml.
[[scenario]]
id = "dyrt"
situation = "En virksomhet med tjenester i et dyrt prosjekt."
answers = { har-tjenester = "ja", kostnad = 12.5 }
[scenario.expect]
krav = "krav"

[[scenario]]
id = "usikker"
situation = "En virksomhet som ikke vet om den har tjenester."
answers = { har-tjenester = "vet-ikke" }
[scenario.expect]
ingen = "gjelder-ikke"
"#;

fn trees() -> Trees {
    Trees {
        facts: parse_facts(&SourceFile::new(
            "content/veivisere/fakta.toml",
            include_str!("fixtures/fakta.toml"),
        ))
        .expect("the fixture facts"),
        shared: Vec::new(),
        trees: vec![parse_tree(&SourceFile::new(
            "content/veivisere/prove.toml",
            include_str!("fixtures/prove.toml"),
        ))
        .expect("the fixture tree")],
    }
}

fn check(file: &str, text: &str) -> Result<(), CompileError> {
    let scenarios = parse_scenarios(&SourceFile::new(file, text))?;
    check_scenarios(&scenarios, &trees())
}

fn expect_error(text: &str, line: usize, says: &str) {
    let error = check(FILE, text).expect_err(says);
    assert_eq!((error.file.as_str(), error.line), (FILE, line), "{error}");
    assert!(error.message.contains(says), "the message should say `{says}`: {error}");
}

#[test]
fn valid_scenarios_are_read_with_their_answers_and_lines() {
    check(FILE, SCENARIOS).unwrap_or_else(|e| panic!("{e}"));
    let file = parse_scenarios(&SourceFile::new(FILE, SCENARIOS)).expect("valid");
    assert_eq!(file.tree, "prove");
    let first = &file.scenarios[0];
    assert_eq!(first.answers[1].2, ScenarioAnswer::Number(12.5));
    assert_eq!(
        first.answer_texts(),
        [("har-tjenester", "ja".to_string()), ("kostnad", "12.5".to_string())]
    );
    assert_eq!(first.line_of(Some("krav")), line_of(SCENARIOS, "krav = "));
    assert_eq!(first.line_of(None), line_of(SCENARIOS, "[[scenario]]"));
}

#[test]
fn an_unknown_fact_or_an_answer_the_fact_does_not_offer() {
    let text = SCENARIOS.replacen("har-tjenester = \"ja\"", "har-tjeneste = \"ja\"", 1);
    expect_error(
        &text,
        line_of(&text, "answers = { har-tjeneste"),
        "answers `har-tjeneste`, which is no fact",
    );
    let text = SCENARIOS.replacen("har-tjenester = \"ja\"", "har-tjenester = \"kanskje\"", 1);
    let says = "answers `har-tjenester` with Choice(\"kanskje\"); it takes ja, nei, vet-ikke";
    expect_error(&text, line_of(&text, "answers = { har-tjenester = \"kanskje\""), says);
    let text = SCENARIOS.replacen("kostnad = 12.5", "kostnad = \"mye\"", 1);
    expect_error(
        &text,
        line_of(&text, "answers = { har-tjenester = \"ja\""),
        "it takes a number",
    );
    // A number for a yes/no question, and "Vet ikke" where the question does not offer it.
    let text = SCENARIOS.replacen("har-tjenester = \"ja\"", "har-tjenester = 3", 1);
    let says = "answers `har-tjenester` with Number(3.0); it takes ja, nei, vet-ikke";
    expect_error(&text, line_of(&text, "answers = { har-tjenester = 3"), says);
    let text = SCENARIOS.replacen("kostnad = 12.5", "kostnad = \"vet-ikke\"", 1);
    let says = "answers `kostnad` with Choice(\"vet-ikke\"); it takes a number";
    expect_error(&text, line_of(&text, "answers = { har-tjenester = \"ja\""), says);
    // A choice question takes its own choices only.
    let text = SCENARIOS.replacen("kostnad = 12.5", "kostnad = 12.5, rolle = \"etat\"", 1);
    check(FILE, &text).unwrap_or_else(|e| panic!("{e}"));
    let text = SCENARIOS.replacen("kostnad = 12.5", "kostnad = 12.5, rolle = \"kommune\"", 1);
    let says = "answers `rolle` with Choice(\"kommune\"); it takes departement, etat";
    expect_error(&text, line_of(&text, "answers = { har-tjenester = \"ja\""), says);
}

#[test]
fn an_unknown_outcome_or_verdict() {
    let text = SCENARIOS.replacen("krav = \"krav\"", "kravet = \"krav\"", 1);
    expect_error(
        &text,
        line_of(&text, "kravet = "),
        "expects `kravet`, which is no outcome of `prove`",
    );
    let text = SCENARIOS.replacen("krav = \"krav\"", "krav = \"kravv\"", 1);
    expect_error(
        &text,
        line_of(&text, "krav = "),
        "unknown verdict `kravv`: verdict must be one of krav,",
    );
}

#[test]
fn ids_situations_and_expectations_are_required() {
    let text = SCENARIOS.replacen("id = \"usikker\"", "id = \"dyrt\"", 1);
    let second = text
        .match_indices("[[scenario]]")
        .nth(1)
        .map(|(i, _)| text[..i].lines().count() + 1);
    expect_error(
        &text,
        second.expect("two scenarios"),
        "scenario `dyrt`: the id appears twice",
    );
    let text = SCENARIOS.replacen("id = \"dyrt\"", "id = \"Dyrt\"", 1);
    expect_error(&text, 2, "must be lowercase ascii letters");
    let text = SCENARIOS.replacen("En virksomhet med tjenester i et dyrt prosjekt.", " ", 1);
    expect_error(&text, 2, "needs `situation`");
    let text = SCENARIOS.replacen("[scenario.expect]\nkrav = \"krav\"\n", "", 1);
    expect_error(&text, 2, "missing field `expect`");
}

#[test]
fn a_file_named_after_no_tree() {
    let error = check("content/veivisere/scenarier/altinn.toml", SCENARIOS).expect_err("no tree altinn here");
    assert_eq!(error.line, 1, "{error}");
    assert!(error.message.contains("no tree is called `altinn`"), "{error}");
}
