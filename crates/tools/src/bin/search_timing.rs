//! Times `search::search` natively for every prefix of the benchmark's queries (one line of JSON):
//! the search alone, without the page's rendering, next to the in-page keystroke figures.
//!
//! Usage: `cargo run --release --example search_timing -- altinn skytjenester …`

use rundskriv_core::search::{prepare, search};
use std::time::Instant;

fn main() {
    let queries: Vec<String> = std::env::args().skip(1).collect();
    let started = Instant::now();
    prepare();
    let index_ms = started.elapsed().as_secs_f64() * 1000.0;
    let mut times = Vec::new();
    for _ in 0..3 {
        for query in &queries {
            let chars: Vec<char> = query.chars().collect();
            for n in 1..=chars.len() {
                let prefix: String = chars[..n].iter().collect();
                let start = Instant::now();
                let found = search(&prefix, 50);
                times.push(start.elapsed().as_secs_f64() * 1000.0);
                std::hint::black_box(found);
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{{\"index_ms\": {index_ms:.3}, \"keystrokes\": {}, \"p50\": {:.4}, \"p95\": {:.4}, \"max\": {:.4}}}",
        times.len(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}
