//! What a link that could not be read says (what was wrong with it), and what a link or file made
//! under another edition of the circular says, in the page's language.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::changes;
use rundskriv_core::codec::answers::DecodeError;
use rundskriv_core::made_under::MadeUnder;
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

/// For answers made under another edition than the newest: which, what carried over, and a link
/// to what changed where the build knows it. None for the newest edition's answers.
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
    let made_under = made_under.clone();
    let text = move || made_under.notice(state.lang.get()).unwrap_or_default();
    Some(
        view! { <div class="ds-alert notice edition-notice" role="status"><p>{text}</p>{changes_link}{source_link}</div> }
            .into_any(),
    )
}
