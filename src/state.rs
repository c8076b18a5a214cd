//! What every component may read, provided as a Leptos context by the shell: where the user is,
//! in which language, the polite announcement for screen readers, and how the app sits in the
//! page (`MountOptions`). Components get it with `state()`; only the shell builds it.

use crate::platform::{clipboard, dom, history, lang_files, storage};
use leptos::prelude::*;
use rundskriv_core::labels::edition_text;
use rundskriv_core::route::Route;
use rundskriv_core::trees::Text;
use rundskriv_core::ui_strings::{t, tf, Key, Lang};

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
    /// The shadow root an embedded widget lives in (see `shell::widget`). The app then leaves the
    /// host page's title, language and scroll position alone and looks its elements up in there.
    pub shadow: Option<web_sys::ShadowRoot>,
    /// The folder the app's files are in, with a trailing slash; None for the page's own folder.
    pub files: Option<String>,
    /// Set by `shell::mount::when_ready`: the language asked for, whose texts could not be loaded.
    pub texts_missing: Option<Lang>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub route: RwSignal<Route>,
    pub lang: RwSignal<Lang>,
    pub status: RwSignal<String>,
    /// True for an embedded widget with its route in memory (see `MountOptions::memory`).
    pub memory: bool,
    /// A language asked for whose texts could not be loaded (the app stays in another).
    pub texts_missing: RwSignal<Option<Lang>>,
    /// Set when the page shown must be built again because what it has of its texts changed:
    /// they arrived for a page waiting for them (`pages::texts_wait`), or a language switch left
    /// it without them (`switch_language`). Only the setting counts, not the value.
    pub texts_loaded: RwSignal<bool>,
    /// The fragment of the view shown now (the address bar may be a frame behind, see `go`).
    current_href: StoredValue<String>,
    share_base: StoredValue<Option<String>>,
    shadow: StoredValue<Option<web_sys::ShadowRoot>, LocalStorage>,
    files: StoredValue<Option<String>>,
}

/// The app state of the component being built.
pub fn state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// The state of an app mounted with `options`, showing `route` first.
    pub fn new(options: &MountOptions, route: Route) -> AppState {
        AppState {
            current_href: StoredValue::new(route.href()),
            route: RwSignal::new(route),
            lang: RwSignal::new(options.lang.unwrap_or_else(crate::platform::language::initial)),
            status: RwSignal::new(String::new()),
            memory: options.memory,
            share_base: StoredValue::new(options.share_base.clone()),
            shadow: StoredValue::new_local(options.shadow.clone()),
            files: StoredValue::new(options.files.clone()),
            texts_missing: RwSignal::new(options.texts_missing),
            texts_loaded: RwSignal::new(false),
        }
    }

    /// The same state with the language read from `lang` (see `router::page`).
    pub fn with_lang(self, lang: RwSignal<Lang>) -> AppState {
        AppState { lang, ..self }
    }

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

    /// The UI text `key` with `{edition}` filled in by the newest edition's name, kept up to date
    /// like `tr` (the name itself is in the page's language).
    pub fn tr_edition(&self, key: Key) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || edition_text(key, lang.get())
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

    /// Shows `route`, reached by the address bar (typed, pasted, Back or Forward) as `href`:
    /// no history entry of the app's own.
    pub fn arrive(&self, route: Route, href: String) {
        self.current_href.set_value(href);
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

    /// True when `href` is the fragment of the view shown now.
    pub fn is_current(&self, href: &str) -> bool {
        self.current_href.with_value(|current| current == href)
    }

    /// Copies `url` to the clipboard and tells screen-reader users whether it worked.
    pub fn copy_link(&self, url: String) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let ok = clipboard::copy(url).await;
            state
                .status
                .set(state.text(if ok { Key::Copied } else { Key::CopyFailed }).to_string());
        });
    }

    /// The address of `name`, a file the build writes beside the app's own (index.html's folder,
    /// or a widget's files' folder).
    pub fn file_href(&self, name: &str) -> String {
        format!("{}{name}", self.files.get_value().unwrap_or_default())
    }

    /// True when the app is the whole page (not a widget inside someone else's page), so it may
    /// set the document's title and language and scroll the window.
    pub fn owns_page(&self) -> bool {
        !self.memory && self.shadow.with_value(Option::is_none)
    }

    /// Scrolls to and focuses the app's element with `id`; returns whether it exists.
    pub fn focus(&self, id: &str, scroll: bool) -> bool {
        self.shadow
            .with_value(|shadow| dom::focus_element(shadow.as_ref(), id, scroll))
    }

    /// Shows the app's element with `id`, rendered `hidden`; nothing if the view has gone since.
    pub fn unhide(&self, id: &str) {
        if let Some(element) = self.shadow.with_value(|shadow| dom::element_by_id(shadow.as_ref(), id)) {
            dom::unhide(&element);
        }
    }

    /// Brings the top of the app into view: the window's top, or an embedded widget's.
    pub fn reveal_top(&self) {
        match self.shadow.with_value(|s| s.as_ref().map(|s| s.host())) {
            Some(host) => dom::reveal_top(&host),
            None => dom::scroll_to_top(),
        }
    }

    /// True when nothing in the app has the focus because what had it was removed (the focus is
    /// on the page's body, or for a widget nowhere in it while the host element has it).
    pub fn focus_lost(&self) -> bool {
        self.shadow.with_value(|shadow| dom::focus_lost(shadow.as_ref()))
    }

    /// Loads the texts the page shown now needs (`lang_files::missing_for`); false when they
    /// cannot be had.
    pub async fn load_page_texts(&self) -> bool {
        let folder = self.files.get_value().unwrap_or_default();
        let missing = lang_files::missing_for(&self.route.get_untracked(), self.lang.get_untracked());
        lang_files::load_all(&missing, &folder).await
    }

    /// Switches to `lang` once the texts the page needs in it are at hand (a moment's load the
    /// first time); if they cannot be had, stays where it is and says so.
    pub fn switch_language(&self, lang: Lang) {
        let state = *self;
        storage::save_lang(lang);
        let needs_trees = self.route.with_untracked(Route::needs_tree_texts);
        if rundskriv_core::lang_texts::available(lang)
            && (!needs_trees || rundskriv_core::lang_texts::trees_available(lang))
        {
            state.texts_missing.set(None);
            state.lang.set(lang);
            return;
        }
        leptos::task::spawn_local(async move {
            let folder = state.files.get_value().unwrap_or_default();
            if lang_files::load(lang, &folder).await {
                state.texts_missing.set(None);
                state.lang.set(lang);
            } else if lang == Lang::Nb {
                // Bokmål's UI is compiled in: switch, and let the page wait for its tree texts
                // as it would on arrival (it says what is missing and offers to try again).
                state.texts_missing.set(None);
                state.lang.set(lang);
                state.texts_loaded.set(false);
            } else {
                state.texts_missing.set(Some(lang));
            }
        });
    }

    /// The full address of `route` for someone else to open.
    pub fn share_url(&self, route: &Route) -> String {
        let base = self.share_base.get_value().unwrap_or_else(history::base_url);
        format!("{base}{}", route.href())
    }
}
