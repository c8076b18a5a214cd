//! The UI languages: bokmål, nynorsk and English.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, PartialOrd, Ord, Hash)]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The BCP 47 tag for `<html lang>`, and the name of the language's files.
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

    /// The position of the language in every per-language table.
    pub fn index(self) -> usize {
        self as usize
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
        // The first language the browser prefers wins, English included.
        assert_eq!(Lang::from_browser(["en-GB", "nb-NO"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::Nb);
    }

    #[test]
    fn tags_round_trip_and_index_the_tables() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
            assert_eq!(lang.index(), i);
        }
        assert_eq!(Lang::from_tag("sv"), None);
    }
}
