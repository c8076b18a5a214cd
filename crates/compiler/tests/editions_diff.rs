//! The diff between two editions on small circulars written by hand: the cases the test edition
//! has (a point renumbered, a krav sentence changed, a point added, a paragraph removed, a link
//! changed) and the matching rules around them.

use rundskriv_compiler::editions::diff::{diff_editions, word_edits, BlockChange, LinkChange, PointChange, WordEdit};
use rundskriv_compiler::parse::section::parse_section;
use rundskriv_compiler::parse::section_types::Section;
use rundskriv_compiler::source::SourceFile;

const ALTINN: &str = "Virksomheten skal bruke [Altinn](https://www.altinn.no/) for tjenester til næringslivet.";

/// A point of chapter 1 with a krav part holding `body` (paragraphs ending in `{#slug}`).
fn point(id: &str, number: &str, concept: &str, body: &str) -> Section {
    let text = format!(
        "---\nid: {id}\nkind: point\nnumber: {number}\nconcept: {concept}\nchapter: 1\ntitle: Punktet om {concept}\n---\n\n## Krav {{#krav}}\n\n{body}\n"
    );
    parse_section(&SourceFile::new(format!("content/rundskriv/{id}.md"), text)).expect("a valid point")
}

fn background(body: &str) -> Section {
    let text = format!("---\nid: bakgrunn\nkind: section\ntitle: Bakgrunn\n---\n\n{body}\n");
    parse_section(&SourceFile::new("content/rundskriv/02-bakgrunn.md", text)).expect("a valid section")
}

/// Today's little circular: background, 1.6 with two krav paragraphs, 1.8 with one.
fn edition() -> Vec<Section> {
    vec![
        background("Regjeringen la frem en melding.[^1] {#melding}\n\n[^1]: Meld. St. 27 (2015-2016)"),
        point(
            "1-6",
            "1.6",
            "felleskomponenter",
            &format!("{ALTINN} {{#altinn}}\n\nVirksomheten skal bruke ID-porten. {{#id-porten}}\n\nDet gjelder også nye tjenester. {{#nye}}"),
        ),
        point("1-8", "1.8", "informasjonssikkerhet", "Virksomheten skal ha et styringssystem. {#styring}"),
    ]
}

/// What happened to each block, as `kind id`, to assert on in one line.
fn summary(change: &PointChange) -> Vec<String> {
    let line = |block: &BlockChange| match block {
        BlockChange::Added(b) => format!("added {}", b.id),
        BlockChange::Removed(b) => format!("removed {}", b.id),
        BlockChange::Changed { older, newer, .. } => format!("changed {} {}", older.id, newer.id),
        BlockChange::Moved { newer, from, .. } => format!("moved {} from {}", newer.id, from.id),
    };
    change.blocks.iter().map(line).collect()
}

#[test]
fn identical_editions_have_no_changes() {
    assert!(diff_editions(&edition(), &edition()).is_empty());
}

#[test]
fn a_renumbered_point_is_renumbered_and_nothing_else() {
    let mut newer = edition();
    newer[2] = point(
        "1-8",
        "1.13",
        "informasjonssikkerhet",
        "Virksomheten skal ha et styringssystem. {#styring}",
    );
    let older = edition();
    let changes = diff_editions(&older, &newer);
    assert_eq!(changes.len(), 1);
    let change = &changes[0];
    assert_eq!(change.key(), "informasjonssikkerhet");
    assert_eq!(change.renumbered(), Some(("1.8", "1.13")));
    assert!(change.blocks.is_empty(), "{:?}", summary(change));
    assert!(!change.added() && !change.removed());
}

#[test]
fn a_changed_krav_sentence_shows_exactly_the_words_removed_and_added() {
    let mut newer = edition();
    newer[1].blocks[3].text = "Virksomheten bør bruke ID-porten og eIDAS.".to_string();
    let older = edition();
    let changes = diff_editions(&older, &newer);
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].key(), "felleskomponenter");
    assert_eq!(summary(&changes[0]), ["changed 1-6-krav-id-porten 1-6-krav-id-porten"]);
    let BlockChange::Changed { words, links, .. } = &changes[0].blocks[0] else {
        unreachable!()
    };
    assert_eq!(
        words,
        &[
            WordEdit::Same("Virksomheten ".into()),
            WordEdit::Removed("skal".into()),
            WordEdit::Added("bør".into()),
            // A full stop is a word of its own: the words put in before it are all that is new.
            WordEdit::Same(" bruke ID-porten".into()),
            WordEdit::Added(" og eIDAS".into()),
            WordEdit::Same(".".into()),
        ]
    );
    assert!(links.is_empty());
}

