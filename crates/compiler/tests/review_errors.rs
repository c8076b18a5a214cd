//! The review records of a tree file, `[[reading]]` and `[[signoff]]`: a valid one is read into
//! the tree, and a mistake in one fails the build with the file, the line and what is wrong.

use rundskriv_compiler::check::trees::check_trees;
use rundskriv_compiler::circular::Circular;
use rundskriv_compiler::error::CompileError;
use rundskriv_compiler::parse::date::Date;
use rundskriv_compiler::parse::edition::Edition;
use rundskriv_compiler::parse::section::parse_section;
use rundskriv_compiler::parse::trees::{parse_facts, parse_tree, Tree, Trees};
use rundskriv_compiler::source::SourceFile;

const FILE: &str = "content/veivisere/prove.toml";

/// A reading and a sign-off that are both valid, to be appended to the fixture tree.
const REVIEW: &str = r#"
[[reading]]
about = ["krav", "kostnad"]
text = "Vi leser kravet slik at det gjelder alle tjenester."
cites = ["1-6-krav-altinn", "1-6-anbefaling-portal"]

[[signoff]]
by = "Kari Nordmann, Digitaliseringsdirektoratet"
date = "2026-12-02"
edition = "utgave-1"
fingerprint = "0123456789abcdef"
"#;

/// Point 1.6 with a krav and an anbefaling paragraph.
fn point() -> Circular {
    let text = "---\nid: 1-6\nkind: point\nnumber: 1.6\nconcept: felleskomponenter\nchapter: 1\ntitle: T\n---\n\n## Krav {#krav}\n\nBruk Altinn. {#altinn}\n\n## Anbefaling {#anbefaling}\n\nBruk portalen. {#portal}\n";
    let point = parse_section(&SourceFile::new("content/rundskriv/16-punkt-1-6.md", text)).expect("a valid point");
    let edition = Edition {
        id: "utgave-1".to_string(),
        ..Edition::default()
    };
    Circular::new(&edition, &[point])
}

/// The fixture tree with `review` appended, read and checked as the build does.
fn read(review: &str) -> Result<Tree, CompileError> {
    let text = format!("{}{review}", include_str!("fixtures/prove.toml"));
    let facts = parse_facts(&SourceFile::new(
        "content/veivisere/fakta.toml",
        include_str!("fixtures/fakta.toml"),
    ))?;
    let tree = parse_tree(&SourceFile::new(FILE, text))?;
    let all = Trees {
        facts,
        shared: Vec::new(),
        trees: vec![tree.clone()],
    };
    check_trees(&all, &point())?;
    Ok(tree)
}

/// Expects `review` (in place of [`REVIEW`]'s `from`) to fail on the line of `at` with `says`.
fn expect_error(from: &str, to: &str, at: &str, says: &str) {
    let review = REVIEW.replacen(from, to, 1);
    assert_ne!(review, REVIEW, "`{from}` is not in the review");
    let error = read(&review).expect_err(says);
    let text = format!("{}{review}", include_str!("fixtures/prove.toml"));
    let line = text.lines().position(|l| l.starts_with(at)).expect("the line") + 1;
    assert_eq!((error.file.as_str(), error.line), (FILE, line), "{error}");
    assert!(error.message.contains(says), "should say `{says}`: {error}");
    assert!(error.to_string().starts_with(&format!("{FILE}:{line}:")), "{error}");
}

#[test]
fn a_reading_and_a_signoff_are_read_into_the_tree() {
    let tree = read(REVIEW).unwrap_or_else(|e| panic!("{e}"));
    let [reading] = tree.readings.as_slice() else {
        panic!("one reading")
    };
    let about: Vec<&str> = reading.about.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(about, ["krav", "kostnad"]);
    assert_eq!(reading.text, "Vi leser kravet slik at det gjelder alle tjenester.");
    assert_eq!(reading.cites[1].value, "1-6-anbefaling-portal");
    // Without an `id`, its `about` list names it in flags and confirmations.
    assert_eq!(reading.id.as_str(), "krav+kostnad");
    let [signoff] = tree.signoffs.as_slice() else {
        panic!("one signoff")
    };
    assert_eq!(signoff.by, "Kari Nordmann, Digitaliseringsdirektoratet");
    assert_eq!(Some(signoff.date), Date::new(2026, 12, 2));
    assert_eq!(
        (signoff.edition.as_str(), signoff.fingerprint.as_str()),
        ("utgave-1", "0123456789abcdef")
    );
}

