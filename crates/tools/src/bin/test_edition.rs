//! Writes the test edition (issue #14, `rundskriv_tools::test_edition`) into a folder, for a build
//! with it as the newest edition: `RUNDSKRIV_NEWEST_EDITION=<folder> node scripts/build.mjs --dist
//! dist-editions` (test.sh does). Never a real edition.
//!
//! Usage: `cargo run -p rundskriv-tools --bin test_edition -- <folder> [--unconfirmed]`

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (folder, confirmations) = match args.as_slice() {
        [folder] => (folder, true),
        [folder, flag] if flag == "--unconfirmed" => (folder, false),
        _ => {
            eprintln!("usage: test_edition <folder> [--unconfirmed]");
            std::process::exit(2);
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    match rundskriv_tools::test_edition::write_test_edition(&root, Path::new(folder), confirmations) {
        Ok(count) => println!("wrote the test edition ({count} changes and the added point) to {folder}"),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}
