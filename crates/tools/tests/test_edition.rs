//! Verdicts against a new edition (issue #14), with the test edition (tests/fixtures/utgave-test:
//! today's content with five changes): the build refuses naming every outcome that rests on a
//! paragraph the changes touched, until each is confirmed for the new edition; a confirmation
//! holds for those very words only; the review book lists the flags with who confirmed them.

use rundskriv_compiler::editions::flags::read_flags;
use rundskriv_compiler::{compile_in, read_content_in};
use rundskriv_tools::book::render_in;
use rundskriv_tools::test_edition::write_test_edition;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The test edition written to a folder of its own, removed when dropped.
struct Written(PathBuf);

impl Written {
    fn new(name: &str, confirmations: bool) -> Written {
        let dir = std::env::temp_dir().join(format!("rundskriv-utgave-test-{}-{name}", std::process::id()));
        let changes = write_test_edition(&repository(), &dir, confirmations).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(changes, 4, "four edits of today's files, and the added point's file");
        Written(dir)
    }

    fn dir(&self) -> &str {
        self.0.to_str().expect("a UTF-8 path")
    }
}

impl Drop for Written {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every (tree, outcome) whose `cites` name one of the paragraphs the test edition changed or
/// moved, read from the tree files themselves (not by the code under test).
fn outcomes_citing_the_changes() -> BTreeSet<(String, String)> {
    let touched = |cite: &str| {
        ["felleskomponenter-krav-altinn", "felleskomponenter-krav-id-porten"].contains(&cite)
            || cite.starts_with("overskridelse-driftsbevilgning-")
    };
    let mut found = BTreeSet::new();
    let dir = repository().join("content/veivisere");
    for entry in std::fs::read_dir(&dir).expect("the trees") {
        let path = entry.expect("a file").path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let tree = path.file_stem().and_then(|s| s.to_str()).expect("a name").to_string();
        let file: toml::Table = std::fs::read_to_string(&path).expect("readable").parse().expect("TOML");
        let Some(outcomes) = file.get("outcome").and_then(|o| o.as_table()) else {
            continue;
        };
        for (id, outcome) in outcomes {
            let cites = outcome.get("cites").and_then(|c| c.as_array()).into_iter().flatten();
            if cites.filter_map(|c| c.as_str()).any(touched) {
                let tree = if tree == "felles" {
                    "felles".to_string()
                } else {
                    tree.clone()
                };
                found.insert((tree, id.clone()));
            }
        }
    }
    found
}

#[test]
fn the_build_refuses_naming_every_affected_outcome_until_confirmed() {
    let edition = Written::new("unconfirmed", false);
    let errors = compile_in(&repository(), edition.dir()).expect_err("unconfirmed outcomes stop the build");
    let expected = outcomes_citing_the_changes();
    assert!(
        expected.len() >= 10,
        "the changes touch the Altinn, ID-porten and 3.3 outcomes: {expected:?}"
    );
    for (tree, outcome) in &expected {
        let named = errors.iter().any(|e| {
            let text = e.to_string();
            text.contains(&format!("outcome `{outcome}` ({tree})")) && text.contains("confirm_edition")
        });
        assert!(
            named,
            "{tree}/{outcome} is not named among:\n{}",
            errors.iter().map(|e| e.to_string() + "\n").collect::<String>()
        );
    }
    let named: BTreeSet<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), named.len(), "each flag once");
    // The krav sentence's change is shown word by word; the renumbering by the points' numbers.
    let all: String = errors.iter().map(|e| e.to_string() + "\n").collect();
    assert!(
        all.contains("[-i utgangspunktet -]") || all.contains("[-i utgangspunktet-]"),
        "{all}"
    );
    assert!(all.contains("moved from point 3.3 to point 3.4"), "{all}");
    assert!(
        all.contains("https://www.digdir.no/felleslosninger/id-porten/"),
        "{all}"
    );
}

#[test]
fn with_its_confirmations_the_test_edition_builds_and_the_book_lists_them() {
    let edition = Written::new("confirmed", true);
    let content = read_content_in(&repository(), edition.dir()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(content.edition.id, "testutgave-2027");
    assert_eq!(content.older.first().map(|f| f.edition.id.as_str()), Some("id2569983"));
    let flagged: BTreeSet<(String, String)> = content
        .flags
        .iter()
        .map(|f| (f.tree.clone(), f.outcome.clone()))
        .collect();
    assert_eq!(flagged, outcomes_citing_the_changes());
    // The tree about 3.1-3.3 now names the renumbered point by its new number.
    let tree = content
        .trees
        .trees
        .iter()
        .find(|t| t.id == "it-satsingsforslag")
        .expect("the tree");
    let points: Vec<&str> = tree.points.iter().map(|p| p.value.as_str()).collect();
    assert_eq!(points, ["3.1", "3.2", "3.4"]);
    assert_eq!(tree.edition.value, "testutgave-2027");
    let book = render_in(&repository(), edition.dir(), "gjennomgang.css", "./").unwrap_or_else(|e| panic!("{e}"));
    let section = book
        .split("id=\"utgaveflagg\"")
        .nth(1)
        .expect("the book lists the flags");
    assert!(
        section.contains("altinn-portal") && section.contains("Flyttet fra punkt 3.3 til punkt 3.4"),
        "{section}"
    );
    assert!(section.contains("Testredaktør"), "who confirmed: {section}");
}

#[test]
fn a_confirmation_holds_for_the_words_it_was_made_for_only() {
    let edition = Written::new("tampered", true);
    let file = edition.0.join("bekreftelser.toml");
    let text = std::fs::read_to_string(&file).expect("the confirmations");
    let (flags, _, records) = read_flags(&repository(), edition.dir()).unwrap_or_else(|e| panic!("{e:?}"));
    let altinn = flags.iter().find(|f| f.outcome == "altinn-portal").expect("a flag");
    assert!(records.iter().any(|r| altinn.confirmed_by(r)));
    // As if the words changed again after the confirmation: its fingerprint no longer matches.
    let line = format!("text = \"{}\"", altinn.text);
    assert!(text.contains(&line));
    std::fs::write(&file, text.replace(&line, "text = \"0000000000000000\"")).expect("writable");
    let errors = compile_in(&repository(), edition.dir()).expect_err("the words it confirmed are not these");
    assert!(
        errors
            .iter()
            .all(|e| e.message.contains("rests on `felleskomponenter-krav-altinn`")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.message.contains("outcome `altinn-portal`")),
        "{errors:?}"
    );
}
