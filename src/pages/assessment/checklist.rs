//! The self-assessment's checklist: its items under the point of the circular they rest on, with
//! follow-up controls (done, a note) for the requirements.

use crate::parts::basis::basis;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::assessment::Item;
use rundskriv_core::codec::follow_ups::{FollowUps, Status};
use rundskriv_core::content::SECTIONS;
use rundskriv_core::trees::{OutcomeId, Verdict, OUTCOMES};
use rundskriv_core::ui_strings::Key;
use rundskriv_core::TableId as _;

/// A change to one verdict's follow-up.
#[derive(Clone)]
pub enum FollowChange {
    Done(bool),
    Note(String),
}

/// Checklist items under the point of the circular they rest on; krav get follow-up controls.
/// The follow-up state and how to change it, for the items that take follow-up.
pub type FollowEditor = (RwSignal<FollowUps>, Callback<(OutcomeId, FollowChange)>);

pub fn by_point(items: &[Item], editor: Option<FollowEditor>) -> Vec<AnyView> {
    let state = state();
    let mut out = Vec::new();
    let mut index = 0;
    while index < items.len() {
        let section = items[index].section;
        let end = items[index..]
            .iter()
            .position(|i| i.section != section)
            .map_or(items.len(), |p| index + p);
        let place = SECTIONS[section].heading();
        let entries: Vec<AnyView> = items[index..end]
            .iter()
            .map(|item| {
                let outcome = item.outcome;
                let o = &OUTCOMES[outcome];
                let controls = editor.filter(|_| o.verdict == Verdict::Krav).map(|(follow, update)| {
                    let check_id = format!("fulgt-opp-{}", outcome.index());
                    let note_id = format!("notat-{}", outcome.index());
                    view! {
                        <div class="follow-up">
                            <div class="ds-field choice">
                                <input class="ds-input" type="checkbox" id=check_id.clone()
                                    prop:checked=move || follow.with(|f| f.get(&outcome).is_some_and(|f| f.status == Status::Oppfylt))
                                    on:change=move |ev| update.run((outcome, FollowChange::Done(event_target_checked(&ev))))/>
                                <label for=check_id>{state.tr(Key::AssessmentDone)}</label>
                            </div>
                            <label for=note_id.clone() class="note-label">{state.tr(Key::AssessmentNote)}</label>
                            <input type="text" class="ds-input note" id=note_id maxlength="500"
                                prop:value=move || follow.with(|f| f.get(&outcome).map(|f| f.note.clone()).unwrap_or_default())
                                on:change=move |ev| update.run((outcome, FollowChange::Note(event_target_value(&ev))))/>
                        </div>
                    }
                });
                view! {
                    <li class=o.verdict.css_class()>
                        <h4 class="verdict-title">{state.tr_text(o.title)}</h4>
                        <p>{state.tr_text(o.text)}</p>
                        {controls}
                        {basis(o.cites)}
                    </li>
                }
                .into_any()
            })
            .collect();
        out.push(
            view! {
                <h3 class="point-heading" lang="nb">{place}</h3>
                <ul class="checklist">{entries}</ul>
            }
            .into_any(),
        );
        index = end;
    }
    out
}
