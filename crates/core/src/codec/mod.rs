//! The user's work as text that leaves the page and comes back: answers and follow-ups in shared
//! links, everything the app keeps in local storage, and the JSON text of exported files.

pub mod answers;
pub mod follow_ups;
pub mod json;
pub mod storage;
