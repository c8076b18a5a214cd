//! Small view pieces more than one page shows.

pub mod answer_summary;
pub mod basis;
pub mod circular_text;
pub mod forget_answers;
pub mod link_notice;
pub mod question_form;
pub mod section_body;
