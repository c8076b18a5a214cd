//! The start page: what the tool is, who the circular applies to, and the ways in.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::route::{AssessmentRoute, Route, TreeRoute};
use rundskriv_core::trees::TREES;
use rundskriv_core::ui_strings::Key;

#[component]
pub fn StartPage() -> impl IntoView {
    let state = state();
    let text = move |key: Key| state.tr(key);
    // The policy owner's printable book of every tree, which the post-build hook writes.
    let review_book = state.file_href("gjennomgang.html");
    view! {
        <h1 id="page-heading" tabindex="-1">{text(Key::AppName)}</h1>
        <p class="lead">{text(Key::StartLead)}</p>
        <section class="ds-card assessment-card ds-variant-tinted" aria-labelledby="egenvurdering">
            <h2 id="egenvurdering">{text(Key::AssessmentTitle)}</h2>
            <p>{text(Key::AssessmentLead)}</p>
            <p><a class="ds-button button-link" href=Route::Assessment(AssessmentRoute::saved()).href()>{text(Key::AssessmentStart)}</a></p>
        </section>
        <section class="trees" aria-labelledby="veivisere">
            <h2 id="veivisere">{text(Key::TreesTitle)}</h2>
            <p>{text(Key::TreesLead)}</p>
            <TreeList/>
            <p><a href=review_book>{text(Key::TreesReviewBook)}</a></p>
        </section>
        <div class="cards">
            <section class="ds-card">
                <h2><a href=Route::Contents.href()>{text(Key::StartReadTitle)}</a></h2>
                <p>{text(Key::StartReadText)}</p>
                <p><a href=Route::Whole { block: None }.href()>{text(Key::NavWhole)}</a></p>
            </section>
            <section class="ds-card">
                <h2><a href=Route::Search { query: String::new() }.href()>{text(Key::StartSearchTitle)}</a></h2>
                <p>{text(Key::StartSearchText)}</p>
            </section>
        </div>
        <section class="applies">
            <h2>{text(Key::StartAppliesTitle)}</h2>
            <p>{text(Key::StartApplies)}</p>
            <p>{text(Key::StartNotApplies)}</p>
        </section>
        <p class="privacy">{text(Key::Privacy)}</p>
    }
}

/// The list of trees, for the start page.
#[component]
fn TreeList() -> impl IntoView {
    let state = state();
    let items: Vec<AnyView> = TREES
        .with_ids()
        .map(|(id, tree)| {
            let href = Route::Tree(TreeRoute::saved(id)).href();
            view! {
                <li>
                    <a href=href>{state.tr_text(tree.title)}</a>
                    <p class="hint">{state.tr_text(tree.intro)}</p>
                </li>
            }
            .into_any()
        })
        .collect();
    view! { <ul class="tree-list">{items}</ul> }
}