#[test]
fn an_added_point_is_added_with_its_blocks_in_the_newer_order() {
    let mut newer = edition();
    newer.insert(2, point("1-7", "1.7", "deling", "Virksomheten skal dele data. {#dele}"));
    let older = edition();
    let changes = diff_editions(&older, &newer);
    assert_eq!(changes.len(), 1);
    let change = &changes[0];
    assert!(change.added() && !change.removed());
    assert_eq!((change.key(), change.renumbered()), ("deling", None));
    assert_eq!(summary(change), ["added 1-7", "added 1-7-krav", "added 1-7-krav-dele"]);
}

#[test]
fn a_removed_paragraph_is_removed_where_it_stood() {
    let mut newer = edition();
    newer[1].blocks.remove(3);
    let older = edition();
    let changes = diff_editions(&older, &newer);
    assert_eq!(changes.len(), 1);
    assert_eq!(summary(&changes[0]), ["removed 1-6-krav-id-porten"]);
    // Removed next to new ones, it comes before the first block that follows it in the older point.
    newer[1].blocks.insert(
        2,
        point("1-6", "1.6", "x", "Helt ny tekst om noe annet. {#ny}")
            .blocks
            .remove(2),
    );
    let changes = diff_editions(&older, &newer);
    assert_eq!(
        summary(&changes[0]),
        ["added 1-6-krav-ny", "removed 1-6-krav-id-porten"]
    );
}

#[test]
fn a_changed_link_target_is_a_change_with_the_same_words() {
    let newer = {
        let body = ALTINN.replace("https://www.altinn.no/", "https://info.altinn.no/");
        let mut newer = edition();
        newer[1] = point("1-6", "1.6", "felleskomponenter", &format!("{body} {{#altinn}}\n\nVirksomheten skal bruke ID-porten. {{#id-porten}}\n\nDet gjelder også nye tjenester. {{#nye}}"));
        newer
    };
    let older = edition();
    let changes = diff_editions(&older, &newer);
    assert_eq!(summary(&changes[0]), ["changed 1-6-krav-altinn 1-6-krav-altinn"]);
    let BlockChange::Changed {
        newer, words, links, ..
    } = &changes[0].blocks[0]
    else {
        unreachable!()
    };
    assert_eq!(words, &[WordEdit::Same(newer.text.clone())]);
    let link = LinkChange {
        text: "Altinn".into(),
        older: Some("https://www.altinn.no/".into()),
        newer: Some("https://info.altinn.no/".into()),
    };
    assert_eq!(links, &[link]);
}

#[test]
fn a_link_added_or_removed_is_a_link_change() {
    let body = |text: &str| point("1-8", "1.8", "informasjonssikkerhet", &format!("{text} {{#styring}}"));
    let older = vec![body("Virksomheten skal ha et styringssystem.")];
    let newer = vec![body(
        "Virksomheten skal ha et [styringssystem](https://www.digdir.no/).",
    )];
    let changes = diff_editions(&older, &newer);
    let BlockChange::Changed { links, .. } = &changes[0].blocks[0] else {
        panic!("{:?}", summary(&changes[0]))
    };
    assert_eq!(
        links,
        &[LinkChange {
            text: "styringssystem".into(),
            older: None,
            newer: Some("https://www.digdir.no/".into())
        }]
    );
    let changes = diff_editions(&newer, &older);
    let BlockChange::Changed { links, .. } = &changes[0].blocks[0] else {
        panic!("{:?}", summary(&changes[0]))
    };
    assert_eq!(
        links,
        &[LinkChange {
            text: "styringssystem".into(),
            older: Some("https://www.digdir.no/".into()),
            newer: None
        }]
    );
}

