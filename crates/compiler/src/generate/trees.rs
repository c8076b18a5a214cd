//! `trees_data.rs`: the facts, outcomes, nodes and trees as tables indexed by typed ids, and the
//! trees' texts (through `TextTable`, whose strings go to `lang_files`).

use crate::check::trees::Report;
use crate::circular::Circular;
use crate::generate::rust::{option, table, variant};
use crate::generate::texts::{TextBlobs, TextTable};
use crate::parse::text::Text;
use crate::parse::trees::{Branch, Fact, Node, Outcome, Step, Tree, Trees, When};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The code, and each language's tree texts as one string. The trees are checked: every name in
/// them resolves.
pub fn generate_trees(trees: &Trees, circular: &Circular, report: &Report) -> (String, TextBlobs) {
    let mut tables = Tables {
        circular,
        texts: TextTable::default(),
        facts: trees
            .facts
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.as_str(), (i, f)))
            .collect(),
        outcomes: BTreeMap::new(),
    };
    // The start page lists every tree by title and intro: those texts come first, the prefix of
    // bokmål's texts that the browser build keeps compiled in (see `lang_files`).
    for tree in &trees.trees {
        tables.text(&tree.title);
        tables.text(&tree.intro);
    }
    tables.texts.mark_start();
    let facts: String = trees.facts.iter().map(|f| tables.fact_row(f)).collect();
    let mut outcomes = String::new();
    for outcome in &trees.shared {
        outcomes.push_str(&tables.outcome_row(None, outcome));
    }
    for (index, tree) in trees.trees.iter().enumerate() {
        for outcome in &tree.outcomes {
            outcomes.push_str(&tables.outcome_row(Some((index, tree)), outcome));
        }
    }
    let (mut nodes, mut tree_rows, mut node_count) = (String::new(), String::new(), 0);
    for (tree, paths) in trees.trees.iter().zip(&report.paths) {
        let first = node_count;
        node_count += tree.nodes.len();
        let node_ids: BTreeMap<&str, usize> = tree
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), first + i))
            .collect();
        for node in &tree.nodes {
            nodes.push_str(&tables.node_row(tree, node, &node_ids));
        }
        tree_rows.push_str(&tables.tree_row(tree, &node_ids, first..node_count, *paths));
    }
    let mut code = table("FACTS", "FactId", "Fact", &facts);
    code.push_str(&table("OUTCOMES", "OutcomeId", "Outcome", &outcomes));
    code.push_str(&table("NODES", "NodeId", "Node", &nodes));
    code.push_str(&table("TREES", "TreeId", "Tree", &tree_rows));
    let (text_code, blobs) = tables.texts.generate();
    code.push_str(&text_code);
    let _ = writeln!(
        code,
        "/// Krav paragraphs that no outcome cites (a test requires this to be empty).\npub static UNCOVERED_KRAV: [&str; {}] = {:?};",
        report.uncovered.len(),
        report.uncovered
    );
    (code, blobs)
}

/// What rows refer to: texts by place, facts and outcomes by index.
struct Tables<'a> {
    circular: &'a Circular,
    texts: TextTable,
    facts: BTreeMap<&'a str, (usize, &'a Fact)>,
    /// Outcomes by tree (None: shared) and id, as they are generated.
    outcomes: BTreeMap<(Option<&'a str>, &'a str), usize>,
}

impl<'a> Tables<'a> {
    fn text(&mut self, text: &Text) -> String {
        self.texts.literal(text)
    }

    fn optional_text(&mut self, text: Option<&Text>) -> String {
        option(self.texts.optional(text))
    }

    fn fact_row(&mut self, fact: &Fact) -> String {
        let choices: Vec<String> = fact
            .choices
            .iter()
            .map(|c| {
                format!(
                    "Choice {{ id: {:?}, label: {} }}",
                    c.id,
                    self.optional_text(c.label.as_ref())
                )
            })
            .collect();
        format!(
            "    Fact {{ id: {:?}, kind: {}, section: {}, unknown: {}, question: {}, help: {}, unit: {}, choices: &[{}] }},\n",
            fact.id,
            variant(fact.kind),
            variant(fact.section),
            fact.unknown,
            self.text(&fact.question),
            self.optional_text(fact.help.as_ref()),
            self.optional_text(fact.unit.as_ref()),
            choices.join(", ")
        )
    }

    /// A row of `OUTCOMES`; `tree` is the index and tree it belongs to, None for shared outcomes.
    fn outcome_row(&mut self, tree: Option<(usize, &'a Tree)>, outcome: &'a Outcome) -> String {
        let index = self.outcomes.len();
        self.outcomes
            .insert((tree.map(|(_, t)| t.id.as_str()), outcome.id.as_str()), index);
        let cites: Vec<String> = outcome
            .cites
            .iter()
            .map(|c| format!("BlockId({})", self.circular.blocks[c].0))
            .collect();
        format!(
            "    Outcome {{ id: {:?}, tree: {}, verdict: {}, title: {}, text: {}, cites: &[{}] }},\n",
            outcome.id,
            option(tree.map(|(i, _)| format!("TreeId({i})"))),
            variant(outcome.verdict),
            self.text(&outcome.title),
            self.text(&outcome.text),
            cites.join(", ")
        )
    }

    fn node_row(&self, tree: &Tree, node: &Node, node_ids: &BTreeMap<&str, usize>) -> String {
        let (fact_index, fact) = self.facts[node.fact.as_str()];
        let branches: Vec<String> = node
            .branches
            .iter()
            .map(|b| self.branch(tree, fact, b, node_ids))
            .collect();
        format!(
            "    Node {{ id: {:?}, fact: FactId({fact_index}), branches: &[{}] }},\n",
            node.id,
            branches.join(", ")
        )
    }

    fn branch(&self, tree: &Tree, fact: &Fact, branch: &Branch, node_ids: &BTreeMap<&str, usize>) -> String {
        let when = match &branch.when {
            When::Choice(c) => format!(
                "When::Choice({})",
                fact.choices.iter().position(|ch| ch.id == *c).expect("checked")
            ),
            When::Unknown => "When::Unknown".to_string(),
            When::Number(threshold) => format!("When::Number({})", variant(*threshold)),
        };
        let steps: Vec<String> = branch
            .steps
            .iter()
            .map(|step| match step {
                Step::Node(n) => format!("Step::Node(NodeId({}))", node_ids[n.as_str()]),
                Step::Outcome(id) => {
                    let index = self
                        .outcomes
                        .get(&(Some(tree.id.as_str()), id.as_str()))
                        .or_else(|| self.outcomes.get(&(None, id.as_str())))
                        .expect("checked");
                    format!("Step::Outcome(OutcomeId({index}))")
                }
            })
            .collect();
        format!("Branch {{ when: {when}, steps: &[{}] }}", steps.join(", "))
    }

    fn tree_row(
        &mut self,
        tree: &Tree,
        node_ids: &BTreeMap<&str, usize>,
        nodes: std::ops::Range<usize>,
        paths: usize,
    ) -> String {
        let points: Vec<&str> = tree.points.iter().map(|p| p.value.as_str()).collect();
        format!(
            "    Tree {{ id: {:?}, edition: {:?}, version: {}, points: &{points:?}, title: {}, intro: {}, start: NodeId({}), nodes: {}..{}, paths: {paths} }},\n",
            tree.id,
            tree.edition.value,
            tree.version,
            self.text(&tree.title),
            self.text(&tree.intro),
            node_ids[tree.start.value.as_str()],
            nodes.start,
            nodes.end,
        )
    }
}
