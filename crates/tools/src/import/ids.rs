//! Proposes each section's and block's id by matching the previous edition: a section by its kind
//! and title, or a point by its words when renamed; a block by its exact text in its matched
//! section's part first, then by similarity there, then anywhere (a paragraph that moved). What
//! matches nothing gets an id from its words, and is listed, as is what the previous edition had
//! that the draft has not.

use super::draft::Section;
use super::editor::{first_words, Notes, Topic};
use super::previous::{file_name, slug, Previous};
use super::similar::{slug_of, Words};
use crate::seed::normalise;
use rundskriv_compiler::parse::section_types::Section as Old;
use rundskriv_model::SectionKind;
use std::collections::BTreeSet;

/// A block this alike in its own section keeps the old block's id; elsewhere it must be more alike.
const SAME_SECTION: f64 = 0.5;
const ELSEWHERE: f64 = 0.7;

pub fn propose(sections: &mut [Section], previous: Option<&Previous>, notes: &mut Notes) {
    let old: &[Old] = previous.map_or(&[], |p| p.sections.as_slice());
    let matched = match_sections(sections, old);
    for (section, m) in sections.iter_mut().zip(&matched) {
        let prev = m.map(|i| &old[i]);
        section_ids(section, prev, notes);
    }
    let mut used: BTreeSet<(usize, usize)> = BTreeSet::new();
    // Exact text in the matched section first, for every section, so a similar block elsewhere
    // cannot take an id an exact one needs.
    for pass in 0..3 {
        for (section, m) in sections.iter_mut().zip(&matched) {
            let mut taken: BTreeSet<(&'static str, String)> = section
                .blocks
                .iter()
                .filter(|b| !b.slug.is_empty())
                .map(|b| (b.part.id(), b.slug.clone()))
                .collect();
            for block in section.blocks.iter_mut().filter(|b| b.is_text() && b.slug.is_empty()) {
                let words = Words::of(&block.text);
                let found = candidates(old, *m, pass).find_map(|(s, b)| {
                    let o = &old[s].blocks[b];
                    let fits = !used.contains(&(s, b))
                        && o.kind.is_text()
                        && !taken.contains(&(block.part.id(), slug(&old[s], o)));
                    let score = match pass {
                        0 => f64::from(u8::from(o.part == block.part && normalise(&o.text) == block.text)),
                        1 => Words::of(&o.text).dice(&words) / SAME_SECTION,
                        _ => Words::of(&o.text).dice(&words) / ELSEWHERE,
                    };
                    (fits && score >= 1.0).then_some((s, b))
                });
                if let Some((s, b)) = found {
                    used.insert((s, b));
                    block.slug = slug(&old[s], &old[s].blocks[b]);
                    taken.insert((block.part.id(), block.slug.clone()));
                    if pass == 2 {
                        notes.push(
                            Topic::Id,
                            block.line,
                            format!(
                                "«{}» takes the id of {} (moved)",
                                first_words(&block.text, 6),
                                old[s].blocks[b].id
                            ),
                        );
                    }
                }
            }
        }
    }
    for section in sections.iter_mut() {
        let mut taken: BTreeSet<(&'static str, String)> =
            section.blocks.iter().map(|b| (b.part.id(), b.slug.clone())).collect();
        for block in section.blocks.iter_mut().filter(|b| b.is_text() && b.slug.is_empty()) {
            let base = slug_of(&block.text);
            let mut slug = base.clone();
            let mut n = 2;
            while taken.contains(&(block.part.id(), slug.clone())) {
                slug = format!("{base}-{n}");
                n += 1;
            }
            taken.insert((block.part.id(), slug.clone()));
            block.slug = slug;
            if !old.is_empty() {
                notes.push(
                    Topic::Id,
                    block.line,
                    format!(
                        "new in this edition: «{}» gets the anchor `{}`",
                        first_words(&block.text, 6),
                        block.slug
                    ),
                );
            }
        }
    }
    for (s, section) in old.iter().enumerate() {
        for (b, block) in section.blocks.iter().enumerate() {
            if block.kind.is_text() && !used.contains(&(s, b)) {
                notes.push(
                    Topic::Id,
                    0,
                    format!(
                        "{} («{}») has no counterpart in the draft",
                        block.id,
                        first_words(&block.text, 6)
                    ),
                );
            }
        }
    }
}

/// The old blocks to look at in a pass: the matched section's, or in the last pass all.
fn candidates(old: &[Old], matched: Option<usize>, pass: usize) -> Box<dyn Iterator<Item = (usize, usize)> + '_> {
    match (pass, matched) {
        (2, _) => Box::new(
            old.iter()
                .enumerate()
                .flat_map(|(s, sec)| (0..sec.blocks.len()).map(move |b| (s, b))),
        ),
        (_, Some(s)) => Box::new((0..old[s].blocks.len()).map(move |b| (s, b))),
        (_, None) => Box::new(std::iter::empty()),
    }
}

/// Each draft section's previous section: the same kind and title, else (a renamed point) the
/// point whose words are most alike, at least half.
fn match_sections(sections: &[Section], old: &[Old]) -> Vec<Option<usize>> {
    let mut used = vec![false; old.len()];
    let mut out = vec![None; sections.len()];
    for (i, section) in sections.iter().enumerate() {
        let found = old
            .iter()
            .position(|o| o.kind == section.kind && o.title == section.title);
        if let Some(j) = found.filter(|&j| !used[j]) {
            used[j] = true;
            out[i] = Some(j);
        }
    }
    let unmatched: Vec<usize> = (0..sections.len()).filter(|&i| out[i].is_none()).collect();
    for i in unmatched {
        let section = &sections[i];
        let words = Words::of(
            &section
                .blocks
                .iter()
                .map(|b| b.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        let best = old
            .iter()
            .enumerate()
            .filter(|(j, o)| !used[*j] && o.kind == section.kind)
            .map(|(j, o)| {
                let text: Vec<&str> = o.blocks.iter().map(|b| b.text.as_str()).collect();
                (j, Words::of(&text.join(" ")).dice(&words))
            })
            .filter(|(_, score)| *score >= 0.5)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((j, _)) = best {
            used[j] = true;
            out[i] = Some(j);
        }
    }
    out
}

/// The section's id, concept and file from its previous section; a chapter's id follows its
/// number, a point's is its concept, so a renumbered point keeps its id (docs/editions.md).
fn section_ids(section: &mut Section, prev: Option<&Old>, notes: &mut Notes) {
    if let Some(p) = prev {
        section.file = file_name(p);
    }
    section.id = match section.kind {
        SectionKind::Chapter => format!("kapittel-{}", section.number),
        SectionKind::Point => {
            section.concept = concept(section, prev, notes);
            section.concept.clone()
        }
        _ => prev.map_or_else(|| slug_of(&section.title), |p| p.id.clone()),
    };
}

/// A point's concept: its previous point's, or one proposed from its title.
fn concept(section: &Section, prev: Option<&Old>, notes: &mut Notes) -> String {
    match prev {
        Some(p) => {
            if p.number != section.number {
                notes.push(
                    Topic::Id,
                    section.line,
                    format!("point {} was {} ({})", section.number, p.number, p.concept),
                );
            }
            p.concept.clone()
        }
        None => {
            let concept = slug_of(&section.title);
            notes.push(
                Topic::Id,
                section.line,
                format!("point {} is new: concept `{concept}` proposed", section.number),
            );
            concept
        }
    }
}
