//! What the review book's tests share: a copy of the content with a test tree of their own, and
//! ways to find a tree's chapter and diagram in a book.

use rundskriv_tools::book::{content, render};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A copy of the repository's `content/` with the test tree `prove-bok` (fixtures/) added, with its facts and scenarios, to
/// change; removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let root = std::env::temp_dir().join(format!("rundskriv-book-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("a temporary folder");
        let copied = Command::new("cp")
            .arg("-R")
            .arg(repository().join("content"))
            .arg(&root)
            .status();
        assert!(copied.is_ok_and(|s| s.success()), "content/ copied");
        let scratch = Scratch(root);
        let edition = content(&scratch.0).expect("the content compiles").edition.id;
        let tree = include_str!("../fixtures/prove-bok.toml").replace("EDITION", &edition);
        let trees = scratch.0.join("content/veivisere");
        std::fs::write(trees.join("prove-bok.toml"), tree).expect("the test tree");
        std::fs::write(
            trees.join("fakta-prove-bok.toml"),
            include_str!("../fixtures/fakta-prove-bok.toml"),
        )
        .expect("facts");
        let scenarios = include_str!("../fixtures/prove-bok-scenarier.toml");
        std::fs::write(trees.join("scenarier/prove-bok.toml"), scenarios).expect("the test tree's scenarios");
        scratch
    }

    pub fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).expect("a file of the copy");
        assert!(text.contains(from), "`{from}` not in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("the copy is writable");
    }

    pub fn book(&self) -> String {
        render(&self.0, "gjennomgang.css", "./").unwrap_or_else(|e| panic!("{e}"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The SVG of tree `tree` in `book`.
pub fn diagram<'a>(book: &'a str, tree: &str) -> &'a str {
    let title = format!("<title id=\"veiviser-{tree}-diagram-title\">");
    let at = book.find(&title).unwrap_or_else(|| panic!("no diagram of {tree}"));
    let start = book[..at].rfind("<svg").expect("the diagram's start");
    let end = at + book[at..].find("</svg>").expect("the diagram's end");
    &book[start..end]
}

/// The chapter of tree `tree` in `book`.
pub fn chapter<'a>(book: &'a str, tree: &str) -> &'a str {
    let start = book
        .find(&format!("<article class=\"tree\" id=\"veiviser-{tree}\""))
        .expect("the chapter");
    let end = start + book[start..].find("</article>").expect("the chapter's end");
    &book[start..end]
}

pub fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}
