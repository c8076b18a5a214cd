//! The review book made from the repository's content and from a changed copy of it: its diagrams
//! hold one box per question and outcome and one line per step of every branch, a change to a
//! tree shows in the book and its diagram, and a reading stands under what it is about.

mod support;

use rundskriv_compiler::parse::trees::Step;
use rundskriv_tools::book::{content, render};
use support::{chapter, count, diagram, repository, Scratch};

#[test]
fn every_diagram_has_a_box_per_question_and_outcome_and_a_line_per_step() {
    let root = repository();
    let book = render(&root, "gjennomgang.css", "./").unwrap_or_else(|e| panic!("{e}"));
    let content = content(&root).expect("the content compiles");
    assert_eq!(content.trees.trees.len(), count(&book, "<svg "), "one diagram per tree");
    for tree in &content.trees.trees {
        let svg = diagram(&book, &tree.id);
        let steps: Vec<&Step> = tree
            .nodes
            .iter()
            .flat_map(|n| &n.branches)
            .flat_map(|b| &b.steps)
            .collect();
        let mut outcomes: Vec<&str> = steps
            .iter()
            .filter_map(|s| match s {
                Step::Outcome(id) => Some(id.as_str()),
                Step::Node(_) => None,
            })
            .collect();
        outcomes.sort_unstable();
        outcomes.dedup();
        assert_eq!(
            count(svg, "<g class=\"node\""),
            tree.nodes.len(),
            "{}: question boxes",
            tree.id
        );
        for node in &tree.nodes {
            assert_eq!(
                count(svg, &format!("data-node=\"{}\"", node.id)),
                1,
                "{}: box of {}",
                tree.id,
                node.id
            );
        }
        assert_eq!(
            count(svg, "<g class=\"outcome\""),
            outcomes.len(),
            "{}: outcome boxes",
            tree.id
        );
        for outcome in &outcomes {
            assert_eq!(
                count(svg, &format!("data-outcome=\"{outcome}\"")),
                1,
                "{}: box of {outcome}",
                tree.id
            );
        }
        assert_eq!(count(svg, "class=\"edge "), steps.len(), "{}: a line per step", tree.id);
        let answers: usize = tree.nodes.iter().map(|n| n.branches.len()).sum();
        assert_eq!(
            count(svg, "<circle class=\"port\""),
            answers,
            "{}: a port per answer",
            tree.id
        );
        assert!(
            svg.contains("role=\"img\"") && svg.contains("<desc id="),
            "{}: an accessible image",
            tree.id
        );
    }
}

#[test]
fn every_drawing_fits_the_width_of_an_a4_page() {
    let book = render(&repository(), "gjennomgang.css", "./").unwrap_or_else(|e| panic!("{e}"));
    for svg in book.split("<svg ").skip(1) {
        assert!(
            svg.starts_with("xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" viewBox=\"0 0 680 "),
            "{}",
            &svg[..120]
        );
    }
}

#[test]
fn a_changed_branch_and_an_added_outcome_change_the_book_and_its_diagram() {
    let scratch = Scratch::new("branch");
    let before = scratch.book();
    let file = "content/veivisere/prove-bok.toml";
    let old = diagram(&before, "prove-bok");
    assert_eq!(
        (
            count(old, "<g class=\"node\""),
            count(old, "<g class=\"outcome\""),
            count(old, "class=\"edge ")
        ),
        (2, 3, 5)
    );
    // "Nei" to the first question now goes on to the second instead of ending.
    scratch.edit(file, "nei = \"@ingen\"", "nei = \"andre\"");
    let changed = scratch.book();
    let new = diagram(&changed, "prove-bok");
    assert_ne!(old, new);
    let to = |svg: &str, id: &str| count(svg, &format!("data-to=\"{id}\""));
    assert_eq!((to(old, "ingen"), to(old, "andre")), (2, 1));
    assert_eq!((to(new, "ingen"), to(new, "andre")), (1, 2));
    assert!(chapter(&changed, "prove-bok").contains(
        "<li><strong>Nei</strong>: <a href=\"#veiviser-prove-bok-sporsmal-andre\">går videre til spørsmål 2"
    ));
    assert_eq!(
        diagram(&before, "altinn"),
        diagram(&changed, "altinn"),
        "other trees stay as they were"
    );
    // An outcome added to a branch: a new box, a new line, a new section with its quote.
    scratch.edit(
        file,
        "ja = \"@anbefaling-b\"",
        "ja = [\"@anbefaling-b\", \"@ny-anbefaling\"]",
    );
    let outcome = "\n[outcome.ny-anbefaling]\nverdict = \"anbefaling\"\ntitle = { nb = \"Et nytt utfall for prøven\", nn = \"Eit nytt utfall\", en = \"A new outcome\" }\ntext = { nb = \"Ny tekst.\", nn = \"Ny tekst.\", en = \"New text.\" }\ncites = [\"elektronisk-faktura-anbefaling-ehf-naeringsdrivende\"]\n";
    let path = scratch.0.join(file);
    let text = std::fs::read_to_string(&path).expect("the tree file");
    std::fs::write(&path, format!("{text}{outcome}")).expect("written");
    let added = scratch.book();
    let svg = diagram(&added, "prove-bok");
    assert_eq!(count(svg, "<g class=\"outcome\""), 4);
    assert_eq!(count(svg, "data-to=\"ny-anbefaling\""), 1);
    assert!(svg.contains("<tspan class=\"verdict\">ANBEFALING</tspan> Et nytt utfall for prøven</text>"));
    let text = chapter(&added, "prove-bok");
    assert!(text.contains("id=\"veiviser-prove-bok-utfall-ny-anbefaling\""));
    assert!(
        text.contains("gir utfallet «Et nytt utfall for prøven» (Anbefaling)"),
        "the text flow names it too"
    );
}

