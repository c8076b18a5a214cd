//! Code generation: the checked data as Rust source for core's data modules to `include!`. Kinds
//! are written from the model's values, ids as indices into the generated tables.

pub mod changes;
pub mod content;
pub mod lang_files;
mod rust;
mod texts;
pub mod trees;
pub mod ui_strings;
