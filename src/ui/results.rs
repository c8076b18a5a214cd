//! Pieces every result page shares: verdict labels, the quoted paragraphs a verdict rests on,
//! the answers with their "Endre" links, and the open points left by "Vet ikke".

use super::state;
use super::text::inline_text;
use leptos::prelude::*;
use rundskriv_core::content::{BlockId, BlockKind, PartKind, BLOCKS};
use rundskriv_core::engine::Answer;
use rundskriv_core::i18n::{tf, Key};
use rundskriv_core::report::answer_label;
use rundskriv_core::route::Route;
use rundskriv_core::trees::{FactId, Verdict, FACTS};

pub use rundskriv_core::report::verdict_key;

pub fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Krav => "verdict verdict-krav",
        Verdict::Anbefaling => "verdict verdict-anbefaling",
        Verdict::GjelderIkke => "verdict verdict-gjelder-ikke",
        Verdict::MaVurderes => "verdict verdict-ma-vurderes",
        Verdict::Apent => "verdict verdict-apent",
    }
}

/// The quoted paragraph with where it stands in the circular.
pub fn quote(block_id: BlockId) -> AnyView {
    let state = state();
    let block = &BLOCKS[block_id];
    let section = block.section();
    let part = match block.part {
        PartKind::Krav => " · Krav",
        PartKind::Anbefaling => " · Anbefaling",
        PartKind::Veiledning => " · Veiledning",
        PartKind::None => "",
    };
    // A numbered list item is quoted with its number, as the circular prints it.
    let number = match block.kind {
        BlockKind::Numbered(n) => Some(format!("{n}. ")),
        _ => None,
    };
    let place = if section.number.is_empty() {
        section.title.to_string()
    } else {
        format!("{} {}{part}", section.number, section.title)
    };
    view! {
        <blockquote class="quote" lang="nb">
            <p>{number}{inline_text(block)}</p>
            <footer>
                <a href=Route::block(block).href()>
                    <span class="visually-hidden" lang=move || state.lang.get().tag()>{state.tr(Key::TreeReadInCircular)} ": "</span>
                    {place}
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
        <details class="basis" open=true>
            <summary>{state.tr(Key::TreeBasis)}</summary>
            {quotes}
        </details>
    }
    .into_any()
}

/// One answer with its question and a link to change it (inside a `<dl class="summary">`).
pub fn answer_row(fact: FactId, answer: Answer, change: String) -> AnyView {
    let state = state();
    let f = &FACTS[fact];
    view! {
        <div class="summary-row">
            <dt>{state.tr_text(f.question)}</dt>
            <dd>{move || answer_label(fact, answer, state.lang.get())}</dd>
            <dd class="summary-action">
                <a href=change aria-label=move || tf(state.lang.get(), Key::TreeChangeLabel, &[("question", f.question.get(state.lang.get()))])>
                    {state.tr(Key::TreeChange)}
                </a>
            </dd>
        </div>
    }
    .into_any()
}

/// The questions answered "Vet ikke", each linking to where it can be answered.
pub fn open_points(facts: &[FactId], change: impl Fn(FactId) -> String) -> Option<AnyView> {
    let state = state();
    (!facts.is_empty()).then(|| {
        let rows: Vec<AnyView> = facts
            .iter()
            .map(|&fact| {
                let f = &FACTS[fact];
                view! { <li><a href=change(fact)>{state.tr_text(f.question)}</a></li> }.into_any()
            })
            .collect();
        view! {
            <section class="open-points">
                <h2>{state.tr(Key::TreeOpenTitle)}</h2>
                <p>{state.tr(Key::TreeOpenText)}</p>
                <ul>{rows}</ul>
            </section>
        }
        .into_any()
    })
}
