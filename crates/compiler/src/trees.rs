//! Parses and verifies the decision trees (`content/veivisere/*.toml`): facts, trees, outcomes.
//! Used by `build.rs` (which then generates Rust data) and by the tree-error tests. Every mistake
//! names the file, the line, the node and what is wrong.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use toml::{Table, Value};

pub const LANGS: [&str; 3] = ["nb", "nn", "en"];
pub const UNKNOWN: &str = "vet-ikke";
pub const VERDICTS: [&str; 5] = ["krav", "anbefaling", "gjelder-ikke", "ma-vurderes", "apent"];
pub const SECTIONS: [&str; 4] = ["virksomheten", "tjenesten", "anskaffelser", "prosjektet"];
/// Bounds the path walk: a tree with more paths than this is too big for anyone to follow.
const MAX_PATHS: usize = 100_000;

#[derive(Debug, Clone, PartialEq)]
pub struct TreeError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// A text in the three languages, in `LANGS` order.
pub type Text = [String; 3];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    YesNo,
    Choice,
    Number,
}

#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    pub file: String,
    pub kind: FactKind,
    pub section: String,
    pub unknown: bool,
    pub question: Text,
    pub help: Option<Text>,
    pub unit: Option<Text>,
    /// Choice ids and labels; `ja`/`nei` for yes/no facts (labels come from the UI strings).
    pub choices: Vec<(String, Option<Text>)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Threshold {
    Above(f64),
    AtLeast(f64),
    Below(f64),
    AtMost(f64),
}

impl Threshold {
    fn parse(key: &str) -> Option<Threshold> {
        let key = key.trim();
        let (make, rest): (fn(f64) -> Threshold, &str) = if let Some(r) = key.strip_prefix(">=") {
            (Threshold::AtLeast, r)
        } else if let Some(r) = key.strip_prefix("<=") {
            (Threshold::AtMost, r)
        } else if let Some(r) = key.strip_prefix('>') {
            (Threshold::Above, r)
        } else if let Some(r) = key.strip_prefix('<') {
            (Threshold::Below, r)
        } else {
            return None;
        };
        rest.trim().parse::<f64>().ok().filter(|v| v.is_finite()).map(make)
    }

    pub fn matches(self, value: f64) -> bool {
        match self {
            Threshold::Above(t) => value > t,
            Threshold::AtLeast(t) => value >= t,
            Threshold::Below(t) => value < t,
            Threshold::AtMost(t) => value <= t,
        }
    }

    pub fn bound(self) -> f64 {
        match self {
            Threshold::Above(t) | Threshold::AtLeast(t) | Threshold::Below(t) | Threshold::AtMost(t) => t,
        }
    }
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
    Outcome { tree: Option<String>, id: String },
    Node(String),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub line: usize,
    pub fact: String,
    pub branches: Vec<(When, Vec<Step>)>,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub id: String,
    pub line: usize,
    pub verdict: String,
    pub title: Text,
    pub text: Text,
    pub cites: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Tree {
    pub id: String,
    pub file: String,
    pub edition: String,
    pub version: u32,
    pub order: i64,
    pub points: Vec<String>,
    pub title: Text,
    pub intro: Text,
    pub start: String,
    pub nodes: Vec<Node>,
    pub outcomes: Vec<Outcome>,
}

/// Everything in `content/veivisere/`.
#[derive(Debug, Clone, Default)]
pub struct Trees {
    pub facts: Vec<Fact>,
    pub shared: Vec<Outcome>,
    pub trees: Vec<Tree>,
}

struct Source<'a> {
    file: &'a str,
    text: &'a str,
}

