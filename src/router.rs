//! From a route to what is shown: the page's view and the page's title.

use crate::pages::{
    accessibility::AccessibilityPage, assessment::AssessmentPage, changes::ChangesPage, contents::ContentsPage,
    not_found::NotFound, search::SearchPage, section::SectionPage, start::StartPage, texts_wait::TextsWait,
    tree::TreePage, whole::WholePage,
};
use crate::platform::lang_files;
use crate::state::AppState;
use leptos::either::Either;
use leptos::prelude::*;
use rundskriv_core::content::SECTIONS;
use rundskriv_core::route::Route;
use rundskriv_core::trees::TREES;
use rundskriv_core::ui_strings::{t, Key, Lang};

/// The page's own name for the document's title; None for the start page, which is the app.
pub fn page_title(route: &Route, lang: Lang) -> Option<String> {
    Some(match route {
        Route::Start => return None,
        Route::Contents => t(lang, Key::ContentsTitle).to_string(),
        Route::Accessibility => t(lang, Key::A11yTitle).to_string(),
        Route::Changes { .. } => t(lang, Key::ChangesTitle).to_string(),
        Route::Whole { .. } => t(lang, Key::WholeTitle).to_string(),
        Route::Search { .. } => t(lang, Key::NavSearch).to_string(),
        Route::Section { section, .. } => SECTIONS[*section].heading(),
        Route::Assessment(_) => t(lang, Key::AssessmentTitle).to_string(),
        Route::Tree(tree) => TREES[tree.tree].title.get(lang).to_string(),
        Route::NotFound(_) => t(lang, Key::NotFoundTitle).to_string(),
    })
}

/// The view for `route`, reading the language from a signal that lives as long as the page.
///
/// A render effect that is dropped stays in the subscriber list of every signal it read until
/// that signal's subscribers next re-run (reactive_graph 0.2.16 does not unsubscribe on drop).
/// Pages read the language in dozens of places and the app-long `lang` rarely changes, so every
/// navigation left dozens of dead 48-byte entries behind: wasm memory grew without bound (6 MB
/// over 900 tree walks). A page's own copy takes its subscribers with it when the page goes.
///
/// A page whose texts are not at hand yet waits for them first.
pub fn page(
    state: AppState,
    page_lang: StoredValue<Option<RwSignal<Lang>>>,
    route: Route,
    fresh: &FreshBuild,
) -> Either<AnyView, AnyView> {
    let shown = state.lang.get_untracked();
    let lang = RwSignal::new(shown);
    page_lang.set_value(Some(lang));
    provide_context(state.with_lang(lang));
    if !lang_files::missing_for(&route, shown).is_empty() {
        return fresh.wrap(view! { <TextsWait/> }.into_any());
    }
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
/// 7.6 to 7.1 and from 11.0 to 8.0 ms, measured side by side (docs/benchmark.md, "What was tried").
#[derive(Default, Clone, Copy)]
pub struct FreshBuild {
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
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Contents => view! { <ContentsPage/> }.into_any(),
        Route::Accessibility => view! { <AccessibilityPage/> }.into_any(),
        Route::Changes { .. } => view! { <ChangesPage/> }.into_any(),
        Route::Whole { .. } => view! { <WholePage/> }.into_any(),
        Route::Search { query } => view! { <SearchPage initial=query/> }.into_any(),
        Route::Section { section, block } => view! { <SectionPage section=section target=block/> }.into_any(),
        Route::Tree(route) => view! { <TreePage route=route/> }.into_any(),
        Route::Assessment(route) => view! { <AssessmentPage route=route/> }.into_any(),
        Route::NotFound(_) => view! { <NotFound/> }.into_any(),
    }
}
