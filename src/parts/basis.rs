//! What a verdict rests on: the quoted paragraphs of the circular, each with its place and a
//! link to read it in context.

use super::circular_text::inline_text;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::block_place::place;
use rundskriv_core::content::{BlockId, BlockKind, BLOCKS};
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::Key;

/// The quoted paragraph with where it stands in the circular.
pub fn quote(block_id: BlockId) -> AnyView {
    let state = state();
    let block = &BLOCKS[block_id];
    // A numbered list item is quoted with its number, as the circular prints it.
    let number = match block.kind {
        BlockKind::Numbered(n) => Some(format!("{n}. ")),
        _ => None,
    };
    view! {
        <blockquote class="quote" lang="nb">
            <p>{number}{inline_text(block)}</p>
            <footer>
                <a href=Route::block(block_id).href()>
                    <span class="visually-hidden" lang=move || state.lang.get().tag()>{state.tr(Key::TreeReadInCircular)} ": "</span>
                    {place(block)}
                </a>
            </footer>
        </blockquote>
    }
    .into_any()
}

/// "Grunnlaget": the paragraphs of the circular a verdict rests on, quoted, open by default.
pub fn basis(cites: &[BlockId]) -> AnyView {
    let state = state();
    let quotes: Vec<AnyView> = cites.iter().map(|&c| quote(c)).collect();
    view! {
        <details class="ds-details basis" open=true>
            <summary>{state.tr(Key::TreeBasis)}</summary>
            {quotes}
        </details>
    }
    .into_any()
}
