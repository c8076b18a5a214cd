//! UI languages and their strings. The texts live in `i18n/nb.toml`, `nn.toml` and `en.toml`;
//! the build refuses a key that is missing from any of them. Nynorsk and English come with the
//! tree texts in the browser (`lang_texts`).

include!(concat!(env!("OUT_DIR"), "/ui_strings_data.rs"));

pub use rundskriv_model::Lang;

/// The text of `key` in `lang`; in bokmål while `lang`'s texts are not loaded (see `lang_texts`).
pub fn t(lang: Lang, key: Key) -> &'static str {
    string_at(lang, key as usize)
}

/// The `n`th UI string (in `KEY_NAMES` order) in `lang`.
fn string_at(lang: Lang, n: usize) -> &'static str {
    crate::lang_texts::nth(lang, crate::lang_texts::Part::Ui, &UI_ENDS, KEY_NAMES.len(), n)
}

/// `t` with `{name}` placeholders replaced.
pub fn tf(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    let mut text = t(lang, key).to_string();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_key_with_text() {
        for lang in Lang::ALL {
            for (i, name) in KEY_NAMES.iter().enumerate() {
                assert!(
                    !string_at(lang, i).trim().is_empty(),
                    "{name} is empty in {}",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn ui_strings_are_in_their_language_s_file() {
        let (ui, lang) = crate::lang_texts::shown(Lang::En, crate::lang_texts::Part::Ui);
        assert_eq!(lang, Lang::En);
        assert!(ui.contains(t(Lang::En, Key::TreeContinue)));
    }

    #[test]
    fn placeholders_are_filled() {
        let text = tf(Lang::En, Key::SearchCount, &[("count", "3")]);
        assert!(text.contains('3') && !text.contains("{count}"), "{text}");
    }
}
