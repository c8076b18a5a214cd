//! The review book (gjennomgangsbok): every decision tree as a printable page in bokmål for the
//! policy owner who reviews and signs them off, made at build time from the content (so it can be
//! made from any copy of it, as the tests do). docs/review-book.md says what it shows.

mod anchors;
mod chapter;
pub mod diagram;
mod edition_flags;
pub mod fingerprint;
mod flow;
mod labels;
mod outcomes;
mod quote;
mod scenarios;
pub mod signoff_state;
pub mod texts;

use anchors::tree_anchor;
use chapter::chapter;
use rundskriv_compiler::editions::folders::newest_dir_from_env;
use rundskriv_compiler::{read_content_in, Content};
use rundskriv_core::export::static_page::escape;
use rundskriv_core::ui_strings::Lang;
use signoff_state::State;
use std::fmt::Write as _;
use std::path::Path;
use texts::{fill, Texts};

/// The content under `root` read and checked, or every mistake, one a line.
pub fn content(root: &Path) -> Result<Content, String> {
    content_in(root, &newest_dir_from_env())
}

/// The same, with the newest edition in `newest_dir`.
pub fn content_in(root: &Path, newest_dir: &str) -> Result<Content, String> {
    read_content_in(root, newest_dir)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
}

/// The book's HTML, linking `stylesheet` and the app at `app`.
pub fn render(root: &Path, stylesheet: &str, app: &str) -> Result<String, String> {
    render_in(root, &newest_dir_from_env(), stylesheet, app)
}

/// The book's HTML with the newest edition in `newest_dir`.
pub fn render_in(root: &Path, newest_dir: &str, stylesheet: &str, app: &str) -> Result<String, String> {
    let content = content_in(root, newest_dir)?;
    let texts = Texts::read(root).map_err(|e| e.to_string())?;
    let mut fingerprints = Vec::new();
    for tree in &content.trees.trees {
        fingerprints.push(fingerprint::fingerprint(root, &content, tree)?);
    }
    let states: Vec<State> = content
        .trees
        .trees
        .iter()
        .zip(&fingerprints)
        .map(|(tree, print)| State::of(&tree.signoffs, print, &content.edition.id))
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>{}</title>\n<link rel=\"icon\" href=\"icon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"{}\">\n</head>\n<body>",
        escape(&texts.title),
        escape(stylesheet)
    );
    let edition = fill(
        &texts.edition,
        &[
            ("replaces", &content.edition.replaces),
            ("edition", &content.edition.id),
        ],
    );
    let _ = writeln!(
        out,
        "<header class=\"book-header\">\n<p class=\"app-link\"><a href=\"{}\">{}</a></p>\n<h1>{}</h1>\n<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n</header>\n<main>",
        escape(app),
        escape(&texts.app_link),
        escape(&texts.title),
        escape(&texts.lead),
        escape(&edition),
        escape(&texts.marking)
    );
    contents(&mut out, &content, &texts);
    summary(&mut out, &content, &states, &texts);
    edition_flags::edition_flags(&mut out, &content, &texts);
    for (tree, state) in content.trees.trees.iter().zip(&states) {
        chapter(&mut out, &content, tree, state, &texts);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    Ok(out)
}

fn tree_link(id: &str, title: &str) -> String {
    format!("<a href=\"#{}\">{}</a>", tree_anchor(id), escape(title))
}

fn contents(out: &mut String, content: &Content, texts: &Texts) {
    let _ = writeln!(
        out,
        "<nav class=\"contents\" aria-labelledby=\"innhold\">\n<h2 id=\"innhold\">{}</h2>\n<ol>",
        escape(&texts.contents)
    );
    for tree in &content.trees.trees {
        let _ = writeln!(out, "<li>{}</li>", tree_link(&tree.id, &tree.title[Lang::Nb]));
    }
    out.push_str("</ol>\n</nav>\n");
}

/// Every tree's sign-off state, in one table at the front.
fn summary(out: &mut String, content: &Content, states: &[State], texts: &Texts) {
    let _ = writeln!(
        out,
        "<section class=\"summary\" aria-labelledby=\"godkjenninger\">\n<h2 id=\"godkjenninger\">{}</h2>\n<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(&texts.summary_title),
        escape(&texts.summary_caption),
        escape(&texts.summary_tree),
        escape(&texts.summary_state)
    );
    for (tree, state) in content.trees.trees.iter().zip(states) {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"{}\">{}</td></tr>",
            tree_link(&tree.id, &tree.title[Lang::Nb]),
            state.class(),
            escape(&state.text(texts))
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
