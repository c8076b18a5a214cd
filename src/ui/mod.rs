//! The Leptos user interface: the app shell (header, language switch, footer) and routing.

mod accessibility;
mod assessment_page;
mod browser;
pub mod embed;
mod history;
mod question;
mod reader;
mod results;
mod robust;
mod search_page;
mod start;
mod text;
mod texts;
mod wizard;

use leptos::either::Either;
use leptos::prelude::*;
use rundskriv_core::content::{section_by_key, EDITION};
use rundskriv_core::i18n::{t, tf, Key, Lang};
use rundskriv_core::lang_texts::Part;
use rundskriv_core::route::Route;
use rundskriv_core::trees::{tree_by_id, Text};

const LANG_STORAGE_KEY: &str = "rundskrivveilederen.lang";

/// How a mounted app relates to the page around it.
#[derive(Clone, Debug, Default)]
pub struct MountOptions {
    /// Keep the route in memory instead of the URL fragment, so an embedded widget does not
    /// fight its host page's routing. Links are intercepted at the widget's root.
    pub memory: bool,
    /// Where to start when the URL does not say (memory mode always starts here).
    pub start: Option<Route>,
    /// A language chosen by the host page; otherwise the saved or the browser's language.
    pub lang: Option<Lang>,
    /// The address of the standalone app, for links users copy (the host page cannot open them).
    pub share_base: Option<String>,
    /// The shadow root an embedded widget lives in (see `embed`). The app then leaves the host
    /// page's title, language and scroll position alone and looks its elements up in there.
    pub shadow: Option<web_sys::ShadowRoot>,
    /// The folder the app's files are in, with a trailing slash; None for the page's own folder.
    pub files: Option<String>,
    /// Set by `mount_when_ready`: the language asked for, whose texts could not be loaded.
    texts_missing: Option<Lang>,
}

/// Mounts the app (`mount`) once the texts of its language are at hand: at once for bokmål,
/// which is compiled in, after loading them otherwise (see `texts`). Loading that fails mounts
/// the app anyway, in bokmål, with a notice: never a blank page, and never bokmål text marked as
/// another language.
pub fn mount_when_ready(options: MountOptions, mount: impl FnOnce(MountOptions) + 'static) {
    let lang = options.lang.unwrap_or_else(initial_lang);
    let options = MountOptions {
        lang: Some(lang),
        ..options
    };
    if rundskriv_core::lang_texts::available(lang) {
        mount(options);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = texts::load(lang, options.files.as_deref().unwrap_or_default()).await;
        mount(MountOptions {
            lang: Some(if loaded { lang } else { Lang::Nb }),
            texts_missing: (!loaded).then_some(lang),
            ..options
        });
    });
}

/// What every component may read: where the user is, in which language, and the polite
/// announcement for screen readers.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: RwSignal<Route>,
    pub lang: RwSignal<Lang>,
    pub status: RwSignal<String>,
    /// True for an embedded widget with its route in memory (see `MountOptions::memory`).
    pub memory: bool,
    /// The fragment of the view shown now (the address bar may be a frame behind, see `go`).
    current_href: StoredValue<String>,
    share_base: StoredValue<Option<String>>,
    shadow: StoredValue<Option<web_sys::ShadowRoot>, LocalStorage>,
    files: StoredValue<Option<String>>,
    /// A language asked for whose texts could not be loaded (the app stays in another).
    texts_missing: RwSignal<Option<Lang>>,
}

