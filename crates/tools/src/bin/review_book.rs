//! Prints the review book (`book::render`), every decision tree for the policy owner to review
//! and sign off. The post-build hook (`scripts/post-build.mjs`) runs it and writes the page as
//! `gjennomgang.html` next to the app. A content mistake prints every error and exits 1.
//!
//! Usage: `cargo run -p rundskriv-tools --bin review_book -- <stylesheet href> [<app href>]`

use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(stylesheet) = args.next() else {
        eprintln!("usage: review_book <stylesheet href> [<app href>]");
        std::process::exit(2);
    };
    let app = args.next().unwrap_or_else(|| "./".to_string());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    match rundskriv_tools::book::render(&root, &stylesheet, &app) {
        Ok(html) => print!("{html}"),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}
