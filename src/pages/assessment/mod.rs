//! The self-assessment (egenvurdering): every tree's questions once, grouped into sections, a
//! summary with "Endre", and the organisation's own checklist with its follow-up (status, owner,
//! deadline, evidence), print, Markdown, CSV, JSON, clipboard and e-mail exports, JSON import and
//! a shareable link.

mod checklist;
mod exports;
mod follow_form;
mod import;
mod links;
mod overview;
mod question;
mod result;
mod summary;

use crate::parts::forget_answers::{saved_note, ForgetAnswers};
use crate::parts::link_notice::{edition_notice, garbled_link};
use crate::platform::storage;
use crate::state::state;
use import::ImportAssessment;
use leptos::prelude::*;
use question::AssessmentQuestion;
use result::AssessmentResult;
use rundskriv_core::assessment::progress;
use rundskriv_core::codec::follow_ups::FollowUps;
use rundskriv_core::engine::Answers;
use rundskriv_core::route::{AssessmentRoute, AssessmentView, LinkAnswers, Route};
use rundskriv_core::ui_strings::Key;
use summary::AssessmentSummary;

#[component]
pub fn AssessmentPage(route: AssessmentRoute) -> impl IntoView {
    let state = state();
    let AssessmentRoute {
        view,
        answers,
        follow,
        made_under,
    } = route;
    let mut notices: Vec<AnyView> = Vec::new();
    // Saved answers carry the edition they were saved under; a link's, its own.
    let made_under = match answers {
        None => storage::saved_answers_edition(),
        Some(_) => made_under,
    };
    let given: Answers = match answers {
        None => match storage::saved_answers() {
            Ok(saved) => saved,
            Err(_) => {
                notices.push(view! { <p>{state.tr(Key::TreeStorageBad)}</p> }.into_any());
                Answers::new()
            }
        },
        Some(link) => link.value.unwrap_or_else(|e| {
            notices.push(garbled_link(e));
            Answers::new()
        }),
    };
    let follow_ups = match follow {
        None => storage::saved_follow_ups().unwrap_or_else(|_| {
            // Put aside, not lost: the next save keeps the unreadable text under its own key.
            notices.push(view! { <p>{state.tr(Key::FollowStorageBad)}</p> }.into_any());
            FollowUps::new()
        }),
        Some(link) => match link.value {
            Ok((follow, 0)) => follow,
            Ok((follow, dropped)) => {
                notices.push(
                    view! { <p>{state.trf(Key::AssessmentFollowupDropped, "count", dropped.to_string())}</p> }
                        .into_any(),
                );
                follow
            }
            Err(e) => {
                notices.push(garbled_link(e));
                FollowUps::new()
            }
        },
    };
    let p = progress(&given);
    let edit = match view {
        AssessmentView::Edit(fact) => Some(fact).filter(|f| given.contains_key(f) || p.next == Some(*f)),
        _ => None,
    };
    let edition = edition_notice(&made_under);
    let notice = (!notices.is_empty()).then(|| view! { <div class="ds-alert notice" role="alert">{notices}</div> });
    let body = match (edit, p.next, view) {
        (Some(fact), _, _) | (None, Some(fact), _) => {
            view! { <AssessmentQuestion fact=fact answers=given.clone() follow=follow_ups.clone() progress=p.clone()/> }
                .into_any()
        }
        (None, None, AssessmentView::Result) => {
            view! { <AssessmentResult answers=given.clone() follow=follow_ups.clone() progress=p.clone()/> }.into_any()
        }
        (None, None, _) => {
            view! { <AssessmentSummary answers=given.clone() follow=follow_ups.clone() progress=p.clone()/> }.into_any()
        }
    };
    view! {
        {edition}
        {notice}
        {body}
        <div class="tree-footer">
            <ImportAssessment/>
            <p class="hint">{state.tr(saved_note())}</p>
            <ForgetAnswers after=Route::Assessment(AssessmentRoute { answers: Some(LinkAnswers::read("")), ..AssessmentRoute::saved() }) follow_ups=true/>
        </div>
    }
}
