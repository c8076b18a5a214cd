//! A section of the circular as it is read: its heading, its parts (krav, anbefaling,
//! veiledning) with their paragraphs and lists, and its footnotes.

use super::circular_text::{footnote_back_href, inline_text, BlockTools};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::content::{BlockId, BlockKind, SectionId, SectionKind, BLOCKS, SECTIONS};
use rundskriv_core::labels::part_note;
use rundskriv_core::layout::{layout, Item};
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::Key;

/// How a section is shown: alone (its title is the page's h1) or within the whole circular.
#[derive(Clone, Copy, PartialEq)]
pub enum Context {
    Alone,
    Whole,
}

/// A section's heading, parts and footnotes.
#[component]
pub fn SectionBody(section: SectionId, context: Context) -> impl IntoView {
    let state = state();
    let section = &SECTIONS[section];
    let page = layout(section);
    let title = &BLOCKS[page.title];
    let in_chapter = context == Context::Whole && section.kind == SectionKind::Point;
    let link_route = move |block: BlockId| match context {
        Context::Alone => Route::block(block),
        Context::Whole => Route::whole_at(block),
    };
    let heading = match (context, in_chapter) {
        (Context::Alone, _) => {
            view! { <h1 id="page-heading" tabindex="-1" lang="nb">{section.heading()}</h1> }.into_any()
        }
        (Context::Whole, true) => view! { <h3 id=title.id() tabindex="-1">{section.heading()}</h3> }.into_any(),
        (Context::Whole, false) => view! { <h2 id=title.id() tabindex="-1">{section.heading()}</h2> }.into_any(),
    };
    // Heading levels follow the page: h1 title → h2 parts alone; chapter h2 → point h3 → part h4.
    let part_level = match (context, in_chapter) {
        (Context::Alone, _) => 2,
        (Context::Whole, false) => 3,
        (Context::Whole, true) => 4,
    };
    let eyebrow = (context == Context::Alone && section.kind == SectionKind::Point)
        .then(|| view! { <p class="eyebrow">{state.trf(Key::PointLabel, "number", section.number.to_string())}</p> });
    let note =
        (context == Context::Alone).then(|| view! { <p class="verbatim-note">{state.tr(Key::VerbatimNote)}</p> });
    let parts: Vec<AnyView> = page
        .parts
        .into_iter()
        .map(|part| {
            let items: Vec<AnyView> = part
                .items
                .into_iter()
                .map(|item| render_item(item, link_route))
                .collect();
            let heading = part.heading.map(|index| {
                let block = &BLOCKS[index];
                let note = part_note(part.kind).map(|key| {
                    view! { <p class="part-note" lang=move || state.lang.get().tag()>{state.tr(key)}</p> }
                });
                let text = block.text();
                let heading = match part_level {
                    2 => view! { <h2 id=block.id() tabindex="-1" lang="nb">{text}</h2> }.into_any(),
                    3 => view! { <h3 id=block.id() tabindex="-1" lang="nb">{text}</h3> }.into_any(),
                    _ => view! { <h4 id=block.id() tabindex="-1" lang="nb">{text}</h4> }.into_any(),
                };
                view! {
                    <div class="part-head">
                        {heading}
                        {note}
                    </div>
                }
            });
            let class = format!("part part-{}", part.kind.css_class());
            view! { <section class=class>{heading}{items}</section> }.into_any()
        })
        .collect();
    let footnotes = (!page.footnotes.is_empty()).then(|| {
        let notes: Vec<AnyView> = page
            .footnotes
            .iter()
            .map(|&index| {
                let block = &BLOCKS[index];
                let number = match block.kind {
                    BlockKind::Footnote(n) => n,
                    _ => 0,
                };
                view! {
                    <li id=block.id() value=number tabindex="-1">
                        {inline_text(block)}
                        " "
                        <a class="footnote-back" href=footnote_back_href(index)>{state.tr(Key::FootnoteBack)}</a>
                    </li>
                }
                .into_any()
            })
            .collect();
        view! {
            <aside class="footnotes">
                <h2 class="footnotes-title">{state.tr(Key::FootnotesTitle)}</h2>
                <ol lang="nb">{notes}</ol>
            </aside>
        }
    });
    view! {
        {eyebrow}
        {heading}
        {note}
        <div class="section-text" lang="nb">{parts}</div>
        {footnotes}
    }
}

fn render_item(item: Item, link_route: impl Fn(BlockId) -> Route + Copy) -> AnyView {
    match item {
        Item::Paragraph(index) => {
            let block = &BLOCKS[index];
            view! {
                <div class="block" id=block.id() tabindex="-1">
                    <p>{inline_text(block)}</p>
                    <BlockTools block=index link=link_route(index)/>
                </div>
            }
            .into_any()
        }
        Item::List { ordered, items } => {
            let lis: Vec<AnyView> = items
                .into_iter()
                .map(|index| {
                    let block = &BLOCKS[index];
                    let value = match block.kind {
                        BlockKind::Numbered(n) => Some(n),
                        _ => None,
                    };
                    // The number is printed as text, as in the circular, so it is read, copied
                    // and found with the words it belongs to.
                    let number = value.map(|n| view! { <span class="list-number">{format!("{n}. ")}</span> });
                    view! {
                        <li class="block" id=block.id() tabindex="-1">
                            {number}
                            {inline_text(block)}
                            " "
                            <BlockTools block=index link=link_route(index)/>
                        </li>
                    }
                    .into_any()
                })
                .collect();
            if ordered {
                view! { <ol class="numbered">{lis}</ol> }.into_any()
            } else {
                view! { <ul>{lis}</ul> }.into_any()
            }
        }
    }
}
