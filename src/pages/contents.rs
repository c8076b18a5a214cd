//! The table of contents: chapters with their points, and the unnumbered parts between them.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::content::{Section, SectionId, SectionKind, SECTIONS};
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::Key;

#[component]
pub fn ContentsPage() -> impl IntoView {
    let state = state();
    let mut entries = Vec::new();
    let mut chapter_points: Vec<AnyView> = Vec::new();
    let mut chapter: Option<&'static Section> = None;
    let flush = |chapter: Option<&'static Section>, points: &mut Vec<AnyView>, entries: &mut Vec<AnyView>| {
        if let Some(chapter) = chapter {
            let points = std::mem::take(points);
            entries.push(
                view! {
                    <li class="toc-chapter">
                        <span class="toc-chapter-title" lang="nb">{chapter.heading()}</span>
                        <ol class="toc-points">{points}</ol>
                    </li>
                }
                .into_any(),
            );
        }
    };
    for (id, section) in SECTIONS.with_ids() {
        match section.kind {
            SectionKind::Chapter => {
                flush(chapter, &mut chapter_points, &mut entries);
                chapter = Some(section);
            }
            SectionKind::Point => chapter_points.push(toc_link(id)),
            _ => {
                flush(chapter.take(), &mut chapter_points, &mut entries);
                entries.push(toc_link(id));
            }
        }
    }
    flush(chapter, &mut chapter_points, &mut entries);
    view! {
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::ContentsTitle)}</h1>
        <nav aria-labelledby="page-heading">
            <ol class="toc">{entries}</ol>
        </nav>
        <p><a href=Route::Whole { block: None }.href()>{state.tr(Key::NavWhole)}</a></p>
    }
}

fn toc_link(section: SectionId) -> AnyView {
    view! {
        <li><a href=Route::section(section).href() lang="nb">{SECTIONS[section].heading()}</a></li>
    }
    .into_any()
}
