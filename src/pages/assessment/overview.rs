//! The follow-up at a glance, at the top of the result: how many items stand at each status, as
//! numbers and as a bar; which deadlines have passed and which statuses are due for review, each
//! linked to its item; and the review interval, which the user sets and this browser keeps.
//!
//! Built once per result: what changes with the follow-up is attributes and texts, all of them
//! one of two closure types over `Part` (each closure type is code of its own, in the first load).

use super::follow_form::{form_id, FollowEditor};
use crate::platform::storage;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::assessment::Item;
use rundskriv_core::codec::follow_ups::Status;
use rundskriv_core::follow_form::SUMMARY_ORDER;
use rundskriv_core::labels::Label;
use rundskriv_core::limits::MAX_REVIEW_MONTHS;
use rundskriv_core::review::{overview, takes_follow_up, Overview, ReviewInterval};
use rundskriv_core::trees::{OutcomeId, OUTCOMES};
use rundskriv_core::ui_strings::{tf, Key, Lang};

/// The class a status's bar cells and its key in the counts share (its pattern and colour).
fn status_class(status: Status) -> &'static str {
    match status {
        Status::Oppfylt => "status-oppfylt",
        Status::IkkeOppfylt => "status-ikke-oppfylt",
        Status::IkkeRelevant => "status-ikke-relevant",
        Status::UnderArbeid => "status-under-arbeid",
        Status::IkkePaabegynt => "status-ikke-paabegynt",
    }
}

/// Which items an attention list is about.
type Which = fn(&Overview) -> &[OutcomeId];

/// One changing part of the summary: the status, bar cell, list or item it shows.
#[derive(Clone, Copy)]
struct Part {
    items: StoredValue<Vec<Item>>,
    editor: FollowEditor,
    /// The review interval field holds what is no interval.
    bad_interval: RwSignal<bool>,
    status: Status,
    cell: usize,
    which: Which,
    outcome: OutcomeId,
    lang: RwSignal<Lang>,
}

impl Part {
    fn seen(self) -> Overview {
        let FollowEditor {
            follow,
            interval,
            today,
            ..
        } = self.editor;
        self.items
            .with_value(|items| follow.with(|follow| overview(items, follow, today, interval.get())))
    }

    fn text(self, show: fn(&Overview, Part) -> String) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || show(&self.seen(), self)
    }

    fn flag(self, show: fn(&Overview, Part) -> bool) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        move || show(&self.seen(), self)
    }
}

/// The summary of the follow-up of `items`; nothing when none of them takes follow-up.
// See `follow_form`: closures written out in `view!` share their render code.
#[allow(clippy::redundant_closure)]
pub fn follow_overview(items: Vec<Item>, editor: FollowEditor) -> Option<impl IntoView> {
    let state = state();
    let followed: Vec<OutcomeId> = items
        .iter()
        .filter(|i| takes_follow_up(OUTCOMES[i.outcome].verdict))
        .map(|i| i.outcome)
        .collect();
    let first = *followed.first()?;
    let part = Part {
        items: StoredValue::new(items),
        editor,
        bad_interval: RwSignal::new(false),
        status: Status::default(),
        cell: 0,
        which: |o| o.overdue.as_slice(),
        outcome: first,
        lang: state.lang,
    };
    let counts = SUMMARY_ORDER.map(|status| {
        let count =
            Part { status, ..part }.text(|o, p| format!("{}: {}", p.status.label(p.lang.get()), o.count(p.status)));
        view! { <li><span class=status_class(status)></span>{move || count()}</li> }
    });
    // A cell per item, at equal widths and sorted by status: a stacked bar whose parts are as
    // wide as their counts, without inline styles (the hosting CSP allows none).
    let bar: Vec<_> = (0..followed.len())
        .map(|cell| {
            let class = Part { cell, ..part }.text(|o, p| status_class(o.stacked(&SUMMARY_ORDER)[p.cell]).to_string());
            view! { <span class=move || class()></span> }
        })
        .collect();
    // Every item is in both lists, shown only where it applies.
    let attention = |key: Key, which: Which| {
        let list = Part { which, ..part };
        let links: Vec<_> = followed
            .iter()
            .map(|&outcome| {
                let target = form_id(outcome);
                let hidden = Part { outcome, ..list }.flag(|o, p| !(p.which)(o).contains(&p.outcome));
                view! {
                    <li hidden=move || hidden()><a href=format!("#{target}") on:click=move |ev| {
                        ev.prevent_default();
                        state.focus(&target, true);
                    }>{state.tr_text(OUTCOMES[outcome].title)}</a></li>
                }
            })
            .collect();
        let count = list.text(|o, p| (p.which)(o).len().to_string());
        let none = list.flag(|o, p| (p.which)(o).is_empty());
        view! {
            <p class="attention">{state.tr(key)} ": " {move || count()}</p>
            <ul hidden=move || none()>{links}</ul>
        }
    };
    let bad_interval = part.bad_interval;
    let set_interval = move |ev: leptos::ev::Event| match ReviewInterval::parse(&event_target_value(&ev)) {
        Some(interval) => {
            bad_interval.set(false);
            editor.interval.set(interval);
            storage::save_review_interval(interval);
        }
        None => bad_interval.set(true),
    };
    let max = MAX_REVIEW_MONTHS.to_string();
    Some(view! {
        <section class="follow-overview">
            <h2>{state.tr(Key::FollowOverviewTitle)}</h2>
            <p>{state.trf(Key::FollowOverviewTotal, "count", followed.len().to_string())}</p>
            <div class="status-bar" aria-hidden="true">{bar}</div>
            <ul class="status-counts">{counts}</ul>
            {attention(Key::FollowOverdue, |o| o.overdue.as_slice())}
            {attention(Key::FollowDueReview, |o| o.due_for_review.as_slice())}
            <div class="ds-field review-interval">
                <label for="gjennomgang">{state.tr(Key::FollowInterval)}</label>
                <input class="ds-input" type="number" id="gjennomgang" min="1" max=max.clone() aria-describedby="gjennomgang-feil"
                    aria-invalid=move || bad_interval.get().to_string()
                    prop:value=move || editor.interval.get().months().to_string()
                    on:change=set_interval/>
                // Its hint, or why what was written is not taken.
                <p class="ds-validation-message" id="gjennomgang-feil">{move || {
                    let key = if bad_interval.get() { Key::FollowIntervalError } else { Key::FollowIntervalHint };
                    tf(state.lang.get(), key, &[("max", &max)])
                }}</p>
            </div>
        </section>
    })
}
