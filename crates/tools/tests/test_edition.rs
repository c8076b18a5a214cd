//! Verdicts against a new edition (issue #14), with the test edition (tests/fixtures/utgave-test:
//! today's content with five changes): the build refuses naming every outcome that rests on a
//! paragraph the changes touched, and every reading that cites one, until each is confirmed for
//! the new edition; a confirmation holds for those very words only; the review book lists the
//! flags with who confirmed them.

use rundskriv_compiler::editions::flags::{read_flags, Subject};
use rundskriv_compiler::parse::date::Date;
use rundskriv_compiler::parse::review::ReadingId;
use rundskriv_compiler::{compile_in, read_content_in};
use rundskriv_tools::book::render_in;
use rundskriv_tools::confirm::{confirm, Only};
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

/// Whether the test edition changed or moved the paragraph `cite`.
fn touched(cite: &str) -> bool {
    ["felleskomponenter-krav-altinn", "felleskomponenter-krav-id-porten"].contains(&cite)
        || cite.starts_with("overskridelse-driftsbevilgning-")
}

/// Every tree file (and `felles.toml`) by its name without `.toml`, read as plain TOML.
fn tree_files() -> Vec<(String, toml::Table)> {
    let dir = repository().join("content/veivisere");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the trees") {
        let path = entry.expect("a file").path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let tree = path.file_stem().and_then(|s| s.to_str()).expect("a name").to_string();
        let file: toml::Table = std::fs::read_to_string(&path).expect("readable").parse().expect("TOML");
        files.push((tree, file));
    }
    files
}

fn touching(cites: Option<&toml::Value>) -> bool {
    let cites = cites.and_then(|c| c.as_array()).into_iter().flatten();
    cites.filter_map(|c| c.as_str()).any(touched)
}

/// Every (tree, outcome) whose `cites` name one of the paragraphs the test edition changed or
/// moved, read from the tree files themselves (not by the code under test).
fn outcomes_citing_the_changes() -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    for (tree, file) in tree_files() {
        let outcomes = file.get("outcome").and_then(|o| o.as_table()).into_iter().flatten();
        for (id, outcome) in outcomes {
            if touching(outcome.get("cites")) {
                found.insert((tree.clone(), id.clone()));
            }
        }
    }
    found
}

