//! Writes the source's sentences and URLs (`tests/support/seed.rs`) as JSON for the browser tests,
//! so the browser and the native tests check against one reading of the source.

use rundskriv_tools::seed;

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| json_string(s)).collect();
    format!("[\n    {}\n  ]", items.join(",\n    "))
}

fn main() {
    let text = seed::seed_text();
    let sentences = seed::sentences(&text);
    let urls = seed::urls(&text);
    println!(
        "{{\n  \"sentences\": {},\n  \"urls\": {}\n}}",
        json_list(&sentences),
        json_list(&urls)
    );
}
