//! The point numbers that addresses pasted before a renumbering use (`content/adresser.toml`): a
//! number keeps leading to the point that had it when the table was frozen, by its concept. The
//! app needs only the numbers a later edition gave to another point (or to none), so only those
//! are compiled in; with one edition there are none.

use crate::error::CompileError;
use crate::parse::section_types::Section;
use crate::parse::toml_file;
use crate::source::SourceFile;
use rundskriv_model::SectionKind;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

pub const FILE: &str = "content/adresser.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AddressesFile {
    points: BTreeMap<String, String>,
}

/// A point number of the frozen table and the concept of the point it led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegacyPoint {
    pub number: String,
    pub concept: String,
}

/// The frozen table; every concept in it must be a point's concept of some edition the build
/// carries, or the table has a typo (a number would lead nowhere).
pub fn read_legacy_points(root: &Path, editions: &[&[Section]]) -> Result<Vec<LegacyPoint>, CompileError> {
    let source = SourceFile::read(root, FILE)?;
    let file: AddressesFile = toml_file::read(&source)?;
    let known = |concept: &str| {
        editions.iter().any(|sections| {
            sections
                .iter()
                .any(|s| s.kind == SectionKind::Point && s.concept == concept)
        })
    };
    let mut points = Vec::new();
    for (number, concept) in file.points {
        if !known(&concept) {
            let at = source.text.find(&format!("\"{number}\"")).unwrap_or(0);
            return Err(source.error(at, format!("point {number}: `{concept}` is no point's concept")));
        }
        points.push(LegacyPoint { number, concept });
    }
    Ok(points)
}

/// The entries whose number the newest edition gives to another point, or to none.
pub fn remapped<'a>(legacy: &'a [LegacyPoint], newest: &[Section]) -> Vec<&'a LegacyPoint> {
    legacy
        .iter()
        .filter(|entry| {
            let now = newest
                .iter()
                .find(|s| s.kind == SectionKind::Point && s.number == entry.number);
            now.is_none_or(|section| section.concept != entry.concept)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(number: &str, concept: &str) -> Section {
        Section {
            file: String::new(),
            id: String::new(),
            kind: SectionKind::Point,
            number: number.to_string(),
            concept: concept.to_string(),
            chapter: 3,
            title: String::new(),
            blocks: Vec::new(),
        }
    }

    fn legacy(number: &str, concept: &str) -> LegacyPoint {
        LegacyPoint {
            number: number.to_string(),
            concept: concept.to_string(),
        }
    }

    #[test]
    fn only_numbers_that_now_mean_another_point_or_none_are_remapped() {
        let table = [legacy("3.2", "a"), legacy("3.3", "b"), legacy("3.4", "gone")];
        let newest = [point("3.2", "a"), point("3.3", "new"), point("3.4", "b")];
        let remapped: Vec<&str> = remapped(&table, &newest).iter().map(|e| e.number.as_str()).collect();
        assert_eq!(remapped, ["3.3", "3.4"]);
        assert!(
            super::remapped(&table[..1], &newest).is_empty(),
            "an unchanged number needs nothing"
        );
    }
}
