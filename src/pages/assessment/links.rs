//! The self-assessment's addresses: every view of it carries the answers and the follow-up, so a
//! copied link opens the same place with the same answers.

use rundskriv_core::assessment::progress;
use rundskriv_core::engine::Answers;
use rundskriv_core::report::{self, FollowUps};
use rundskriv_core::route::{AssessmentView, Route};
use rundskriv_core::share;
use rundskriv_core::trees::FactId;

/// The facts of `answers`, in the order the questionnaire asks them, then any others.
fn asked_order(answers: &Answers) -> Vec<FactId> {
    share::asking_order(progress(answers).asked, answers)
}

pub fn route_to(view: AssessmentView, answers: &Answers, follow: &FollowUps) -> Route {
    Route::Assessment {
        view,
        answers: Some(share::encode(answers, asked_order(answers))),
        follow: Some(report::encode_follow_ups(follow)),
    }
}