impl Source<'_> {
    /// The line of a table header such as `[node.start]`, or of `key =` at the top level.
    fn line_of(&self, needles: &[String]) -> usize {
        for (index, line) in self.text.lines().enumerate() {
            let trimmed = line.trim();
            if needles.iter().any(|n| trimmed.starts_with(n.as_str())) {
                return index + 1;
            }
        }
        1
    }

    fn error(&self, line: usize, message: impl Into<String>) -> TreeError {
        TreeError {
            file: self.file.to_string(),
            line,
            message: message.into(),
        }
    }
}

fn parse_toml(source: &Source) -> Result<Table, TreeError> {
    source.text.parse::<Table>().map_err(|e| {
        let line = e
            .span()
            .map(|s| source.text[..s.start].matches('\n').count() + 1)
            .unwrap_or(1);
        source.error(line, format!("not valid TOML: {}", e.message()))
    })
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn text(source: &Source, line: usize, what: &str, value: Option<&Value>) -> Result<Text, TreeError> {
    let table = value.and_then(Value::as_table).ok_or_else(|| {
        source.error(
            line,
            format!("{what} needs a text: {{ nb = \"…\", nn = \"…\", en = \"…\" }}"),
        )
    })?;
    let mut out: Text = Default::default();
    for (slot, lang) in out.iter_mut().zip(LANGS) {
        let s = table.get(lang).and_then(Value::as_str).map(str::trim).unwrap_or("");
        if s.is_empty() {
            return Err(source.error(line, format!("{what} has no `{lang}` text")));
        }
        *slot = s.to_string();
    }
    if let Some(extra) = table.keys().find(|k| !LANGS.contains(&k.as_str())) {
        return Err(source.error(line, format!("{what} has an unknown language `{extra}` (nb, nn, en)")));
    }
    Ok(out)
}

fn optional_text(source: &Source, line: usize, what: &str, value: Option<&Value>) -> Result<Option<Text>, TreeError> {
    value.map(|v| text(source, line, what, Some(v))).transpose()
}

fn check_keys(source: &Source, line: usize, what: &str, table: &Table, allowed: &[&str]) -> Result<(), TreeError> {
    match table.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(key) => Err(source.error(line, format!("{what}: unknown key `{key}`"))),
        None => Ok(()),
    }
}

