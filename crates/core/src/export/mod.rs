//! The circular and the user's assessment as documents to keep or pass on: the assessment as
//! Markdown and as a JSON file (which imports again), and the circular as one plain HTML page.

pub mod json;
pub mod markdown;
pub mod static_page;
