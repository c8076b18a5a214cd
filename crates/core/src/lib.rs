//! Rundskrivveilederen's pure logic: the compiled circular and decision trees, the decision
//! engine, the self-assessment, search, routes, UI strings and labels, the codecs of what leaves
//! the page (links, local storage) and the exports.
//!
//! Nothing here touches the browser, so all of it is tested with plain `cargo test`; the Leptos
//! components live in the app (`src/`).

pub use rundskriv_model::TableId;

pub mod accessibility_statement;
pub mod assessment;
pub mod block_place;
pub mod changes;
pub mod codec;
pub mod content;
pub mod content_words;
pub mod date;
pub mod embed_options;
pub mod engine;
pub mod export;
pub mod fold;
pub mod follow_form;
pub mod labels;
pub mod lang_texts;
pub mod layout;
pub mod limits;
pub mod made_under;
pub mod old_ids;
pub mod older_build;
pub mod percent;
pub mod review;
pub mod route;
pub mod scenario;
pub mod search;
pub mod search_hits;
pub mod snippet;
pub mod sort;
pub mod table;
pub mod trees;
pub mod ui_strings;
