//! The ids a point and its paragraphs had before they were made from the point's concept (issue
//! #14): then a point's section was its number with hyphens (`1-6`) and every block of it began
//! with that (`1-6-krav-altinn`); now they begin with its concept (`felleskomponenter-krav-altinn`).
//! Such ids are in links people have pasted, so they keep resolving, by a rule rather than a
//! table of ids: the number is read as one of edition id2569983 (`content/adresser.toml`) and the
//! rest of the id is kept (docs/editions.md, "Addresses across editions"). Only the reading of the
//! text is here; `content` looks the point up.

/// `1.6` for an old section id `1-6`: two runs of digits joined by one hyphen.
pub fn number(key: &str) -> Option<String> {
    let (chapter, point) = key.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(chapter) && digits(point)).then(|| format!("{chapter}.{point}"))
}

/// An old block id as the point number it begins with and the rest (`1-6-krav-altinn` → `1.6`
/// and `-krav-altinn`; `1-6` → `1.6` and nothing, the point's title).
pub fn split(id: &str) -> Option<(String, &str)> {
    let (chapter, rest) = id.split_once('-')?;
    let end = rest.find('-').map_or(id.len(), |at| chapter.len() + 1 + at);
    let (old_section, tail) = id.split_at(end);
    Some((number(old_section)?, tail))
}

/// The old id of block `id` of the section `section`, whose point had `number` then.
pub fn old_id(number: &str, section: &str, id: &str) -> Option<String> {
    let tail = id.strip_prefix(section)?;
    Some(format!("{}{tail}", number.replace('.', "-")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_section_ids_read_as_numbers() {
        assert_eq!(number("1-6").as_deref(), Some("1.6"));
        assert_eq!(number("1-12").as_deref(), Some("1.12"));
        assert_eq!(number("kapittel-1"), None);
        assert_eq!(number("1-"), None);
        assert_eq!(number("1-6-krav"), None);
    }

    #[test]
    fn an_old_id_splits_after_its_whole_number() {
        assert_eq!(split("1-6-krav-altinn"), Some(("1.6".into(), "-krav-altinn")));
        assert_eq!(split("1-6"), Some(("1.6".into(), "")));
        // 1-1 and 1-10 both begin `1-1`: the number is read whole.
        assert_eq!(split("1-10-fotnote-2"), Some(("1.10".into(), "-fotnote-2")));
        assert_eq!(split("bakgrunn-digitalisering"), None);
        assert_eq!(split("kapittel-1"), None);
    }

    #[test]
    fn a_new_id_gets_its_number_back() {
        let old = old_id("1.6", "felleskomponenter", "felleskomponenter-krav-altinn");
        assert_eq!(old.as_deref(), Some("1-6-krav-altinn"));
        assert_eq!(
            old_id("1.10", "elektronisk-faktura", "elektronisk-faktura").as_deref(),
            Some("1-10")
        );
        assert_eq!(old_id("1.6", "felleskomponenter", "bakgrunn"), None);
    }
}
