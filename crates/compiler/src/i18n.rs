//! Parses the translation files (`i18n/<lang>.toml`: one `key = "text"` a line) and checks that
//! every language has exactly the same keys. Used by `build.rs` and by the i18n tests.

use std::collections::BTreeMap;

/// One language's strings in file order, with the line each key stands on.
#[derive(Debug, Clone, Default)]
pub struct Strings {
    pub file: String,
    pub entries: Vec<(String, String, usize)>,
}

/// Parses `key = "value"` lines; `#` starts a comment line. Values use `\"`, `\\` and `\n`.
pub fn parse_strings(file: &str, source: &str) -> Result<Strings, String> {
    let mut strings = Strings {
        file: file.to_string(),
        entries: Vec::new(),
    };
    let mut seen = BTreeMap::new();
    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else {
            return Err(format!("{file}:{line}: expected `key = \"text\"`"));
        };
        let key = key.trim();
        if key.is_empty()
            || !key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(format!(
                "{file}:{line}: key `{key}` must be lowercase ascii letters, digits and hyphens"
            ));
        }
        let value = value.trim();
        if value.len() < 2 || !value.starts_with('"') || !value.ends_with('"') {
            return Err(format!(
                "{file}:{line}: the text of `{key}` must be in double quotes on one line"
            ));
        }
        let text = unescape(&value[1..value.len() - 1]).map_err(|e| format!("{file}:{line}: {e}"))?;
        if text.trim().is_empty() {
            return Err(format!("{file}:{line}: `{key}` has an empty text"));
        }
        if let Some(first) = seen.insert(key.to_string(), line) {
            return Err(format!("{file}:{line}: `{key}` is already defined on line {first}"));
        }
        strings.entries.push((key.to_string(), text, line));
    }
    Ok(strings)
}

fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('n') => out.push('\n'),
                other => {
                    return Err(format!(
                        "unknown escape `\\{}`",
                        other.map(String::from).unwrap_or_default()
                    ))
                }
            },
            '"' => return Err("an unescaped `\"` inside the text".to_string()),
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// Checks that every language has the reference language's keys, and no others.
pub fn check_same_keys(reference: &Strings, others: &[&Strings]) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let reference_keys: BTreeMap<&str, usize> = reference.entries.iter().map(|(k, _, l)| (k.as_str(), *l)).collect();
    for other in others {
        let keys: BTreeMap<&str, usize> = other.entries.iter().map(|(k, _, l)| (k.as_str(), *l)).collect();
        for (key, line) in &reference_keys {
            if !keys.contains_key(key) {
                problems.push(format!(
                    "{}: missing `{key}` (defined in {}:{line})",
                    other.file, reference.file
                ));
            }
        }
        for (key, line) in &keys {
            if !reference_keys.contains_key(key) {
                problems.push(format!("{}:{line}: `{key}` is not in {}", other.file, reference.file));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// `start-title` → `StartTitle`.
pub fn variant_name(key: &str) -> String {
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
