//! The krav check: an outcome is a `krav` only if the paragraph it rests on, its first citation,
//! stands in a Krav part and binds the user — by our marking (`content/avsnitt.toml`) not another
//! body, not a deadline the circular states as past, not a "bør" — or if its `krav-override` says
//! why. A paragraph binding the ministries binds the user where every path to the outcome has
//! answered that the user is one.

use crate::check::reach::{always_answered, OutcomeKey};
use crate::circular::Circular;
use crate::error::CompileError;
use crate::parse::paragraph_marks::Marks;
use crate::parse::trees::{Outcome, Trees};
use rundskriv_model::{PartKind, Verdict};
use std::collections::BTreeMap;

/// Checks the marking against the circular and the facts, then every `krav` outcome; every
/// refused outcome is reported.
pub fn check_krav(trees: &Trees, circular: &Circular, marks: &Marks) -> Result<(), Vec<CompileError>> {
    check_marks(trees, circular, marks).map_err(|e| vec![e])?;
    // Per body the user can be: whether each outcome is reached only by such users.
    let mut only_users_of: BTreeMap<&str, BTreeMap<OutcomeKey, bool>> = BTreeMap::new();
    for body in &marks.bodies {
        if let Some((fact, choice)) = &body.user_if {
            only_users_of.insert(&body.id, always_answered(trees, fact, choice));
        }
    }
    let binds_user = |key: OutcomeKey, cite: &str| {
        if circular.parts.get(cite) != Some(&PartKind::Krav) {
            return false;
        }
        let Some(mark) = marks.paragraphs.get(cite) else {
            return true;
        };
        let body_is_user = match &mark.binds {
            None => true,
            Some(body) => only_users_of.get(body.as_str()).and_then(|o| o.get(&key)) == Some(&true),
        };
        body_is_user && mark.lapsed.is_none() && mark.recommends.is_none()
    };
    let shared = trees.shared.iter().map(|o| ((None, o.id.as_str()), o));
    let own = trees.trees.iter().flat_map(|t| {
        t.outcomes
            .iter()
            .map(move |o| ((Some(t.id.as_str()), o.id.as_str()), o))
    });
    let errors: Vec<CompileError> = shared
        .chain(own)
        .filter(|(key, o)| o.verdict == Verdict::Krav && o.krav_override.is_none() && !binds_user(*key, &o.cites[0]))
        .map(|(_, o)| refused(o, circular, marks))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Every marked paragraph is a Krav paragraph of the circular; a body's condition is an answer
/// some fact has.
fn check_marks(trees: &Trees, circular: &Circular, marks: &Marks) -> Result<(), CompileError> {
    for (id, mark) in &marks.paragraphs {
        if circular.parts.get(id) != Some(&PartKind::Krav) {
            let message = format!("paragraph `{id}` is no paragraph of a Krav part of the circular");
            return Err(CompileError::new(&marks.file, mark.at, message));
        }
    }
    for body in &marks.bodies {
        let Some((fact, choice)) = &body.user_if else { continue };
        let known = trees.facts.iter().find(|f| &f.id == fact);
        if !known.is_some_and(|f| f.choices.iter().any(|c| &c.id == choice)) {
            let message = format!(
                "body `{}`: `user-if` names `{fact} = {choice}`, which no fact offers",
                body.id
            );
            return Err(CompileError::new(&marks.file, body.at, message));
        }
    }
    Ok(())
}

/// The error for a krav that does not rest on the user's duty: every cited paragraph with its kind.
fn refused(outcome: &Outcome, circular: &Circular, marks: &Marks) -> CompileError {
    let cited: Vec<String> = outcome
        .cites
        .iter()
        .map(|cite| format!("{cite} ({})", kind_of(cite, circular, marks)))
        .collect();
    let message = format!(
        "outcome `{}` is `krav`, but the paragraph it rests on (its first citation) is no Krav \
         paragraph that binds the user; it cites {}. Make it `anbefaling` or `informasjon`, cite \
         the user's Krav paragraph first, or say why in `krav-override = \"…\"` (docs/veivisere.md)",
        outcome.id,
        cited.join(", ")
    );
    CompileError::new(&outcome.file, outcome.at, message)
}

/// What a paragraph is, in the error's words: its part and our marking.
fn kind_of(cite: &str, circular: &Circular, marks: &Marks) -> String {
    let part = circular.parts.get(cite).copied().unwrap_or(PartKind::None);
    if part != PartKind::Krav {
        return match part {
            PartKind::None => "outside the Krav, Anbefaling and Veiledning parts".to_string(),
            other => other.id().to_string(),
        };
    }
    let Some(mark) = marks.paragraphs.get(cite) else {
        return "krav, binds the user".to_string();
    };
    let mut kind = String::from("krav");
    if let Some(body) = &mark.binds {
        kind.push_str(&format!(", binds {body}"));
        if let Some((fact, choice)) = marks
            .bodies
            .iter()
            .find(|b| &b.id == body)
            .and_then(|b| b.user_if.as_ref())
        {
            kind.push_str(&format!(" (the user only on paths where {fact} = {choice})"));
        }
    }
    if let Some(words) = &mark.lapsed {
        kind.push_str(&format!(", deadline passed: {words}"));
    }
    if let Some(words) = &mark.recommends {
        kind.push_str(&format!(", says bør: {words}"));
    }
    kind
}
