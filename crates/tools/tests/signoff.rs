//! Signing a tree off: the command appends a record, the book shows the tree as signed off, and
//! the sign-off holds through a comment but not a change of a cited paragraph's words, when the
//! book says "Endret siden godkjenning".

mod support;

use rundskriv_compiler::parse::date::Date;
use rundskriv_tools::book::{content, fingerprint::fingerprint};
use rundskriv_tools::signoff::sign_off;
use std::path::Path;
use support::{chapter, count, diagram, Scratch};

fn fixed_day() -> Date {
    Date::new(2026, 12, 2).expect("a date")
}

#[test]
fn a_signoff_holds_until_a_cited_paragraph_changes() {
    let scratch = Scratch::new("signoff");
    let unsigned = scratch.book();
    let never = chapter(&unsigned, "prove-bok").to_string();
    assert!(never.contains("Aldri godkjent"), "{never}");
    let record = sign_off(
        &scratch.0,
        "prove-bok",
        "Kari Nordmann, Digitaliseringsdirektoratet",
        fixed_day(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        record.starts_with("[[signoff]]\nby = \"Kari Nordmann, Digitaliseringsdirektoratet\"\ndate = \"2026-12-02\"\n")
    );
    let signed = scratch.book();
    // The record changes the state and nothing else: not the diagram, not the other trees.
    assert_eq!(diagram(&signed, "prove-bok"), diagram(&unsigned, "prove-bok"));
    assert_eq!(
        count(&signed, "Aldri godkjent"),
        count(&unsigned, "Aldri godkjent") - 2,
        "the chapter and the summary"
    );
    let expected = "Godkjent av Kari Nordmann, Digitaliseringsdirektoratet 2026-12-02, utgave id2569983";
    assert!(chapter(&signed, "prove-bok").contains(expected));
    assert!(
        signed.contains(&format!("<td class=\"state state-signed\">{expected}</td>")),
        "the summary table says so"
    );
    // A comment and the record itself are no change of substance.
    let root = &scratch.0;
    let print = |root: &Path| {
        let content = content(root).expect("compiles");
        let tree = content
            .trees
            .trees
            .iter()
            .find(|t| t.id == "prove-bok")
            .expect("the tree")
            .clone();
        fingerprint(root, &content, &tree).expect("a fingerprint")
    };
    let signed_print = print(root);
    assert!(record.ends_with(&format!("fingerprint = \"{signed_print}\"\n")));
    scratch.edit(
        "content/veivisere/prove-bok.toml",
        "\nstart = ",
        "\n# A comment.\nstart = ",
    );
    assert_eq!(print(root), signed_print);
    // The circular's words change under a paragraph the tree cites.
    scratch.edit("content/rundskriv/20-punkt-1-10.md", "ELMA", "ELMA-registeret");
    assert_ne!(print(root), signed_print);
    let changed = scratch.book();
    assert!(chapter(&changed, "prove-bok")
        .to_lowercase()
        .contains("endret siden godkjenning"));
    assert!(changed.contains("<td class=\"state state-changed\">Endret siden godkjenning av Kari Nordmann"));
    assert!(chapter(&changed, "altinn").contains("Aldri godkjent"));
}

#[test]
fn a_signoff_of_an_unknown_tree_or_by_nobody_is_refused() {
    let scratch = Scratch::new("refused");
    let error = sign_off(&scratch.0, "prove-boka", "Kari", fixed_day()).expect_err("no such tree");
    assert!(error.starts_with("no tree `prove-boka`; the trees are: "), "{error}");
    let error = sign_off(&scratch.0, "prove-bok", "  ", fixed_day()).expect_err("nobody");
    assert!(error.contains("who signs off"), "{error}");
    let quoted = sign_off(&scratch.0, "prove-bok", "Ola \"Nordmann\" \\ IT", fixed_day()).expect("quotes are escaped");
    assert!(quoted.contains(r#"by = "Ola \"Nordmann\" \\ IT""#), "{quoted}");
    assert!(scratch.book().contains("Godkjent av Ola &quot;Nordmann&quot; \\ IT"));
}

#[test]
fn a_changed_question_or_scenario_also_ends_a_signoff_and_another_tree_keeps_its_own() {
    let scratch = Scratch::new("scope");
    let day = Date::new(2026, 12, 2).expect("a date");
    sign_off(&scratch.0, "prove-bok", "Kari Nordmann, DFD", day).unwrap_or_else(|e| panic!("{e}"));
    sign_off(&scratch.0, "altinn", "Kari Nordmann, DFD", day).unwrap_or_else(|e| panic!("{e}"));
    let signed = |book: &str, tree: &str| chapter(book, tree).contains("<p class=\"state state-signed\">");
    let book = scratch.book();
    assert!(signed(&book, "prove-bok") && signed(&book, "altinn"));
    scratch.edit(
        "content/veivisere/fakta-prove-bok.toml",
        "Andre prøvespørsmål?",
        "Det andre prøvespørsmålet?",
    );
    let book = scratch.book();
    assert!(
        !signed(&book, "prove-bok") && signed(&book, "altinn"),
        "a question the tree asks"
    );
    sign_off(&scratch.0, "prove-bok", "Kari Nordmann, DFD", day).unwrap_or_else(|e| panic!("{e}"));
    assert!(signed(&scratch.book(), "prove-bok"), "signed off again");
    scratch.edit(
        "content/veivisere/scenarier/prove-bok.toml",
        "svarer nei.",
        "svarer nei, også nå.",
    );
    let book = scratch.book();
    assert!(
        !signed(&book, "prove-bok") && signed(&book, "altinn"),
        "a scenario of the tree"
    );
    assert!(
        chapter(&book, "prove-bok").contains("Tidligere godkjenninger:"),
        "the history lists the first record"
    );
}

#[test]
fn a_signoff_against_another_edition_is_shown_as_such() {
    let scratch = Scratch::new("edition");
    let day = Date::new(2026, 12, 2).expect("a date");
    let record = sign_off(&scratch.0, "prove-bok", "Kari Nordmann, DFD", day).unwrap_or_else(|e| panic!("{e}"));
    let edition = record
        .lines()
        .find_map(|l| l.strip_prefix("edition = "))
        .expect("the record's edition");
    let signed = format!("date = \"2026-12-02\"\nedition = {edition}");
    let older = "date = \"2026-12-02\"\nedition = \"h-7-17\"";
    scratch.edit("content/veivisere/prove-bok.toml", &signed, older);
    let chapter = chapter(&scratch.book(), "prove-bok").to_string();
    let expected =
        "<p class=\"state state-changed\">Godkjent mot en annen utgave (h-7-17) av Kari Nordmann, DFD 2026-12-02</p>";
    assert!(chapter.contains(expected), "{chapter}");
}
