//! Prints the whole circular as one plain HTML page (`export::static_page::render`). The Trunk post-build
//! hook (`scripts/post-build.mjs`) runs it and writes the page next to the app, as the fallback
//! for browsers that cannot run the app.
//!
//! Usage: `cargo run --example static_circular -- <stylesheet href> [<app href>]`

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(stylesheet) = args.next() else {
        eprintln!("usage: static_circular <stylesheet href> [<app href>]");
        std::process::exit(2);
    };
    let app = args.next().unwrap_or_else(|| "./".to_string());
    print!("{}", rundskriv_core::export::static_page::render(&stylesheet, &app));
}
