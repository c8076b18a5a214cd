//! Groups a section's flat blocks into what a page shows: parts (krav, anbefaling, veiledning),
//! paragraphs, lists and footnotes. Pure, so the reader's structure is tested natively.

use crate::content::{BlockId, BlockKind, PartKind, Section};

/// A paragraph, or a run of list items shown as one list.
#[derive(Debug, PartialEq, Eq)]
pub enum Item {
    Paragraph(BlockId),
    List { ordered: bool, items: Vec<BlockId> },
}

/// The text under one part heading; the first part of a page may have no heading.
#[derive(Debug, PartialEq, Eq)]
pub struct Part {
    pub kind: PartKind,
    pub heading: Option<BlockId>,
    pub items: Vec<Item>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Page {
    pub title: BlockId,
    pub parts: Vec<Part>,
    pub footnotes: Vec<BlockId>,
}

pub fn layout(section: &Section) -> Page {
    let mut page = Page {
        title: section.title_block(),
        parts: Vec::new(),
        footnotes: Vec::new(),
    };
    for (index, block) in section.blocks_with_ids().skip(1) {
        match block.kind {
            BlockKind::Title => {}
            BlockKind::Footnote(_) => page.footnotes.push(index),
            BlockKind::PartHeading => page.parts.push(Part {
                kind: block.part,
                heading: Some(index),
                items: Vec::new(),
            }),
            BlockKind::Paragraph | BlockKind::Bullet | BlockKind::Numbered(_) => {
                if page.parts.is_empty() {
                    page.parts.push(Part {
                        kind: PartKind::None,
                        heading: None,
                        items: Vec::new(),
                    });
                }
                let items = &mut page.parts.last_mut().expect("pushed above").items;
                let ordered = matches!(block.kind, BlockKind::Numbered(_));
                match (block.kind, items.last_mut()) {
                    (BlockKind::Paragraph, _) => items.push(Item::Paragraph(index)),
                    (
                        _,
                        Some(Item::List {
                            ordered: o,
                            items: list,
                        }),
                    ) if *o == ordered => list.push(index),
                    _ => items.push(Item::List {
                        ordered,
                        items: vec![index],
                    }),
                }
            }
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{section_by_key, BLOCKS};

    #[test]
    fn a_point_has_its_parts_in_printed_order() {
        let page = layout(section_by_key("1.6").unwrap());
        let kinds: Vec<PartKind> = page.parts.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PartKind::Krav, PartKind::Anbefaling]);
        assert_eq!(
            BLOCKS[page.title].text(),
            "Bruk nasjonale felleskomponenter og fellesløsninger"
        );
    }

    #[test]
    fn bullets_become_one_list_and_numbered_items_keep_their_numbers() {
        let changes = layout(section_by_key("endringer").unwrap());
        let lists: Vec<&Item> = changes.parts[0]
            .items
            .iter()
            .filter(|i| matches!(i, Item::List { .. }))
            .collect();
        assert_eq!(lists.len(), 1);
        let principles = layout(section_by_key("2.1").unwrap());
        let numbered = principles
            .parts
            .iter()
            .flat_map(|p| &p.items)
            .find_map(|i| match i {
                Item::List { ordered: true, items } => Some(items),
                _ => None,
            })
            .expect("2.1 lists five principles");
        assert_eq!(numbered.len(), 5);
        assert_eq!(BLOCKS[numbered[4]].kind, BlockKind::Numbered(5));
    }

    #[test]
    fn footnotes_are_kept_apart_from_the_text() {
        let page = layout(section_by_key("1.10").unwrap());
        assert_eq!(page.footnotes.len(), 3);
    }
}
