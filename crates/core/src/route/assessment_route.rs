//! The self-assessment's place: `#/egenvurdering/resultat?svar=…&oppf=…`.

use super::from_link::{LinkAnswers, LinkFollowUps};
use super::query::{encode_answers, query_value};
use crate::made_under::MadeUnder;
use crate::percent::{decode, encode};
use crate::trees::{fact_id, FactId, FACTS};

/// The self-assessment's place: which view, and the answers and follow-ups in the link (None:
/// those saved in this browser).
#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentRoute {
    pub view: AssessmentView,
    pub answers: Option<LinkAnswers>,
    pub follow: Option<LinkFollowUps>,
    /// The edition the link's answers were made under (`u=`); the newest for the app's own.
    pub made_under: MadeUnder,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessmentView {
    Questions,
    /// A question to change; a link naming a fact the app does not have shows the questions.
    Edit(FactId),
    Summary,
    Result,
}

impl AssessmentRoute {
    /// The questions, with the answers and follow-ups saved in this browser.
    pub fn saved() -> AssessmentRoute {
        AssessmentRoute {
            view: AssessmentView::Questions,
            answers: None,
            follow: None,
            made_under: MadeUnder::Newest,
        }
    }

    pub(super) fn parse(rest: &[&str], query: &str) -> Option<AssessmentRoute> {
        let view = match rest {
            [] => AssessmentView::Questions,
            ["endre", fact] => fact_id(&decode(fact)).map_or(AssessmentView::Questions, AssessmentView::Edit),
            ["oppsummering"] => AssessmentView::Summary,
            ["resultat"] => AssessmentView::Result,
            _ => return None,
        };
        let answers = query_value(query, "svar").map(|text| LinkAnswers::read(&text));
        let made_under = match answers {
            None => MadeUnder::Newest,
            Some(_) => MadeUnder::read(query_value(query, "u").as_deref()),
        };
        Some(AssessmentRoute {
            view,
            answers,
            made_under,
            // A link without follow-ups leaves them out (`href`), so an empty `oppf=` is none.
            follow: query_value(query, "oppf")
                .filter(|text| !text.is_empty())
                .map(|text| LinkFollowUps::read(&text)),
        })
    }

    pub(super) fn href(&self) -> String {
        let mut href = String::from("#/egenvurdering");
        match self.view {
            AssessmentView::Questions => {}
            AssessmentView::Edit(fact) => href.push_str(&format!("/endre/{}", encode(FACTS[fact].id))),
            AssessmentView::Summary => href.push_str("/oppsummering"),
            AssessmentView::Result => href.push_str("/resultat"),
        }
        let mut params = Vec::new();
        if let Some(answers) = &self.answers {
            params.push(format!("svar={}", encode_answers(answers.text())));
        }
        if let Some(follow) = self.follow.as_ref().filter(|f| !f.text().is_empty()) {
            params.push(format!("oppf={}", encode_answers(follow.text())));
        }
        if let (Some(_), Some(mark)) = (&self.answers, self.made_under.mark()) {
            params.push(format!("u={}", encode(mark)));
        }
        if !params.is_empty() {
            href.push('?');
            href.push_str(&params.join("&"));
        }
        href
    }
}