/// Parses a `fakta*.toml` file.
pub fn parse_facts(file: &str, text_src: &str) -> Result<Vec<Fact>, TreeError> {
    let source = Source { file, text: text_src };
    let table = parse_toml(&source)?;
    let mut facts = Vec::new();
    for (id, value) in &table {
        let line = source.line_of(&[format!("[{id}]")]);
        if !is_id(id) {
            return Err(source.error(
                line,
                format!("fact id `{id}` must be lowercase ascii letters, digits and hyphens"),
            ));
        }
        let what = format!("fact `{id}`");
        let fact = value
            .as_table()
            .ok_or_else(|| source.error(line, format!("{what} must be a table `[{id}]`")))?;
        check_keys(
            &source,
            line,
            &what,
            fact,
            &["kind", "section", "unknown", "question", "help", "unit", "choices"],
        )?;
        let kind = match fact.get("kind").and_then(Value::as_str) {
            Some("yesno") => FactKind::YesNo,
            Some("choice") => FactKind::Choice,
            Some("number") => FactKind::Number,
            other => {
                return Err(source.error(
                    line,
                    format!("{what}: kind must be \"yesno\", \"choice\" or \"number\", found {other:?}"),
                ))
            }
        };
        let section = fact.get("section").and_then(Value::as_str).unwrap_or("").to_string();
        if !SECTIONS.contains(&section.as_str()) {
            return Err(source.error(line, format!("{what}: section must be one of {SECTIONS:?}")));
        }
        let unknown = match fact.get("unknown") {
            None => false,
            Some(Value::Boolean(b)) => *b,
            Some(_) => return Err(source.error(line, format!("{what}: unknown must be true or false"))),
        };
        let question = text(&source, line, &format!("{what}: question"), fact.get("question"))?;
        let help = optional_text(&source, line, &format!("{what}: help"), fact.get("help"))?;
        let unit = optional_text(&source, line, &format!("{what}: unit"), fact.get("unit"))?;
        let mut choices = Vec::new();
        match kind {
            FactKind::YesNo => {
                choices.push(("ja".to_string(), None));
                choices.push(("nei".to_string(), None));
            }
            FactKind::Number => {
                if unit.is_none() {
                    return Err(source.error(line, format!("{what}: a number fact needs `unit`")));
                }
            }
            FactKind::Choice => {
                let list = fact
                    .get("choices")
                    .and_then(Value::as_array)
                    .filter(|l| l.len() >= 2)
                    .ok_or_else(|| source.error(line, format!("{what}: a choice fact needs at least two `choices`")))?;
                for choice in list {
                    let choice = choice
                        .as_table()
                        .ok_or_else(|| source.error(line, format!("{what}: each choice is {{ id = …, label = … }}")))?;
                    let choice_id = choice.get("id").and_then(Value::as_str).unwrap_or("");
                    if !is_id(choice_id) || choice_id == UNKNOWN {
                        return Err(source.error(
                            line,
                            format!("{what}: choice id `{choice_id}` must be an id other than `{UNKNOWN}`"),
                        ));
                    }
                    if choices.iter().any(|(c, _)| c == choice_id) {
                        return Err(source.error(line, format!("{what}: choice `{choice_id}` appears twice")));
                    }
                    let label = text(
                        &source,
                        line,
                        &format!("{what}: choice `{choice_id}` label"),
                        choice.get("label"),
                    )?;
                    choices.push((choice_id.to_string(), Some(label)));
                }
            }
        }
        if kind != FactKind::Choice && fact.contains_key("choices") {
            return Err(source.error(line, format!("{what}: only choice facts have `choices`")));
        }
        facts.push(Fact {
            id: id.clone(),
            file: file.to_string(),
            kind,
            section,
            unknown,
            question,
            help,
            unit,
            choices,
        });
    }
    Ok(facts)
}

fn parse_outcomes(source: &Source, table: Option<&Value>) -> Result<Vec<Outcome>, TreeError> {
    let Some(table) = table else { return Ok(Vec::new()) };
    let table = table
        .as_table()
        .ok_or_else(|| source.error(1, "`outcome` must hold tables `[outcome.<id>]`"))?;
    let mut outcomes = Vec::new();
    for (id, value) in table {
        let line = source.line_of(&[format!("[outcome.{id}]")]);
        let what = format!("outcome `{id}`");
        if !is_id(id) {
            return Err(source.error(
                line,
                format!("{what}: the id must be lowercase ascii letters, digits and hyphens"),
            ));
        }
        let outcome = value
            .as_table()
            .ok_or_else(|| source.error(line, format!("{what} must be a table")))?;
        check_keys(source, line, &what, outcome, &["verdict", "title", "text", "cites"])?;
        let verdict = outcome.get("verdict").and_then(Value::as_str).unwrap_or("");
        if !VERDICTS.contains(&verdict) {
            return Err(source.error(
                line,
                format!("{what}: verdict must be one of {VERDICTS:?}, found `{verdict}`"),
            ));
        }
        let cites: Vec<String> = outcome
            .get("cites")
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(Value::as_str).map(String::from).collect())
            .unwrap_or_default();
        if cites.is_empty() {
            return Err(source.error(
                line,
                format!("{what}: needs `cites` with at least one paragraph id of the circular"),
            ));
        }
        outcomes.push(Outcome {
            id: id.clone(),
            line,
            verdict: verdict.to_string(),
            title: text(source, line, &format!("{what}: title"), outcome.get("title"))?,
            text: text(source, line, &format!("{what}: text"), outcome.get("text"))?,
            cites,
        });
    }
    Ok(outcomes)
}

