//! The flow diagram as inline SVG: boxes, text and lines only, styled by the book's stylesheet
//! through classes (the page's CSP allows no inline style). It is an image with a title and a
//! description; the same flow is given as text beside it, so a screen reader loses nothing.

use super::layout::{Layout, TextLine, PAD, WIDTH};
use rundskriv_core::export::static_page::escape;
use std::fmt::Write as _;

/// What the SVG says about itself, and the ids its parts carry (for the tests and for links).
pub struct Labels<'a> {
    /// Unique in the page: the prefix of the SVG's own ids.
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    /// Per question, its node id; per outcome, its id and its verdict's id.
    pub nodes: Vec<&'a str>,
    pub outcomes: Vec<(&'a str, &'a str)>,
    /// Per question, per answer, its outcomes and next question (as in the layout's input).
    pub edges: Vec<Vec<(Vec<usize>, Option<usize>)>>,
}

fn text(out: &mut String, line: &TextLine, class: &str) {
    let _ = writeln!(
        out,
        "<text class=\"{class}\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
        line.x,
        line.y,
        escape(&line.text)
    );
}

pub fn svg(layout: &Layout, labels: &Labels) -> String {
    let id = labels.id;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" viewBox=\"0 0 {WIDTH} {h:.0}\" width=\"{WIDTH}\" height=\"{h:.0}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">",
        h = layout.height.ceil()
    );
    let _ = writeln!(out, "<title id=\"{id}-title\">{}</title>", escape(labels.title));
    let _ = writeln!(out, "<desc id=\"{id}-desc\">{}</desc>", escape(labels.desc));
    let _ = writeln!(
        out,
        "<defs><marker id=\"{id}-arrow\" class=\"arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\"/></marker></defs>"
    );
    edges(&mut out, layout, labels);
    for (question, node) in layout.questions.iter().zip(&labels.nodes) {
        let r = question.rect;
        let _ = writeln!(out, "<g class=\"node\" data-node=\"{node}\">");
        let _ = writeln!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"4\"/>",
            r.x, r.y, r.width, r.height
        );
        text(&mut out, &question.heading, "heading");
        question.text.iter().for_each(|line| text(&mut out, line, "question"));
        let _ = writeln!(
            out,
            "<line class=\"rule\" x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/>",
            r.x,
            r.right(),
            y = question.rule_y
        );
        for answer in &question.answers {
            let (x, y) = answer.port;
            let _ = writeln!(out, "<circle class=\"port\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.5\"/>");
            let bullet = TextLine {
                x: r.x + PAD,
                y: answer.lines.first().map_or(y, |l| l.y),
                text: "–".to_string(),
            };
            text(&mut out, &bullet, "answer");
            answer.lines.iter().for_each(|line| text(&mut out, line, "answer"));
        }
        out.push_str("</g>\n");
    }
    for (outcome, (outcome_id, verdict)) in layout.outcomes.iter().zip(&labels.outcomes) {
        let r = outcome.rect;
        let _ = writeln!(
            out,
            "<g class=\"outcome\" data-verdict=\"{verdict}\" data-outcome=\"{outcome_id}\">"
        );
        let _ = writeln!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"4\"/>",
            r.x, r.y, r.width, r.height
        );
        for (i, line) in outcome.lines.iter().enumerate() {
            if i == 0 {
                let _ = writeln!(
                    out,
                    "<text class=\"title\" x=\"{:.1}\" y=\"{:.1}\"><tspan class=\"verdict\">{}</tspan> {}</text>",
                    line.x,
                    line.y,
                    escape(&outcome.verdict),
                    escape(&line.text)
                );
            } else {
                text(&mut out, line, "title");
            }
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}

/// A line from each answer to each outcome it records (a curve to the right), and to the question
/// it goes on to (out to the question's lane, along it, into the question's right edge).
fn edges(out: &mut String, layout: &Layout, labels: &Labels) {
    let arrow = format!("url(#{}-arrow)", labels.id);
    for (q, answers) in labels.edges.iter().enumerate() {
        for (a, (outcomes, next)) in answers.iter().enumerate() {
            let (x, y) = layout.questions[q].answers[a].port;
            let from = format!("{}/{a}", labels.nodes[q]);
            for &o in outcomes {
                let (tx, ty) = layout.outcomes[o].entry;
                let bend = (tx - x) / 2.0;
                let _ = writeln!(
                    out,
                    "<path class=\"edge edge-outcome\" data-from=\"{from}\" data-to=\"{}\" d=\"M{x:.1},{y:.1} C{:.1},{y:.1} {:.1},{ty:.1} {tx:.1},{ty:.1}\" marker-end=\"{arrow}\"/>",
                    labels.outcomes[o].0,
                    x + bend,
                    tx - bend
                );
            }
            if let Some(n) = *next {
                let lane = layout.lanes[n].unwrap_or(x + PAD);
                let (tx, ty) = layout.questions[n].entry;
                let _ = writeln!(
                    out,
                    "<path class=\"edge edge-next\" data-from=\"{from}\" data-to=\"{}\" d=\"M{x:.1},{y:.1} H{lane:.1} V{ty:.1} H{:.1}\" marker-end=\"{arrow}\"/>",
                    labels.nodes[n],
                    tx + 1.0
                );
            }
        }
    }
}
