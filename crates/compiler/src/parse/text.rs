//! A text in the three UI languages, read from `{ nb = "…", nn = "…", en = "…" }`.

use crate::parse::kind::one_of;
use rundskriv_model::Lang;
use serde::de::{Deserialize, Deserializer, Error, MapAccess, Visitor};
use std::fmt;
use std::ops::Index;

/// One string per language, indexed by [`Lang`].
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text([String; 3]);

impl Text {
    /// The text whose `lang` string is `text(lang)`.
    pub fn from_fn(mut text: impl FnMut(Lang) -> String) -> Text {
        Text(Lang::ALL.map(&mut text))
    }
}

impl Index<Lang> for Text {
    type Output = str;

    fn index(&self, lang: Lang) -> &str {
        &self.0[lang.index()]
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        deserializer.deserialize_map(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text: { nb = \"…\", nn = \"…\", en = \"…\" }")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Text, M::Error> {
        let mut found: [Option<String>; 3] = Default::default();
        while let Some(tag) = map.next_key::<String>()? {
            let lang = Lang::from_tag(&tag).ok_or_else(|| {
                let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
                M::Error::custom(format!("unknown language `{tag}` ({})", one_of(&tags)))
            })?;
            found[lang.index()] = Some(map.next_value::<String>()?.trim().to_string());
        }
        let mut text = Text::default();
        for lang in Lang::ALL {
            match found[lang.index()].take().filter(|s| !s.is_empty()) {
                Some(s) => text.0[lang.index()] = s,
                None => return Err(M::Error::custom(format!("has no `{}` text", lang.tag()))),
            }
        }
        Ok(text)
    }
}
