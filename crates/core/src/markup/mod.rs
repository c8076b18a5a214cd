//! The self-assessment result's follow-up as HTML for the app to insert: each item's form and
//! its warnings, the overview, the error summary and the export buttons. Written here as text
//! rather than built element by element as Leptos views, because the views of the same form
//! measured about 17 KB brotli of first load against a budget with 2 KB to spare; the app puts
//! the markup in with `inner_html` and one listener per block reads `name`/`data-action`.
//! Every user text is escaped; the markup is plain and semantic (fieldset, legend, label,
//! button), so a design system's classes slot in.

pub mod follow_up_form;
pub mod overview;

use crate::export::static_page::escape;
pub use rundskriv_model::{ExportAction, FollowField};

/// A button that does `action`, labelled `label`.
pub fn action_button(action: ExportAction, class: &str, label: &str) -> String {
    format!(
        "<button type=\"button\" class=\"{class}\" data-action=\"{}\">{}</button>",
        action.id(),
        escape(label)
    )
}
