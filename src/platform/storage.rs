//! The one module that touches `localStorage`: every key the app keeps there, and the format of
//! each. Storage may be switched off by policy, throw in private modes or be full: then the app
//! just forgets, and the footer says so (`works`). What cannot be read is never overwritten
//! without a trace: unreadable answers are put aside before new ones are saved.

use rundskriv_core::engine::Answers;
use rundskriv_core::i18n::Lang;
use rundskriv_core::report::{self, FollowUps};
use rundskriv_core::share::{self, DecodeError};

/// The answers to the trees' and the self-assessment's questions (facts are shared by all).
const ANSWERS_KEY: &str = "rundskrivveilederen.svar";
/// Where an unreadable entry under `ANSWERS_KEY` is put aside before new answers are saved, so
/// that nothing the user had (from another version of the app, say) is lost.
const UNREADABLE_ANSWERS_KEY: &str = "rundskrivveilederen.svar.ulest";
/// The self-assessment's follow-up: done marks and notes per requirement.
const FOLLOW_UPS_KEY: &str = "rundskrivveilederen.oppfolging";
/// The language the user chose with the switch.
const LANG_KEY: &str = "rundskrivveilederen.lang";
/// Written and removed once per page load to learn whether storage works.
const PROBE_KEY: &str = "rundskrivveilederen.lagring";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// True when this browser lets the app keep answers (not when storage is switched off, as
/// policies and some private modes do, or full). Checked once per page load.
pub fn works() -> bool {
    thread_local! {
        static WORKS: bool = storage().is_some_and(|storage| {
            storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
        });
    }
    WORKS.with(|works| *works)
}

/// Answers saved in this browser; Err when something unreadable is stored there.
pub fn saved_answers() -> Result<Answers, DecodeError> {
    match load(ANSWERS_KEY) {
        None => Ok(Answers::new()),
        Some(text) => share::from_storage(&text),
    }
}

/// Merges `answers` into the saved ones (facts are shared by all trees: "kun én gang").
pub fn save_answers(answers: &Answers) {
    let mut all = saved_answers().unwrap_or_else(|_| {
        if let Some(unreadable) = load(ANSWERS_KEY) {
            save(UNREADABLE_ANSWERS_KEY, &unreadable);
        }
        Answers::new()
    });
    all.extend(answers.iter().map(|(k, v)| (*k, *v)));
    save(ANSWERS_KEY, &share::to_storage(&all));
}

pub fn forget_answers() {
    remove(ANSWERS_KEY);
}

/// The saved follow-up; nothing when none is saved or it cannot be read.
pub fn saved_follow_ups() -> FollowUps {
    load(FOLLOW_UPS_KEY)
        .and_then(|text| text.strip_prefix("1|").map(String::from))
        .and_then(|text| report::decode_follow_ups(&text).ok())
        .map(|(follow, _)| follow)
        .unwrap_or_default()
}

pub fn save_follow_ups(follow: &FollowUps) {
    save(FOLLOW_UPS_KEY, &format!("1|{}", report::encode_follow_ups(follow)));
}

pub fn forget_follow_ups() {
    remove(FOLLOW_UPS_KEY);
}

/// The language chosen here before, if it is one the app has.
pub fn saved_lang() -> Option<Lang> {
    load(LANG_KEY).and_then(|tag| Lang::from_tag(&tag))
}

pub fn save_lang(lang: Lang) {
    save(LANG_KEY, lang.tag());
}
