//! A tree's flow diagram, drawn at build time in Rust (no diagram library in the page): `layout`
//! places it, `svg` writes it.

pub mod layout;
mod svg;

use crate::book::flow::Flow;
use crate::book::labels::{answer_label, verdict_label};
use crate::book::texts::{fill, Texts};
use layout::{layout, AnswerInput, Input, OutcomeInput, QuestionInput};
use rundskriv_compiler::parse::trees::Tree;
use rundskriv_core::ui_strings::Lang;

/// The SVG of `tree`'s flow; its ids start with `id`.
pub fn diagram(tree: &Tree, flow: &Flow, texts: &Texts, id: &str) -> String {
    let questions = flow
        .questions
        .iter()
        .enumerate()
        .map(|(i, question)| QuestionInput {
            heading: fill(&texts.question, &[("n", &(i + 1).to_string())]),
            text: question.fact.question[Lang::Nb].to_string(),
            answers: question
                .answers
                .iter()
                .map(|answer| AnswerInput {
                    label: answer_label(question.fact, answer.when, texts),
                    outcomes: answer.outcomes.clone(),
                    next: answer.next,
                })
                .collect(),
        })
        .collect();
    let outcomes = flow
        .outcomes
        .iter()
        .map(|o| OutcomeInput {
            verdict: verdict_label(o.verdict).to_uppercase(),
            title: o.title[Lang::Nb].to_string(),
        })
        .collect();
    let input = Input { questions, outcomes };
    let title = fill(&texts.diagram_title, &[("tree", &tree.title[Lang::Nb])]);
    let desc = fill(
        &texts.diagram_desc,
        &[
            ("questions", &flow.questions.len().to_string()),
            ("outcomes", &flow.outcomes.len().to_string()),
        ],
    );
    let labels = svg::Labels {
        id,
        title: &title,
        desc: &desc,
        nodes: flow.questions.iter().map(|q| q.node.id.as_str()).collect(),
        outcomes: flow.outcomes.iter().map(|o| (o.id.as_str(), o.verdict.id())).collect(),
        edges: input
            .questions
            .iter()
            .map(|q| q.answers.iter().map(|a| (a.outcomes.clone(), a.next)).collect())
            .collect(),
    };
    svg::svg(&layout(&input), &labels)
}