/// Parses `felles.toml`: shared outcomes only.
pub fn parse_shared(file: &str, text_src: &str) -> Result<Vec<Outcome>, TreeError> {
    let source = Source { file, text: text_src };
    let table = parse_toml(&source)?;
    check_keys(&source, 1, file, &table, &["outcome"])?;
    parse_outcomes(&source, table.get("outcome"))
}

fn parse_target(source: &Source, line: usize, what: &str, value: &Value) -> Result<Vec<Step>, TreeError> {
    let items: Vec<&str> = match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(list) => list
            .iter()
            .map(|v| {
                v.as_str()
                    .ok_or_else(|| source.error(line, format!("{what}: a target list holds strings")))
            })
            .collect::<Result<_, _>>()?,
        _ => {
            return Err(source.error(
                line,
                format!("{what}: the target must be a node id, \"@outcome\" or a list"),
            ))
        }
    };
    if items.is_empty() {
        return Err(source.error(line, format!("{what}: an empty target")));
    }
    let mut steps = Vec::new();
    for (index, item) in items.iter().enumerate() {
        match item.strip_prefix('@') {
            Some(id) => steps.push(Step::Outcome {
                tree: None,
                id: id.to_string(),
            }),
            None if index + 1 == items.len() => steps.push(Step::Node(item.to_string())),
            None => {
                return Err(source.error(
                    line,
                    format!("{what}: only the last item of a target list may be a node (`{item}`)"),
                ))
            }
        }
    }
    Ok(steps)
}

/// Parses one tree file; `id` is its file name without `.toml`.
pub fn parse_tree(file: &str, id: &str, text_src: &str) -> Result<Tree, TreeError> {
    let source = Source { file, text: text_src };
    let table = parse_toml(&source)?;
    if !is_id(id) {
        return Err(source.error(
            1,
            format!("the file name `{id}` must be lowercase ascii letters, digits and hyphens"),
        ));
    }
    check_keys(
        &source,
        1,
        "tree",
        &table,
        &[
            "edition", "version", "order", "points", "title", "intro", "start", "node", "outcome",
        ],
    )?;
    let line_of_key = |key: &str| source.line_of(&[format!("{key} "), format!("{key}=")]);
    let string = |key: &str| -> Result<String, TreeError> {
        table
            .get(key)
            .and_then(Value::as_str)
            .map(String::from)
            .ok_or_else(|| source.error(line_of_key(key), format!("the tree needs `{key} = \"…\"`")))
    };
    let version = table
        .get("version")
        .and_then(Value::as_integer)
        .filter(|v| (1..=i64::from(u32::MAX)).contains(v));
    let version = version.ok_or_else(|| {
        source.error(
            line_of_key("version"),
            "the tree needs `version`, a positive whole number",
        )
    })?;
    let order = table
        .get("order")
        .and_then(Value::as_integer)
        .ok_or_else(|| source.error(line_of_key("order"), "the tree needs `order`, a whole number"))?;
    let points = table
        .get("points")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter_map(Value::as_str).map(String::from).collect())
        .unwrap_or_default();
    let mut nodes = Vec::new();
    if let Some(node_table) = table.get("node").and_then(Value::as_table) {
        for (node_id, value) in node_table {
            let line = source.line_of(&[format!("[node.{node_id}]"), format!("[node.{node_id}.on]")]);
            let what = format!("node `{node_id}`");
            if !is_id(node_id) {
                return Err(source.error(
                    line,
                    format!("{what}: the id must be lowercase ascii letters, digits and hyphens"),
                ));
            }
            let node = value
                .as_table()
                .ok_or_else(|| source.error(line, format!("{what} must be a table")))?;
            check_keys(&source, line, &what, node, &["ask", "on"])?;
            let fact = node
                .get("ask")
                .and_then(Value::as_str)
                .ok_or_else(|| source.error(line, format!("{what} needs `ask = \"<fact>\"`")))?;
            let on = node
                .get("on")
                .and_then(Value::as_table)
                .ok_or_else(|| source.error(line, format!("{what} needs a table `[node.{node_id}.on]`")))?;
            let on_line = source.line_of(&[format!("[node.{node_id}.on]")]);
            let mut branches = Vec::new();
            for (key, target) in on {
                let when = if key == UNKNOWN {
                    When::Unknown
                } else if let Some(threshold) = Threshold::parse(key) {
                    When::Number(threshold)
                } else {
                    When::Choice(key.clone())
                };
                branches.push((
                    when,
                    parse_target(&source, on_line, &format!("{what}, answer `{key}`"), target)?,
                ));
            }
            nodes.push(Node {
                id: node_id.clone(),
                line,
                fact: fact.to_string(),
                branches,
            });
        }
    }
    Ok(Tree {
        id: id.to_string(),
        file: file.to_string(),
        edition: string("edition")?,
        version: version as u32,
        order,
        points,
        title: text(&source, line_of_key("title"), "the tree's title", table.get("title"))?,
        intro: text(&source, line_of_key("intro"), "the tree's intro", table.get("intro"))?,
        start: string("start")?,
        nodes,
        outcomes: parse_outcomes(&source, table.get("outcome"))?,
    })
}

