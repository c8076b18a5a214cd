//! What the compiler's error tests share: finding the line an error must name.

/// The 1-based line of `source` that starts with `needle`.
pub fn line_of(source: &str, needle: &str) -> usize {
    source
        .lines()
        .position(|l| l.starts_with(needle))
        .unwrap_or_else(|| panic!("`{needle}` not in the source"))
        + 1
}
