//! The whole circular on one page, to read through or print.

use crate::parts::section_body::{Context, SectionBody};
use crate::platform::dom;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::content::{SectionKind, SECTIONS};
use rundskriv_core::ui_strings::Key;

#[component]
pub fn WholePage() -> impl IntoView {
    let state = state();
    let sections: Vec<AnyView> = SECTIONS
        .with_ids()
        .map(|(id, section)| {
            if section.kind == SectionKind::Chapter {
                view! { <h2 class="chapter-heading" id=section.id lang="nb">{section.heading()}</h2> }.into_any()
            } else {
                view! { <section class="whole-section"><SectionBody section=id context=Context::Whole/></section> }
                    .into_any()
            }
        })
        .collect();
    view! {
        <div class="page-head">
            <h1 id="page-heading" tabindex="-1">{state.tr(Key::WholeTitle)}</h1>
            <button type="button" class="ds-button print-button ds-variant-secondary" on:click=|_| dom::print()>{state.tr(Key::Print)}</button>
        </div>
        <p class="verbatim-note">{state.tr(Key::VerbatimNote)}</p>
        <article class="whole" lang="nb">{sections}</article>
    }
}
