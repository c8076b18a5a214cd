//! The trees' texts, each once: the generated data refers to a text by its place (`Text(i)`), and
//! each language's texts are one string with the end offset of each text in it. The texts the start
//! page shows come first, so that they are a prefix of each string (see `lang_files`).

use crate::parse::text::Text;
use std::collections::BTreeMap;

#[derive(Default)]
pub struct TextTable {
    index: BTreeMap<Text, usize>,
    list: Vec<Text>,
    /// How many texts, from the first, the start page shows (see `mark_start`).
    start_count: usize,
}

/// Each language's tree texts as one string, and how long bokmål's prefix of the start page's
/// texts is (in bytes).
pub struct TextBlobs {
    pub blobs: Text,
    pub start_len_nb: usize,
}

impl TextTable {
    /// `Text(i)` for `text`, which gets the next place if it has none yet.
    pub fn literal(&mut self, text: &Text) -> String {
        let next = self.list.len();
        let index = *self.index.entry(text.clone()).or_insert(next);
        if index == next {
            self.list.push(text.clone());
        }
        format!("Text({index})")
    }

    pub fn optional(&mut self, text: Option<&Text>) -> Option<String> {
        text.map(|t| self.literal(t))
    }

    /// Marks the texts given so far as the start page's: the texts a first visit shows.
    pub fn mark_start(&mut self) {
        self.start_count = self.list.len();
    }

    /// The count and end offsets (generated), and each language's texts as one string.
    pub fn generate(&self) -> (String, TextBlobs) {
        let mut ends = Vec::new();
        let blobs = Text::from_fn(|lang| {
            let mut blob = String::new();
            for text in &self.list {
                blob.push_str(&text[lang]);
                ends.push(blob.len().to_string());
            }
            blob
        });
        let start_len_nb = self.list[..self.start_count]
            .iter()
            .map(|text| text[rundskriv_model::Lang::Nb].len())
            .sum();
        let code = format!(
            "const TEXT_COUNT: usize = {};\nstatic TEXT_ENDS: [u32; {}] = [{}];\n",
            self.list.len(),
            ends.len(),
            ends.join(", ")
        );
        (code, TextBlobs { blobs, start_len_nb })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rundskriv_model::Lang;

    #[test]
    fn each_text_is_kept_once_and_an_optional_one_only_when_given() {
        let unit = Text::from_fn(|lang| format!("kroner-{}", lang.tag()));
        let help = Text::from_fn(|lang| format!("hjelp-{}", lang.tag()));
        let mut table = TextTable::default();
        assert_eq!(table.optional(Some(&unit)), Some("Text(0)".to_string()));
        assert_eq!(table.optional(None), None);
        assert_eq!(table.literal(&help), "Text(1)");
        assert_eq!(table.optional(Some(&unit)), Some("Text(0)".to_string()));
        let (code, texts) = table.generate();
        assert_eq!(&texts.blobs[Lang::Nn], "kroner-nnhjelp-nn");
        assert!(code.contains("TEXT_ENDS: [u32; 6] = [9, 17, 9, 17, 9, 17]"), "{code}");
        assert_eq!(texts.start_len_nb, 0, "nothing marked as the start page's");
    }

    #[test]
    fn the_start_page_s_texts_are_the_prefix_marked() {
        let title = Text::from_fn(|lang| format!("tittel-{}", lang.tag()));
        let question = Text::from_fn(|lang| format!("spørsmål-{}", lang.tag()));
        let mut table = TextTable::default();
        table.literal(&title);
        table.mark_start();
        table.literal(&question);
        table.literal(&title);
        let (_, texts) = table.generate();
        assert_eq!(texts.start_len_nb, "tittel-nb".len());
        assert_eq!(&texts.blobs[Lang::Nb][..texts.start_len_nb], "tittel-nb");
    }
}
