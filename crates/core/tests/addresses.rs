//! Every address in use on 2026-12-02 still opens the same place: each point by number, id and
//! concept, each paragraph in its point and in the whole circular (by its id, checked by its
//! text), the static page's anchors, each tree and each page. The list is
//! `tests/fixtures/addresses.txt`, written once from that day's content. It is never written
//! again: when ids stop being made from point numbers (issue #14) or a new edition renumbers the
//! points, these are the links people have pasted into case documents, and they must keep
//! resolving. Add new addresses at the end; never change a line.
//!
//! (The file was made with `RUNDSKRIV_WRITE_ADDRESSES=1 cargo test -p rundskriv-core --test
//! addresses`, which refuses to overwrite it.)
//!
//! The list names each place by the id it had that day. A point's id was then its number
//! (`1-6`, its paragraphs `1-6-krav-altinn`); since issue #14 it is its concept. The test renames
//! an expected id by the frozen numbers of that day (`content/adresser.toml`, read here on its
//! own) and still checks the paragraph by the hash of its text: the same words, not just an id.

use rundskriv_core::content::{block_id, pages, BLOCKS, SECTIONS};
use rundskriv_core::route::{Anchor, Route};
use rundskriv_core::trees::TREES;
use rundskriv_model::checksum::fnv1a;
use std::path::Path;

const LIST: &str = "tests/fixtures/addresses.txt";

/// One address and where it must lead.
#[derive(Debug, PartialEq)]
enum Place {
    Section(String),
    /// A paragraph's id and the FNV-1a hash of its text.
    Paragraph(String, u64),
    Tree(String),
    Page(String),
}

impl Place {
    fn line(&self, address: &str) -> String {
        match self {
            Place::Section(id) => format!("{address}\tsection\t{id}"),
            Place::Paragraph(id, hash) => format!("{address}\tparagraph\t{id}\t{hash:016x}"),
            Place::Tree(id) => format!("{address}\ttree\t{id}"),
            Place::Page(name) => format!("{address}\tpage\t{name}"),
        }
    }

    fn read(line: &str) -> (String, Place) {
        let fields: Vec<&str> = line.split('\t').collect();
        let place = match fields[1..] {
            ["section", id] => Place::Section(id.into()),
            ["paragraph", id, hash] => Place::Paragraph(id.into(), u64::from_str_radix(hash, 16).expect("a hash")),
            ["tree", id] => Place::Tree(id.into()),
            ["page", name] => Place::Page(name.into()),
            _ => panic!("{LIST}: cannot read {line:?}"),
        };
        (fields[0].to_string(), place)
    }
}

fn paragraph(id: &str) -> Place {
    let block = &BLOCKS[block_id(id).expect("a block of today's content")];
    Place::Paragraph(block.id(), fnv1a(block.text().as_bytes()))
}

impl Place {
    /// The place under today's ids: a point's number prefix (`1-6`) becomes its concept.
    fn renamed(self, concepts: &[(String, String)]) -> Place {
        let rename = |id: String| {
            concepts
                .iter()
                .find_map(|(old, concept)| {
                    let tail = id.strip_prefix(old.as_str())?;
                    (tail.is_empty() || tail.starts_with('-')).then(|| format!("{concept}{tail}"))
                })
                .unwrap_or(id)
        };
        match self {
            Place::Section(id) => Place::Section(rename(id)),
            Place::Paragraph(id, hash) => Place::Paragraph(rename(id), hash),
            other => other,
        }
    }
}

/// The points of 2026-12-02 as (old section id, concept): `("1-6", "felleskomponenter")`.
fn frozen_concepts() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/adresser.toml");
    let table = std::fs::read_to_string(path).expect("content/adresser.toml");
    table
        .lines()
        .filter_map(|line| {
            let (number, concept) = line.split_once(" = ")?;
            let number = number.trim().strip_prefix('"')?.strip_suffix('"')?;
            let concept = concept.trim().strip_prefix('"')?.strip_suffix('"')?;
            Some((number.replace('.', "-"), concept.to_string()))
        })
        .collect()
}

