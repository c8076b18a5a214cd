//! The whole compiler on the repository's own content: it compiles, and a misspelt kind in one
//! of its real files fails the build with that file, line and column.

use rundskriv_compiler::compile;
use std::path::{Path, PathBuf};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A copy of the repository's `content/` and `i18n/` in a folder of its own, to break.
struct Copy(PathBuf);

impl Copy {
    fn new(name: &str) -> Copy {
        let root = std::env::temp_dir().join(format!("rundskriv-compiler-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for dir in ["content", "i18n"] {
            copy_dir(&repository().join(dir), &root.join(dir));
        }
        Copy(root)
    }

    /// Replaces the first `from` in `file` with `to`; returns the line and column of the change.
    fn replace(&self, file: &str, from: &str, to: &str) -> (usize, usize) {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).expect("a file of the copy");
        let at = text.find(from).unwrap_or_else(|| panic!("`{from}` not in {file}"));
        std::fs::write(&path, text.replacen(from, to, 1)).expect("the copy is writable");
        let line = text[..at].matches('\n').count() + 1;
        let column = at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
        (line, column)
    }

    fn errors(&self) -> Vec<String> {
        match compile(&self.0) {
            Ok(_) => panic!("expected the broken copy to fail"),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a temporary folder");
    for entry in std::fs::read_dir(from).expect("a folder of the repository") {
        let path = entry.expect("a folder entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("a copied file");
        }
    }
}

#[test]
fn the_repository_compiles_into_the_files_core_includes() {
    let compiled = compile(&repository()).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        )
    });
    let names: Vec<&str> = compiled.files.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        [
            "content_data.rs",
            "words_data.rs",
            "trees_data.rs",
            "ui_strings_data.rs",
            "changes_data.rs",
            "lang_files.rs"
        ]
    );
    assert!(compiled.warnings.is_empty(), "{:?}", compiled.warnings);
    let words = &compiled.files[1].1;
    assert!(
        words.contains(
            "#[cfg(not(target_arch = \"wasm32\"))]\npub(crate) static WORDS: &str = \"DIGITALISERINGSRUNDSKRIVET"
        ),
        "the words are compiled into native builds only, the first block first"
    );
}

/// Spells `key = "{right}"` in `file` of a copy `key = "{wrong}"`: the build fails with one error,
/// at the value, that ends in `says`.
fn expect_misspelling(file: &str, key: &str, right: &str, wrong: &str, says: &str) {
    let copy = Copy::new(key);
    let (line, column) = copy.replace(file, &format!("{key} = \"{right}\""), &format!("{key} = \"{wrong}\""));
    let errors = copy.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let at_the_value = format!("{file}:{line}:{}: ", column + key.len() + " = ".len());
    assert!(errors[0].starts_with(&at_the_value), "{errors:?}");
    assert!(errors[0].ends_with(says), "{errors:?}");
}

#[test]
fn a_misspelt_verdict_in_a_tree_file_fails_the_build() {
    expect_misspelling(
        "content/veivisere/altinn.toml",
        "verdict",
        "krav",
        "kravv",
        "unknown verdict `kravv`: verdict must be one of krav, anbefaling, gjelder-ikke, ma-vurderes, apent or informasjon",
    );
}

#[test]
fn a_misspelt_section_in_a_facts_file_fails_the_build() {
    expect_misspelling(
        "content/veivisere/fakta.toml",
        "section",
        "tjenesten",
        "tjeneste",
        "unknown section `tjeneste`: section must be one of virksomheten, tjenesten, anskaffelser or prosjektet",
    );
}

#[test]
fn every_broken_file_is_reported_at_once() {
    let copy = Copy::new("two-files");
    copy.replace(
        "content/veivisere/altinn.toml",
        "verdict = \"krav\"",
        "verdict = \"kravv\"",
    );
    copy.replace("content/veivisere/e-faktura.toml", "edition = ", "utgave = ");
    let errors = copy.errors();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].starts_with("content/veivisere/altinn.toml:"), "{errors:?}");
    assert!(errors[1].starts_with("content/veivisere/e-faktura.toml:"), "{errors:?}");
}

#[test]
fn a_missing_file_fails_the_build_naming_it() {
    let copy = Copy::new("no-edition");
    std::fs::remove_file(copy.0.join("content/utgave.md")).expect("the copy's edition file");
    let errors = copy.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("content/utgave.md"), "{errors:?}");
}

#[test]
fn a_krav_paragraph_no_tree_cites_is_a_warning() {
    let copy = Copy::new("uncited-krav");
    copy.replace(
        "content/rundskriv/16-punkt-1-6.md",
        "## Krav {#krav}\n\n",
        "## Krav {#krav}\n\nVirksomheten skal gjøre noe nytt. {#noe-nytt}\n\n",
    );
    let compiled = compile(&copy.0).unwrap_or_else(|errors| panic!("{errors:?}"));
    assert_eq!(
        compiled.warnings,
        ["no decision tree cites the krav paragraph felleskomponenter-krav-noe-nytt"]
    );
}
