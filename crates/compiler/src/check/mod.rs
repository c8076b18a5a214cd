//! Checking: what no single file can tell on its own — across the circular's files, across the
//! trees and facts, against the circular, and across the languages of the UI strings.

mod nodes;
pub mod readings;
pub mod sections;
pub mod trees;
pub mod ui_strings;
mod walk;
