//! Where the boxes and lines of a flow diagram go, sized for an A4 page: the questions in a
//! column on the left, each box holding its answers as rows with a port on its right edge; the
//! outcomes in a column on the right; a line from each answer to each outcome it records, and a
//! lane between the columns from each answer down to the question it goes on to. Widths are fixed
//! and text is wrapped by an estimate of its width, so the diagram never grows wider than the page.

/// The drawing's width in SVG units (CSS pixels): 180 mm, about A4's width less its margins.
pub const WIDTH: f64 = 680.0;
pub const FONT: f64 = 11.0;
pub const LINE: f64 = 13.5;
pub const PAD: f64 = 5.0;
const MARGIN: f64 = 4.0;
const QUESTION_WIDTH: f64 = 250.0;
const OUTCOME_WIDTH: f64 = 270.0;
const QUESTION_GAP: f64 = 14.0;
const OUTCOME_GAP: f64 = 6.0;
const LANE_START: f64 = 10.0;
const LANE_STEP: f64 = 7.0;
/// An estimate of a character's width in a sans-serif font, in ems: generous, so wrapped lines fit.
const CHARACTER: f64 = 0.58;
/// The same for bold capitals (a verdict).
const BOLD_CAPITAL: f64 = 0.78;

/// What to draw: each question's heading and answers, each outcome's lines.
pub struct Input {
    pub questions: Vec<QuestionInput>,
    pub outcomes: Vec<OutcomeInput>,
}

/// An outcome's verdict (set in bold capitals before the title) and title.
pub struct OutcomeInput {
    pub verdict: String,
    pub title: String,
}

pub struct QuestionInput {
    /// The heading line ("Spørsmål 2") and the question's text.
    pub heading: String,
    pub text: String,
    pub answers: Vec<AnswerInput>,
}

pub struct AnswerInput {
    pub label: String,
    pub outcomes: Vec<usize>,
    pub next: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
}

/// A text line's baseline start.
pub struct TextLine {
    pub x: f64,
    pub y: f64,
    pub text: String,
}

pub struct QuestionBox {
    pub rect: Rect,
    pub heading: TextLine,
    pub text: Vec<TextLine>,
    /// The line between the question and its answers.
    pub rule_y: f64,
    pub answers: Vec<AnswerRow>,
    /// Where lanes from earlier answers come in: the right edge, level with the heading.
    pub entry: (f64, f64),
}

pub struct AnswerRow {
    pub lines: Vec<TextLine>,
    pub port: (f64, f64),
}

pub struct OutcomeBox {
    pub rect: Rect,
    /// Written at the start of the first line, before its text.
    pub verdict: String,
    pub lines: Vec<TextLine>,
    pub entry: (f64, f64),
}

pub struct Layout {
    pub height: f64,
    pub questions: Vec<QuestionBox>,
    pub outcomes: Vec<OutcomeBox>,
    /// The x of the lane leading into each question (by index), if any answer leads there.
    pub lanes: Vec<Option<f64>>,
}

/// `text` broken at spaces into lines of at most `width` units (a word longer than a line keeps
/// its own line).
pub fn wrap(text: &str, width: f64) -> Vec<String> {
    wrap_after(0.0, text, width)
}

/// [`wrap`], with the first line's start taken up by `indent` units already.
fn wrap_after(indent: f64, text: &str, width: f64) -> Vec<String> {
    let most = |width: f64| ((width / (FONT * CHARACTER)).floor() as usize).max(8);
    let mut lines: Vec<String> = vec![String::new()];
    for word in text.split_whitespace() {
        let count = lines.len();
        let room = if count == 1 { most(width - indent) } else { most(width) };
        let last = &mut lines[count - 1];
        let used = last.chars().count();
        let length = word.chars().count();
        let fits = if used == 0 {
            count > 1 || length <= room
        } else {
            used + 1 + length <= room
        };
        if !fits {
            lines.push(word.to_string());
            continue;
        }
        if used > 0 {
            last.push(' ');
        }
        last.push_str(word);
    }
    // Without an indent, an empty first line is no line.
    if indent == 0.0 && lines[0].is_empty() {
        lines.remove(0);
    }
    lines
}

fn text_lines(lines: Vec<String>, x: f64, top: f64) -> Vec<TextLine> {
    let baseline = |i: usize| top + LINE * (i as f64 + 1.0) - (LINE - FONT) / 2.0 - 1.0;
    lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| TextLine {
            x,
            y: baseline(i),
            text,
        })
        .collect()
}

