//! One tree's chapter of the book: title, intro and points; its sign-off state; its questions as
//! a diagram and as text (choices, help, where each answer leads); its outcomes; its scenarios.

use crate::book::anchors::{outcome_anchor, question_anchor, tree_anchor};
use crate::book::diagram::diagram;
use crate::book::flow::Flow;
use crate::book::labels::{answer_label, verdict_label};
use crate::book::outcomes::{outcome_section, reading_block, Context};
use crate::book::scenarios;
use crate::book::signoff_state::{record_text, State};
use crate::book::texts::{fill, Texts};
use rundskriv_compiler::parse::review::Reading;
use rundskriv_compiler::parse::trees::Tree;
use rundskriv_compiler::Content;
use rundskriv_core::export::static_page::escape;
use rundskriv_core::ui_strings::Lang;
use std::fmt::Write as _;

pub fn chapter(out: &mut String, content: &Content, tree: &Tree, state: &State, texts: &Texts) {
    let anchor = tree_anchor(&tree.id);
    let _ = writeln!(
        out,
        "<article class=\"tree\" id=\"{anchor}\" aria-labelledby=\"{anchor}-tittel\">\n<h2 id=\"{anchor}-tittel\">{}</h2>\n<p class=\"intro\">{}</p>",
        escape(&tree.title[Lang::Nb]),
        escape(&tree.intro[Lang::Nb])
    );
    let points: Vec<&str> = tree.points.iter().map(|p| p.value.as_str()).collect();
    if !points.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(&fill(&texts.points, &[("points", &points.join(", "))]))
        );
    }
    signoff(out, tree, state, texts);
    let flow = Flow::of(&content.trees, tree);
    flow_text(out, tree, &flow, content, texts);
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"{anchor}-utfall\">\n<h3 id=\"{anchor}-utfall\">{}</h3>",
        escape(&texts.outcomes_title)
    );
    let about = |reading: &Reading| about_links(tree, &flow, reading, texts);
    let scenarios = content.scenarios.iter().find(|f| f.tree == tree.id);
    for outcome in &flow.outcomes {
        let context = Context {
            tree: &tree.id,
            sections: &content.sections,
            texts,
            readings: &tree.readings,
            about: &about,
            shared: !tree.outcomes.iter().any(|o| o.id == outcome.id),
            scenarios,
        };
        outcome_section(out, outcome, &context);
    }
    out.push_str("</section>\n");
    if let Some(file) = scenarios {
        scenarios::section(out, &tree.id, &flow, file, texts);
    }
    out.push_str("</article>\n");
}

fn signoff(out: &mut String, tree: &Tree, state: &State, texts: &Texts) {
    let anchor = tree_anchor(&tree.id);
    let _ = writeln!(
        out,
        "<section class=\"signoff\" aria-labelledby=\"{anchor}-godkjenning\">\n<h3 id=\"{anchor}-godkjenning\">{}</h3>\n<p class=\"{}\">{}</p>",
        escape(&texts.signoff_title),
        state.class(),
        escape(&state.text(texts))
    );
    if tree.signoffs.len() > 1 {
        let _ = writeln!(out, "<p class=\"label\">{}</p>\n<ul>", escape(&texts.signoff_history));
        for record in tree.signoffs.iter().rev().skip(1) {
            let _ = writeln!(out, "<li>{}</li>", escape(&record_text(&texts.state_signed, record)));
        }
        out.push_str("</ul>\n");
    }
    let how = fill(&texts.signoff_how, &[("tree", &tree.id)]);
    let _ = writeln!(out, "<p class=\"how\"><code>{}</code></p>\n</section>", escape(&how));
}