/// Where `address` leads today.
fn resolve(address: &str, static_page: &str) -> Option<Place> {
    if let Some(anchor) = address.strip_prefix("rundskrivet.html#") {
        // The plain page's anchors are the paragraphs' ids, as elements of the page.
        return static_page
            .contains(&format!(" id=\"{anchor}\""))
            .then(|| block_id(anchor).map(|b| paragraph(&BLOCKS[b].id())))?;
    }
    let block = |anchor: &Option<Anchor>| match anchor {
        Some(Anchor::Block(b)) => Some(paragraph(&BLOCKS[*b].id())),
        _ => None,
    };
    Some(match Route::parse(address) {
        Route::Section { section, block: None } => Place::Section(SECTIONS[section].id.into()),
        Route::Section { block: anchor, .. }
        | Route::Whole {
            block: anchor @ Some(_),
        } => block(&anchor)?,
        Route::Tree(tree) if tree.edit.is_none() => Place::Tree(TREES[tree.tree].id.into()),
        Route::Start => Place::Page("start".into()),
        Route::Contents => Place::Page("innhold".into()),
        Route::Whole { block: None } => Place::Page("hele".into()),
        Route::Search { query } if query.is_empty() => Place::Page("sok".into()),
        Route::Accessibility => Place::Page("tilgjengelighet".into()),
        Route::Assessment(assessment) => Place::Page(format!("egenvurdering/{:?}", assessment.view).to_lowercase()),
        _ => return None,
    })
}

/// Today's addresses: what the app, its exports, the static page and the review book link to.
fn todays_addresses() -> Vec<String> {
    let mut list: Vec<String> = [
        "#/",
        "#/innhold",
        "#/hele",
        "#/sok",
        "#/tilgjengelighet",
        "#/egenvurdering",
    ]
    .map(String::from)
    .into();
    list.extend(["#/egenvurdering/oppsummering", "#/egenvurdering/resultat"].map(String::from));
    for section in pages() {
        list.push(format!("#/punkt/{}", section.route_key()));
        list.push(format!("#/punkt/{}", section.id));
        if !section.concept.is_empty() {
            list.push(format!("#/punkt/{}", section.concept));
        }
        for block in section.blocks() {
            list.push(format!("#/punkt/{}/{}", section.route_key(), block.id()));
        }
    }
    for block in BLOCKS.iter() {
        list.push(format!("#/hele/{}", block.id()));
        list.push(format!("rundskrivet.html#{}", block.id()));
    }
    for tree in TREES.iter() {
        list.push(format!("#/veiviser/{}", tree.id));
    }
    list.dedup();
    list
}

fn static_page() -> String {
    rundskriv_core::export::static_page::render("app.css", "./")
}

#[test]
fn every_address_in_use_on_2026_12_02_opens_the_same_place() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(LIST);
    let page = static_page();
    if std::env::var_os("RUNDSKRIV_WRITE_ADDRESSES").is_some() && !path.exists() {
        let lines: Vec<String> = todays_addresses()
            .iter()
            .map(|address| {
                resolve(address, &page)
                    .expect("today's addresses resolve")
                    .line(address)
            })
            .collect();
        std::fs::write(&path, lines.join("\n") + "\n").expect("the list written");
    }
    let list = std::fs::read_to_string(&path).expect("tests/fixtures/addresses.txt");
    let concepts = frozen_concepts();
    assert_eq!(concepts.len(), 17, "every point of 2026-12-02 in content/adresser.toml");
    let mut checked = 0;
    for line in list.lines().filter(|line| !line.is_empty()) {
        let (address, expected) = Place::read(line);
        assert_eq!(
            resolve(&address, &page),
            Some(expected.renamed(&concepts)),
            "{address} no longer opens what it did"
        );
        checked += 1;
    }
    // Every point by number, id and concept (17 + 3 unnumbered sections), each of today's 177
    // paragraphs three ways, 21 trees and 8 pages: the list is whole, not a sample.
    assert!(checked > 3 * BLOCKS.len() + TREES.len(), "{checked} addresses");
}

#[test]
fn an_address_that_leads_nowhere_is_told_apart() {
    let page = static_page();
    assert_eq!(resolve("#/punkt/9.9", &page), None);
    assert_eq!(resolve("rundskrivet.html#finnes-ikke", &page), None);
    assert_eq!(resolve("#/punkt/1.6/finnes-ikke", &page), None);
}
