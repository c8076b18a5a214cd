//! The circular and the user's assessment as documents to keep or pass on: the assessment as
//! Markdown, CSV, a case document for the clipboard (HTML and plain text), an e-mail and a JSON
//! file (which imports again), and the circular as one plain HTML page. In the browser the
//! assessment's documents are made by the documents module (`request`, `crates/documents`).

pub mod case_document;
pub mod csv;
pub mod document;
pub mod json;
pub mod mail;
pub mod markdown;
pub mod request;
pub mod static_page;

use crate::codec::follow_ups::FollowUps;
use crate::date::Date;
use crate::engine::Answers;
use crate::review::ReviewInterval;
use crate::ui_strings::Lang;

/// What a report of the assessment is made from.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub answers: &'a Answers,
    pub follow: &'a FollowUps,
    pub lang: Lang,
    /// The day it is made: its date, and what is overdue or due for review by then.
    pub today: Date,
    pub interval: ReviewInterval,
    /// The shared link to the assessment.
    pub link: &'a str,
}
