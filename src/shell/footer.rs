//! The footer on every page: accessibility, privacy, the disclaimer and the circular's edition
//! (with what changed since an older one the build carries).

use crate::pages::accessibility::statement_url;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::changes;
use rundskriv_core::content::EDITION;
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::Key;

#[component]
pub fn Footer() -> impl IntoView {
    let state = state();
    // The agency's own statement is the one the law asks for; our page says what the tool does.
    let statement = statement_url().map(|url| {
        view! { " " <a href=url data-statement="" rel="noreferrer">{state.tr(Key::A11yStatementFooter)}</a> }
    });
    // A widget offers the same place in the standalone app, with room to read.
    let open_full = (!state.owns_page() && state.memory).then(|| {
        view! {
            <p>
                <a class="open-full" href=move || state.share_url(&state.route.get()) target="_blank" rel="noopener">
                    {state.tr(Key::EmbedOpenFull)}
                </a>
            </p>
        }
    });
    // With an older edition built in, the way to what changed and to that edition's words, from
    // every page (a changed point links its own changes too).
    let changes_link = changes::any().then(|| {
        view! { " " <a href=Route::Changes { point: None }.href()>{state.tr(Key::LinkSeeChanges)}</a> }
    });
    view! {
        <footer class="site-footer">
            {open_full}
            <p class="footer-links">
                <a href=Route::Accessibility.href()>{state.tr(Key::A11yTitle)}</a>
                {statement}
            </p>
            <p>{state.tr(Key::Privacy)}</p>
            <p>{state.tr(Key::Disclaimer)}</p>
            <p>
                {state.tr_edition(Key::Edition)}
                " "
                <a href=EDITION.url rel="noreferrer">{state.tr(Key::EditionSource)}</a>
                {changes_link}
            </p>
        </footer>
    }
}
