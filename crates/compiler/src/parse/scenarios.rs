//! Scenario files (`content/veivisere/scenarier/<tree-id>.toml`, docs/veivisere.md): situations a
//! policy editor writes in plain words, with the answers given and every outcome the walk must
//! record, with its verdict. Read here with their lines; `check::scenarios` checks them against the
//! trees, and core's tests run them through the app's engine.

use crate::error::{CompileError, Position};
use crate::parse::id::check_slug;
use crate::parse::kind;
use crate::parse::toml_file;
use crate::parse::trees::tree_id;
use crate::source::SourceFile;
use rundskriv_model::Verdict;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use toml::Spanned;

/// The folder of the scenario files.
pub const DIR: &str = "content/veivisere/scenarier";

/// One file: the scenarios of one tree.
#[derive(Debug, Clone)]
pub struct ScenarioFile {
    pub file: String,
    /// The tree's id: the file's name without `.toml`.
    pub tree: String,
    pub scenarios: Vec<Scenario>,
}

#[derive(Debug, Clone)]
pub struct Scenario {
    pub id: String,
    pub at: Position,
    /// The situation, in plain bokmål.
    pub situation: String,
    /// Fact ids and their answers, each with its line.
    pub answers: Vec<(String, Position, ScenarioAnswer)>,
    /// Every outcome the walk records (own or shared, without `@`) and its verdict, with its line.
    pub expect: Vec<(String, Position, Verdict)>,
}

/// An answer as a scenario gives it: a choice id (`ja`, `nei`, `vet-ikke`, …) or a number.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum ScenarioAnswer {
    Choice(String),
    Number(f64),
}

impl Scenario {
    /// The answers as a link writes them (`ja`, `vet-ikke`, `12.5`), for the engine's decoder.
    pub fn answer_texts(&self) -> Vec<(&str, String)> {
        let text = |answer: &ScenarioAnswer| match answer {
            ScenarioAnswer::Choice(choice) => choice.clone(),
            // f64's Display writes no exponent, as the link's number format reads it.
            ScenarioAnswer::Number(value) => value.to_string(),
        };
        self.answers
            .iter()
            .map(|(fact, _, a)| (fact.as_str(), text(a)))
            .collect()
    }

    /// The expected outcomes and their verdicts.
    pub fn expected(&self) -> Vec<(&str, Verdict)> {
        self.expect.iter().map(|(o, _, v)| (o.as_str(), *v)).collect()
    }

    /// The line that names fact or outcome `name`, else the scenario's own.
    pub fn line_of(&self, name: Option<&str>) -> usize {
        let named = self.expect.iter().map(|(o, at, _)| (o, at));
        let mut all = named.chain(self.answers.iter().map(|(f, at, _)| (f, at)));
        name.and_then(|name| all.find(|(n, _)| n.as_str() == name))
            .map_or(self.at.line, |(_, at)| at.line)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    scenario: Vec<Spanned<ScenarioTable>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioTable {
    id: String,
    situation: String,
    #[serde(default)]
    answers: BTreeMap<String, Spanned<ScenarioAnswer>>,
    expect: BTreeMap<String, Spanned<Expected>>,
}

/// A verdict id, read as the model's kind (a misspelt one names the allowed ids).
struct Expected(Verdict);

impl<'de> Deserialize<'de> for Expected {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Expected, D::Error> {
        kind::deserialize(deserializer).map(Expected)
    }
}

/// Parses one scenario file; checks what the file alone can tell (ids, unique ids, a situation,
/// at least one expected outcome).
pub fn parse_scenarios(source: &SourceFile) -> Result<ScenarioFile, CompileError> {
    let file: File = toml_file::read(source)?;
    let tree = tree_id(&source.name).to_string();
    let mut scenarios: Vec<Scenario> = Vec::new();
    for table in file.scenario {
        let at = source.position(table.span().start);
        let table = table.into_inner();
        let error = |message: String| source.error_at(at, format!("scenario `{}`: {message}", table.id));
        check_slug("the id", &table.id).map_err(error)?;
        if scenarios.iter().any(|s| s.id == table.id) {
            return Err(error("the id appears twice in the file".to_string()));
        }
        if table.situation.trim().is_empty() {
            return Err(error("needs `situation`: the case in plain words".to_string()));
        }
        if table.expect.is_empty() {
            return Err(error(
                "needs `[scenario.expect]` with every outcome the walk records".to_string(),
            ));
        }
        let position = |span: std::ops::Range<usize>| source.position(span.start);
        scenarios.push(Scenario {
            id: table.id,
            at,
            situation: table.situation,
            answers: table
                .answers
                .into_iter()
                .map(|(fact, answer)| (fact, position(answer.span()), answer.into_inner()))
                .collect(),
            expect: table
                .expect
                .into_iter()
                .map(|(outcome, verdict)| (outcome, position(verdict.span()), verdict.into_inner().0))
                .collect(),
        });
    }
    Ok(ScenarioFile {
        file: source.name.clone(),
        tree,
        scenarios,
    })
}
