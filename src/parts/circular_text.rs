//! Renders one block of the circular's text with its hyperlinks and footnote references, and the
//! link/copy tools every paragraph carries.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::content::{Block, BlockId, BlockKind, Mark, BLOCKS};
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::Key;

/// The block's words, with links and footnote references in place. Text only, never HTML.
pub fn inline_text(block: &'static Block) -> Vec<AnyView> {
    let text = block.text();
    let mut views = Vec::new();
    let mut at = 0usize;
    for mark in block.marks {
        match *mark {
            Mark::Link { start, end, href } => {
                let (start, end) = (start as usize, end as usize);
                if start > at {
                    views.push(text[at..start].into_any());
                }
                views.push(view! { <a href=href rel="noreferrer">{&text[start..end]}</a> }.into_any());
                at = end;
            }
            Mark::Note { at: note_at, number } => {
                let note_at = note_at as usize;
                if note_at > at {
                    views.push(text[at..note_at].into_any());
                    at = note_at;
                }
                views.push(footnote_ref(block, number));
            }
        }
    }
    if at < text.len() {
        views.push(text[at..].into_any());
    }
    views
}

fn footnote_ref(block: &'static Block, number: u8) -> AnyView {
    let state = state();
    let section = block.section();
    let footnote = section
        .blocks_with_ids()
        .find(|(_, b)| b.kind == BlockKind::Footnote(number))
        .map(|(id, _)| id);
    let href = match footnote {
        Some(footnote) => Route::block(footnote).href(),
        None => Route::section(block.section).href(),
    };
    let label = state.trf(Key::FootnoteRef, "number", number.to_string());
    view! {
        <sup class="note-ref"><a href=href id=format!("ref-{}-fotnote-{number}", section.id) aria-label=label>{number}</a></sup>
    }
    .into_any()
}

/// "Link" and "Copy link" for a block. `link` is where the visible link goes (the whole-circular
/// view keeps the reader there); the copied address is always the block's canonical place.
#[component]
pub fn BlockTools(block: BlockId, link: Route) -> impl IntoView {
    let state = state();
    let canonical = Route::block(block);
    let copy = move |_| state.copy_link(state.share_url(&canonical));
    view! {
        <span class="block-tools">
            <a class="para-link" href=link.href() aria-label=state.tr(Key::ParaLinkLabel)>
                {state.tr(Key::ParaLink)}
            </a>
            <button type="button" class="ds-button copy-link ds-variant-tertiary" on:click=copy>{state.tr(Key::CopyLink)}</button>
        </span>
    }
}

/// Back from a footnote to the block whose text refers to it (the section's title if none does).
pub fn footnote_back_href(footnote: BlockId) -> String {
    let footnote = &BLOCKS[footnote];
    let section = footnote.section();
    let referring = |block: &Block| {
        block.marks.iter().any(|m| match (*m, footnote.kind) {
            (Mark::Note { number, .. }, BlockKind::Footnote(n)) => number == n,
            _ => false,
        })
    };
    let from = section
        .blocks_with_ids()
        .find(|(_, b)| referring(b))
        .map_or(section.title_block(), |(id, _)| id);
    Route::block(from).href()
}
