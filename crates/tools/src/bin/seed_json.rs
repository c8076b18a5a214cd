//! Writes the source's sentences and URLs (`rundskriv_tools::seed`) as JSON for the browser tests,
//! so the browser and the native tests check against one reading of the source.

use rundskriv_tools::seed;
use serde::Serialize;

/// What the browser tests read (`target/seed.json`).
#[derive(Serialize)]
struct Seed {
    sentences: Vec<String>,
    urls: Vec<String>,
}

fn main() {
    let text = seed::seed_text();
    let seed = Seed {
        sentences: seed::sentences(&text),
        urls: seed::urls(&text),
    };
    let json = serde_json::to_string_pretty(&seed).expect("strings always serialize");
    println!("{json}");
}
