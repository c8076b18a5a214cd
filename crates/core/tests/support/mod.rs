//! What more than one test file of core builds its cases from.

use rundskriv_core::assessment::progress;
use rundskriv_core::engine::{possible_answers, Answer, Answers};
use rundskriv_core::trees::fact_id;

/// A directorate's assessment, every question answered with its first answer.
pub fn full_assessment() -> Answers {
    let mut answers = Answers::new();
    answers.insert(fact_id("virksomhetstype").unwrap(), Answer::Choice(1));
    while let Some(f) = progress(&answers).next {
        answers.insert(f, possible_answers(f)[0]);
    }
    answers
}
