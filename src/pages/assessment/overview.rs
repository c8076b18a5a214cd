//! The top of the checklist: the follow-up at a glance (how many items stand at each status, a bar
//! of how many are settled, what is overdue, the review interval) and the summary of refused
//! changes, which leads to the fields to correct.

use super::follow_up::{note_id, Editor};
use crate::platform::{download, storage};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::assessment::Item;
use rundskriv_core::labels::Label;
use rundskriv_core::limits::MAX_REVIEW_MONTHS;
use rundskriv_core::review::{overview, ReviewInterval};
use rundskriv_core::trees::OUTCOMES;
use rundskriv_core::ui_strings::{tf, Key};

/// The id of the error summary, focused when a change is refused.
pub const ERROR_SUMMARY_ID: &str = "feilsammendrag";

/// Counts per status, the bar, what is overdue and the review interval.
pub fn follow_up_overview(items: Vec<Item>, editor: Editor) -> impl IntoView {
    let state = state();
    let status = move || {
        let lang = state.lang.get();
        let o = editor.follow.with(|f| overview(&items, f, download::today(), editor.interval.get()));
        let settled: usize = o.counts.iter().filter(|(s, _)| s.is_settled()).map(|(_, n)| n).sum();
        let counts: Vec<AnyView> = o
            .counts
            .iter()
            .map(|&(s, n)| view! { <li>{s.label(lang)} ": " <strong>{n}</strong></li> }.into_any())
            .collect();
        let overdue: Vec<AnyView> = o
            .overdue
            .iter()
            .map(|&outcome| view! { <li>{OUTCOMES[outcome].title.get(lang)}</li> }.into_any())
            .collect();
        let due = (!o.due_for_review.is_empty())
            .then(|| view! { <p>{state.text(Key::FollowDueReview)} ": " {o.due_for_review.len()}</p> });
        let settled_text = tf(
            lang,
            Key::OverviewSettled,
            &[("settled", &settled.to_string()), ("total", &o.total.to_string())],
        );
        view! {
            <label for="avklart">{settled_text}</label>
            <progress id="avklart" max=o.total.max(1).to_string() value=settled.to_string()></progress>
            <ul class="status-counts">{counts}</ul>
            {(!overdue.is_empty()).then(|| view! {
                <p class="follow-mark">{state.text(Key::OverviewOverdue)} ":"</p>
                <ul>{overdue}</ul>
            })}
            {due}
        }
    };
    let set_interval = move |ev: leptos::ev::Event| {
        if let Some(interval) = ReviewInterval::parse(&event_target_value(&ev)) {
            editor.interval.set(interval);
            storage::save_review_interval(interval);
        }
    };
    view! {
        <section class="follow-overview" aria-labelledby="oppfolging-tittel">
            <h2 id="oppfolging-tittel">{state.tr(Key::OverviewTitle)}</h2>
            {status}
            <div class="field">
                <label for="gjennomgang">{state.tr(Key::ReviewInterval)}</label>
                <input id="gjennomgang" type="number" inputmode="numeric" min="1" max=MAX_REVIEW_MONTHS.to_string()
                    prop:value=move || editor.interval.get().months().to_string() on:change=set_interval/>
            </div>
        </section>
    }
}

/// What must be corrected, each leading to its field; nothing when nothing was refused.
pub fn error_summary(editor: Editor) -> impl IntoView {
    let state = state();
    move || {
        let refused = editor.refused.get();
        (!refused.is_empty()).then(|| {
            let lang = state.lang.get();
            let entries: Vec<AnyView> = refused
                .iter()
                .map(|&outcome| {
                    let text = tf(lang, Key::FollowJustificationMissing, &[("title", OUTCOMES[outcome].title.get(lang))]);
                    let id = note_id(outcome);
                    view! { <li><button type="button" class="link-button" on:click=move |_| { state.focus(&id, true); }>{text}</button></li> }
                        .into_any()
                })
                .collect();
            view! {
                <div class="error-summary" id=ERROR_SUMMARY_ID role="alert" tabindex="-1">
                    <h2>{state.text(Key::ErrorSummaryTitle)}</h2>
                    <ul>{entries}</ul>
                </div>
            }
        })
    }
}
