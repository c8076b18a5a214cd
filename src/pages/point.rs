//! One point (or unnumbered part) of the circular on its own page, with the way to the previous
//! and the next, and a notice when the paragraph the link names is not there.

use crate::parts::section_body::{heading_text, Context, SectionBody};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::content::{block_by_id, pages, Section};
use rundskriv_core::i18n::Key;
use rundskriv_core::route::Route;

#[component]
pub fn PointPage(section: &'static Section, target: Option<String>) -> impl IntoView {
    let state = state();
    let missing = target.filter(|id| block_by_id(id).is_none_or(|b| !std::ptr::eq(b.section(), section)));
    let position = pages().position(|s| std::ptr::eq(s, section));
    let previous = position.and_then(|p| p.checked_sub(1)).and_then(|p| pages().nth(p));
    let next = position.and_then(|p| pages().nth(p + 1));
    let pager_link = move |target: Option<&'static Section>, key: Key, rel: &'static str| {
        target.map(|s| {
            view! {
                <a class=format!("pager-{rel}") rel=rel href=Route::section(s).href()>
                    <span class="pager-label">{state.tr(key)}</span>
                    <span class="pager-title" lang="nb">{heading_text(s)}</span>
                </a>
            }
        })
    };
    view! {
        {missing.map(|id| view! {
            <div class="notice" role="alert">
                <p>{state.trf(Key::NotFoundBlock, "id", id.clone())}</p>
            </div>
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
