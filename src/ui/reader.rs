//! The reader: table of contents, one page per point, and the whole circular on one page.

use super::text::{footnote_back_href, inline_text, BlockTools};
use super::{browser, state};
use leptos::prelude::*;
use rundskriv_core::content::{block_by_id, pages, Block, BlockKind, PartKind, Section, SectionKind, BLOCKS, SECTIONS};
use rundskriv_core::i18n::Key;
use rundskriv_core::layout::{layout, Item};
use rundskriv_core::route::Route;

/// How a section is shown: alone (its title is the page's h1) or within the whole circular.
#[derive(Clone, Copy, PartialEq)]
enum Context {
    Alone,
    Whole,
}

fn section_heading_text(section: &Section) -> String {
    if section.number.is_empty() {
        section.title.to_string()
    } else if section.kind == SectionKind::Chapter {
        format!("{}. {}", section.number, section.title)
    } else {
        format!("{} {}", section.number, section.title)
    }
}

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
                        <span class="toc-chapter-title" lang="nb">{section_heading_text(chapter)}</span>
                        <ol class="toc-points">{points}</ol>
                    </li>
                }
                .into_any(),
            );
        }
    };
    for section in SECTIONS.iter() {
        match section.kind {
            SectionKind::Chapter => {
                flush(chapter, &mut chapter_points, &mut entries);
                chapter = Some(section);
            }
            SectionKind::Point => chapter_points.push(toc_link(section)),
            _ => {
                flush(chapter.take(), &mut chapter_points, &mut entries);
                entries.push(toc_link(section));
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

fn toc_link(section: &'static Section) -> AnyView {
    view! {
        <li><a href=Route::section(section).href() lang="nb">{section_heading_text(section)}</a></li>
    }
    .into_any()
}

#[component]
pub fn SectionPage(section: &'static Section, target: Option<String>) -> impl IntoView {
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
                    <span class="pager-title" lang="nb">{section_heading_text(s)}</span>
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

#[component]
pub fn WholePage() -> impl IntoView {
    let state = state();
    let sections: Vec<AnyView> = SECTIONS
        .iter()
        .map(|section| {
            if section.kind == SectionKind::Chapter {
                view! { <h2 class="chapter-heading" id=section.id lang="nb">{section_heading_text(section)}</h2> }
                    .into_any()
            } else {
                view! { <section class="whole-section"><SectionBody section=section context=Context::Whole/></section> }
                    .into_any()
            }
        })
        .collect();
    view! {
        <div class="page-head">
            <h1 id="page-heading" tabindex="-1">{state.tr(Key::WholeTitle)}</h1>
            <button type="button" class="secondary print-button" on:click=|_| browser::print()>{state.tr(Key::Print)}</button>
        </div>
        <p class="verbatim-note">{state.tr(Key::VerbatimNote)}</p>
        <article class="whole" lang="nb">{sections}</article>
    }
}

/// A section's heading, parts and footnotes.
#[component]
fn SectionBody(section: &'static Section, context: Context) -> impl IntoView {
    let state = state();
    let page = layout(section);
    let title = &BLOCKS[page.title];
    let in_chapter = context == Context::Whole && section.kind == SectionKind::Point;
    let link_route = move |block: &'static Block| match context {
        Context::Alone => Route::block(block),
        Context::Whole => Route::Whole {
            block: Some(block.id.to_string()),
        },
    };
    let heading = match (context, in_chapter) {
        (Context::Alone, _) => {
            view! { <h1 id="page-heading" tabindex="-1" lang="nb">{section_heading_text(section)}</h1> }.into_any()
        }
        (Context::Whole, true) => {
            view! { <h3 id=title.id tabindex="-1">{section_heading_text(section)}</h3> }.into_any()
        }
        (Context::Whole, false) => {
            view! { <h2 id=title.id tabindex="-1">{section_heading_text(section)}</h2> }.into_any()
        }
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
                let note_key = match part.kind {
                    PartKind::Krav => Key::PartNoteKrav,
                    PartKind::Anbefaling => Key::PartNoteAnbefaling,
                    _ => Key::PartNoteVeiledning,
                };
                let text = block.text;
                let heading = match part_level {
                    2 => view! { <h2 id=block.id tabindex="-1" lang="nb">{text}</h2> }.into_any(),
                    3 => view! { <h3 id=block.id tabindex="-1" lang="nb">{text}</h3> }.into_any(),
                    _ => view! { <h4 id=block.id tabindex="-1" lang="nb">{text}</h4> }.into_any(),
                };
                view! {
                    <div class="part-head">
                        {heading}
                        <p class="part-note" lang=move || state.lang.get().tag()>{state.tr(note_key)}</p>
                    </div>
                }
            });
            let class = format!("part part-{}", part_kind_class(part.kind));
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
                    <li id=block.id value=number tabindex="-1">
                        {inline_text(block)}
                        " "
                        <a class="footnote-back" href=footnote_back_href(block)>{state.tr(Key::FootnoteBack)}</a>
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

fn part_kind_class(kind: PartKind) -> &'static str {
    match kind {
        PartKind::None => "none",
        PartKind::Krav => "krav",
        PartKind::Anbefaling => "anbefaling",
        PartKind::Veiledning => "veiledning",
    }
}

fn render_item(item: Item, link_route: impl Fn(&'static Block) -> Route + Copy) -> AnyView {
    match item {
        Item::Paragraph(index) => {
            let block = &BLOCKS[index];
            view! {
                <div class="block" id=block.id tabindex="-1">
                    <p>{inline_text(block)}</p>
                    <BlockTools block=block link=link_route(block)/>
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
                        <li class="block" id=block.id tabindex="-1">
                            {number}
                            {inline_text(block)}
                            " "
                            <BlockTools block=block link=link_route(block)/>
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
