//! The user's work as text that leaves the page and comes back: answers and follow-ups in shared
//! links, and everything the app keeps in local storage.

pub mod answers;
pub mod follow_ups;
pub mod storage;
