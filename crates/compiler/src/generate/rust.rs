//! Rust source for the values the generated tables hold.

use std::any::type_name;
use std::fmt::Debug;

/// A model kind's value as Rust spells it (`Verdict::GjelderIkke`, `BlockKind::Numbered(2)`): its
/// type's name and, as derived `Debug` prints it, its variant.
pub fn variant<T: Debug>(value: T) -> String {
    let path = type_name::<T>();
    let ty = path.rsplit("::").next().unwrap_or(path);
    format!("{ty}::{value:?}")
}

/// `Some(…)` or `None`.
pub fn option(value: Option<String>) -> String {
    value.map_or_else(|| "None".to_string(), |v| format!("Some({v})"))
}

/// A table of the generated data: `pub static NAME: Table<Id, Row> = Table::new(&[…]);`, one row a
/// line.
pub fn table(name: &str, id: &str, row: &str, rows: &str) -> String {
    format!("pub static {name}: Table<{id}, {row}> = Table::new(&[\n{rows}]);\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rundskriv_model::{BlockKind, Verdict};

    #[test]
    fn variants_read_as_rust_paths() {
        assert_eq!(variant(Verdict::GjelderIkke), "Verdict::GjelderIkke");
        assert_eq!(variant(BlockKind::Numbered(2)), "BlockKind::Numbered(2)");
        assert_eq!(option(Some("Text(3)".to_string())), "Some(Text(3))");
        assert_eq!(option(None), "None");
    }
}
