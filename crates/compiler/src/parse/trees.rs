//! The decision trees as the compiler holds them between reading and generating: facts (the
//! questions), trees of nodes, and outcomes, each with where it stands in its file. Read here from
//! the files of `content/veivisere/` (shapes in `tree_files`); `check` verifies them as a whole.

use crate::error::{CompileError, Located, Position};
use crate::parse::id::check_slug;
use crate::parse::review::{readings_of, signoffs_of, Reading, Signoff};
use crate::parse::text::Text;
use crate::parse::toml_file;
use crate::parse::tree_files::{
    ById, ChoiceFile, FactFile, FactsFile, NodeFile, OutcomeFile, SharedFile, Target, TreeFile,
};
use crate::source::SourceFile;
use rundskriv_model::{FactKind, FactSection, Threshold, Verdict, UNKNOWN_ANSWER as UNKNOWN};
use toml::Spanned;

/// The choice ids of a yes/no fact (their labels are UI strings).
pub const YES_NO: [&str; 2] = ["ja", "nei"];

#[derive(Debug, Clone)]
pub struct Choice {
    pub id: String,
    /// None for yes/no, whose labels are UI strings.
    pub label: Option<Text>,
}

#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    pub file: String,
    pub at: Position,
    pub kind: FactKind,
    pub section: FactSection,
    pub unknown: bool,
    pub question: Text,
    pub help: Option<Text>,
    pub unit: Option<Text>,
    /// `ja` and `nei` for yes/no facts.
    pub choices: Vec<Choice>,
}

/// What a branch answers to.
#[derive(Debug, Clone, PartialEq)]
pub enum When {
    Choice(String),
    Unknown,
    Number(Threshold),
}

/// One step of a branch: record an outcome, or go to a node.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Outcome(String),
    Node(String),
}