pub fn layout(input: &Input) -> Layout {
    let inner = QUESTION_WIDTH - 2.0 * PAD;
    let mut questions = Vec::new();
    let mut y = MARGIN;
    for question in &input.questions {
        let top = y;
        let heading = text_lines(vec![question.heading.clone()], MARGIN + PAD, top + PAD).remove(0);
        let text = text_lines(wrap(&question.text, inner), MARGIN + PAD, top + PAD + LINE);
        let rule_y = top + PAD + LINE * (1.0 + text.len() as f64) + PAD / 2.0;
        let mut row_top = rule_y + PAD / 2.0;
        let answers = question
            .answers
            .iter()
            .map(|answer| {
                let lines = text_lines(wrap(&answer.label, inner - 10.0), MARGIN + PAD + 10.0, row_top);
                let port = (MARGIN + QUESTION_WIDTH, row_top + LINE / 2.0);
                row_top += LINE * lines.len() as f64 + 1.0;
                AnswerRow { lines, port }
            })
            .collect();
        let height = row_top + PAD - top;
        let rect = Rect {
            x: MARGIN,
            y: top,
            width: QUESTION_WIDTH,
            height,
        };
        let entry = (rect.right(), top + PAD + LINE / 2.0);
        questions.push(QuestionBox {
            rect,
            heading,
            text,
            rule_y,
            answers,
            entry,
        });
        y += height + QUESTION_GAP;
    }
    let questions_end = y - QUESTION_GAP;
    let outcome_x = WIDTH - MARGIN - OUTCOME_WIDTH;
    let mut outcomes = Vec::new();
    let mut y = MARGIN;
    for outcome in &input.outcomes {
        let indent = (outcome.verdict.chars().count() as f64 + 1.0) * FONT * BOLD_CAPITAL;
        let wrapped = wrap_after(indent, &outcome.title, OUTCOME_WIDTH - 2.0 * PAD);
        let height = LINE * wrapped.len() as f64 + 2.0 * PAD;
        let rect = Rect {
            x: outcome_x,
            y,
            width: OUTCOME_WIDTH,
            height,
        };
        let lines = text_lines(wrapped, outcome_x + PAD, y + PAD);
        outcomes.push(OutcomeBox {
            rect,
            verdict: outcome.verdict.clone(),
            lines,
            entry: (outcome_x, y + height / 2.0),
        });
        y += height + OUTCOME_GAP;
    }
    let outcomes_end = y - OUTCOME_GAP;
    let height = questions_end.max(outcomes_end) + MARGIN;
    spread(&mut questions, height - MARGIN - questions_end);
    Layout {
        height,
        lanes: lanes(input),
        questions,
        outcomes,
    }
}

/// Moves the questions down into the spare height, evenly between them, so that lines to the
/// outcomes run less steeply.
fn spread(questions: &mut [QuestionBox], spare: f64) {
    if questions.len() < 2 || spare <= 0.0 {
        return;
    }
    let step = spare / (questions.len() - 1) as f64;
    for (i, question) in questions.iter_mut().enumerate() {
        let dy = step * i as f64;
        question.rect.y += dy;
        question.heading.y += dy;
        question.rule_y += dy;
        question.entry.1 += dy;
        let lines = question
            .text
            .iter_mut()
            .chain(question.answers.iter_mut().flat_map(|a| a.lines.iter_mut()));
        lines.for_each(|line| line.y += dy);
        question.answers.iter_mut().for_each(|a| a.port.1 += dy);
    }
}

/// One lane per question that some answer leads to, side by side from the questions' edge.
fn lanes(input: &Input) -> Vec<Option<f64>> {
    let mut lanes = vec![None; input.questions.len()];
    let mut next_x = MARGIN + QUESTION_WIDTH + LANE_START;
    for target in input
        .questions
        .iter()
        .flat_map(|q| q.answers.iter().filter_map(|a| a.next))
    {
        if let Some(slot @ None) = lanes.get_mut(target) {
            *slot = Some(next_x);
            next_x += LANE_STEP;
        }
    }
    lanes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_in_order_within_the_width() {
        let text = "Dere skal sende betalingsoppdrag til banken med forsterket PEPPOL eDelivery og ISO 20022";
        let lines = wrap(text, 120.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.join(" "), text);
        let most = (120.0 / (FONT * CHARACTER)).floor() as usize;
        assert!(lines.iter().all(|l| l.chars().count() <= most), "{lines:?}");
        assert_eq!(wrap("", 120.0), Vec::<String>::new());
    }

    #[test]
    fn an_indent_shortens_only_the_first_line_and_may_take_all_of_it() {
        let text = "ord ".repeat(30);
        let plain = wrap(&text, 200.0);
        let indented = wrap_after(100.0, &text, 200.0);
        assert!(indented[0].len() < plain[0].len());
        assert_eq!(indented[1].len(), plain[1].len());
        assert_eq!(wrap_after(180.0, "betalingsoppdrag", 200.0), ["", "betalingsoppdrag"]);
    }
}
