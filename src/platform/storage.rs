//! The one module that touches `localStorage`. Every key and stored format is core's
//! (`codec::storage`); this only moves text in and out. Storage may be switched off by policy,
//! throw in private modes or be full: then the app just forgets, and the footer says so
//! (`works`). What cannot be read is never overwritten without a trace: unreadable answers are
//! put aside before new ones are saved.

use rundskriv_core::codec::answers::DecodeError;
use rundskriv_core::codec::follow_ups::FollowUps;
use rundskriv_core::codec::storage::{self as codec, StoredValue};
use rundskriv_core::content::EDITION;
use rundskriv_core::engine::Answers;
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::review::ReviewInterval;
use rundskriv_core::ui_strings::Lang;

// Plain web-sys, not gloo-storage: gloo stores every value as JSON (`"1|…"` with quotes, so
// what users' browsers hold today would read as unreadable), its `raw()` throws where storage
// is switched off, and it brings serde_json: measured 197,238 B brotli for the first load
// against 188,216 B (+9,022 B, over the 190,000 B budget).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load(value: StoredValue) -> Option<String> {
    storage()?.get_item(value.key()).ok().flatten()
}

fn save(value: StoredValue, text: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(value.key(), text);
    }
}

fn remove(value: StoredValue) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(value.key());
    }
}

/// True when this browser lets the app keep answers (not when storage is switched off, as
/// policies and some private modes do, or full). Checked once per page load.
pub fn works() -> bool {
    thread_local! {
        static WORKS: bool = storage().is_some_and(|storage| {
            let probe = StoredValue::Probe.key();
            storage.set_item(probe, "1").is_ok() && storage.remove_item(probe).is_ok()
        });
    }
    WORKS.with(|works| *works)
}

/// Answers saved in this browser; Err when something unreadable is stored there.
pub fn saved_answers() -> Result<Answers, DecodeError> {
    match load(StoredValue::Answers) {
        None => Ok(Answers::new()),
        Some(text) => codec::decode_answers(&text),
    }
}

/// Merges `answers` into the saved ones (facts are shared by all trees: "kun én gang").
pub fn save_answers(answers: &Answers) {
    let mut all = saved_answers().unwrap_or_else(|_| {
        if let Some(unreadable) = load(StoredValue::Answers) {
            save(StoredValue::UnreadableAnswers, &unreadable);
        }
        Answers::new()
    });
    all.extend(answers.iter().map(|(k, v)| (*k, *v)));
    save(StoredValue::Answers, &codec::encode_answers(&all));
    // Answering again under the newest edition makes the saved answers that edition's.
    save(StoredValue::AnswersEdition, EDITION.id);
}

/// The edition the saved answers were last saved under.
pub fn saved_answers_edition() -> MadeUnder {
    MadeUnder::read(load(StoredValue::AnswersEdition).as_deref())
}

pub fn forget_answers() {
    remove(StoredValue::Answers);
    remove(StoredValue::AnswersEdition);
}

/// The saved follow-up; Err when something unreadable is stored there.
pub fn saved_follow_ups() -> Result<FollowUps, DecodeError> {
    match load(StoredValue::FollowUps) {
        None => Ok(FollowUps::new()),
        Some(text) => codec::decode_follow_ups(&text),
    }
}

/// Saves the follow-up, first putting aside what is stored if it cannot be read (another
/// version's, a damaged one), so nothing is overwritten without a trace.
pub fn save_follow_ups(follow: &FollowUps) {
    if saved_follow_ups().is_err() {
        if let Some(unreadable) = load(StoredValue::FollowUps) {
            save(StoredValue::UnreadableFollowUps, &unreadable);
        }
    }
    save(StoredValue::FollowUps, &codec::encode_follow_ups(follow));
}

pub fn forget_follow_ups() {
    remove(StoredValue::FollowUps);
}

/// The review interval set here before; the default where none, or something unreadable, is stored.
pub fn saved_review_interval() -> ReviewInterval {
    load(StoredValue::ReviewInterval).map_or_else(ReviewInterval::default, |text| codec::decode_review_interval(&text))
}

pub fn save_review_interval(interval: ReviewInterval) {
    save(StoredValue::ReviewInterval, &codec::encode_review_interval(interval));
}

/// The language chosen here before, if it is one the app has.
pub fn saved_lang() -> Option<Lang> {
    load(StoredValue::Language).and_then(|text| codec::decode_language(&text))
}

pub fn save_lang(lang: Lang) {
    save(StoredValue::Language, &codec::encode_language(lang));
}
