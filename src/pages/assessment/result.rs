//! The self-assessment's result: the organisation's checklist grouped by verdict, with
//! follow-up, print, Markdown and JSON export, the shareable link and the answers; after the
//! checklist, what is only for information.

use super::checklist::by_point;
use super::exports::ExportActions;
use super::follow_form::FollowEditor;
use super::links::route_to;
use super::overview::follow_overview;
use super::summary::answer_rows;
use crate::parts::answer_summary::open_points;
use crate::platform::{download, storage};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::assessment::{checklist, for_information, open_facts, Item, Progress};
use rundskriv_core::codec::follow_ups::{Change, FollowUps, JustificationMissing};
use rundskriv_core::engine::Answers;
use rundskriv_core::labels::{summary_line, Label};
use rundskriv_core::route::AssessmentView;
use rundskriv_core::trees::{OutcomeId, Verdict, OUTCOMES};
use rundskriv_core::ui_strings::{tf, Key};

/// The checklist by verdict, with follow-up, exports and the shareable link.
#[component]
pub fn AssessmentResult(answers: Answers, follow: FollowUps, progress: Progress) -> impl IntoView {
    let state = state();
    let items = checklist(&progress);
    let follow = RwSignal::new(follow);
    let answers = StoredValue::new(answers);
    let link = move || {
        state.share_url(&route_to(
            AssessmentView::Result,
            &answers.get_value(),
            &follow.get_untracked(),
        ))
    };
    // The user's review interval, read from storage once: the forms and the summary follow it,
    // and the exports take it from here too.
    let interval = RwSignal::new(storage::saved_review_interval());
    let today = download::today();
    let update = Callback::new(
        move |(outcome, change): (OutcomeId, Change)| -> Result<(), JustificationMissing> {
            // Notifies also when refused, so the form's fields show again what is kept.
            let done = follow
                .try_update(|all| all.entry(outcome).or_default().apply(change, today))
                .unwrap_or(Ok(()));
            if done.is_ok() {
                let current = follow.get_untracked();
                storage::save_follow_ups(&current);
                state.replace(&route_to(AssessmentView::Result, &answers.get_value(), &current));
            }
            done
        },
    );
    let editor = FollowEditor {
        follow,
        interval,
        today,
        update,
    };
    let summary = {
        let items = items.clone();
        let progress = progress.clone();
        move || summary_line(&items, &progress, state.lang.get())
    };
    let overview_view = follow_overview(items.clone(), editor);
    let groups: Vec<AnyView> = Verdict::LISTING_ORDER
        .iter()
        .filter(|v| **v != Verdict::GjelderIkke)
        .filter_map(|&verdict| {
            let of_kind: Vec<Item> = items
                .iter()
                .filter(|i| OUTCOMES[i.outcome].verdict == verdict)
                .cloned()
                .collect();
            (!of_kind.is_empty()).then(|| {
                let count = of_kind.len();
                view! {
                    <section class="checklist-group">
                        <h2>{state.tr(verdict.label_key())} " (" {count} ")"</h2>
                        {by_point(&of_kind, Some(editor))}
                    </section>
                }
                .into_any()
            })
        })
        .collect();
    let not_applicable: Vec<Item> = items
        .iter()
        .filter(|i| OUTCOMES[i.outcome].verdict == Verdict::GjelderIkke)
        .cloned()
        .collect();
    let shown = RwSignal::new(false);
    let not_applicable_count = not_applicable.len();
    let not_applicable_view = (!not_applicable.is_empty()).then(|| {
        view! {
            <section class="checklist-group not-applicable">
                <h2>{state.tr(Key::AssessmentNotApplicable)} " (" {not_applicable_count} ")"</h2>
                <button type="button" class="ds-button ds-variant-secondary" aria-expanded=move || shown.get().to_string() aria-controls="gjelder-ikke"
                    on:click=move |_| shown.update(|s| *s = !*s)>
                    {move || if shown.get() { state.text(Key::AssessmentHideNotApplicable).to_string() } else { tf(state.lang.get(), Key::AssessmentShowNotApplicable, &[("count", &not_applicable_count.to_string())]) }}
                </button>
                <div id="gjelder-ikke" class="collapsible" class:is-collapsed=move || !shown.get()>
                    {by_point(&not_applicable, None)}
                </div>
            </section>
        }
    });
    let information = for_information(&progress);
    let information_count = information.len();
    let information_view = (!information.is_empty()).then(|| {
        view! {
            <section class="checklist-group for-information">
                <h2>{state.tr(Verdict::Informasjon.label_key())} " (" {information_count} ")"</h2>
                <p class="hint">{state.tr(Key::InformationNote)}</p>
                {by_point(&information, None)}
            </section>
        }
    });
    let open = open_facts(&progress);
    let answers_now = answers.get_value();
    let follow_now = follow.get_untracked();
    let open_view = open_points(&open, |fact| {
        route_to(AssessmentView::Edit(fact), &answers_now, &follow_now).href()
    });
    view! {
        <p class="eyebrow">{state.tr(Key::AssessmentTitle)}</p>
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::AssessmentResultTitle)}</h1>
        <p class="lead counts">{summary}</p>
        {overview_view}
        <p class="hint">
            {state.tr(Key::AssessmentDate)} ": " {move || today.display(state.lang.get())} ". "
            {state.tr_edition(Key::TreeEdition)}
        </p>
        <ExportActions answers follow link=Callback::new(move |()| link()) interval/>
        {groups}
        {open_view}
        {not_applicable_view}
        {information_view}
        <section class="answers">
            <h2>{state.tr(Key::TreeAnswersTitle)}</h2>
            {answer_rows(&answers.get_value(), &follow.get_untracked(), &progress.asked)}
        </section>
    }
}