/// Everything the checks need to know about the circular.
pub struct Circular<'a> {
    pub edition: &'a str,
    pub paragraphs: BTreeSet<String>,
    pub points: BTreeSet<String>,
    /// Paragraphs in krav parts, in order: each must be cited by some outcome.
    pub krav: Vec<String>,
}

/// The result of the checks: paths per tree and krav paragraphs no outcome cites.
#[derive(Debug, Default)]
pub struct Report {
    pub paths: Vec<(String, usize)>,
    pub uncovered: Vec<String>,
}

fn tree_error(tree: &Tree, line: usize, message: impl Into<String>) -> TreeError {
    TreeError {
        file: tree.file.clone(),
        line,
        message: message.into(),
    }
}

/// The answers a fact can take, as branch keys; numbers are checked separately.
fn answers_of(fact: &Fact) -> Vec<String> {
    let mut answers: Vec<String> = fact.choices.iter().map(|(id, _)| id.clone()).collect();
    if fact.unknown {
        answers.push(UNKNOWN.to_string());
    }
    answers
}

/// Values that reach every number branch anywhere: each bound, and just above and below it.
fn sample_numbers(trees: &Trees, fact: &str) -> Vec<f64> {
    let mut values = vec![0.0];
    for tree in &trees.trees {
        for node in tree.nodes.iter().filter(|n| n.fact == fact) {
            for (when, _) in &node.branches {
                if let When::Number(t) = when {
                    let b = t.bound();
                    values.extend([b - 0.5, b, b + 0.5]);
                }
            }
        }
    }
    values.sort_by(f64::total_cmp);
    values.dedup();
    values
}