#[derive(Debug, Clone)]
pub struct Branch {
    pub when: When,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub at: Position,
    /// The fact it asks.
    pub fact: String,
    pub branches: Vec<Branch>,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub id: String,
    pub file: String,
    pub at: Position,
    pub verdict: Verdict,
    pub title: Text,
    pub text: Text,
    /// Ids of the paragraphs it rests on; the first is its basis (the krav check).
    pub cites: Vec<String>,
    /// Why a krav stands without a user-binding Krav paragraph first (`krav-override`).
    pub krav_override: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Tree {
    /// The file name without `.toml`.
    pub id: String,
    pub file: String,
    pub edition: Located<String>,
    pub version: u32,
    pub order: i64,
    pub points: Vec<Located<String>>,
    pub title: Text,
    pub intro: Text,
    pub start: Located<String>,
    pub nodes: Vec<Node>,
    pub outcomes: Vec<Outcome>,
    pub readings: Vec<Reading>,
    /// Oldest first.
    pub signoffs: Vec<Signoff>,
}

/// Everything in `content/veivisere/`.
#[derive(Debug, Clone, Default)]
pub struct Trees {
    pub facts: Vec<Fact>,
    /// The outcomes of `felles.toml`.
    pub shared: Vec<Outcome>,
    /// In their `order`.
    pub trees: Vec<Tree>,
}

fn located<T>(source: &SourceFile, spanned: Spanned<T>) -> Located<T> {
    Located {
        at: source.position(spanned.span().start),
        value: spanned.into_inner(),
    }
}

/// Parses a `fakta*.toml` file.
pub fn parse_facts(source: &SourceFile) -> Result<Vec<Fact>, CompileError> {
    let file: FactsFile = toml_file::read(source)?;
    file.into_iter().map(|(id, fact)| fact_of(source, id, fact)).collect()
}

fn fact_of(source: &SourceFile, id: String, fact: Spanned<FactFile>) -> Result<Fact, CompileError> {
    let Located { value: fact, at } = located(source, fact);
    let what = format!("fact `{id}`");
    let error = |message: String| source.error_at(at, format!("{what}: {message}"));
    check_slug("the id", &id).map_err(error)?;
    let choices = choices_of(fact.kind, fact.choices, fact.unit.is_some()).map_err(error)?;
    Ok(Fact {
        id,
        file: source.name.clone(),
        at,
        kind: fact.kind,
        section: fact.section,
        unknown: fact.unknown,
        question: fact.question,
        help: fact.help,
        unit: fact.unit,
        choices,
    })
}

/// A fact's answers: its own choices (at least two) for a choice fact, `ja` and `nei` for yes/no,
/// none for a number, which needs a unit instead.
fn choices_of(kind: FactKind, list: Option<Vec<ChoiceFile>>, has_unit: bool) -> Result<Vec<Choice>, String> {
    match (kind, list) {
        (FactKind::Choice, Some(list)) if list.len() >= 2 => {
            let mut choices: Vec<Choice> = Vec::new();
            for choice in list {
                if choice.id == UNKNOWN || check_slug("choice id", &choice.id).is_err() {
                    return Err(format!(
                        "choice id `{}` must be an id other than `{UNKNOWN}`",
                        choice.id
                    ));
                }
                if choices.iter().any(|c| c.id == choice.id) {
                    return Err(format!("choice `{}` appears twice", choice.id));
                }
                choices.push(Choice {
                    id: choice.id,
                    label: Some(choice.label),
                });
            }
            Ok(choices)
        }
        (FactKind::Choice, _) => Err("a choice fact needs at least two `choices`".to_string()),
        (_, Some(_)) => Err("only choice facts have `choices`".to_string()),
        (FactKind::Number, None) if !has_unit => Err("a number fact needs `unit`".to_string()),
        (FactKind::Number, None) => Ok(Vec::new()),
        (FactKind::YesNo, None) => Ok(YES_NO
            .map(|id| Choice {
                id: id.to_string(),
                label: None,
            })
            .to_vec()),
    }
}

/// Parses `felles.toml`: shared outcomes only.
pub fn parse_shared(source: &SourceFile) -> Result<Vec<Outcome>, CompileError> {
    let file: SharedFile = toml_file::read(source)?;
    outcomes_of(source, file.outcome)
}

fn outcomes_of(source: &SourceFile, outcomes: ById<OutcomeFile>) -> Result<Vec<Outcome>, CompileError> {
    let outcome_of = |(id, outcome): (String, Spanned<OutcomeFile>)| {
        let Located { value: outcome, at } = located(source, outcome);
        let error = |message: String| source.error_at(at, format!("outcome `{id}`: {message}"));
        check_slug("the id", &id).map_err(error)?;
        if outcome.cites.is_empty() {
            return Err(error(
                "needs `cites` with at least one paragraph id of the circular".to_string(),
            ));
        }
        match &outcome.krav_override {
            Some(_) if outcome.verdict != Verdict::Krav => {
                return Err(error("only a `krav` takes `krav-override`".into()))
            }
            Some(why) if why.trim().is_empty() => return Err(error("`krav-override` says why, in words".into())),
            _ => {}
        }
        Ok(Outcome {
            id,
            file: source.name.clone(),
            at,
            verdict: outcome.verdict,
            title: outcome.title,
            text: outcome.text,
            cites: outcome.cites,
            krav_override: outcome.krav_override,
        })
    };
    outcomes.into_iter().map(outcome_of).collect()
}

/// Parses one tree file; the tree's id is its file name without `.toml`.
pub fn parse_tree(source: &SourceFile) -> Result<Tree, CompileError> {
    let file: TreeFile = toml_file::read(source)?;
    let id = tree_id(&source.name);
    check_slug("the file name", id).map_err(|m| source.error_at(Position::START, m))?;
    let nodes = file
        .node
        .into_iter()
        .map(|(id, node)| node_of(source, id, node))
        .collect::<Result<_, _>>()?;
    Ok(Tree {
        id: id.to_string(),
        file: source.name.clone(),
        edition: located(source, file.edition),
        version: file.version.get(),
        order: file.order,
        points: file.points.into_iter().map(|p| located(source, p)).collect(),
        title: file.title,
        intro: file.intro,
        start: located(source, file.start),
        nodes,
        outcomes: outcomes_of(source, file.outcome)?,
        readings: readings_of(source, file.reading)?,
        signoffs: signoffs_of(source, file.signoff)?,
    })
}

/// `content/veivisere/altinn.toml` → `altinn`.
pub fn tree_id(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.strip_suffix(".toml").unwrap_or(name)
}

fn node_of(source: &SourceFile, id: String, node: Spanned<NodeFile>) -> Result<Node, CompileError> {
    let Located { value: node, at } = located(source, node);
    check_slug("the id", &id).map_err(|m| source.error_at(at, format!("node `{id}`: {m}")))?;
    let mut branches = Vec::new();
    for (key, target) in node.on {
        let when = if key == UNKNOWN {
            When::Unknown
        } else if let Some(threshold) = Threshold::parse(&key) {
            When::Number(threshold)
        } else {
            When::Choice(key.clone())
        };
        let Located { value: target, at } = located(source, target);
        let steps = steps_of(target).map_err(|m| source.error_at(at, format!("node `{id}`, answer `{key}`: {m}")))?;
        branches.push(Branch { when, steps });
    }
    Ok(Node {
        id,
        at,
        fact: node.ask,
        branches,
    })
}

/// Outcomes (`@id`) to record, and at the end at most one node to go on to.
fn steps_of(Target(items): Target) -> Result<Vec<Step>, String> {
    if items.is_empty() {
        return Err("an empty target".to_string());
    }
    let last = items.len() - 1;
    let step_of = |(index, item): (usize, String)| match item.strip_prefix('@') {
        Some(outcome) => Ok(Step::Outcome(outcome.to_string())),
        None if index == last => Ok(Step::Node(item)),
        None => Err(format!("only the last item of a target list may be a node (`{item}`)")),
    };
    items.into_iter().enumerate().map(step_of).collect()
}
