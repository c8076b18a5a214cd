//! A node's branches against the fact it asks, and the walk over every path: a branch for an
//! answer the fact does not offer, a "Vet ikke" branch where the fact has none, a threshold on a
//! fact that is no number, a node in the middle of a target list, a tree too big to follow, and
//! the number of paths the build reports (the review book and `tree_paths` show it).

mod support;
#[path = "support/tree_fixture.rs"]
mod tree_fixture;

use support::line_of;
use tree_fixture::{check, expect_tree_error, facts, FACTS, FACTS_FILE, TREE, TREE_FILE};

#[test]
fn a_branch_for_an_answer_the_fact_does_not_offer() {
    let tree = TREE.replacen("nei = \"@ingen\"\n", "nei = \"@ingen\"\nkanskje = \"@ingen\"\n", 1);
    expect_tree_error(
        &tree,
        line_of(&tree, "[node.tjenester]"),
        "node `tjenester`: `kanskje` is no answer of `har-tjenester` (answers: ja, nei, vet-ikke)",
    );
}

#[test]
fn a_vet_ikke_branch_where_the_fact_offers_none() {
    let without_unknown = FACTS.replacen("unknown = true\n", "", 1);
    let error = check(&without_unknown, TREE).expect_err("har-tjenester offers no `vet-ikke`");
    assert_eq!(error.file, TREE_FILE, "{error}");
    assert_eq!(error.line, line_of(TREE, "[node.tjenester]"), "{error}");
    assert!(
        error
            .message
            .contains("node `tjenester`: `har-tjenester` does not offer `vet-ikke`"),
        "{error}"
    );
}

#[test]
fn a_threshold_on_a_fact_that_is_no_number() {
    let tree = TREE.replacen("nei = \"@ingen\"\n", "nei = \"@ingen\"\n\"> 3\" = \"@ingen\"\n", 1);
    expect_tree_error(
        &tree,
        line_of(&tree, "[node.tjenester]"),
        "node `tjenester`: thresholds only apply to number facts",
    );
}

