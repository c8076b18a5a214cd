//! The krav check: a `krav` outcome must rest (by its first citation) on a Krav paragraph that
//! binds the user, by our marking of the paragraphs (`content/avsnitt.toml`); otherwise the build
//! fails naming the file, the line, the outcome and every cited paragraph with its kind, unless the
//! outcome says why in `krav-override`.

mod support;

use rundskriv_compiler::check::krav::check_krav;
use rundskriv_compiler::check::trees::check_trees;
use rundskriv_compiler::circular::Circular;
use rundskriv_compiler::error::CompileError;
use rundskriv_compiler::parse::edition::Edition;
use rundskriv_compiler::parse::paragraph_marks::parse_marks;
use rundskriv_compiler::parse::section::parse_section;
use rundskriv_compiler::parse::trees::{parse_facts, parse_tree, Trees};
use rundskriv_compiler::source::SourceFile;
use support::line_of;

const TREE_FILE: &str = "content/veivisere/prove.toml";
const MARKS_FILE: &str = "content/avsnitt.toml";
const TREE: &str = include_str!("fixtures/krav/prove.toml");
const FACTS: &str = include_str!("fixtures/krav/fakta.toml");
const MARKS: &str = include_str!("fixtures/krav/avsnitt.toml");

/// Point 1.6 with a krav for the user, one for the ministries, one for KMD, a lapsed one, and an
/// anbefaling.
fn circular() -> Circular {
    let point = "---\nid: 1-6\nkind: point\nnumber: 1.6\nconcept: felleskomponenter\nchapter: 1\ntitle: T\n---\n\n\
        ## Krav {#krav}\n\nVirksomheten skal bruke Altinn. {#altinn}\n\nDepartementene skal kartlegge. {#kartlegging}\n\n\
        KMD skal vurdere forslagene. {#kmd-vurderer}\n\nVirksomheten skulle innen utgangen av 2017 ha meldt fra. {#frist-2017}\n\n\
        ## Anbefaling {#anbefaling}\n\nVirksomheten bør bruke Altinn. {#altinn}\n";
    let section = parse_section(&SourceFile::new("content/rundskriv/16-punkt-1-6.md", point)).expect("a valid point");
    let edition = Edition {
        id: "utgave-1".to_string(),
        ..Edition::default()
    };
    Circular::new(&edition, &[section])
}

/// Parses the fixture facts, `tree` and `marks`, then runs the build's checks.
fn check(tree: &str, marks: &str) -> Result<(), Vec<CompileError>> {
    let trees = Trees {
        facts: parse_facts(&SourceFile::new("content/veivisere/fakta.toml", FACTS)).map_err(|e| vec![e])?,
        shared: Vec::new(),
        trees: vec![parse_tree(&SourceFile::new(TREE_FILE, tree)).map_err(|e| vec![e])?],
    };
    let circular = circular();
    check_trees(&trees, &circular).map_err(|e| vec![e])?;
    let marks = parse_marks(&SourceFile::new(MARKS_FILE, marks)).map_err(|e| vec![e])?;
    check_krav(&trees, &circular, &marks)
}

/// The one error of `result`; it names `file` and `line` and says each of `says`.
fn expect_error(result: Result<(), Vec<CompileError>>, file: &str, line: usize, says: &[&str]) {
    let errors = result.expect_err("the check refuses it");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let error = &errors[0];
    assert_eq!((error.file.as_str(), error.line), (file, line), "{error}");
    for said in says {
        assert!(error.message.contains(said), "the message should say `{said}`: {error}");
    }
}