#[test]
fn a_tree_without_review_records_has_none() {
    let tree = read("").unwrap_or_else(|e| panic!("{e}"));
    assert!(tree.readings.is_empty() && tree.signoffs.is_empty());
}

#[test]
fn a_reading_about_an_unknown_outcome() {
    expect_error(
        r#"about = ["krav", "kostnad"]"#,
        r#"about = ["krav", "kravet"]"#,
        "about = ",
        "reading about `kravet`: no outcome or node of this tree has that id",
    );
}

#[test]
fn a_reading_citing_an_unknown_paragraph() {
    expect_error(
        r#""1-6-anbefaling-portal"]"#,
        r#""1-6-anbefaling-finnes-ikke"]"#,
        r#"cites = ["1-6-krav-altinn", "1-6-anbefaling-finnes"#,
        "reading cites `1-6-anbefaling-finnes-ikke`, which is no paragraph of the circular",
    );
}

#[test]
fn a_reading_without_citations_or_words() {
    let no_cites = r#"cites = ["1-6-krav-altinn", "1-6-anbefaling-portal"]"#;
    expect_error(no_cites, "cites = []", "[[reading]]", "reading: needs `cites`");
    let text = r#""Vi leser kravet slik at det gjelder alle tjenester.""#;
    expect_error(text, r#""  ""#, "[[reading]]", "reading: needs `text`");
    expect_error(r#"["krav", "kostnad"]"#, "[]", "[[reading]]", "reading: needs `about`");
}

/// The fixture's reading twice, the second with `second` before its `about`.
fn two_readings(second: &str) -> String {
    let reading = &REVIEW[..REVIEW.find("[[signoff]]").expect("the sign-off")];
    let again = reading.replacen("about = ", &format!("{second}about = "), 1);
    format!("{reading}{again}")
}

#[test]
fn two_readings_about_the_same_need_an_id_to_tell_them_apart() {
    let review = two_readings("");
    let error = read(&review).expect_err("two readings named alike");
    let text = format!("{}{review}", include_str!("fixtures/prove.toml"));
    let lines: Vec<usize> = (text.lines().enumerate())
        .filter(|(_, l)| *l == "[[reading]]")
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!((error.file.as_str(), error.line), (FILE, lines[1]), "{error}");
    assert!(
        error
            .message
            .contains(&format!("`krav+kostnad` names the reading at line {} too", lines[0])),
        "{error}"
    );
    let tree = read(&two_readings("id = \"andre-lesning\"\n")).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = tree.readings.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["krav+kostnad", "andre-lesning"]);
    // An explicit id may not take the name another reading has by its `about`.
    let taken = read(&two_readings("id = \"krav+kostnad\"\n")).expect_err("not an id");
    assert!(taken.message.contains("`id` must be lowercase letters"), "{taken}");
}

#[test]
fn a_signoff_with_a_day_that_does_not_exist() {
    expect_error(
        r#"date = "2026-12-02""#,
        r#"date = "2026-02-30""#,
        "date = ",
        "signoff: `date` is `2026-02-30`, which is no date written YYYY-MM-DD",
    );
    expect_error(
        r#""2026-12-02""#,
        r#""2.12.2026""#,
        "date = ",
        "which is no date written YYYY-MM-DD",
    );
}

#[test]
fn a_signoff_with_a_hand_made_fingerprint_or_no_signer() {
    expect_error(
        r#""0123456789abcdef""#,
        r#""ok""#,
        "fingerprint = ",
        "`fingerprint` must be 16 lowercase hex digits",
    );
    // Either mistake alone is refused: a letter beyond f, capitals, one digit short.
    for wrong in [r#""0123456789abcdeg""#, r#""0123456789ABCDEF""#, r#""0123456789abcde""#] {
        expect_error(
            r#""0123456789abcdef""#,
            wrong,
            "fingerprint = ",
            "`fingerprint` must be 16 lowercase hex digits",
        );
    }
    expect_error(
        r#""Kari Nordmann, Digitaliseringsdirektoratet""#,
        r#""""#,
        "[[signoff]]",
        "signoff: needs `by`",
    );
}

#[test]
fn a_misspelt_key_in_a_review_record_is_refused() {
    expect_error("by = ", "signed-by = ", "signed-by = ", "unknown field `signed-by`");
}
