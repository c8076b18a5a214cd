//! The ids a point and its paragraphs had before they were made from the point's concept (issue
//! #14): then a point's section was its number with hyphens (`1-6`) and every block of it began
//! with that (`1-6-krav-altinn`); now they begin with its concept (`felleskomponenter-krav-altinn`).
//! Such ids are in links people have pasted, so they keep resolving, by a rule rather than a
//! table of ids: the number is read as one of edition id2569983 (`content/adresser.toml`) and the
//! rest of the id is kept (docs/editions.md, "Addresses across editions"). Only the reading of the
//! text is here; `content` looks the point up.

/// The number an old section id `1-6` stands for, as chapter and point (`1`, `6`): two runs of
/// digits joined by one hyphen. Pieces of the key, not a new string: the app looks ids up often.
pub fn number(key: &str) -> Option<(&str, &str)> {
    let (chapter, point) = key.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(chapter) && digits(point)).then_some((chapter, point))
}

/// An old block id as the old section id it begins with and the rest (`1-6-krav-altinn` → `1-6`
/// and `-krav-altinn`; `1-6` → `1-6` and nothing, the point's title).
pub fn split(id: &str) -> Option<(&str, &str)> {
    let (chapter, rest) = id.split_once('-')?;
    let end = rest.find('-').map_or(id.len(), |at| chapter.len() + 1 + at);
    let (old_section, tail) = id.split_at(end);
    number(old_section).map(|_| (old_section, tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_section_ids_read_as_numbers() {
        assert_eq!(number("1-6"), Some(("1", "6")));
        assert_eq!(number("1-12"), Some(("1", "12")));
        assert_eq!(number("kapittel-1"), None);
        assert_eq!(number("1-"), None);
        assert_eq!(number("1-6-krav"), None);
    }

    #[test]
    fn an_old_id_splits_after_its_whole_number() {
        assert_eq!(split("1-6-krav-altinn"), Some(("1-6", "-krav-altinn")));
        assert_eq!(split("1-6"), Some(("1-6", "")));
        // 1-1 and 1-10 both begin `1-1`: the number is read whole.
        assert_eq!(split("1-10-fotnote-2"), Some(("1-10", "-fotnote-2")));
        assert_eq!(split("bakgrunn-digitalisering"), None);
        assert_eq!(split("kapittel-1"), None);
    }
}
