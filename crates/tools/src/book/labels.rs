//! What the book calls an answer and a verdict, in bokmål: the app's own UI strings where the app
//! shows the same thing (yes, no, "Vet ikke", the verdicts), the book's texts for thresholds.

use crate::book::texts::{fill, Texts};
use rundskriv_compiler::parse::trees::{Fact, When, YES_NO};
use rundskriv_core::labels::{number_text, Label};
use rundskriv_core::ui_strings::{t, Key, Lang};
use rundskriv_model::{Threshold, Verdict};

pub fn verdict_label(verdict: Verdict) -> &'static str {
    verdict.label(Lang::Nb)
}

/// The answer as the question offers it (`Ja`, a choice's label, `over 10 millioner kroner`).
pub fn answer_label(fact: &Fact, when: &When, texts: &Texts) -> String {
    match when {
        When::Unknown => t(Lang::Nb, Key::TreeUnknown).to_string(),
        When::Choice(id) => match fact.choices.iter().find(|c| &c.id == id) {
            Some(choice) => match &choice.label {
                Some(label) => label[Lang::Nb].to_string(),
                None if id == YES_NO[0] => t(Lang::Nb, Key::TreeYes).to_string(),
                None => t(Lang::Nb, Key::TreeNo).to_string(),
            },
            None => id.clone(),
        },
        When::Number(threshold) => {
            let (template, bound) = match *threshold {
                Threshold::Above(n) => (&texts.above, n),
                Threshold::AtLeast(n) => (&texts.at_least, n),
                Threshold::Below(n) => (&texts.below, n),
                Threshold::AtMost(n) => (&texts.at_most, n),
            };
            let number = fill(template, &[("n", &number_text(bound, Lang::Nb))]);
            match &fact.unit {
                Some(unit) => format!("{number} {}", &unit[Lang::Nb]),
                None => number,
            }
        }
    }
}
