//! The build made for an older edition, kept beside the app in `utgaver/<edition id>/`
//! (docs/editions.md): how the app tells it is there, and the address of a page of it.

/// The file every build writes with its own edition's id (scripts/post-build.mjs).
pub const MARK_FILE: &str = "utgave.txt";

/// The folder an older edition's build is kept in, relative to the app's own files.
pub fn folder(edition_id: &str) -> String {
    format!("utgaver/{edition_id}/")
}

/// The file that says whether that build is kept. The build always writes a placeholder there,
/// which a kept build's own [`MARK_FILE`] replaces, so asking never ends in a 404, which the
/// browser would report on the console.
pub fn mark_href(edition_id: &str) -> String {
    format!("{}{MARK_FILE}", folder(edition_id))
}

/// True when `mark` (the text of [`mark_href`]) is that of the build made for `edition_id`: not
/// the placeholder, and not a page a host sends for any address it does not have.
pub fn is_kept(mark: &str, edition_id: &str) -> bool {
    mark.trim() == edition_id
}

/// The address that opens `route_href` (a route's `#/…`, with its answers) in the build kept for
/// `edition_id`, which reads them as made under its own edition.
pub fn page_href(edition_id: &str, route_href: &str) -> String {
    format!("{}index.html{route_href}", folder(edition_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Route;

    #[test]
    fn a_page_of_the_kept_build_keeps_the_route_and_its_answers() {
        let route =
            Route::parse("#/veiviser/altinn?v=1&svar=virksomhetstype:forvaltningsorgan,tjeneste-naeringsliv:ja");
        assert_eq!(
            page_href("id2569983", &route.href()),
            "utgaver/id2569983/index.html#/veiviser/altinn?v=1&svar=virksomhetstype:forvaltningsorgan,tjeneste-naeringsliv:ja"
        );
        assert_eq!(mark_href("id2569983"), "utgaver/id2569983/utgave.txt");
    }

    #[test]
    fn only_the_mark_of_that_very_edition_counts_as_kept() {
        assert!(is_kept("id2569983\n", "id2569983"));
        assert!(!is_kept("", "id2569983"), "the placeholder");
        assert!(!is_kept("No build of edition id2569983 is kept here.", "id2569983"));
        assert!(!is_kept("testutgave-2027\n", "id2569983"), "another edition's build");
        assert!(
            !is_kept("<!doctype html><html>…</html>", "id2569983"),
            "a host's page for any address"
        );
    }
}
