//! The ids of the book's chapters, questions, outcomes and scenarios, which its links point at.

pub fn tree_anchor(tree: &str) -> String {
    format!("veiviser-{tree}")
}

pub fn question_anchor(tree: &str, node: &str) -> String {
    format!("veiviser-{tree}-sporsmal-{node}")
}

pub fn outcome_anchor(tree: &str, outcome: &str) -> String {
    format!("veiviser-{tree}-utfall-{outcome}")
}

pub fn scenario_anchor(tree: &str, scenario: &str) -> String {
    format!("veiviser-{tree}-eksempel-{scenario}")
}
