//! `ui_strings_data.rs`: the `Key` enum, one variant a UI string in the reference language's order, the
//! keys' names, and the end offsets of each language's strings (whose text goes to `lang_files`).

use crate::parse::text::Text;
use crate::parse::ui_strings::UiStrings;
use rundskriv_model::Lang;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The code, and each language's strings as one string. `languages` is in `Lang::ALL` order and
/// has the same keys (checked), the first the reference.
pub fn generate_ui_strings(languages: &[UiStrings; 3]) -> (String, Text) {
    let reference = &languages[0];
    let mut code = String::from(
        "/// A UI string's key; the text lives in `i18n/<lang>.toml`.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Key {\n",
    );
    for entry in &reference.entries {
        let _ = writeln!(code, "    {},", variant_name(&entry.key));
    }
    code.push_str("}\n");
    let names: Vec<String> = reference.entries.iter().map(|e| format!("{:?}", e.key)).collect();
    let _ = writeln!(
        code,
        "pub const KEY_NAMES: [&str; {}] = [{}];",
        names.len(),
        names.join(", ")
    );
    let mut ends = Vec::new();
    let blobs = Text::from_fn(|lang: Lang| {
        // Every language in the reference's key order, whatever order its file has.
        let strings = &languages[lang.index()];
        let by_key: BTreeMap<&str, &str> = strings
            .entries
            .iter()
            .map(|e| (e.key.as_str(), e.text.as_str()))
            .collect();
        let mut blob = String::new();
        for entry in &reference.entries {
            blob.push_str(by_key[entry.key.as_str()]);
            ends.push(blob.len().to_string());
        }
        blob
    });
    let _ = writeln!(code, "static UI_ENDS: [u32; {}] = [{}];", ends.len(), ends.join(", "));
    (code, blobs)
}

/// `start-title` → `StartTitle`.
fn variant_name(key: &str) -> String {
    key.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_become_variant_names() {
        assert_eq!(variant_name("start-title"), "StartTitle");
        assert_eq!(variant_name("lang-nb"), "LangNb");
        assert_eq!(variant_name("tree-2"), "Tree2");
    }
}
