//! Compiles the circular (`content/`), the decision trees and the UI strings (`i18n/`) into this
//! crate's data, with the compiler crate; a mistake fails the build with file, line and column.

fn main() {
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    // Relative to this crate's folder, where Cargo runs the script: the paths Cargo is told to
    // watch are then relative too, so a target folder copied to another checkout (a worktree, a
    // CI cache) watches that checkout's content, not the one it was built in.
    rundskriv_compiler::build(std::path::Path::new("../.."), &out_dir);
}
