//! Ids that anchors, links and generated names are made of.

use serde::de::{Deserialize, Deserializer, Error};

/// Lowercase ascii letters, digits and inner hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// What is wrong with `id` if it is no slug.
pub fn check_slug(what: &str, id: &str) -> Result<(), String> {
    if is_slug(id) {
        Ok(())
    } else {
        Err(format!(
            "{what} `{id}` must be lowercase ascii letters, digits and hyphens"
        ))
    }
}

/// For `#[serde(deserialize_with = "id::slug")]`.
pub fn slug<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let value = String::deserialize(deserializer)?;
    check_slug("the id", &value).map_err(D::Error::custom)?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        for good in ["krav", "1-6", "vet-ikke", "a1"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "Krav", "-krav", "krav-", "krav_1", "æ", "a b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
