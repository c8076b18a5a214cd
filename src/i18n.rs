//! UI languages and their strings. The texts live in `i18n/nb.toml`, `nn.toml` and `en.toml`;
//! the build refuses a key that is missing from any of them. Nynorsk and English come with the
//! tree texts in the browser (`lang_texts`).

include!(concat!(env!("OUT_DIR"), "/i18n_data.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The language to start in, from the browser's preferred languages: nynorsk for `nn`,
    /// bokmål for any other Norwegian tag, English for a browser that prefers neither.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        let mut saw_any = false;
        for tag in preferred {
            saw_any = true;
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            match primary.as_str() {
                "nn" => return Lang::Nn,
                "nb" | "no" => return Lang::Nb,
                "en" => return Lang::En,
                _ => {}
            }
        }
        if saw_any {
            Lang::En
        } else {
            Lang::Nb
        }
    }
}

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
    fn browser_language_picks_nynorsk_bokmaal_or_english() {
        assert_eq!(Lang::from_browser(["nn-NO", "nb"]), Lang::Nn);
        assert_eq!(Lang::from_browser(["nn"]), Lang::Nn);
        assert_eq!(Lang::from_browser(["nb-NO"]), Lang::Nb);
        assert_eq!(Lang::from_browser(["no"]), Lang::Nb);
        assert_eq!(Lang::from_browser(["de-DE", "en-GB"]), Lang::En);
        assert_eq!(Lang::from_browser(["de-DE"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::Nb);
    }

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
    fn placeholders_are_filled() {
        let text = tf(Lang::En, Key::SearchCount, &[("count", "3")]);
        assert!(text.contains('3') && !text.contains("{count}"), "{text}");
    }
}
