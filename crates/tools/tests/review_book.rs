//! The review book made from the repository's content and from broken-off copies of it: its
//! diagrams hold one box per question and outcome and one line per step of every branch, a change
//! to a tree shows in the book and its diagram, and a sign-off holds until what it approved
//! changes (a cited paragraph's words), when the book says so.

use rundskriv_compiler::parse::date::Date;
use rundskriv_compiler::parse::trees::Step;
use rundskriv_tools::book::{content, fingerprint::fingerprint, render};
use rundskriv_tools::signoff::sign_off;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A copy of the repository's `content/`, to change, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let root = std::env::temp_dir().join(format!("rundskriv-book-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("a temporary folder");
        let copied = Command::new("cp")
            .arg("-R")
            .arg(repository().join("content"))
            .arg(&root)
            .status();
        assert!(copied.is_ok_and(|s| s.success()), "content/ copied");
        Scratch(root)
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).expect("a file of the copy");
        assert!(text.contains(from), "`{from}` not in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("the copy is writable");
    }

    fn book(&self) -> String {
        render(&self.0, "gjennomgang.css", "./").unwrap_or_else(|e| panic!("{e}"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The SVG of tree `tree` in `book`.
fn diagram<'a>(book: &'a str, tree: &str) -> &'a str {
    let title = format!("<title id=\"veiviser-{tree}-diagram-title\">");
    let at = book.find(&title).unwrap_or_else(|| panic!("no diagram of {tree}"));
    let start = book[..at].rfind("<svg").expect("the diagram's start");
    let end = at + book[at..].find("</svg>").expect("the diagram's end");
    &book[start..end]
}

/// The chapter of tree `tree` in `book`.
fn chapter<'a>(book: &'a str, tree: &str) -> &'a str {
    let start = book
        .find(&format!("<article class=\"tree\" id=\"veiviser-{tree}\""))
        .expect("the chapter");
    let end = start + book[start..].find("</article>").expect("the chapter's end");
    &book[start..end]
}

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

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
    let file = "content/veivisere/e-faktura.toml";
    // A municipality is now asked about new agreements instead of being out of scope.
    scratch.edit(file, "kommune = \"@utenfor-virkeomradet\"", "kommune = \"nye-avtaler\"");
    let changed = scratch.book();
    let (old, new) = (diagram(&before, "e-faktura"), diagram(&changed, "e-faktura"));
    assert_ne!(old, new);
    let to = |svg: &str, id: &str| count(svg, &format!("data-to=\"{id}\""));
    assert_eq!(to(new, "utenfor-virkeomradet"), to(old, "utenfor-virkeomradet") - 1);
    assert_eq!(to(new, "nye-avtaler"), to(old, "nye-avtaler") + 1);
    assert_eq!(
        diagram(&before, "altinn"),
        diagram(&changed, "altinn"),
        "other trees stay as they were"
    );
    // An outcome added to a branch: a new box, a new line, a new section with its quote.
    scratch.edit(
        file,
        "nei = \"@privat-gjelder-ikke\"",
        "nei = [\"@privat-gjelder-ikke\", \"@ny-anbefaling\"]",
    );
    let outcome = "\n[outcome.ny-anbefaling]\nverdict = \"anbefaling\"\ntitle = { nb = \"Et nytt utfall for prøven\", nn = \"Eit nytt utfall\", en = \"A new outcome\" }\ntext = { nb = \"Ny tekst.\", nn = \"Ny tekst.\", en = \"New text.\" }\ncites = [\"1-10-anbefaling-ehf-naeringsdrivende\"]\n\n[outcome.elma]";
    scratch.edit(file, "\n[outcome.elma]", outcome);
    let added = scratch.book();
    let svg = diagram(&added, "e-faktura");
    assert_eq!(
        count(svg, "<g class=\"outcome\""),
        count(new, "<g class=\"outcome\"") + 1
    );
    assert_eq!(count(svg, "data-to=\"ny-anbefaling\""), 1);
    assert!(svg.contains(">Et nytt utfall for prøven</text>"));
    let text = chapter(&added, "e-faktura");
    assert!(text.contains("id=\"veiviser-e-faktura-utfall-ny-anbefaling\""));
    assert!(
        text.contains("gir utfallet «Et nytt utfall for prøven» (Anbefaling)"),
        "the text flow names it too"
    );
}

fn fixed_day() -> Date {
    Date::new(2026, 12, 2).expect("a date")
}

#[test]
fn a_signoff_holds_until_a_cited_paragraph_changes() {
    let scratch = Scratch::new("signoff");
    let never = chapter(&scratch.book(), "e-faktura").to_string();
    assert!(never.contains("Aldri godkjent"), "{never}");
    let record = sign_off(
        &scratch.0,
        "e-faktura",
        "Kari Nordmann, Digitaliseringsdirektoratet",
        fixed_day(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        record.starts_with("[[signoff]]\nby = \"Kari Nordmann, Digitaliseringsdirektoratet\"\ndate = \"2026-12-02\"\n")
    );
    let signed = scratch.book();
    let expected = "Godkjent av Kari Nordmann, Digitaliseringsdirektoratet 2026-12-02, utgave id2569983";
    assert!(chapter(&signed, "e-faktura").contains(expected));
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
            .find(|t| t.id == "e-faktura")
            .expect("the tree")
            .clone();
        fingerprint(root, &content, &tree).expect("a fingerprint")
    };
    let signed_print = print(root);
    assert!(record.ends_with(&format!("fingerprint = \"{signed_print}\"\n")));
    scratch.edit(
        "content/veivisere/e-faktura.toml",
        "\nstart = ",
        "\n# A comment.\nstart = ",
    );
    assert_eq!(print(root), signed_print);
    // The circular's words change under a paragraph the tree cites.
    scratch.edit("content/rundskriv/20-punkt-1-10.md", "ELMA", "ELMA-registeret");
    assert_ne!(print(root), signed_print);
    let changed = scratch.book();
    assert!(chapter(&changed, "e-faktura")
        .to_lowercase()
        .contains("endret siden godkjenning"));
    assert!(changed.contains("<td class=\"state state-changed\">Endret siden godkjenning av Kari Nordmann"));
    assert!(chapter(&changed, "altinn").contains("Aldri godkjent"));
}

#[test]
fn a_signoff_of_an_unknown_tree_or_by_nobody_is_refused() {
    let scratch = Scratch::new("refused");
    let error = sign_off(&scratch.0, "e-fakturaer", "Kari", fixed_day()).expect_err("no such tree");
    assert!(error.starts_with("no tree `e-fakturaer`; the trees are: "), "{error}");
    let error = sign_off(&scratch.0, "e-faktura", "  ", fixed_day()).expect_err("nobody");
    assert!(error.contains("who signs off"), "{error}");
    let quoted = sign_off(&scratch.0, "e-faktura", "Ola \"Nordmann\" \\ IT", fixed_day()).expect("quotes are escaped");
    assert!(quoted.contains(r#"by = "Ola \"Nordmann\" \\ IT""#), "{quoted}");
    assert!(scratch.book().contains("Godkjent av Ola &quot;Nordmann&quot; \\ IT"));
}
