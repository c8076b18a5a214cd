//! A tree's scenarios in the book: each once, in the tree's chapter, with its situation, its
//! answers and every outcome it reaches; and under each outcome, links to the scenarios that
//! reach it. What a scenario reaches is its `expect` list, which core's tests prove against the
//! app's engine (crates/core/tests/scenarios.rs), so the book needs no engine of its own.

use crate::book::anchors::{outcome_anchor, scenario_anchor};
use crate::book::flow::Flow;
use crate::book::labels::{answer_label, verdict_label};
use crate::book::texts::{fill, Texts};
use rundskriv_compiler::parse::scenarios::{Scenario, ScenarioAnswer, ScenarioFile};
use rundskriv_compiler::parse::trees::When;
use rundskriv_core::export::static_page::escape;
use rundskriv_core::labels::number_text;
use rundskriv_core::ui_strings::Lang;
use rundskriv_model::UNKNOWN_ANSWER;
use std::fmt::Write as _;

/// Links to the scenarios of `file` that reach outcome `outcome`, or a note that none does.
pub fn reaching(out: &mut String, tree: &str, outcome: &str, file: Option<&ScenarioFile>, texts: &Texts) {
    let reach: Vec<&Scenario> = file
        .iter()
        .flat_map(|f| &f.scenarios)
        .filter(|s| s.expect.iter().any(|(id, _, _)| id == outcome))
        .collect();
    if reach.is_empty() {
        let _ = writeln!(out, "<p class=\"label\">{}</p>", escape(&texts.no_scenarios));
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"label\">{}</p>\n<ul class=\"reaching\">",
        escape(&texts.scenarios)
    );
    for scenario in reach {
        let anchor = scenario_anchor(tree, &scenario.id);
        let _ = writeln!(
            out,
            "<li><a href=\"#{anchor}\">{}</a></li>",
            escape(&scenario.situation)
        );
    }
    out.push_str("</ul>\n");
}

/// The tree's scenarios, each with its answers (in the order the questions are asked) and every
/// outcome it reaches.
pub fn section(out: &mut String, tree: &str, flow: &Flow, file: &ScenarioFile, texts: &Texts) {
    let heading = format!("veiviser-{tree}-eksempler");
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"{heading}\">\n<h3 id=\"{heading}\">{}</h3>\n<p>{}</p>",
        escape(&texts.scenarios_title),
        escape(&texts.scenarios_lead)
    );
    for scenario in &file.scenarios {
        let anchor = scenario_anchor(tree, &scenario.id);
        let _ = writeln!(
            out,
            "<section class=\"scenario\" id=\"{anchor}\" aria-labelledby=\"{anchor}-tittel\">\n<h4 id=\"{anchor}-tittel\">{}</h4>\n<p class=\"label\">{}</p>\n<ul>",
            escape(&scenario.situation),
            escape(&texts.scenario_answers)
        );
        for (n, question) in flow.questions.iter().enumerate() {
            let Some((_, _, answer)) = scenario.answers.iter().find(|(fact, _, _)| *fact == question.fact.id) else {
                continue;
            };
            let fact = question.fact;
            let label = match answer {
                ScenarioAnswer::Choice(id) if id == UNKNOWN_ANSWER => answer_label(fact, &When::Unknown, texts),
                ScenarioAnswer::Choice(id) => answer_label(fact, &When::Choice(id.clone()), texts),
                ScenarioAnswer::Number(value) => {
                    let unit = fact.unit.as_ref().map(|u| &u[Lang::Nb]).unwrap_or_default();
                    format!("{} {unit}", number_text(*value, Lang::Nb))
                        .trim_end()
                        .to_string()
                }
            };
            let asked = fill(
                &texts.scenario_answer,
                &[("n", &(n + 1).to_string()), ("question", &fact.question[Lang::Nb])],
            );
            let _ = writeln!(out, "<li>{} <strong>{}</strong></li>", escape(&asked), escape(&label));
        }
        let _ = writeln!(
            out,
            "</ul>\n<p class=\"label\">{}</p>\n<ul>",
            escape(&texts.scenario_outcomes)
        );
        for outcome in &flow.outcomes {
            let Some((_, _, verdict)) = scenario.expect.iter().find(|(id, _, _)| *id == outcome.id) else {
                continue;
            };
            let _ = writeln!(
                out,
                "<li><a href=\"#{}\">{}</a> ({})</li>",
                outcome_anchor(tree, &outcome.id),
                escape(&outcome.title[Lang::Nb]),
                escape(verdict_label(*verdict))
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("</section>\n");
}
