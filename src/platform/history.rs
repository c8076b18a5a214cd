//! The page's address: reads its fragment, and writes to the browser's history after the next
//! paint, in the order the writes were asked for.
//!
//! `history.pushState` costs 1–3 ms in Chromium (measured in the benchmark's tree steps), a
//! large part of a 16 ms step. The view changes at once; the address follows a frame later.

use super::dom::window;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

enum Write {
    Push(String),
    Replace(String),
}

thread_local! {
    static QUEUE: RefCell<Vec<Write>> = const { RefCell::new(Vec::new()) };
}

/// The address's fragment (`#/…`), or "" when it has none.
pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The page's address up to the fragment, for links to copy.
pub fn base_url() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Adds a history entry for the fragment `hash`.
pub fn push(hash: String) {
    enqueue(Write::Push(hash));
}

/// Changes the current history entry's fragment to `hash` (no new entry, no `hashchange`).
pub fn replace(hash: String) {
    enqueue(Write::Replace(hash));
}

/// Forgets writes not yet made: the address was changed by the user (typed, Back), and that
/// change is newer than anything the app queued.
pub fn drop_pending() {
    QUEUE.with_borrow_mut(Vec::clear);
}

fn enqueue(write: Write) {
    let first = QUEUE.with_borrow_mut(|queue| {
        queue.push(write);
        queue.len() == 1
    });
    if first {
        // A timeout from inside an animation frame runs after that frame has been painted.
        leptos::prelude::request_animation_frame(|| {
            gloo_timers::callback::Timeout::new(0, flush).forget();
        });
    }
}

fn flush() {
    let writes = QUEUE.with_borrow_mut(std::mem::take);
    let Ok(history) = window().history() else {
        return;
    };
    for write in writes {
        let written = match &write {
            Write::Push(hash) => history.push_state_with_url(&JsValue::NULL, "", Some(hash)),
            Write::Replace(hash) => history.replace_state_with_url(&JsValue::NULL, "", Some(hash)),
        };
        if written.is_err() {
            // Some `file:` setups refuse the history API; the browser's own fragment navigation
            // still works (its `hashchange` finds the view already in place).
            let (Write::Push(hash) | Write::Replace(hash)) = write;
            let _ = window().location().set_hash(&hash);
        }
    }
}
