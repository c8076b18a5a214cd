//! Prints the whole circular as one plain HTML page (`export::static_page::render`). The post-build
//! step (`scripts/post-build.mjs`) runs it and writes the page next to the app, as the fallback
//! for browsers that cannot run the app. With `--older` it prints, as JSON, the ids of the newest
//! edition and of those before it that the build carries, and the page of each of those
//! (`{"newest", "older": [id], "pages": [{"file", "title", "main"}]}`), which the hook writes
//! inside the same page's frame; the ids go into `utgave.txt` (docs/editions.md).
//!
//! Usage: `cargo run -p rundskriv-tools --bin static_circular -- <stylesheet href> [<app href>]`
//! or `… --bin static_circular -- --older`

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(stylesheet) = args.next() else {
        eprintln!("usage: static_circular <stylesheet href> [<app href>] | --older");
        std::process::exit(2);
    };
    if stylesheet == "--older" {
        let pages: Vec<serde_json::Value> = rundskriv_core::changes::OLDER_PAGES
            .iter()
            .map(|(file, title, main)| serde_json::json!({ "file": file, "title": title, "main": main }))
            .collect();
        let older: Vec<&str> = rundskriv_core::content::OLDER_EDITIONS.iter().map(|e| e.id).collect();
        let newest = rundskriv_core::content::EDITION.id;
        print!(
            "{}",
            serde_json::json!({ "newest": newest, "older": older, "pages": pages })
        );
        return;
    }
    let app = args.next().unwrap_or_else(|| "./".to_string());
    print!("{}", rundskriv_core::export::static_page::render(&stylesheet, &app));
}
