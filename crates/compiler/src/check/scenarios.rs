//! Scenario files against the trees: each file is named after a tree, and each scenario answers
//! facts that exist with answers they offer, and expects outcomes the tree can record. Whether the
//! walk gives what a scenario expects is for core's tests, which run the app's engine.

use crate::error::{CompileError, Position};
use crate::parse::scenarios::{ScenarioAnswer, ScenarioFile};
use crate::parse::trees::{Trees, YES_NO};
use rundskriv_model::{FactKind, UNKNOWN_ANSWER};

/// Checks every scenario of `file` against `trees`.
pub fn check_scenarios(file: &ScenarioFile, trees: &Trees) -> Result<(), CompileError> {
    let error = |at: Position, message: String| CompileError::new(&file.file, at, message);
    let Some(tree) = trees.trees.iter().find(|t| t.id == file.tree) else {
        let message = format!("no tree is called `{}`: name the file after its tree", file.tree);
        return Err(error(Position::START, message));
    };
    for scenario in &file.scenarios {
        let what = |rest: String| format!("scenario `{}`: {rest}", scenario.id);
        for (fact_id, at, answer) in &scenario.answers {
            let Some(fact) = trees.facts.iter().find(|f| &f.id == fact_id) else {
                return Err(error(*at, what(format!("answers `{fact_id}`, which is no fact"))));
            };
            let fits = match (answer, fact.kind) {
                (ScenarioAnswer::Choice(c), _) if c == UNKNOWN_ANSWER => fact.unknown,
                (ScenarioAnswer::Number(_), kind) => kind == FactKind::Number,
                (ScenarioAnswer::Choice(_), FactKind::Number) => false,
                (ScenarioAnswer::Choice(c), FactKind::YesNo) => YES_NO.contains(&c.as_str()),
                (ScenarioAnswer::Choice(c), FactKind::Choice) => fact.choices.iter().any(|x| &x.id == c),
            };
            if !fits {
                let mut offered: Vec<String> = fact.choices.iter().map(|c| c.id.clone()).collect();
                if fact.kind == FactKind::Number {
                    offered.push("a number".to_string());
                }
                if fact.unknown {
                    offered.push(UNKNOWN_ANSWER.to_string());
                }
                let message = format!("answers `{fact_id}` with {answer:?}; it takes {}", offered.join(", "));
                return Err(error(*at, what(message)));
            }
        }
        for (outcome, at, _) in &scenario.expect {
            let known = tree.outcomes.iter().chain(&trees.shared).any(|o| &o.id == outcome);
            if !known {
                let message = format!(
                    "expects `{outcome}`, which is no outcome of `{}` or felles.toml",
                    tree.id
                );
                return Err(error(*at, what(message)));
            }
        }
    }
    Ok(())
}
