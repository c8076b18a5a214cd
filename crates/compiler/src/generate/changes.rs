//! The "Hva er endret" page's data: per language, the HTML fragment of what changed between the
//! edition before and the newest, as a file the app loads when the page opens (its name carries
//! its hash), and the concepts of the points that changed, which the app links from.

use rundskriv_model::checksum::fnv1a;
use rundskriv_model::Lang;
use std::fmt::Write as _;

/// What changed, as the build worked it out: the fragment in each language (in `Lang::ALL`'s
/// order) and the changed points' concepts. Empty fragments and no points for a build that
/// carries one edition.
pub struct ChangesPage {
    pub fragments: [String; 3],
    pub changed_points: Vec<String>,
    /// Each older edition's own page: its file name, `<title>` and `<main>` (`older_page`).
    pub older_pages: Vec<(String, String, String)>,
}

impl ChangesPage {
    pub fn none() -> ChangesPage {
        ChangesPage {
            fragments: Default::default(),
            changed_points: Vec::new(),
            older_pages: Vec::new(),
        }
    }
}

pub fn generate_changes(page: &ChangesPage) -> String {
    let mut code = String::from("pub static CHANGES_FILES: [HashedFile; 3] = [\n");
    for (lang, fragment) in Lang::ALL.iter().zip(&page.fragments) {
        let hash = fnv1a(fragment.as_bytes());
        let _ = writeln!(
            code,
            "    HashedFile {{ name: \"endringer-{}-{hash:016x}.txt\", hash: {hash:#x}, len: {} }},",
            lang.tag(),
            fragment.len()
        );
    }
    code.push_str("];\n");
    let _ = writeln!(
        code,
        "#[cfg(not(target_arch = \"wasm32\"))]\npub(crate) static CHANGES: [&str; 3] = {:?};",
        page.fragments
    );
    let _ = writeln!(code, "pub static CHANGED_POINTS: &[&str] = &{:?};", page.changed_points);
    let _ = writeln!(
        code,
        "#[cfg(not(target_arch = \"wasm32\"))]\npub static OLDER_PAGES: &[(&str, &str, &str)] = &{:?};",
        page.older_pages
    );
    code
}