/// The diagram, then every question with its help and its answers, each with where it leads.
fn flow_text(out: &mut String, tree: &Tree, flow: &Flow, content: &Content, texts: &Texts) {
    let anchor = tree_anchor(&tree.id);
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"{anchor}-flyt\">\n<h3 id=\"{anchor}-flyt\">{}</h3>\n<figure class=\"diagram\">\n{}<figcaption>{}</figcaption>\n</figure>\n<p>{}</p>\n<ol class=\"questions\">",
        escape(&texts.flow_title),
        diagram(tree, flow, texts, &format!("{anchor}-diagram")),
        escape(&texts.diagram_caption),
        escape(&texts.starts)
    );
    for (i, question) in flow.questions.iter().enumerate() {
        let fact = question.fact;
        let _ = writeln!(
            out,
            "<li id=\"{}\">\n<h4>{}</h4>\n<p class=\"question\">{}</p>",
            question_anchor(&tree.id, &question.node.id),
            escape(&fill(&texts.question, &[("n", &(i + 1).to_string())])),
            escape(&fact.question[Lang::Nb])
        );
        if let Some(help) = &fact.help {
            let _ = writeln!(
                out,
                "<p class=\"help\"><span class=\"label\">{}</span> {}</p>",
                escape(&texts.help),
                escape(&help[Lang::Nb])
            );
        }
        if let Some(unit) = &fact.unit {
            let _ = writeln!(
                out,
                "<p>{}</p>",
                escape(&fill(&texts.unit, &[("unit", &unit[Lang::Nb])]))
            );
        }
        let _ = writeln!(
            out,
            "<p class=\"label\">{}</p>\n<ul class=\"answers\">",
            escape(&texts.answer_heading)
        );
        for answer in &question.answers {
            let mut leads: Vec<String> = answer
                .outcomes
                .iter()
                .map(|&o| {
                    let outcome = flow.outcomes[o];
                    let text = fill(
                        &texts.records,
                        &[
                            ("title", &outcome.title[Lang::Nb]),
                            ("verdict", verdict_label(outcome.verdict)),
                        ],
                    );
                    format!(
                        "<a href=\"#{}\">{}</a>",
                        outcome_anchor(&tree.id, &outcome.id),
                        escape(&text)
                    )
                })
                .collect();
            if let Some(next) = answer.next {
                let text = fill(
                    &texts.goes_to,
                    &[
                        ("n", &(next + 1).to_string()),
                        ("question", &flow.questions[next].fact.question[Lang::Nb]),
                    ],
                );
                let target = question_anchor(&tree.id, &flow.questions[next].node.id);
                leads.push(format!("<a href=\"#{target}\">{}</a>", escape(&text)));
            }
            let _ = writeln!(
                out,
                "<li><strong>{}</strong>: {}</li>",
                escape(&answer_label(fact, answer.when, texts)),
                leads.join("; ")
            );
        }
        out.push_str("</ul>\n");
        let about_it = tree
            .readings
            .iter()
            .filter(|r| r.about.iter().any(|a| a.value == question.node.id));
        for reading in about_it {
            reading_block(
                out,
                reading,
                &about_links(tree, flow, reading, texts),
                &content.sections,
                texts,
            );
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

/// What `reading` is about, each as a link to its outcome («title») or question ("Spørsmål 2").
fn about_links(tree: &Tree, flow: &Flow, reading: &Reading, texts: &Texts) -> String {
    let link = |id: &str| {
        if let Some(outcome) = flow.outcomes.iter().find(|o| o.id == id) {
            let title = format!("«{}»", &outcome.title[Lang::Nb]);
            format!("<a href=\"#{}\">{}</a>", outcome_anchor(&tree.id, id), escape(&title))
        } else if let Some(n) = flow.question_of(id) {
            let label = fill(&texts.question, &[("n", &(n + 1).to_string())]);
            format!("<a href=\"#{}\">{}</a>", question_anchor(&tree.id, id), escape(&label))
        } else {
            escape(id)
        }
    };
    let links: Vec<String> = reading.about.iter().map(|a| link(&a.value)).collect();
    links.join(", ")
}