#[test]
fn a_new_id_on_a_like_paragraph_is_a_change_and_on_another_an_addition() {
    let mut newer = edition();
    newer[1].blocks[4].id = "1-6-krav-nye-tjenester".to_string();
    newer[1].blocks[4].text = "Det gjelder også alle nye tjenester.".to_string();
    let older = edition();
    let changes = diff_editions(&older, &newer);
    assert_eq!(summary(&changes[0]), ["changed 1-6-krav-nye 1-6-krav-nye-tjenester"]);
    newer[1].blocks[4].text = "Kommunene er ikke omfattet.".to_string();
    let changes = diff_editions(&older, &newer);
    assert_eq!(
        summary(&changes[0]),
        ["removed 1-6-krav-nye", "added 1-6-krav-nye-tjenester"]
    );
}

#[test]
fn a_block_moved_to_another_point_is_moved_there_and_not_removed() {
    let older = edition();
    let mut newer = edition();
    let moved = newer[1].blocks.remove(4);
    newer[2].blocks.push(moved);
    let changes = diff_editions(&older, &newer);
    // The point it left lost nothing else: only the point it came to is listed.
    assert_eq!(changes.len(), 1);
    assert_eq!(summary(&changes[0]), ["moved 1-6-krav-nye from 1-6"]);
    // Under an id of its new point, it is found by its words.
    newer[2].blocks[3].id = "1-8-krav-nye".to_string();
    let changes = diff_editions(&older, &newer);
    assert_eq!(summary(&changes[0]), ["moved 1-8-krav-nye from 1-6"]);
    // Changed on the way, it is a change, shown where it is now.
    newer[2].blocks[3].id = "1-6-krav-nye".to_string();
    newer[2].blocks[3].text = "Det gjelder også gamle tjenester.".to_string();
    let changes = diff_editions(&older, &newer);
    assert_eq!((changes.len(), changes[0].key()), (1, "informasjonssikkerhet"));
    assert_eq!(summary(&changes[0]), ["changed 1-6-krav-nye 1-6-krav-nye"]);
}

#[test]
fn a_footnote_and_a_section_outside_the_points_are_compared_too() {
    let older = edition();
    let mut newer = edition();
    newer[0] = background("Regjeringen la frem en melding.[^1] {#melding}\n\n[^1]: Meld. St. 27 (2015–2016)");
    let changes = diff_editions(&older, &newer);
    assert_eq!(changes.len(), 1);
    assert_eq!((changes[0].key(), changes[0].renumbered()), ("bakgrunn", None));
    assert_eq!(summary(&changes[0]), ["changed bakgrunn-fotnote-1 bakgrunn-fotnote-1"]);
}

#[test]
fn a_removed_point_comes_after_the_newer_edition_s_points() {
    let older = edition();
    let mut newer = edition();
    newer.remove(1);
    newer[1].blocks[2].text = "Virksomheten skal ha et godt styringssystem.".to_string();
    let changes = diff_editions(&older, &newer);
    let keys: Vec<_> = changes.iter().map(|c| (c.key(), c.removed())).collect();
    assert_eq!(keys, [("informasjonssikkerhet", false), ("felleskomponenter", true)]);
    assert_eq!(changes[1].blocks.len(), older[1].blocks.len());
    assert!(changes[1].blocks.iter().all(|b| matches!(b, BlockChange::Removed(_))));
}

#[test]
fn word_edits_rebuild_both_texts() {
    let pairs = [
        (
            "Virksomheten skal bruke ID-porten.",
            "Virksomheten bør  ta i bruk ID-porten nå.",
        ),
        ("", "Ny tekst."),
        ("Gammel tekst.", ""),
        ("a b c d", "x b y d z"),
    ];
    for (older, newer) in pairs {
        let edits = word_edits(older, newer);
        let side = |keep: fn(&WordEdit) -> Option<&str>| edits.iter().filter_map(keep).collect::<String>();
        let old_side = side(|e| match e {
            WordEdit::Same(t) | WordEdit::Removed(t) => Some(t),
            WordEdit::Added(_) => None,
        });
        let new_side = side(|e| match e {
            WordEdit::Same(t) | WordEdit::Added(t) => Some(t),
            WordEdit::Removed(_) => None,
        });
        assert_eq!((old_side.as_str(), new_side.as_str()), (older, newer), "{edits:?}");
        // Runs are joined: no two edits of one kind stand next to each other.
        assert!(
            edits
                .windows(2)
                .all(|w| std::mem::discriminant(&w[0]) != std::mem::discriminant(&w[1])),
            "{edits:?}"
        );
    }
}
