//! The `App` component: builds the state from the mount options, keeps the address, the page's
//! language and title, and the focus in step with the route, and lays out the shell around the
//! page the router picks.

use super::footer::Footer;
use super::header::Header;
use super::update_notice::UpdateNotice;
use crate::platform::{dom, history};
use crate::router::{page, page_title, FreshBuild};
use crate::state::{AppState, MountOptions};
use leptos::prelude::*;
use rundskriv_core::lang_texts::Part;
use rundskriv_core::route::Route;
use rundskriv_core::ui_strings::{t, Key, Lang};

#[component]
pub fn App(options: MountOptions) -> impl IntoView {
    let state = AppState::new(&options, first_route(&options));
    provide_context(state);
    // Each page reads the language from a signal of its own (see `router::page`).
    let page_lang = StoredValue::new(None::<RwSignal<Lang>>);
    let fresh = FreshBuild::default();
    keep_page_lang_in_step(state, page_lang);
    if !state.memory {
        follow_address_bar(state);
    }
    keep_document_lang(state);
    focus_after_navigation(state);
    keep_title(state);
    view! {
        <div class="rv-app" lang=move || state.lang.get().tag() on:click=move |ev| follow_app_link(state, ev)>
            <a class="skip-link" href="#hovedinnhold" on:click=move |ev| {
                ev.prevent_default();
                state.focus("hovedinnhold", true);
            }>{state.tr(Key::SkipLink)}</a>
            <Header/>
            <main id="hovedinnhold" tabindex="-1">
                <UpdateNotice/>
                // Said in the language asked for as far as that is at hand: bokmål, when it is not.
                {move || state.texts_missing.get().map(|missing| {
                    let (_, shown) = rundskriv_core::lang_texts::shown(missing, Part::Ui);
                    view! { <div class="ds-alert notice" role="alert" lang=shown.tag()><p>{t(shown, Key::TextsMissing)}</p></div> }
                })}
                {move || {
                    // A page that waited for its texts is built again once they are there.
                    state.texts_loaded.track();
                    page(state, page_lang, state.route.get(), &fresh)
                }}
            </main>
            <Footer/>
            <div class="visually-hidden" role="status" aria-live="polite">{move || state.status.get()}</div>
        </div>
    }
}

/// Where the app opens: the address's place, or the mount's start where the address says none
/// (and always in memory mode, which leaves the address alone).
pub(crate) fn first_route(options: &MountOptions) -> Route {
    match (&options.start, options.memory) {
        (Some(start), true) => start.clone(),
        (start, _) => match history::current_hash().as_str() {
            "" | "#" | "#/" if start.is_some() => start.clone().unwrap_or(Route::Start),
            hash => Route::parse(hash),
        },
    }
}

/// The page's own language signal follows the app's (see `router::page` for why it has one).
fn keep_page_lang_in_step(state: AppState, page_lang: StoredValue<Option<RwSignal<Lang>>>) {
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(page) = page_lang.get_value() {
            if page.try_get_untracked().is_some_and(|shown| shown != lang) {
                page.set(lang);
            }
        }
    });
}

/// The address changed outside `go`: a typed or pasted fragment, Back or Forward. Going back
/// over an entry `go` made fires both events; the second finds the view in place.
fn follow_address_bar(state: AppState) {
    let follow = move || {
        let hash = history::current_hash();
        let route = Route::parse(&hash);
        if state.route.with_untracked(|shown| *shown != route) {
            // Newer than anything queued for the address (see `go`); the second event of a
            // pair must not drop what the view it brought has queued in between.
            history::drop_pending();
            state.arrive(route, hash);
        }
    };
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| follow());
    let on_history = window_event_listener(leptos::ev::popstate, move |_| follow());
    on_cleanup(move || {
        on_hash.remove();
        on_history.remove();
    });
}

/// A widget must not change its host page's language; it marks its own root.
fn keep_document_lang(state: AppState) {
    Effect::new(move |_| {
        let lang = state.lang.get();
        if state.owns_page() {
            dom::set_document_lang(lang.tag());
        }
    });
}

/// After each navigation (not the first load), moves focus to the new view so keyboard and
/// screen-reader users start reading it; a paragraph link scrolls to that paragraph instead.
fn focus_after_navigation(state: AppState) {
    Effect::new(move |previous: Option<Route>| {
        let route = state.route.get();
        let first_load = previous.is_none();
        let target = route.focus_target();
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
                state.reveal_top();
                state.focus("page-heading", false);
            }
            None => {}
        });
        route
    });
}

/// The document's title names the page; a widget leaves its host page's title alone.
fn keep_title(state: AppState) {
    Effect::new(move |_| {
        if !state.owns_page() {
            return;
        }
        let lang = state.lang.get();
        let page = page_title(&state.route.get(), lang);
        let app = t(lang, Key::AppName);
        dom::set_title(&match page {
            Some(page) => format!("{page} – {app}"),
            None => app.to_string(),
        });
    });
}

/// The app's own links (`#/…`) are followed by `go`: at once, and in memory mode without
/// touching the host page's URL and history. A link to where the user already is does what the
/// browser does with it: nothing.
fn follow_app_link(state: AppState, ev: leptos::ev::MouseEvent) {
    if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
        return;
    }
    if let Some(href) = dom::app_link_target(&ev) {
        ev.prevent_default();
        if !state.is_current(&href) {
            state.go(Route::parse(&href));
        }
    }
}