/// Every (tree, reading, paragraph) where a `[[reading]]` cites a paragraph the test edition
/// changed or moved, the reading named as docs/editions.md says: its `id`, else its `about` ids
/// joined by `+`.
fn readings_citing_the_changes() -> BTreeSet<(String, String, String)> {
    let mut found = BTreeSet::new();
    for (tree, file) in tree_files() {
        let readings = file.get("reading").and_then(|r| r.as_array()).into_iter().flatten();
        for reading in readings {
            let name = reading.get("id").and_then(|i| i.as_str()).map_or_else(
                || {
                    let about = reading["about"].as_array().expect("an about list").iter();
                    about.map(|a| a.as_str().expect("an id")).collect::<Vec<_>>().join("+")
                },
                str::to_string,
            );
            let cites = reading["cites"].as_array().expect("cites").iter();
            for cite in cites.filter_map(|c| c.as_str()).filter(|c| touched(c)) {
                found.insert((tree.clone(), name.clone(), cite.to_string()));
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
    let readings = readings_citing_the_changes();
    assert!(
        readings.len() >= 4,
        "the changes touch readings of altinn and it-satsingsforslag: {readings:?}"
    );
    for (tree, reading, paragraph) in &readings {
        // One error per reading and paragraph, in the tree's file, with the command to confirm it.
        let file = format!("content/veivisere/{tree}.toml");
        let named = errors.iter().filter(|e| {
            e.file == file
                && e.message
                    .contains(&format!("reading `{reading}` ({tree}) rests on `{paragraph}`"))
                && e.message
                    .contains(&format!("confirm_edition -- --edition {} ", edition.dir()))
                && e.message.contains(&format!("{tree} --reading {reading}"))
        });
        assert_eq!(
            named.count(),
            1,
            "{tree}/{reading} on {paragraph} is not named once among:\n{}",
            errors.iter().map(|e| e.to_string() + "\n").collect::<String>()
        );
    }
    let named: BTreeSet<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), named.len(), "each flag once");
    let about_readings = errors.iter().filter(|e| e.message.starts_with("reading `"));
    assert_eq!(
        about_readings.count(),
        readings.len(),
        "no reading flagged that cites no change"
    );
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
    let outcomes: BTreeSet<(String, String)> = (content.flags.iter())
        .filter_map(|f| match &f.subject {
            Subject::Outcome(id) => Some((f.tree.clone(), id.clone())),
            Subject::Reading(_) => None,
        })
        .collect();
    assert_eq!(outcomes, outcomes_citing_the_changes());
    let readings: BTreeSet<(String, String, String)> = (content.flags.iter())
        .filter_map(|f| match &f.subject {
            Subject::Reading(id) => Some((f.tree.clone(), id.to_string(), f.paragraph.clone())),
            Subject::Outcome(_) => None,
        })
        .collect();
    assert_eq!(readings, readings_citing_the_changes());
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
    // A flagged reading stands beside the outcomes, what it is about linked to the tree's chapter:
    // an outcome to its section, a question (`innbyggere`) to the question.
    let row = (section.split("<tr>"))
        .find(|r| r.contains("Vår lesning om") && r.contains(">innbyggere</a>"))
        .expect("the row of altinn's first reading");
    for (href, id) in [
        ("veiviser-altinn-sporsmal-innbyggere", "innbyggere"),
        (
            "veiviser-altinn-utfall-ingen-tjenester-altinn",
            "ingen-tjenester-altinn",
        ),
    ] {
        assert!(row.contains(&format!("<a href=\"#{href}\">{id}</a>")), "{row}");
    }
    assert!(
        book.contains(" id=\"veiviser-altinn-sporsmal-innbyggere\""),
        "the link's target"
    );
    assert!(row.contains("Testredaktør"), "who confirmed the reading: {row}");
}

#[test]
fn a_confirmation_holds_for_the_words_it_was_made_for_only() {
    let edition = Written::new("tampered", true);
    let file = edition.0.join("bekreftelser.toml");
    let text = std::fs::read_to_string(&file).expect("the confirmations");
    let (flags, _, records) = read_flags(&repository(), edition.dir()).unwrap_or_else(|e| panic!("{e:?}"));
    let portal = Subject::Outcome("altinn-portal".to_string());
    let altinn = flags.iter().find(|f| f.subject == portal).expect("a flag");
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
    // The two readings of altinn rest on those words too, and are asked again with them.
    let readings = errors
        .iter()
        .filter(|e| e.message.starts_with("reading `") && e.file.ends_with("altinn.toml"));
    assert_eq!(readings.count(), 2, "{errors:?}");
}

#[test]
fn the_command_confirms_one_reading_and_not_the_outcome_of_its_name() {
    let edition = Written::new("command", false);
    // Altinn's reading about `altinn-unntak` is named like the outcome it is about.
    let reading = Subject::Reading(ReadingId::new("altinn-unntak"));
    let only = Only {
        tree: Some("altinn"),
        subject: Some(reading.clone()),
    };
    let date = Date::new(2027, 1, 20).expect("a day");
    let report = confirm(&repository(), edition.dir(), "Kari, Seksjon", date, &only).unwrap_or_else(|e| panic!("{e}"));
    assert!(report.contains("reading = \"altinn-unntak\""), "{report}");
    let (flags, _, records) = read_flags(&repository(), edition.dir()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(records.len(), 1, "one record: {report}");
    let confirmed: Vec<&Subject> = (flags.iter())
        .filter(|f| records.iter().any(|r| f.confirmed_by(r)))
        .map(|f| &f.subject)
        .collect();
    assert_eq!(confirmed, [&reading]);
    let again = confirm(&repository(), edition.dir(), "Kari, Seksjon", date, &only).expect_err("done");
    assert!(again.contains("nothing to confirm"), "{again}");
}
