//! The search page: results appear as the user types; the query is kept in the URL so a search
//! can be shared and the back button returns to it.

use crate::state::state;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use rundskriv_core::route::Route;
use rundskriv_core::search::{prepare, search};
use rundskriv_core::search_hits::{hit_id, hits_html};
use rundskriv_core::ui_strings::{tf, Key};

const MAX_RESULTS: usize = 50;
/// Hits shown while typing; the rest wait for "Vis alle treff". Ten are what fits on a screen,
/// and rendering all fifty on every keystroke took most of a keystroke's time (docs/benchmark.md).
const FIRST_RESULTS: usize = 10;
/// How long typing must pause before the address follows the query, in milliseconds.
const RECORD_AFTER_MS: u32 = 300;

#[component]
pub fn SearchPage(initial: String) -> impl IntoView {
    let state = state();
    // The word index is built on first use; build it as the page opens, not on the first keystroke.
    prepare();
    let query = RwSignal::new(initial);
    let results = Memo::new(move |_| query.with(|q| search(q, MAX_RESULTS)));
    let show_all = RwSignal::new(false);
    // The address follows the query, so that a search can be shared and Back returns to it.
    // Replacing the history entry costs about a millisecond, too much for every keystroke: it
    // waits until typing pauses, or the field loses focus (as it does before a hit is followed).
    // The wait is a `Timeout`, cancelled when dropped: when a keystroke starts a new one, when
    // the address follows at once, and when the page goes (with its stored values).
    let pending = StoredValue::new_local(None::<Timeout>);
    let record = move || {
        if pending.try_update_value(Option::take).flatten().is_some()
            && matches!(state.route.get_untracked(), Route::Search { .. })
        {
            state.replace(&Route::Search {
                query: query.get_untracked(),
            });
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        query.set(event_target_value(&ev));
        show_all.set(false);
        pending.try_set_value(Some(Timeout::new(RECORD_AFTER_MS, record)));
    };
    let summary = move || {
        let q = query.get();
        if q.trim().is_empty() {
            String::new()
        } else if results.with(Vec::is_empty) {
            tf(state.lang.get(), Key::SearchNone, &[("query", q.trim())])
        } else {
            tf(
                state.lang.get(),
                Key::SearchCount,
                &[("count", &results.with(Vec::len).to_string())],
            )
        }
    };
    // One HTML string, set as the list's content in one DOM call (`search_hits` says why).
    let hits = move || {
        let count = if show_all.get() { MAX_RESULTS } else { FIRST_RESULTS };
        results.with(|found| hits_html(&found[..found.len().min(count)]))
    };
    let show_rest = move |_| {
        show_all.set(true);
        // The button goes away with the click: keyboard users continue at the first new hit.
        request_animation_frame(move || {
            state.focus(&hit_id(FIRST_RESULTS), false);
        });
    };
    // One button, kept from keystroke to keystroke and hidden when all hits are shown: built
    // anew whenever the hits changed, it was new nodes on every keystroke.
    let count = move || results.with(Vec::len);
    let more = view! {
        <p class="more-results" hidden=move || count() <= FIRST_RESULTS || show_all.get()>
            <button type="button" class="ds-button ds-variant-secondary" on:click=show_rest>
                {move || tf(state.lang.get(), Key::SearchShowAll, &[("count", &count().to_string())])}
            </button>
        </p>
    };
    view! {
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::StartSearchTitle)}</h1>
        <form class="search-form" role="search" on:submit=move |ev| { ev.prevent_default(); record(); }>
            <label for="sok">{state.tr(Key::SearchLabel)}</label>
            <p id="sok-hint" class="hint">{state.tr(Key::SearchHint)}</p>
            <input id="sok" class="ds-input" type="search" autocomplete="off" spellcheck="false" aria-describedby="sok-hint sok-count"
                prop:value=move || query.get() on:input=on_input on:blur=move |_| record()/>
        </form>
        <p id="sok-count" class="search-count" role="status">{summary}</p>
        // data-query tells which query the list shows (results render just after the keystroke).
        <ol class="results" data-query=move || query.get() inner_html=hits></ol>
        {more}
    }
}
