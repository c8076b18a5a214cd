//! One point (or unnumbered part) of the circular on its own page, with the way to the previous
//! and the next, and a notice when the paragraph the link names is not in it.

use crate::parts::section_body::{Context, SectionBody};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::changes;
use rundskriv_core::content::{SectionId, BLOCKS, SECTIONS};
use rundskriv_core::route::{Anchor, Route};
use rundskriv_core::ui_strings::Key;

#[component]
pub fn SectionPage(section: SectionId, target: Option<Anchor>) -> impl IntoView {
    let state = state();
    let missing = match target {
        Some(Anchor::Missing(id)) => Some(id),
        Some(Anchor::Block(block)) if BLOCKS[block].section != section => Some(BLOCKS[block].id()),
        _ => None,
    };
    let pages: Vec<SectionId> = SECTIONS
        .with_ids()
        .filter(|(_, s)| s.has_page())
        .map(|(id, _)| id)
        .collect();
    let position = pages.iter().position(|&s| s == section);
    let previous = position.and_then(|p| p.checked_sub(1)).map(|p| pages[p]);
    let next = position.and_then(|p| pages.get(p + 1).copied());
    let pager_link = move |target: Option<SectionId>, key: Key, rel: &'static str| {
        target.map(|s| {
            view! {
                <a class=format!("pager-{rel}") rel=rel href=Route::section(s).href()>
                    <span class="pager-label">{state.tr(key)}</span>
                    <span class="pager-title" lang="nb">{SECTIONS[s].heading()}</span>
                </a>
            }
        })
    };
    view! {
        {missing.map(|id| view! {
            <div class="ds-alert notice" role="alert">
                <p>{state.trf(Key::NotFoundBlock, "id", id)}</p>
            </div>
        })}
        {changes::point_changed(&SECTIONS[section]).then(|| view! {
            <aside class="ds-alert notice point-changed">
                <p>
                    {state.tr(Key::ChangesPointNotice)} " "
                    <a href=Route::Changes { point: Some(section) }.href()>{state.tr(Key::ChangesPointLink)}</a>
                </p>
            </aside>
        })}
        <article class="section-page">
            <SectionBody section=section context=Context::Alone/>
        </article>
        <nav class="pager" aria-label=state.tr(Key::NavContents)>
            {pager_link(previous, Key::PrevPoint, "prev")}
            {pager_link(next, Key::NextPoint, "next")}
        </nav>
    }
}
