//! Reading: each source file into the compiler's typed data, with its mistakes located. Kinds stay
//! the model's types from here on; nothing is carried as a string that `check` or `generate` must
//! read again.

mod blocks;
pub mod date;
pub mod edition;
pub mod front_matter;
pub mod id;
mod inline;
pub mod kind;
pub mod paragraph_marks;
pub mod review;
pub mod scenarios;
pub mod section;
pub mod section_types;
pub mod text;
pub mod toml_file;
mod tree_files;
pub mod trees;
pub mod ui_strings;