#[test]
fn a_reading_and_a_krav_override_stand_under_what_they_are_about_marked_as_ours() {
    let scratch = Scratch::new("reading");
    let reading = "\n[[reading]]\nabout = [\"krav-a\", \"forste\"]\ntext = \"Vår prøvelesning av ELMA-kravet.\"\ncites = [\"elektronisk-faktura-krav-elma\"]\n";
    let path = scratch.0.join("content/veivisere/prove-bok.toml");
    let text = std::fs::read_to_string(&path).expect("the tree file");
    std::fs::write(&path, format!("{text}{reading}")).expect("written");
    let book = scratch.book();
    let chapter = chapter(&book, "prove-bok");
    assert_eq!(
        count(chapter, "Vår prøvelesning av ELMA-kravet."),
        2,
        "under the outcome and under the question"
    );
    let outcome = &chapter[chapter
        .find("id=\"veiviser-prove-bok-utfall-krav-a\"")
        .expect("the outcome")..];
    let outcome = &outcome[..outcome.find("</section>").expect("its end")];
    let aside = &outcome[outcome
        .find("<aside class=\"reading\">")
        .expect("the reading, in the outcome")..];
    assert!(
        aside.contains("<strong>Vår lesning</strong>"),
        "marked as ours: {aside}"
    );
    assert!(
        aside.contains("<a href=\"#veiviser-prove-bok-sporsmal-forste\">Spørsmål 1</a>"),
        "{aside}"
    );
    assert!(
        aside.contains("<blockquote lang=\"nb\"><p>Virksomheten skal påse at kontaktinformasjon"),
        "{aside}"
    );
    assert!(
        aside.contains("Punkt 1.10, avsnitt elektronisk-faktura-krav-elma"),
        "{aside}"
    );
    let why = "<aside class=\"reading override\"><p class=\"ours\"><strong>Vår begrunnelse for at dette er et krav til virksomheten:</strong></p>\n<p>Prøvebegrunnelse for kravet.</p></aside>";
    assert!(outcome.contains(why), "the krav-override, marked as ours: {outcome}");
}

#[test]
fn each_outcome_links_the_scenarios_that_reach_it_and_each_scenario_shows_its_answers() {
    let book = Scratch::new("scenarios").book();
    let chapter = chapter(&book, "prove-bok");
    let outcome = |id: &str| {
        let start = chapter
            .find(&format!("id=\"veiviser-prove-bok-utfall-{id}\""))
            .expect("the outcome");
        let rest = &chapter[start..];
        rest[..rest.find("</section>").expect("its end")].to_string()
    };
    let both = "<a href=\"#veiviser-prove-bok-eksempel-ja-og-ja\">En prøvevirksomhet som svarer ja to ganger.</a>";
    assert!(outcome("krav-a").contains(both) && outcome("anbefaling-b").contains(both));
    assert!(!outcome("ingen").contains(both));
    assert!(outcome("ingen").contains("#veiviser-prove-bok-eksempel-nei"));
    let start = chapter
        .find("id=\"veiviser-prove-bok-eksempel-ja-og-ja\"")
        .expect("the scenario");
    let scenario = &chapter[start..start + chapter[start..].find("</section>").expect("its end")];
    assert!(
        scenario.contains("<li>Spørsmål 2, «Andre prøvespørsmål?»: <strong>Ja</strong></li>"),
        "{scenario}"
    );
    assert!(
        scenario.contains(
            "<a href=\"#veiviser-prove-bok-utfall-krav-a\">Dere skal holde ELMA oppdatert</a> (Krav gjelder)"
        ),
        "{scenario}"
    );
    assert!(
        !scenario.contains("Ingenting gjelder"),
        "only what it reaches: {scenario}"
    );
}
