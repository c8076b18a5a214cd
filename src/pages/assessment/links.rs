//! The self-assessment's addresses: every view of it carries the answers and the follow-up, so a
//! copied link opens the same place with the same answers.

use rundskriv_core::assessment::progress;
use rundskriv_core::codec::answers::asking_order;
use rundskriv_core::codec::follow_ups::FollowUps;
use rundskriv_core::engine::Answers;
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::route::{AssessmentRoute, AssessmentView, LinkAnswers, LinkFollowUps, Route};
use rundskriv_core::trees::FactId;

/// The facts of `answers`, in the order the questionnaire asks them, then any others.
fn asked_order(answers: &Answers) -> Vec<FactId> {
    asking_order(progress(answers).asked, answers)
}

pub fn route_to(view: AssessmentView, answers: &Answers, follow: &FollowUps) -> Route {
    route_made_under(view, answers, follow, MadeUnder::Newest)
}

/// Like `route_to`, for answers made under `made_under` (an imported file's edition).
pub fn route_made_under(view: AssessmentView, answers: &Answers, follow: &FollowUps, made_under: MadeUnder) -> Route {
    Route::Assessment(AssessmentRoute {
        view,
        answers: Some(LinkAnswers::new(answers, asked_order(answers))),
        follow: Some(LinkFollowUps::new(follow)),
        made_under,
    })
}
