//! What a link that could not be read says: what was wrong with it, in the page's language.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::codec::answers::DecodeError;
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