#[test]
fn only_the_last_item_of_a_target_list_may_be_a_node() {
    let tree = TREE.replacen(r#"ja = "kostnad""#, r#"ja = ["kostnad", "@krav"]"#, 1);
    let error = check(FACTS, &tree).expect_err("a node before an outcome");
    assert_eq!(error.line, line_of(&tree, "ja = ["), "{error}");
    assert!(
        error
            .message
            .contains("only the last item of a target list may be a node (`kostnad`)"),
        "{error}"
    );
    // The same node last, after an outcome, is a valid target.
    let tree = TREE.replacen(r#"ja = "kostnad""#, r#"ja = ["@ingen", "kostnad"]"#, 1);
    check(FACTS, &tree).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_target_that_is_neither_an_id_nor_a_list_names_what_is_expected() {
    let tree = TREE.replacen(r#"ja = "kostnad""#, "ja = 3", 1);
    let error = check(FACTS, &tree).expect_err("a number as a target");
    assert!(
        error
            .message
            .contains("expected a node id, \"@outcome\" or a list of them"),
        "{error}"
    );
}

#[test]
fn a_text_that_is_not_a_table_of_languages_names_what_is_expected() {
    let tree = TREE.replacen(
        r#"title = { nb = "Prøve", nn = "Prøve", en = "Test" }"#,
        r#"title = "Prøve""#,
        1,
    );
    let error = check(FACTS, &tree).expect_err("a bare string as a title");
    assert_eq!(error.line, line_of(&tree, "title = \"Prøve\""), "{error}");
    assert!(
        error
            .message
            .contains("expected a text: { nb = \"…\", nn = \"…\", en = \"…\" }"),
        "{error}"
    );
}

#[test]
fn a_number_fact_needs_its_unit() {
    let source = FACTS.replacen(
        "unit = { nb = \"millioner kroner\", nn = \"millionar kroner\", en = \"million NOK\" }\n",
        "",
        1,
    );
    let error = facts(&source).expect_err("no unit");
    assert_eq!(error.file, FACTS_FILE);
    assert!(error.message.contains("a number fact needs `unit`"), "{error}");
}

#[test]
fn a_tree_written_for_another_edition_or_point() {
    let tree = TREE.replacen(r#"edition = "utgave-1""#, r#"edition = "utgave-2""#, 1);
    expect_tree_error(
        &tree,
        line_of(&tree, "edition = "),
        "written for edition `utgave-2`, but the content is edition `utgave-1`",
    );
    let tree = TREE.replacen(r#"points = ["1.6"]"#, r#"points = ["1.6", "9.9"]"#, 1);
    expect_tree_error(
        &tree,
        line_of(&tree, "points = "),
        "`points` names 9.9, which is not a point of the circular",
    );
}

/// A tree's header, starting at node `start`.
fn header(start: &str) -> String {
    format!(
        "edition = \"utgave-1\"\nversion = 1\norder = 10\npoints = [\"1.6\"]\n\
         title = {{ nb = \"P\", nn = \"P\", en = \"P\" }}\nintro = {{ nb = \"I\", nn = \"I\", en = \"I\" }}\n\
         start = \"{start}\"\n"
    )
}

/// Outcome `id` with `verdict`, citing the fixture circular's one paragraph.
fn outcome(id: &str, verdict: &str) -> String {
    format!(
        "\n[outcome.{id}]\nverdict = \"{verdict}\"\ntitle = {{ nb = \"T\", nn = \"T\", en = \"T\" }}\n\
         text = {{ nb = \"T\", nn = \"T\", en = \"T\" }}\ncites = [\"1-6-krav-altinn\"]\n"
    )
}

#[test]
fn the_build_counts_every_path() {
    // One yes/no question: one path for each of its three answers.
    let tree = format!(
        "{}\n[node.tjenester]\nask = \"har-tjenester\"\n[node.tjenester.on]\n\
         ja = \"@krav\"\nnei = \"@ingen\"\nvet-ikke = \"@ingen\"\n{}{}",
        header("tjenester"),
        outcome("krav", "krav"),
        outcome("ingen", "gjelder-ikke")
    );
    let report = check(FACTS, &tree).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.paths, [3]);
}

/// `depth` questions of ten choices each (and "Vet ikke" when `unknown`), one after the other:
/// the facts and the tree of 10^depth paths, or 11^depth.
fn chain(depth: usize, unknown: bool) -> (String, String) {
    let choices: Vec<String> = (0..10)
        .map(|c| format!("{{ id = \"c{c}\", label = {{ nb = \"x\", nn = \"x\", en = \"x\" }} }}"))
        .collect();
    let (mut facts, mut tree) = (String::new(), header("q0"));
    for level in 0..depth {
        facts.push_str(&format!(
            "[f{level}]\nkind = \"choice\"\nsection = \"tjenesten\"\nunknown = {unknown}\n\
             question = {{ nb = \"q\", nn = \"q\", en = \"q\" }}\nchoices = [{}]\n\n",
            choices.join(", ")
        ));
        let next = if level + 1 == depth {
            "@krav".to_string()
        } else {
            format!("q{}", level + 1)
        };
        tree.push_str(&format!("\n[node.q{level}]\nask = \"f{level}\"\n[node.q{level}.on]\n"));
        for c in 0..10 {
            tree.push_str(&format!("c{c} = \"{next}\"\n"));
        }
        if unknown {
            tree.push_str(&format!("vet-ikke = \"{next}\"\n"));
        }
    }
    tree.push_str(&outcome("krav", "krav"));
    (facts, tree)
}

#[test]
fn a_tree_of_exactly_the_most_paths_builds_and_one_of_more_does_not() {
    let (facts, tree) = chain(5, false);
    let report = check(&facts, &tree).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.paths, [100_000]);
    let (facts, tree) = chain(5, true);
    let error = check(&facts, &tree).expect_err("11^5 paths");
    assert!(
        error.message.contains("more than 100000 paths: split the tree"),
        "{error}"
    );
}
