//! A mistake in a decision tree fails the build with the file, the line, the column and what is
//! wrong.
//!
//! Like `content_errors.rs`, these tests run the compiler's own tree parser and checks, so each
//! message proved here is exactly what an editor sees from `cargo build`.

mod support;
#[path = "support/tree_fixture.rs"]
mod tree_fixture;

use rundskriv_compiler::check::trees::check_trees;
use rundskriv_compiler::parse::trees::{parse_facts, parse_shared, parse_tree, Trees};
use rundskriv_compiler::source::SourceFile;
use support::line_of;
use tree_fixture::{assert_error, circular, compile, expect_tree_error, facts, FACTS, FACTS_FILE, TREE, TREE_FILE};

#[test]
fn the_valid_tree_compiles() {
    compile(TREE).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn an_unknown_citation_id() {
    let tree = TREE.replacen(
        r#"cites = ["1-6-krav-altinn"]"#,
        r#"cites = ["1-6-krav-finnes-ikke"]"#,
        1,
    );
    expect_tree_error(
        &tree,
        line_of(&tree, "[outcome.krav]"),
        "outcome `krav` cites `1-6-krav-finnes-ikke`, which is no paragraph of the circular",
    );
}

#[test]
fn a_cycle() {
    // kostnad goes back to tjenester, which leads to kostnad again.
    let tree = TREE.replace(r#""<= 10" = "@ingen""#, r#""<= 10" = "tjenester""#);
    expect_tree_error(
        &tree,
        line_of(&tree, "[node.tjenester]"),
        "a cycle: tjenester → kostnad → tjenester",
    );
}

#[test]
fn a_missing_translation() {
    let tree = TREE.replacen(r#", nn = "De skal.""#, "", 1);
    expect_tree_error(
        &tree,
        line_of(&tree, r#"text = { nb = "Dere skal.""#),
        "`outcome.krav.text`: has no `nn` text",
    );
    let source = FACTS.replace(r#", en = "What does it cost?""#, "");
    let error = facts(&source).expect_err("the English question is missing");
    assert_error(
        error,
        FACTS_FILE,
        line_of(&source, r#"question = { nb = "Hva koster det?""#),
        "`kostnad.question`: has no `en` text",
    );
}

#[test]
fn an_unterminated_string() {
    // The TOML equivalent of unterminated front matter: a text whose closing quote is missing.
    let tree = TREE.replacen(r#"intro = { nb = "Innledning.","#, r#"intro = { nb = "Innledning.,"#, 1);
    let error = compile(&tree).expect_err("not valid TOML");
    assert_eq!(error.file, TREE_FILE, "{error}");
    assert_eq!(error.line, line_of(&tree, "intro = "), "{error}");
    assert!(error.message.starts_with("not valid TOML"), "{error}");
}

#[test]
fn a_node_that_asks_an_unknown_fact() {
    let tree = TREE.replacen(r#"ask = "kostnad""#, r#"ask = "pris""#, 1);
    expect_tree_error(
        &tree,
        line_of(&tree, "[node.kostnad]"),
        "node `kostnad` asks `pris`, which is no fact",
    );
}

#[test]
fn an_answer_without_a_branch() {
    let tree = TREE.replacen("nei = \"@ingen\"\n", "", 1);
    expect_tree_error(
        &tree,
        line_of(&tree, "[node.tjenester]"),
        "node `tjenester` has no branch for the answer `nei`",
    );
}

#[test]
fn thresholds_with_a_gap() {
    let tree = TREE.replace(r#""<= 10" = "@ingen""#, r#""< 10" = "@ingen""#);
    expect_tree_error(
        &tree,
        line_of(&tree, "[node.kostnad]"),
        "the number 10 matches 0 branches",
    );
}

#[test]
fn a_branch_to_a_missing_node_or_outcome() {
    let tree = TREE.replacen(r#"ja = "kostnad""#, r#"ja = "kostnader""#, 1);
    expect_tree_error(
        &tree,
        line_of(&tree, "[node.tjenester]"),
        "goes to node `kostnader`, which does not exist",
    );
    let tree = TREE.replacen(r#"nei = "@ingen""#, r#"nei = "@ingenting""#, 1);
    expect_tree_error(
        &tree,
        line_of(&tree, "[node.tjenester]"),
        "records `@ingenting`, which is no outcome",
    );
}

#[test]
fn an_unknown_verdict_in_felles() {
    let source = "[outcome.x]\nverdict = \"kanskje\"\ntitle = { nb = \"a\", nn = \"a\", en = \"a\" }\ntext = { nb = \"a\", nn = \"a\", en = \"a\" }\ncites = [\"1-6-krav-altinn\"]\n";
    let error = parse_shared(&SourceFile::new("content/veivisere/felles.toml", source)).expect_err("unknown verdict");
    assert_error(error, "content/veivisere/felles.toml", 2, "verdict must be one of");
}

#[test]
fn a_misspelt_verdict_names_the_allowed_ones() {
    let tree = TREE.replacen(r#"verdict = "krav""#, r#"verdict = "kravv""#, 1);
    let error = compile(&tree).expect_err("no verdict `kravv`");
    let line = line_of(&tree, r#"verdict = "kravv""#);
    assert_eq!(
        error.to_string(),
        format!("{TREE_FILE}:{line}:11: `outcome.krav.verdict`: unknown verdict `kravv`: verdict must be one of krav, anbefaling, gjelder-ikke, ma-vurderes, apent or informasjon")
    );
}

#[test]
fn a_misspelt_section_names_the_allowed_ones() {
    let source = FACTS.replacen(r#"section = "tjenesten""#, r#"section = "tjeneste""#, 1);
    let error = facts(&source).expect_err("no section `tjeneste`");
    assert_eq!(
        error.to_string(),
        format!("{FACTS_FILE}:4:11: `har-tjenester.section`: unknown section `tjeneste`: section must be one of virksomheten, tjenesten, anskaffelser or prosjektet")
    );
}

#[test]
fn an_unknown_key_is_refused() {
    let tree = TREE.replacen("ask = \"kostnad\"", "asks = \"kostnad\"", 1);
    let error = compile(&tree).expect_err("no key `asks`");
    assert_error(error, TREE_FILE, line_of(&tree, "asks = "), "unknown field `asks`");
}

/// The old checks reported a shared outcome's citation in whichever tree file they were checking.
#[test]
fn a_shared_outcome_citing_no_paragraph_names_felles() {
    let shared_file = "content/veivisere/felles.toml";
    let source = "\n[outcome.x]\nverdict = \"apent\"\ntitle = { nb = \"a\", nn = \"a\", en = \"a\" }\ntext = { nb = \"a\", nn = \"a\", en = \"a\" }\ncites = [\"1-6-krav-borte\"]\n";
    let all = Trees {
        facts: facts(FACTS).expect("valid facts"),
        shared: parse_shared(&SourceFile::new(shared_file, source)).expect("valid outcomes"),
        trees: vec![parse_tree(&SourceFile::new(TREE_FILE, TREE)).expect("a valid tree")],
    };
    let error = check_trees(&all, &circular()).expect_err("no paragraph 1-6-krav-borte");
    assert_error(
        error,
        shared_file,
        2,
        "outcome `x` cites `1-6-krav-borte`, which is no paragraph",
    );
}

#[test]
fn a_fact_defined_twice_names_both_files() {
    let other = "content/veivisere/fakta-mer.toml";
    let mut all_facts = facts(FACTS).expect("valid facts");
    all_facts.extend(parse_facts(&SourceFile::new(other, FACTS)).expect("valid facts"));
    let all = Trees {
        facts: all_facts,
        shared: Vec::new(),
        trees: vec![parse_tree(&SourceFile::new(TREE_FILE, TREE)).expect("a valid tree")],
    };
    let error = check_trees(&all, &circular()).expect_err("har-tjenester twice");
    assert_error(
        error,
        other,
        2,
        &format!("fact `har-tjenester` is also defined in {FACTS_FILE}"),
    );
}

#[test]
fn choices_that_do_not_fit_the_kind_of_fact() {
    let expect = |from: &str, to: &str, says: &str| {
        let source = FACTS.replacen(from, to, 1);
        let error = facts(&source).expect_err(says);
        assert_error(error, FACTS_FILE, line_of(&source, "[har-tjenester]"), says);
    };
    let one_choice =
        "kind = \"choice\"\nchoices = [{ id = \"ja\", label = { nb = \"Ja\", nn = \"Ja\", en = \"Yes\" } }]";
    expect(
        "kind = \"yesno\"",
        one_choice,
        "fact `har-tjenester`: a choice fact needs at least two `choices`",
    );
    let unknown_choice = "kind = \"choice\"\nchoices = [{ id = \"a\", label = { nb = \"A\", nn = \"A\", en = \"A\" } }, { id = \"vet-ikke\", label = { nb = \"B\", nn = \"B\", en = \"B\" } }]";
    expect(
        "kind = \"yesno\"",
        unknown_choice,
        "choice id `vet-ikke` must be an id other than `vet-ikke`",
    );
    let yes_no_choices = "kind = \"yesno\"\nchoices = []";
    expect("kind = \"yesno\"", yes_no_choices, "only choice facts have `choices`");
}
