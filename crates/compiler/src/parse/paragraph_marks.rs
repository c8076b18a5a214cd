//! Our marking of the circular's Krav paragraphs (`content/avsnitt.toml`, docs/content.md):
//! which bind another body than the organisation using the tool, which state a deadline as past,
//! and which say "bør" although they stand under Krav. Kept apart from the circular's verbatim text.

use crate::error::{CompileError, Position};
use crate::parse::toml_file;
use crate::source::SourceFile;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// Where the marking is read from.
pub const FILE: &str = "content/avsnitt.toml";

/// A body the circular lays duties on.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub id: String,
    pub at: Position,
    /// The answer (fact, choice) that makes the user one of this body; None if the user never is.
    pub user_if: Option<(String, String)>,
}

/// What we say about one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub at: Position,
    /// The body it binds, if not the user.
    pub binds: Option<String>,
    /// The circular's words that state its deadline as past.
    pub lapsed: Option<String>,
    /// The circular's words that make it a recommendation ("bør").
    pub recommends: Option<String>,
}

/// The whole marking.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Marks {
    pub file: String,
    pub bodies: Vec<Body>,
    pub paragraphs: BTreeMap<String, Mark>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarksFile {
    #[serde(default)]
    body: BTreeMap<String, Spanned<BodyFile>>,
    #[serde(default)]
    paragraph: BTreeMap<String, Spanned<MarkFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct BodyFile {
    #[serde(default)]
    user_if: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkFile {
    binds: Option<String>,
    lapsed: Option<String>,
    recommends: Option<String>,
}

/// Parses the marking; checks what the file alone can tell (each paragraph says something, names
/// a body the file defines, a body's condition is one answer). The paragraphs and the condition's
/// fact are checked against the circular and the facts by `check::krav`.
pub fn parse_marks(source: &SourceFile) -> Result<Marks, CompileError> {
    let file: MarksFile = toml_file::read(source)?;
    let mut bodies = Vec::new();
    for (id, body) in file.body {
        let at = source.position(body.span().start);
        let mut conditions = body.into_inner().user_if.into_iter();
        let user_if = conditions.next();
        if conditions.next().is_some() {
            return Err(source.error_at(at, format!("body `{id}`: `user-if` names one answer")));
        }
        bodies.push(Body { id, at, user_if });
    }
    let mut paragraphs = BTreeMap::new();
    for (id, mark) in file.paragraph {
        let at = source.position(mark.span().start);
        let mark = mark.into_inner();
        let error = |message: &str| source.error_at(at, format!("paragraph `{id}`: {message}"));
        if mark.binds.is_none() && mark.lapsed.is_none() && mark.recommends.is_none() {
            return Err(error("says nothing: give `binds`, `lapsed` or `recommends`"));
        }
        if let Some(body) = mark.binds.as_ref().filter(|b| bodies.iter().all(|x| &x.id != *b)) {
            return Err(error(&format!("binds `{body}`, which no `[body.{body}]` defines")));
        }
        let quoted = [&mark.lapsed, &mark.recommends];
        if quoted.iter().any(|q| q.as_ref().is_some_and(|q| q.trim().is_empty())) {
            return Err(error("`lapsed` and `recommends` quote the circular's words"));
        }
        paragraphs.insert(
            id.clone(),
            Mark {
                at,
                binds: mark.binds,
                lapsed: mark.lapsed,
                recommends: mark.recommends,
            },
        );
    }
    Ok(Marks {
        file: source.name.clone(),
        bodies,
        paragraphs,
    })
}
