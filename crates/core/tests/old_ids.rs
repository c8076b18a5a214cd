//! The ids of before issue #14 (`1-6-krav-altinn`, a point `1-6`) still find their block, and
//! every block of a numbered point gives its old id back; the whole list of old addresses is
//! walked in `addresses.rs`.

use rundskriv_core::content::{block_id, section_by_key, section_id, BlockId, BLOCKS};
use rundskriv_core::route::{Anchor, Route};

fn new(id: &str) -> BlockId {
    BLOCKS.find(|b| b.id() == id).expect("today's id")
}

#[test]
fn an_old_id_leads_to_the_block_that_had_it() {
    assert_eq!(block_id("1-6-krav-altinn"), Some(new("felleskomponenter-krav-altinn")));
    assert_eq!(block_id("1-6"), Some(new("felleskomponenter")));
    assert_eq!(block_id("1-6-krav"), Some(new("felleskomponenter-krav")));
    assert_eq!(block_id("1-10-fotnote-2"), Some(new("elektronisk-faktura-fotnote-2")));
    assert_eq!(block_id("1-1-krav-altinn"), Some(new("brukeren-i-sentrum-krav-altinn")));
    assert_eq!(block_id("1-6-krav-finnes-ikke"), None);
    assert_eq!(block_id("9-9-krav-altinn"), None);
    assert_eq!(section_by_key("1-12").map(|s| s.id), Some("skytjenester"));
}

#[test]
fn every_block_of_a_numbered_point_gets_back_its_old_id() {
    let mut old_ids = 0;
    for (index, block) in BLOCKS.iter().enumerate() {
        let Some(old) = block.old_id() else {
            assert!(block.section().concept.is_empty(), "{} has no old id", block.id());
            continue;
        };
        assert!(old.starts_with(&block.section().number.replace('.', "-")), "{old}");
        assert_eq!(block_id(&old), Some(BlockId(index as u16)), "{old}");
        old_ids += 1;
    }
    assert!(old_ids > 100, "{old_ids}");
}

#[test]
fn a_paragraph_s_old_id_opens_it_and_the_app_links_it_by_its_new_one() {
    // Until issue #14 ids began with the point's number (`1-6-…`); links with them were pasted.
    let altinn = Route::block(block_id("felleskomponenter-krav-altinn").unwrap());
    for old in [
        "#/punkt/1.6/1-6-krav-altinn",
        "#/punkt/felleskomponenter/1-6-krav-altinn",
        "#/punkt/1-6/1-6-krav-altinn",
    ] {
        assert_eq!(Route::parse(old), altinn, "{old}");
    }
    assert_eq!(altinn.href(), "#/punkt/1.6/felleskomponenter-krav-altinn");
    let Route::Whole { block: Some(anchor) } = Route::parse("#/hele/1-10-fotnote-2") else {
        panic!("the whole circular at a footnote");
    };
    assert_eq!(anchor.element_id(), "elektronisk-faktura-fotnote-2");
    assert_eq!(
        Route::parse("#/punkt/1.6/1-6-krav-finnes-ikke"),
        Route::Section {
            section: section_id("1.6").unwrap(),
            block: Some(Anchor::Missing("1-6-krav-finnes-ikke".into()))
        }
    );
}