impl AppState {
    pub fn text(&self, key: Key) -> &'static str {
        t(self.lang.get(), key)
    }

    /// The UI text `key`, kept in the page's language. Every text shares this one closure type:
    /// a `move ||` closure per text is a type, and code, of its own (these three helpers took
    /// 6.9 KB brotli off the download).
    pub fn tr(&self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || t(lang.get(), key)
    }

    /// The UI text `key` with `{name}` filled in by `value`, kept up to date like `tr`.
    pub fn trf(
        &self,
        key: Key,
        name: &'static str,
        value: String,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        let lang = self.lang;
        move || tf(lang.get(), key, &[(name, &value)])
    }

    /// A tree's or a fact's text in the page's language, kept up to date like `tr`.
    pub fn tr_text(&self, text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || text.get(lang.get())
    }

    /// Goes to `route` as a new history entry (in memory mode: just there), and clears the
    /// announcement of the page left behind.
    ///
    /// The view follows at once and the address a frame later (see `history`). Setting
    /// `location.hash` instead costs a forced layout and a task's wait for `hashchange`: about
    /// half of a tree step's time (measured with `./scripts/bench.sh`).
    pub fn go(&self, route: Route) {
        let href = route.href();
        self.current_href.set_value(href.clone());
        if !self.memory {
            history::push(href);
        }
        self.status.set(String::new());
        self.route.set(route);
    }

    /// Records `route` as where the user is without re-rendering the view or adding history
    /// (typing a search query should not fill the back button with every keystroke).
    pub fn replace(&self, route: &Route) {
        let href = route.href();
        self.current_href.set_value(href.clone());
        if !self.memory {
            history::replace(href);
        }
    }

    /// Copies `url` to the clipboard and tells screen-reader users whether it worked.
    pub fn copy_link(&self, url: String) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let ok = browser::copy_to_clipboard(url).await;
            state
                .status
                .set(state.text(if ok { Key::Copied } else { Key::CopyFailed }).to_string());
        });
    }

    /// True when the app is the whole page (not a widget inside someone else's page), so it may
    /// set the document's title and language and scroll the window.
    pub fn owns_page(&self) -> bool {
        !self.memory && self.shadow.with_value(Option::is_none)
    }

    /// Scrolls to and focuses the app's element with `id`; returns whether it exists.
    pub fn focus(&self, id: &str, scroll: bool) -> bool {
        self.shadow
            .with_value(|shadow| browser::focus_element(shadow.as_ref(), id, scroll))
    }

    /// Switches to `lang` once its texts are at hand (a moment's load the first time); if they
    /// cannot be had, stays where it is and says so.
    pub fn switch_language(&self, lang: Lang) {
        let state = *self;
        browser::save(LANG_STORAGE_KEY, lang.tag());
        if rundskriv_core::lang_texts::available(lang) {
            state.texts_missing.set(None);
            state.lang.set(lang);
            return;
        }
        leptos::task::spawn_local(async move {
            let folder = state.files.get_value().unwrap_or_default();
            if texts::load(lang, &folder).await {
                state.texts_missing.set(None);
                state.lang.set(lang);
            } else {
                state.texts_missing.set(Some(lang));
            }
        });
    }

    /// The full address of `route` for someone else to open.
    pub fn share_url(&self, route: &Route) -> String {
        let base = self.share_base.get_value().unwrap_or_else(browser::base_url);
        format!("{base}{}", route.href())
    }
}

pub fn state() -> AppState {
    expect_context::<AppState>()
}

