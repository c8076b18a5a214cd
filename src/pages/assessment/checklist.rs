//! The self-assessment's checklist: its items under the point of the circular they rest on, with
//! the follow-up form for the items that take follow-up.

use super::follow_form::{follow_form, FollowEditor};
use crate::parts::basis::basis;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::assessment::Item;
use rundskriv_core::content::SECTIONS;
use rundskriv_core::review::takes_follow_up;
use rundskriv_core::trees::OUTCOMES;

/// Checklist items under the point of the circular they rest on; with `editor`, the items that
/// take follow-up (krav, må vurderes) get its form.
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
                let controls = editor
                    .filter(|_| takes_follow_up(o.verdict))
                    .map(|editor| follow_form(outcome, o.title, editor));
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
