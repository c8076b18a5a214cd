//! The shapes of the files in `content/veivisere/` as serde reads them: a tree file, a facts file
//! (`fakta*.toml`) and the shared outcomes (`felles.toml`). `trees` turns them into the compiler's
//! tree data; every key not named here is refused.

use crate::parse::kind;
use crate::parse::text::Text;
use rundskriv_model::{FactKind, FactSection, Verdict};
use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::num::NonZeroU32;
use toml::Spanned;

/// Tables by id, in id order (which is the order of the compiled tables).
pub type ById<T> = BTreeMap<String, Spanned<T>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreeFile {
    pub edition: Spanned<String>,
    pub version: NonZeroU32,
    pub order: i64,
    #[serde(default)]
    pub points: Vec<Spanned<String>>,
    pub title: Text,
    pub intro: Text,
    pub start: Spanned<String>,
    #[serde(default)]
    pub node: ById<NodeFile>,
    #[serde(default)]
    pub outcome: ById<OutcomeFile>,
    /// Our readings of the circular's words (`[[reading]]`), for the review book.
    #[serde(default)]
    pub reading: Vec<Spanned<ReadingFile>>,
    /// Sign-off records (`[[signoff]]`), oldest first, as the sign-off command appends them.
    #[serde(default)]
    pub signoff: Vec<Spanned<SignoffFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingFile {
    /// What flags and confirmation records call it, where its `about` list would not tell it
    /// from another reading of the file (`ReadingId`).
    pub id: Option<Spanned<String>>,
    /// The outcomes or nodes the reading decides.
    pub about: Vec<Spanned<String>>,
    /// Our words, in bokmål.
    pub text: String,
    /// The paragraphs whose words it rests on.
    pub cites: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignoffFile {
    pub by: String,
    pub date: Spanned<String>,
    pub edition: String,
    pub fingerprint: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeFile {
    pub ask: String,
    /// Each answer (a choice id, `vet-ikke` or a threshold such as `"> 10"`) and where it leads.
    pub on: BTreeMap<String, Spanned<Target>>,
}

/// Where an answer leads: `"node"`, `"@outcome"`, or a list of outcomes that may end in a node.
pub struct Target(pub Vec<String>);

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Target, D::Error> {
        deserializer.deserialize_any(TargetVisitor)
    }
}

struct TargetVisitor;

impl<'de> Visitor<'de> for TargetVisitor {
    type Value = Target;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a node id, \"@outcome\" or a list of them")
    }

    fn visit_str<E: serde::de::Error>(self, item: &str) -> Result<Target, E> {
        Ok(Target(vec![item.to_string()]))
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut list: S) -> Result<Target, S::Error> {
        let mut items = Vec::new();
        while let Some(item) = list.next_element::<String>()? {
            items.push(item);
        }
        Ok(Target(items))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeFile {
    #[serde(deserialize_with = "kind::deserialize")]
    pub verdict: Verdict,
    pub title: Text,
    pub text: Text,
    /// Ids of the paragraphs the verdict rests on.
    #[serde(default)]
    pub cites: Vec<String>,
    /// Why a `krav` is the user's although its first citation is no Krav paragraph binding the
    /// user (our words, bokmål): the krav check accepts it then (docs/veivisere.md).
    #[serde(rename = "krav-override")]
    pub krav_override: Option<String>,
}

/// `felles.toml`: outcomes every tree may record.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedFile {
    #[serde(default)]
    pub outcome: ById<OutcomeFile>,
}

/// A `fakta*.toml` file: facts by id.
pub type FactsFile = ById<FactFile>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactFile {
    #[serde(deserialize_with = "kind::deserialize")]
    pub kind: FactKind,
    #[serde(deserialize_with = "kind::deserialize")]
    pub section: FactSection,
    /// Whether "Vet ikke" is offered.
    #[serde(default)]
    pub unknown: bool,
    pub question: Text,
    pub help: Option<Text>,
    pub unit: Option<Text>,
    pub choices: Option<Vec<ChoiceFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceFile {
    pub id: String,
    pub label: Text,
}