/// Mounts the standalone app on the page's body, routed by the URL fragment.
pub fn start() {
    robust::install_panic_hook();
    mount_when_ready(MountOptions::default(), |options| {
        leptos::mount::mount_to_body(move || view! { <App options=options/> });
        // Mounted: the view is in the DOM and its handlers are attached (the benchmark's end point).
        browser::mark("rv-interactive");
    });
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
pub fn App(options: MountOptions) -> impl IntoView {
    let initial_route = match (&options.start, options.memory) {
        (Some(start), true) => start.clone(),
        (start, _) => match browser::current_hash().as_str() {
            "" | "#" | "#/" if start.is_some() => start.clone().unwrap_or(Route::Start),
            hash => Route::parse(hash),
        },
    };
    let state = AppState {
        current_href: StoredValue::new(initial_route.href()),
        route: RwSignal::new(initial_route),
        lang: RwSignal::new(options.lang.unwrap_or_else(initial_lang)),
        status: RwSignal::new(String::new()),
        memory: options.memory,
        share_base: StoredValue::new(options.share_base.clone()),
        shadow: StoredValue::new_local(options.shadow.clone()),
        files: StoredValue::new(options.files.clone()),
        texts_missing: RwSignal::new(options.texts_missing),
    };
    provide_context(state);
    // Each page reads the language from a signal of its own (see `page`); this keeps it in step.
    let page_lang = StoredValue::new(None::<RwSignal<Lang>>);
    let fresh = FreshBuild::default();
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(page) = page_lang.get_value() {
            if page.try_get_untracked().is_some_and(|shown| shown != lang) {
                page.set(lang);
            }
        }
    });

    if !state.memory {
        // The address changed outside `go`: a typed or pasted fragment, Back or Forward. Going
        // back over an entry `go` made fires both events; the second finds the view in place.
        let follow_address = move || {
            let hash = browser::current_hash();
            let route = Route::parse(&hash);
            if state.route.with_untracked(|shown| *shown != route) {
                // Newer than anything queued for the address (see `go`); the second event of a
                // pair must not drop what the view it brought has queued in between.
                history::drop_pending();
                state.current_href.set_value(hash);
                state.status.set(String::new());
                state.route.set(route);
            }
        };
        let on_hash = window_event_listener(leptos::ev::hashchange, move |_| follow_address());
        let on_history = window_event_listener(leptos::ev::popstate, move |_| follow_address());
        on_cleanup(move || {
            on_hash.remove();
            on_history.remove();
        });
    }

    // A widget must not change its host page's language or title; it marks its own root.
    Effect::new(move |_| {
        let lang = state.lang.get();
        if state.owns_page() {
            browser::set_document_lang(lang.tag());
        }
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
        // A widget does not pull the host page towards itself before the user has used it.
        if first_load && !state.owns_page() {
            return route;
        }
        request_animation_frame(move || match target {
            Some(id) if !state.focus(&id, true) => {
                state.focus("page-heading", true);
            }
            Some(_) => {}
            None if !first_load => {
                match state.shadow.with_value(|s| s.as_ref().map(|s| s.host())) {
                    Some(host) => browser::reveal_top(&host),
                    None => browser::window().scroll_to_with_x_and_y(0.0, 0.0),
                }
                state.focus("page-heading", false);
            }
            None => {}
        });
        route
    });

    Effect::new(move |_| {
        if !state.owns_page() {
            return;
        }
        let lang = state.lang.get();
        let page = page_title(&state.route.get(), lang);
        let app = t(lang, Key::AppName);
        browser::set_title(&match page {
            Some(page) => format!("{page} – {app}"),
            None => app.to_string(),
        });
    });

    // The app's own links (`#/…`) are followed by `go`: at once, and in memory mode without
    // touching the host page's URL and history. A link to where the user already is does what
    // the browser does with it: nothing.
    let follow_app_links = move |ev: leptos::ev::MouseEvent| {
        if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
            return;
        }
        if let Some(href) = browser::app_link_target(&ev) {
            ev.prevent_default();
            if href != state.current_href.get_value() {
                state.go(Route::parse(&href));
            }
        }
    };
    view! {
        <div class="rv-app" lang=move || state.lang.get().tag() on:click=follow_app_links>
            <a class="skip-link" href="#hovedinnhold" on:click=move |ev| {
                ev.prevent_default();
                state.focus("hovedinnhold", true);
            }>{state.tr(Key::SkipLink)}</a>
            <Header/>
            <main id="hovedinnhold" tabindex="-1">
                // Said in the language asked for as far as that is at hand: bokmål, when it is not.
                {move || state.texts_missing.get().map(|missing| {
                    let (_, shown) = rundskriv_core::lang_texts::shown(missing, Part::Ui);
                    view! { <div class="notice" role="alert" lang=shown.tag()><p>{t(shown, Key::TextsMissing)}</p></div> }
                })}
                {move || page(state, page_lang, state.route.get(), &fresh)}
            </main>
            <Footer/>
            <div class="visually-hidden" role="status" aria-live="polite">{move || state.status.get()}</div>
        </div>
    }
}

