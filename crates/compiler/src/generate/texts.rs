//! The trees' texts, each once: the generated data refers to a text by its place (`Text(i)`), and
//! each language's texts are one string with the end offset of each text in it.

use crate::parse::text::Text;
use std::collections::BTreeMap;

#[derive(Default)]
pub struct TextTable {
    index: BTreeMap<Text, usize>,
    list: Vec<Text>,
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

    /// The count and end offsets (generated), and each language's texts as one string.
    pub fn generate(&self) -> (String, Text) {
        let mut ends = Vec::new();
        let blobs = Text::from_fn(|lang| {
            let mut blob = String::new();
            for text in &self.list {
                blob.push_str(&text[lang]);
                ends.push(blob.len().to_string());
            }
            blob
        });
        let code = format!(
            "const TEXT_COUNT: usize = {};\nstatic TEXT_ENDS: [u32; {}] = [{}];\n",
            self.list.len(),
            ends.len(),
            ends.join(", ")
        );
        (code, blobs)
    }
}