/// `outcome.bruk-altinn` citing `cites` instead.
fn bruk_altinn_citing(cites: &str) -> String {
    TREE.replacen(r#"cites = ["1-6-krav-altinn"]"#, &format!("cites = [{cites}]"), 1)
}

/// Expects the check to refuse outcome `outcome` of `tree`, at its line, saying each of `says`.
fn expect_refused(tree: &str, outcome: &str, says: &[&str]) {
    let line = line_of(tree, &format!("[outcome.{outcome}]"));
    expect_error(check(tree, MARKS), TREE_FILE, line, says);
}

/// Expects the check to refuse `marks` at the line of `table`, saying `says`.
fn expect_bad_marking(marks: &str, table: &str, says: &str) {
    expect_error(check(TREE, marks), MARKS_FILE, line_of(marks, table), &[says]);
}

#[test]
fn krav_on_the_users_krav_paragraph_and_a_ministrys_duty_on_ministry_paths_pass() {
    check(TREE, MARKS).unwrap_or_else(|e| panic!("{e:?}"));
}

#[test]
fn a_krav_resting_only_on_an_anbefaling_is_refused() {
    let tree = bruk_altinn_citing(r#""1-6-anbefaling-altinn""#);
    let says = [
        "outcome `bruk-altinn` is `krav`",
        "1-6-anbefaling-altinn (anbefaling)",
        "krav-override",
    ];
    expect_refused(&tree, "bruk-altinn", &says);
    // A Krav paragraph cited after it does not make the anbefaling a krav: the first is the basis.
    let tree = bruk_altinn_citing(r#""1-6-anbefaling-altinn", "1-6-krav-altinn""#);
    let says = ["1-6-anbefaling-altinn (anbefaling), 1-6-krav-altinn (krav, binds the user)"];
    expect_refused(&tree, "bruk-altinn", &says);
}

#[test]
fn a_krav_resting_on_another_bodys_duty_or_a_lapsed_deadline_is_refused() {
    let tree = bruk_altinn_citing(r#""1-6-krav-kmd-vurderer""#);
    expect_refused(
        &tree,
        "bruk-altinn",
        &["`bruk-altinn`", "1-6-krav-kmd-vurderer (krav, binds kmd)"],
    );
    let tree = bruk_altinn_citing(r#""1-6-krav-frist-2017""#);
    let says = ["1-6-krav-frist-2017 (krav, deadline passed: «skulle innen utgangen av 2017»)"];
    expect_refused(&tree, "bruk-altinn", &says);
}

#[test]
fn a_ministrys_duty_shown_to_an_agency_is_refused() {
    // The ministries' mapping duty, recorded for a directorate too: not the directorate's krav.
    let tree = TREE.replacen(
        r#"direktorat = "tjenester""#,
        r#"direktorat = ["@kartlegg", "tjenester"]"#,
        1,
    );
    let says = [
        "outcome `kartlegg`",
        "1-6-krav-kartlegging (krav, binds departementene (the user only on paths where virksomhetstype = departement))",
    ];
    expect_refused(&tree, "kartlegg", &says);
}

#[test]
fn an_override_with_a_reason_is_accepted_and_only_on_a_krav() {
    let tree = bruk_altinn_citing(r#""1-6-anbefaling-altinn""#).replacen(
        "cites = [\"1-6-anbefaling-altinn\"]\n",
        "cites = [\"1-6-anbefaling-altinn\"]\nkrav-override = \"Vi leser det som et krav fordi …\"\n",
        1,
    );
    check(&tree, MARKS).unwrap_or_else(|e| panic!("{e:?}"));
    let empty = tree.replacen("Vi leser det som et krav fordi …", " ", 1);
    expect_refused(&empty, "bruk-altinn", &["says why"]);
    let on_anbefaling = tree.replacen(r#"verdict = "krav""#, r#"verdict = "anbefaling""#, 1);
    expect_refused(&on_anbefaling, "bruk-altinn", &["only a `krav` takes `krav-override`"]);
}

#[test]
fn a_mistake_in_the_marking_names_its_line() {
    let not_krav = format!("{MARKS}\n[paragraph.1-6-anbefaling-altinn]\nbinds = \"kmd\"\n");
    expect_bad_marking(
        &not_krav,
        "[paragraph.1-6-anbefaling-altinn]",
        "no paragraph of a Krav part",
    );
    let unknown_body = MARKS.replacen(r#"binds = "kmd""#, r#"binds = "kdm""#, 1);
    let says = "binds `kdm`, which no `[body.kdm]` defines";
    expect_bad_marking(&unknown_body, "[paragraph.1-6-krav-kmd-vurderer]", says);
    let unknown_answer = MARKS.replacen(r#""departement" }"#, r#""dep" }"#, 1);
    let says = "`virksomhetstype = dep`, which no fact offers";
    expect_bad_marking(&unknown_answer, "[body.departementene]", says);
    let silent = format!("{MARKS}\n[paragraph.1-6-krav-altinn]\n");
    expect_bad_marking(&silent, "[paragraph.1-6-krav-altinn]", "says nothing");
}
