//! What a link that could not be read says (what was wrong with it), and what a link or file made
//! under another edition of the circular says, in the page's language.

use crate::platform::{dom, lang_files};
use crate::state::{state, AppState};
use leptos::prelude::*;
use rundskriv_core::changes;
use rundskriv_core::codec::answers::DecodeError;
use rundskriv_core::content::{Edition, OLDER_EDITIONS};
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::older_build;
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::{t, tf, Key};

/// "The link's answers could not be read: {detail}", as a paragraph for a notice.
pub fn garbled_link(error: DecodeError) -> AnyView {
    let state = state();
    let text = move || {
        let lang = state.lang.get();
        tf(lang, Key::TreeLinkGarbled, &[("detail", &error.describe(lang))])
    };
    view! { <p>{text}</p> }.into_any()
}

/// For answers made under another edition than the newest: which, what carried over, and for an
/// older edition the build knows, links to what changed, to the edition as published, and (once
/// found) to the result in the build kept for it. None for the newest edition's answers.
pub fn edition_notice(made_under: &MadeUnder) -> Option<AnyView> {
    if made_under.is_newest() {
        return None;
    }
    let state = state();
    let changes_link = (matches!(made_under, MadeUnder::Older(_)) && changes::any()).then(|| {
        view! { <p><a href=Route::Changes { point: None }.href()>{state.tr(Key::LinkSeeChanges)}</a></p> }
    });
    // The edition the answers were given under, as published: the words they were read against.
    let source_link = match made_under {
        MadeUnder::Older(edition) => Some(view! {
            <p><a href=edition.url rel="noreferrer">{state.tr(Key::LinkOlderEditionSource)}</a></p>
        }),
        _ => None,
    };
    // The single file has nothing beside it, and asking file:// is a console error. The first
    // test leaves it out of a build that carries no older edition.
    if let MadeUnder::Older(edition) = made_under {
        if !OLDER_EDITIONS.is_empty() && !lang_files::in_single_file() {
            link_kept_build(state, edition);
        }
    }
    let made_under = made_under.clone();
    let text = move || made_under.notice(state.lang.get()).unwrap_or_default();
    Some(
        view! { <div id="edition-notice" class="ds-alert notice edition-notice" role="status"><p>{text}</p>{changes_link}{source_link}</div> }
            .into_any(),
    )
}

/// Adds to the notice a link to the page shown now, with its answers, in the build made for
/// `edition`, which alone gives the result under its own trees and words, once a request finds
/// that build kept beside the app (docs/editions.md). Added then, in the language shown then,
/// rather than rendered hidden: the view code it saves is most of its first-load size.
fn link_kept_build(state: AppState, edition: &'static Edition) {
    let mark = state.file_href(&older_build::mark_href(edition.id));
    let href = state.file_href(&older_build::page_href(
        edition.id,
        &state.route.with_untracked(Route::href),
    ));
    leptos::task::spawn_local(async move {
        let text = dom::text_of(dom::start_fetch(&mark)).await;
        if text.is_some_and(|text| older_build::is_kept(&text, edition.id)) {
            state.add_link(
                NOTICE_ID,
                &href,
                t(state.lang.get_untracked(), Key::LinkOlderEditionBuild),
            );
        }
    });
}

/// The notice's id, by which the request's answer finds it.
const NOTICE_ID: &str = "edition-notice";
