//! Reads the model's kinds (verdicts, fact sections, fact kinds, section kinds) by the ids content
//! files spell them with, through the model's own `from_id`: a misspelt id fails the build with the
//! ids allowed, and the value stays typed from here to the generated code.

use rundskriv_model::{FactKind, FactSection, SectionKind, Verdict};
use serde::de::{Deserialize, Deserializer, Error};

/// A kind of the model, as content files name it.
pub trait Kind: Copy + 'static {
    /// What content files call the key that holds it, for messages.
    const KEY: &'static str;
    fn all() -> &'static [Self];
    fn id(self) -> &'static str;
    fn from_id(id: &str) -> Option<Self>;
}

macro_rules! kind {
    ($($kind:ident => $key:literal),+ $(,)?) => {
        $(impl Kind for $kind {
            const KEY: &'static str = $key;

            fn all() -> &'static [Self] {
                $kind::ALL
            }

            fn id(self) -> &'static str {
                $kind::id(self)
            }

            fn from_id(id: &str) -> Option<Self> {
                $kind::from_id(id)
            }
        })+
    };
}

kind!(Verdict => "verdict", FactSection => "section", FactKind => "kind", SectionKind => "kind");

/// For `#[serde(deserialize_with = "kind::deserialize")]` on a field that holds a kind.
pub fn deserialize<'de, D: Deserializer<'de>, K: Kind>(deserializer: D) -> Result<K, D::Error> {
    let id = String::deserialize(deserializer)?;
    K::from_id(&id).ok_or_else(|| D::Error::custom(unknown::<K>(&id)))
}

/// Says that `id` is no `K` and which ids are.
pub fn unknown<K: Kind>(id: &str) -> String {
    let key = K::KEY;
    let ids: Vec<&str> = K::all().iter().map(|k| k.id()).collect();
    format!("unknown {key} `{id}`: {key} must be one of {}", one_of(&ids))
}

/// `a, b or c`.
pub fn one_of(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [only] => only.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_of_a_kind_is_allowed_and_named() {
        for &verdict in Verdict::ALL {
            assert_eq!(<Verdict as Kind>::from_id(verdict.id()), Some(verdict));
        }
        assert_eq!(
            unknown::<Verdict>("kravv"),
            "unknown verdict `kravv`: verdict must be one of krav, anbefaling, gjelder-ikke, ma-vurderes, apent or informasjon"
        );
        assert_eq!(
            unknown::<SectionKind>("punkt"),
            "unknown kind `punkt`: kind must be one of front, section, chapter, point or closing"
        );
    }
}
