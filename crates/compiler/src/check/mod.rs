//! Checking: what no single file can tell on its own — across the circular's files, across the
//! trees and facts, against the circular, and across the languages of the UI strings.

pub mod krav;
mod nodes;
mod reach;
pub mod readings;
pub mod scenarios;
pub mod sections;
pub mod trees;
pub mod ui_strings;
mod walk;
