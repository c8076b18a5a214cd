//! The Leptos user interface: the app shell (header, language switch, footer) and routing.

mod browser;
mod reader;
mod search_page;
mod start;
mod text;
mod wizard;

use leptos::prelude::*;
use rundskrivveilederen::content::{section_by_key, EDITION};
use rundskrivveilederen::i18n::{t, Key, Lang};
use rundskrivveilederen::route::Route;
use rundskrivveilederen::trees::tree_by_id;

const LANG_STORAGE_KEY: &str = "rundskrivveilederen.lang";

/// What every component may read: where the user is, in which language, and the polite
/// announcement for screen readers.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: RwSignal<Route>,
    pub lang: RwSignal<Lang>,
    pub status: RwSignal<String>,
}

impl AppState {
    pub fn text(&self, key: Key) -> &'static str {
        t(self.lang.get(), key)
    }
}

pub fn state() -> AppState {
    expect_context::<AppState>()
}

pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

fn initial_lang() -> Lang {
    browser::load(LANG_STORAGE_KEY)
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_else(|| {
            let preferred = browser::preferred_languages();
            Lang::from_browser(preferred.iter().map(String::as_str))
        })
}

#[component]
fn App() -> impl IntoView {
    let state = AppState {
        route: RwSignal::new(Route::parse(&browser::current_hash())),
        lang: RwSignal::new(initial_lang()),
        status: RwSignal::new(String::new()),
    };
    provide_context(state);

    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(Route::parse(&browser::current_hash()));
        state.status.set(String::new());
    });
    on_cleanup(move || listener.remove());

    Effect::new(move |_| {
        let lang = state.lang.get();
        browser::set_document_lang(lang.tag());
    });

    // After each navigation (not the first load), move focus to the new view so keyboard and
    // screen-reader users start reading it; a paragraph link scrolls to that paragraph instead.
    Effect::new(move |previous: Option<Route>| {
        let route = state.route.get();
        let first_load = previous.is_none();
        let target = match &route {
            Route::Section { block: Some(id), .. } | Route::Whole { block: Some(id) } => Some(id.clone()),
            _ => None,
        };
        request_animation_frame(move || match target {
            Some(id) if !browser::focus_element(&id, true) => {
                browser::focus_element("page-heading", true);
            }
            Some(_) => {}
            None if !first_load => {
                browser::window().scroll_to_with_x_and_y(0.0, 0.0);
                browser::focus_element("page-heading", false);
            }
            None => {}
        });
        route
    });

    Effect::new(move |_| {
        let lang = state.lang.get();
        let page = page_title(&state.route.get(), lang);
        let app = t(lang, Key::AppName);
        browser::set_title(&match page {
            Some(page) => format!("{page} – {app}"),
            None => app.to_string(),
        });
    });

    view! {
        <a class="skip-link" href="#hovedinnhold" on:click=move |ev| {
            ev.prevent_default();
            browser::focus_element("hovedinnhold", true);
        }>{move || state.text(Key::SkipLink)}</a>
        <Header/>
        <main id="hovedinnhold" tabindex="-1">{move || view_for(state.route.get())}</main>
        <Footer/>
        <div class="visually-hidden" role="status" aria-live="polite">{move || state.status.get()}</div>
    }
}

fn page_title(route: &Route, lang: Lang) -> Option<String> {
    Some(match route {
        Route::Start => return None,
        Route::Contents => t(lang, Key::ContentsTitle).to_string(),
        Route::Whole { .. } => t(lang, Key::WholeTitle).to_string(),
        Route::Search { .. } => t(lang, Key::NavSearch).to_string(),
        Route::Section { key, .. } => match section_by_key(key) {
            Some(section) if !section.number.is_empty() => format!("{} {}", section.number, section.title),
            Some(section) => section.title.to_string(),
            None => t(lang, Key::NotFoundTitle).to_string(),
        },
        Route::Tree { id, .. } => match tree_by_id(id) {
            Some(tree) => tree.title.get(lang).to_string(),
            None => t(lang, Key::NotFoundTitle).to_string(),
        },
        Route::NotFound => t(lang, Key::NotFoundTitle).to_string(),
    })
}

fn view_for(route: Route) -> AnyView {
    match route {
        Route::Start => view! { <start::StartPage/> }.into_any(),
        Route::Contents => view! { <reader::ContentsPage/> }.into_any(),
        Route::Whole { .. } => view! { <reader::WholePage/> }.into_any(),
        Route::Search { query } => view! { <search_page::SearchPage initial=query/> }.into_any(),
        Route::Section { key, block } => match section_by_key(&key) {
            Some(section) => view! { <reader::SectionPage section=section target=block/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        },
        Route::Tree {
            id,
            edit,
            version,
            answers,
        } => match tree_by_id(&id) {
            Some(tree) => view! { <wizard::TreePage tree=tree edit=edit version=version answers=answers/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        },
        Route::NotFound => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn Header() -> impl IntoView {
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
        view! { <li><a href=href aria-current=current>{move || state.text(key)}</a></li> }
    };
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href="#/">{move || state.text(Key::AppName)}</a>
                <nav aria-label=move || state.text(Key::NavLabel)>
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

#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = state();
    let button = move |lang: Lang, key: Key| {
        view! {
            <button
                type="button"
                lang=lang.tag()
                aria-pressed=move || if state.lang.get() == lang { "true" } else { "false" }
                on:click=move |_| {
                    state.lang.set(lang);
                    browser::save(LANG_STORAGE_KEY, lang.tag());
                }
            >
                {t(lang, key)}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=move || state.text(Key::LangLabel)>
            {button(Lang::Nb, Key::LangNb)}
            {button(Lang::Nn, Key::LangNn)}
            {button(Lang::En, Key::LangEn)}
        </div>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let state = state();
    view! {
        <footer class="site-footer">
            <p>{move || state.text(Key::Privacy)}</p>
            <p>{move || state.text(Key::Disclaimer)}</p>
            <p>
                {move || rundskrivveilederen::i18n::tf(state.lang.get(), Key::Edition, &[("replaces", EDITION.replaces)])}
                " "
                <a href=EDITION.url rel="noreferrer">{move || state.text(Key::EditionSource)}</a>
            </p>
        </footer>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let state = state();
    view! {
        <h1 id="page-heading" tabindex="-1">{move || state.text(Key::NotFoundTitle)}</h1>
        <p>{move || state.text(Key::NotFoundText)}</p>
        <p><a href="#/">{move || state.text(Key::BackToStart)}</a></p>
    }
}