/// Checks every tree against the facts, the shared outcomes and the circular; walks every path.
pub fn check(trees: &Trees, circular: &Circular) -> Result<Report, TreeError> {
    let mut facts: BTreeMap<&str, &Fact> = BTreeMap::new();
    for fact in &trees.facts {
        if let Some(other) = facts.insert(&fact.id, fact) {
            return Err(TreeError {
                file: fact.file.clone(),
                line: 1,
                message: format!("fact `{}` is also defined in {}", fact.id, other.file),
            });
        }
    }
    let shared: BTreeMap<&str, &Outcome> = trees.shared.iter().map(|o| (o.id.as_str(), o)).collect();
    let mut cited: BTreeSet<&str> = BTreeSet::new();
    let mut report = Report::default();
    for outcome in &trees.shared {
        cited.extend(outcome.cites.iter().map(String::as_str));
    }
    for tree in &trees.trees {
        if tree.edition != circular.edition {
            return Err(tree_error(
                tree,
                1,
                format!(
                    "written for edition `{}`, but the content is edition `{}`",
                    tree.edition, circular.edition
                ),
            ));
        }
        for point in &tree.points {
            if !circular.points.contains(point) {
                return Err(tree_error(
                    tree,
                    1,
                    format!("`points` names {point}, which is not a point of the circular"),
                ));
            }
        }
        let nodes: BTreeMap<&str, &Node> = tree.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
        let outcomes: BTreeMap<&str, &Outcome> = tree.outcomes.iter().map(|o| (o.id.as_str(), o)).collect();
        if !nodes.contains_key(tree.start.as_str()) {
            return Err(tree_error(
                tree,
                1,
                format!("`start` names node `{}`, which does not exist", tree.start),
            ));
        }
        for outcome in tree.outcomes.iter().chain(trees.shared.iter()) {
            for cite in &outcome.cites {
                if !circular.paragraphs.contains(cite) {
                    return Err(tree_error(
                        tree,
                        outcome.line,
                        format!(
                            "outcome `{}` cites `{cite}`, which is no paragraph of the circular",
                            outcome.id
                        ),
                    ));
                }
            }
        }
        let mut used_outcomes = BTreeSet::new();
        for node in &tree.nodes {
            let what = format!("node `{}`", node.id);
            let fact = facts.get(node.fact.as_str()).ok_or_else(|| {
                tree_error(
                    tree,
                    node.line,
                    format!("{what} asks `{}`, which is no fact", node.fact),
                )
            })?;
            let expected = answers_of(fact);
            for (when, steps) in &node.branches {
                match when {
                    When::Choice(c) if !expected.contains(c) => {
                        return Err(tree_error(
                            tree,
                            node.line,
                            format!(
                                "{what}: `{c}` is no answer of `{}` (answers: {})",
                                fact.id,
                                expected.join(", ")
                            ),
                        ));
                    }
                    When::Unknown if !fact.unknown => {
                        return Err(tree_error(
                            tree,
                            node.line,
                            format!("{what}: `{}` does not offer `{UNKNOWN}`", fact.id),
                        ));
                    }
                    When::Number(_) if fact.kind != FactKind::Number => {
                        return Err(tree_error(
                            tree,
                            node.line,
                            format!("{what}: thresholds only apply to number facts"),
                        ));
                    }
                    _ => {}
                }
                for step in steps {
                    match step {
                        Step::Node(n) if !nodes.contains_key(n.as_str()) => {
                            return Err(tree_error(
                                tree,
                                node.line,
                                format!("{what} goes to node `{n}`, which does not exist"),
                            ));
                        }
                        Step::Outcome { id, .. }
                            if !outcomes.contains_key(id.as_str()) && !shared.contains_key(id.as_str()) =>
                        {
                            return Err(tree_error(
                                tree,
                                node.line,
                                format!("{what} records `@{id}`, which is no outcome of this tree or felles.toml"),
                            ));
                        }
                        Step::Outcome { id, .. } => {
                            used_outcomes.insert(id.as_str());
                        }
                        _ => {}
                    }
                }
            }
            for answer in &expected {
                let covered = node.branches.iter().any(|(w, _)| match w {
                    When::Choice(c) => c == answer,
                    When::Unknown => answer == UNKNOWN,
                    When::Number(_) => false,
                });
                if !covered {
                    return Err(tree_error(
                        tree,
                        node.line,
                        format!("{what} has no branch for the answer `{answer}`"),
                    ));
                }
            }
            if fact.kind == FactKind::Number {
                for value in sample_numbers(trees, &fact.id) {
                    let matching = node
                        .branches
                        .iter()
                        .filter(|(w, _)| matches!(w, When::Number(t) if t.matches(value)))
                        .count();
                    if matching != 1 {
                        return Err(tree_error(tree, node.line, format!("{what}: the number {value} matches {matching} branches; thresholds must cover every number exactly once")));
                    }
                }
            }
        }
        for outcome in &tree.outcomes {
            if !used_outcomes.contains(outcome.id.as_str()) {
                return Err(tree_error(
                    tree,
                    outcome.line,
                    format!("outcome `{}` is never reached", outcome.id),
                ));
            }
        }
        let paths = walk_all(trees, tree, &nodes, &facts)?;
        for node in &tree.nodes {
            if !paths.reached.contains(node.id.as_str()) {
                return Err(tree_error(
                    tree,
                    node.line,
                    format!("node `{}` cannot be reached from `start`", node.id),
                ));
            }
        }
        report.paths.push((tree.id.clone(), paths.count));
        for outcome in &tree.outcomes {
            cited.extend(outcome.cites.iter().map(String::as_str));
        }
    }
    report.uncovered = circular
        .krav
        .iter()
        .filter(|k| !cited.contains(k.as_str()))
        .cloned()
        .collect();
    Ok(report)
}

