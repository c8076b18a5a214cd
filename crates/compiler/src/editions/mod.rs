//! The editions of the circular a build carries (`folders`) and the point numbers old addresses
//! use (`addresses`), what changed between two of them per point (`diff`), shown as the "Hva er
//! endret" page's HTML fragment (`render`) in the words of our own file (`words`); the trees
//! carried to the newest (`carry`) and the verdicts and readings its words touch (`flags`), each
//! confirmed by a record (`confirmations`); an older edition's own page (`older_page`).
pub mod addresses;
pub mod carry;
pub mod confirmations;
pub mod diff;
pub mod flags;
pub mod folders;
pub mod older_page;
pub mod render;
pub mod words;
// What became of one cited paragraph, for `flags`: apart only to keep each file short.
mod fate;
// The word level of `diff`, which re-exports its types: apart only to keep each file short.
mod word_diff;
