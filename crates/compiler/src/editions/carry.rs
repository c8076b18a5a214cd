//! Trees written for an edition before the newest, carried to the newest: a tree names its points
//! by the numbers of the edition it was written for, and a point is the same point in another
//! edition when its concept is, so its `points` are renamed to the newest's numbers. Whether its
//! verdicts still hold on the newest's words is `flags`'s question.

use crate::editions::folders::{EditionFolder, Editions};
use crate::error::CompileError;
use crate::parse::section_types::Section;
use crate::parse::trees::Trees;
use rundskriv_model::SectionKind;

/// Renames the points of every tree written for an older edition the build carries; a tree of an
/// edition the build does not carry, or about a point the newest no longer has, is a mistake.
pub fn carry_trees(trees: &mut Trees, editions: &Editions) -> Result<(), Vec<CompileError>> {
    let newest = &editions.newest;
    let mut errors = Vec::new();
    for tree in &mut trees.trees {
        if tree.edition.value == newest.edition.id {
            continue;
        }
        let Some(written_for) = editions.by_id(&tree.edition.value) else {
            let carried: Vec<&str> = std::iter::once(&editions.newest)
                .chain(&editions.older)
                .map(|f| f.edition.id.as_str())
                .collect();
            let message = format!(
                "written for edition `{}`, which this build does not carry (it carries {})",
                tree.edition.value,
                carried.join(", ")
            );
            errors.push(CompileError::new(&tree.file, tree.edition.at, message));
            continue;
        };
        for point in &mut tree.points {
            match renumbered(&point.value, written_for, newest) {
                Ok(number) => point.value = number,
                Err(message) => errors.push(CompileError::new(&tree.file, point.at, message)),
            }
        }
        // Its verdicts now answer from the newest edition (every affected one was confirmed).
        tree.edition.value = newest.edition.id.clone();
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Point `number` of edition `from`, by its number in edition `to`.
pub fn renumbered(number: &str, from: &EditionFolder, to: &EditionFolder) -> Result<String, String> {
    let Some(point) = points(from).find(|s| s.number == number) else {
        return Err(format!(
            "`points` names {number}, which is not a point of edition `{}`",
            from.edition.id
        ));
    };
    match points(to).find(|s| s.concept == point.concept) {
        Some(same) => Ok(same.number.clone()),
        None => Err(format!(
            "point {number} ({}) of edition `{}` is not in the newest edition `{}`: write the tree for it",
            point.concept, from.edition.id, to.edition.id
        )),
    }
}

fn points(folder: &EditionFolder) -> impl Iterator<Item = &Section> {
    folder.sections.iter().filter(|s| s.kind == SectionKind::Point)
}
