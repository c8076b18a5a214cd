//! Text forms of the user's work that leave the page and come back: in local storage.

pub mod storage;
