//! Compiles the circular (`content/`), the decision trees and the UI strings (`i18n/`) into this
//! crate's data, with the compiler crate; a mistake fails the build with file, line and column.

fn main() {
    let manifest = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    rundskriv_compiler::build(&manifest.join("../.."), &out_dir);
}
