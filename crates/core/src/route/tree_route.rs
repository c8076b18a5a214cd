//! A decision tree's place: `#/veiviser/altinn/endre/virksomhetstype?v=1&svar=…`.

use super::from_link::LinkAnswers;
use super::query::{encode_answers, query_value};
use crate::made_under::MadeUnder;
use crate::percent::{decode, encode};
use crate::trees::{fact_id, tree_id, FactId, TreeId, FACTS, TREES};

/// A decision tree's place: which tree, the question to change if any, and the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct TreeRoute {
    pub tree: TreeId,
    /// A fact to change (`/endre/…`); a fact the app does not have is left out.
    pub edit: Option<FactId>,
    pub answers: TreeAnswers,
    /// The edition the link's answers were made under (`u=`); the newest for the app's own.
    pub made_under: MadeUnder,
}

/// What a tree link says about the answers.
#[derive(Clone, Debug, PartialEq)]
pub enum TreeAnswers {
    /// None in the link: the answers saved in this browser are resumed.
    Saved,
    /// The answers in the link (`svar=`), for this version of the tree (`v=`, or none given).
    Link(LinkAnswers),
    /// Answers for another version of the tree: not read, since the questions may have changed
    /// meaning. Kept as the link had them, so the address stays what was opened.
    Outdated { version: String, text: String },
}

impl TreeRoute {
    /// A tree with the answers saved in this browser (the start page's links).
    pub fn saved(tree: TreeId) -> TreeRoute {
        TreeRoute {
            tree,
            edit: None,
            answers: TreeAnswers::Saved,
            made_under: MadeUnder::Newest,
        }
    }

    pub(super) fn parse(id: &str, edit: Option<&str>, query: &str) -> Option<TreeRoute> {
        let tree = tree_id(id)?;
        let answers = match (query_value(query, "v"), query_value(query, "svar")) {
            (_, None) => TreeAnswers::Saved,
            (Some(version), Some(text)) if version != TREES[tree].version.to_string() => {
                TreeAnswers::Outdated { version, text }
            }
            (_, Some(text)) => TreeAnswers::Link(LinkAnswers::read(&text)),
        };
        let made_under = match answers {
            TreeAnswers::Saved => MadeUnder::Newest,
            _ => MadeUnder::read(query_value(query, "u").as_deref()),
        };
        Some(TreeRoute {
            tree,
            edit: edit.and_then(|fact| fact_id(&decode(fact))),
            answers,
            made_under,
        })
    }

    pub(super) fn href(&self) -> String {
        let tree = &TREES[self.tree];
        let mut href = format!("#/veiviser/{}", encode(tree.id));
        if let Some(fact) = self.edit {
            href.push_str(&format!("/endre/{}", encode(FACTS[fact].id)));
        }
        match &self.answers {
            TreeAnswers::Saved => {}
            TreeAnswers::Link(answers) => {
                href.push_str(&format!("?v={}&svar={}", tree.version, encode_answers(answers.text())));
            }
            TreeAnswers::Outdated { version, text } => {
                href.push_str(&format!("?v={}&svar={}", encode(version), encode_answers(text)));
            }
        }
        if let (false, Some(mark)) = (self.answers == TreeAnswers::Saved, self.made_under.mark()) {
            href.push_str(&format!("&u={}", encode(mark)));
        }
        href
    }
}
