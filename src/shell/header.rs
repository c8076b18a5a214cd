//! The header on every page: the app's name, the main navigation and the language switch.

use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::{t, Key, Lang};

#[component]
pub fn Header() -> impl IntoView {
    let state = state();
    let link = move |route: Route, key: Key| {
        let href = route.href();
        let current = move || {
            let here = state.route.get();
            let same = match (&here, &route) {
                (Route::Section { .. }, Route::Contents) => true,
                (Route::Search { .. }, Route::Search { .. }) => true,
                (Route::Whole { .. }, Route::Whole { .. }) => true,
                (a, b) => a == b,
            };
            same.then_some("page")
        };
        view! { <li><a href=href aria-current=current>{state.tr(key)}</a></li> }
    };
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href="#/">{state.tr(Key::AppName)}</a>
                <nav aria-label=state.tr(Key::NavLabel)>
                    <ul class="nav-list">
                        {link(Route::Start, Key::NavStart)}
                        {link(Route::Contents, Key::NavContents)}
                        {link(Route::Whole { block: None }, Key::NavWhole)}
                        {link(Route::Search { query: String::new() }, Key::NavSearch)}
                    </ul>
                </nav>
                <LanguageSwitch/>
            </div>
        </header>
    }
}

/// Three buttons, each named in its own language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = state();
    let button = move |lang: Lang, key: Key| {
        view! {
            <button
                type="button"
                class="ds-button ds-variant-secondary"
                lang=lang.tag()
                aria-pressed=move || if state.lang.get() == lang { "true" } else { "false" }
                on:click=move |_| state.switch_language(lang)
            >
                {t(lang, key)}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=state.tr(Key::LangLabel)>
            {button(Lang::Nb, Key::LangNb)}
            {button(Lang::Nn, Key::LangNn)}
            {button(Lang::En, Key::LangEn)}
        </div>
    }
}
