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
use rundskriv_core::ui_strings::{tf, Key};

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
    let kept_build_link = match made_under {
        MadeUnder::Older(edition) if !OLDER_EDITIONS.is_empty() && !lang_files::in_single_file() => {
            Some(kept_build_link(state, edition))
        }
        _ => None,
    };
    let made_under = made_under.clone();
    let text = move || made_under.notice(state.lang.get()).unwrap_or_default();
    Some(
        view! { <div class="ds-alert notice edition-notice" role="status"><p>{text}</p>{kept_build_link}{changes_link}{source_link}</div> }
            .into_any(),
    )
}

/// A link to the page shown now, with its answers, in the build made for `edition`, which alone
/// gives the result under its own trees and words. Rendered hidden, and shown once a request finds
/// that build kept beside the app (docs/editions.md); shown by the DOM, not by a signal, and its
/// text the view's own, so it follows the page's language. Measured against it on 2026-12-04
/// (first load with two editions, 196,545 B): the link added by the DOM with its text kept in
/// the language by an effect of its own, 196,753 B, or by the app's language effect, 196,600 B;
/// one view for all the notice's links, 197,797 B.
fn kept_build_link(state: AppState, edition: &'static Edition) -> impl IntoView {
    let mark = state.file_href(&older_build::mark_href(edition.id));
    // The page shown now: a notice can outlive the address it came with (an imported file's
    // notice stays while the address moves on to the result).
    let href = move || state.file_href(&older_build::page_href(edition.id, &state.route.with(Route::href)));
    leptos::task::spawn_local(async move {
        let text = dom::text_of(dom::start_fetch(&mark)).await;
        if text.is_some_and(|text| older_build::is_kept(&text, edition.id)) {
            state.unhide(KEPT_BUILD_LINK_ID);
        }
    });
    view! { <p id=KEPT_BUILD_LINK_ID hidden><a href=href>{state.tr(Key::LinkOlderEditionBuild)}</a></p> }
}

/// The link's paragraph's id, by which the request's answer finds it.
const KEPT_BUILD_LINK_ID: &str = "kept-build-link";