fn page_title(route: &Route, lang: Lang) -> Option<String> {
    Some(match route {
        Route::Start => return None,
        Route::Contents => t(lang, Key::ContentsTitle).to_string(),
        Route::Accessibility => t(lang, Key::A11yTitle).to_string(),
        Route::Whole { .. } => t(lang, Key::WholeTitle).to_string(),
        Route::Search { .. } => t(lang, Key::NavSearch).to_string(),
        Route::Section { key, .. } => match section_by_key(key) {
            Some(section) if !section.number.is_empty() => format!("{} {}", section.number, section.title),
            Some(section) => section.title.to_string(),
            None => t(lang, Key::NotFoundTitle).to_string(),
        },
        Route::Assessment { .. } => t(lang, Key::AssessmentTitle).to_string(),
        Route::Tree { id, .. } => match tree_by_id(id) {
            Some(tree) => tree.title.get(lang).to_string(),
            None => t(lang, Key::NotFoundTitle).to_string(),
        },
        Route::NotFound => t(lang, Key::NotFoundTitle).to_string(),
    })
}

/// The view for `route`, reading the language from a signal that lives as long as the page.
///
/// A render effect that is dropped stays in the subscriber list of every signal it read until
/// that signal's subscribers next re-run (reactive_graph 0.2.16 does not unsubscribe on drop).
/// Pages read the language in dozens of places and the app-long `lang` rarely changes, so every
/// navigation left dozens of dead 48-byte entries behind: wasm memory grew without bound (6 MB
/// over 900 tree walks). A page's own copy takes its subscribers with it when the page goes.
fn page(
    state: AppState,
    page_lang: StoredValue<Option<RwSignal<Lang>>>,
    route: Route,
    fresh: &FreshBuild,
) -> Either<AnyView, AnyView> {
    let lang = RwSignal::new(state.lang.get_untracked());
    page_lang.set_value(Some(lang));
    provide_context(AppState { lang, ..state });
    fresh.wrap(view_for(route))
}

/// Makes each new page a new build instead of an update of the page before.
///
/// Leptos updates a view of the same type in place. With erased components (`erase_components`)
/// an element's attributes are one erased list, and updating it removes every old attribute and
/// sets every new one: a radio button loses and regains its `type`, the focused heading its
/// `tabindex`, and the browser redoes each input and restyles (`removeAttribute` alone took about
/// 1 ms of a tree step in a CPU profile). Alternating the side of an `Either` makes the old page
/// go and the new one be built on detached elements: a tree step's median in the DOM went from
/// 7.6 to 7.1 and from 11.0 to 8.0 ms, measured side by side (README, "What changed").
#[derive(Default, Clone, Copy)]
struct FreshBuild {
    left: StoredValue<bool>,
}

impl FreshBuild {
    fn wrap(&self, view: AnyView) -> Either<AnyView, AnyView> {
        let left = !self.left.get_value();
        self.left.set_value(left);
        if left {
            Either::Left(view)
        } else {
            Either::Right(view)
        }
    }
}

fn view_for(route: Route) -> AnyView {
    match route {
        Route::Start => view! { <start::StartPage/> }.into_any(),
        Route::Contents => view! { <reader::ContentsPage/> }.into_any(),
        Route::Accessibility => view! { <accessibility::AccessibilityPage/> }.into_any(),
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
        Route::Assessment { view, answers, follow } => {
            view! { <assessment_page::AssessmentPage view=view answers=answers follow=follow/> }.into_any()
        }
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

#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = state();
    let button = move |lang: Lang, key: Key| {
        view! {
            <button
                type="button"
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

#[component]
fn Footer() -> impl IntoView {
    let state = state();
    // The agency's own statement is the one the law asks for; our page says what the tool does.
    let statement = accessibility::statement_url().map(|url| {
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
                {state.trf(Key::Edition, "replaces", EDITION.replaces.to_string())}
                " "
                <a href=EDITION.url rel="noreferrer">{state.tr(Key::EditionSource)}</a>
            </p>
        </footer>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    robust::provoke_panic_if_asked();
    let state = state();
    view! {
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::NotFoundTitle)}</h1>
        <p>{state.tr(Key::NotFoundText)}</p>
        <p><a href="#/">{state.tr(Key::BackToStart)}</a></p>
    }
}