struct Walked<'a> {
    count: usize,
    reached: BTreeSet<&'a str>,
}

/// An answer a path gives to a fact, for walking.
#[derive(Debug, Clone, PartialEq)]
enum Sample {
    Choice(String),
    Unknown,
    Number(f64),
}

fn matches(when: &When, sample: &Sample) -> bool {
    match (when, sample) {
        (When::Choice(c), Sample::Choice(s)) => c == s,
        (When::Unknown, Sample::Unknown) => true,
        (When::Number(t), Sample::Number(v)) => t.matches(*v),
        _ => false,
    }
}

/// Walks every path: at each node every answer of its fact, unless the path already answered
/// that fact (then that answer again). Finds cycles, unreachable nodes and paths without an end.
fn walk_all<'a>(
    trees: &Trees,
    tree: &'a Tree,
    nodes: &BTreeMap<&str, &'a Node>,
    facts: &BTreeMap<&str, &Fact>,
) -> Result<Walked<'a>, TreeError> {
    let mut walked = Walked {
        count: 0,
        reached: BTreeSet::new(),
    };
    let mut stack: Vec<(&str, BTreeMap<String, Sample>, Vec<&str>)> =
        vec![(tree.start.as_str(), BTreeMap::new(), Vec::new())];
    while let Some((node_id, answers, mut trail)) = stack.pop() {
        let node = nodes[node_id];
        if trail.contains(&node_id) {
            return Err(tree_error(
                tree,
                node.line,
                format!("a cycle: {} → {node_id}", trail.join(" → ")),
            ));
        }
        trail.push(node_id);
        walked.reached.insert(node.id.as_str());
        let fact = facts[node.fact.as_str()];
        let samples: Vec<Sample> = match answers.get(&fact.id) {
            Some(sample) => vec![sample.clone()],
            None => {
                let mut all: Vec<Sample> = match fact.kind {
                    FactKind::Number => sample_numbers(trees, &fact.id)
                        .into_iter()
                        .map(Sample::Number)
                        .collect(),
                    _ => fact.choices.iter().map(|(c, _)| Sample::Choice(c.clone())).collect(),
                };
                if fact.unknown {
                    all.push(Sample::Unknown);
                }
                all
            }
        };
        for sample in samples {
            let Some((_, steps)) = node.branches.iter().find(|(w, _)| matches(w, &sample)) else {
                return Err(tree_error(
                    tree,
                    node.line,
                    format!("node `{}` has no branch for the answer {sample:?}", node.id),
                ));
            };
            let mut next_answers = answers.clone();
            next_answers.entry(fact.id.clone()).or_insert(sample);
            match steps.last() {
                Some(Step::Node(next)) => stack.push((next.as_str(), next_answers, trail.clone())),
                _ => {
                    walked.count += 1;
                    if walked.count > MAX_PATHS {
                        return Err(tree_error(
                            tree,
                            1,
                            format!("more than {MAX_PATHS} paths: split the tree"),
                        ));
                    }
                }
            }
        }
    }
    Ok(walked)
}
