//! The app's places as URL fragments (`#/punkt/1.6/felleskomponenter-krav-altinn`): hash routing works on any
//! static host without rewrite rules, and a copied link opens the same place.
//!
//! `Route::parse` reads a fragment into typed data once: the section, tree and facts it names,
//! the answers and follow-ups it carries, decoded, or why they could not be. Pages take that
//! data as it is; `href` writes it back. Whatever a link names that the app does not have is
//! `NotFound`, with the fragment asked for.

mod assessment_route;
mod from_link;
mod query;
mod tree_route;

pub use assessment_route::{AssessmentRoute, AssessmentView};
pub use from_link::{FromLink, LinkAnswers, LinkFollowUps};
pub use tree_route::{TreeAnswers, TreeRoute};

use crate::content::{block_id, section_id, BlockId, SectionId, BLOCKS, SECTIONS};
use crate::made_under::MadeUnder;
use crate::percent::{decode, encode};
use query::query_value;

#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Start,
    Contents,
    /// One section of the circular; `block` is a paragraph to scroll to.
    Section {
        section: SectionId,
        block: Option<Anchor>,
    },
    /// The whole circular on one page.
    Whole {
        block: Option<Anchor>,
    },
    Search {
        query: String,
    },
    /// A decision tree.
    Tree(TreeRoute),
    /// The full self-assessment: its questions, a question to change, the summary, the result.
    Assessment(AssessmentRoute),
    /// What the tool does for accessibility, and the agency's tilgjengelighetserklæring.
    Accessibility,
    /// What changed between the edition before and the newest ("Hva er endret"); `point` is a
    /// point to scroll to.
    Changes {
        point: Option<SectionId>,
    },
    /// A place the app does not have: the fragment asked for, without its `#`.
    NotFound(String),
}

/// The paragraph a reading link points at: a block of the circular, or the id a link asked for
/// that the circular does not have (the page says so, and shows the section).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchor {
    Block(BlockId),
    Missing(String),
}

impl Anchor {
    fn read(text: &str) -> Anchor {
        let id = decode(text);
        block_id(&id).map_or(Anchor::Missing(id), Anchor::Block)
    }

    /// The id of the element to scroll to.
    pub fn element_id(&self) -> String {
        match self {
            Anchor::Block(block) => BLOCKS[*block].id(),
            Anchor::Missing(id) => id.clone(),
        }
    }
}

impl Route {
    /// True for the pages that show the trees' questions and outcomes, whose texts in bokmål are
    /// loaded when first needed (see `lang_texts`); the others show at most a tree's title.
    pub fn needs_tree_texts(&self) -> bool {
        matches!(self, Route::Tree(_) | Route::Assessment(_))
    }

    /// True for the pages that show the circular's text (quotes included), whose words are
    /// loaded when first needed (see `content_words`); the others show at most a point's title.
    pub fn needs_circular_words(&self) -> bool {
        matches!(
            self,
            Route::Section { .. } | Route::Whole { .. } | Route::Search { .. } | Route::Tree(_) | Route::Assessment(_)
        )
    }

    /// Parses `location.hash` (with or without its leading `#`).
    pub fn parse(hash: &str) -> Route {
        let fragment = hash.trim_start_matches('#');
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let found = match segments.as_slice() {
            [] => Some(Route::Start),
            ["innhold"] => Some(Route::Contents),
            ["tilgjengelighet"] => Some(Route::Accessibility),
            ["endringer"] => Some(Route::Changes { point: None }),
            ["endringer", key] => section_id(&decode(key)).map(|section| Route::Changes { point: Some(section) }),
            ["punkt", key, block @ ..] if block.len() <= 1 => section_id(&decode(key)).map(|section| Route::Section {
                section,
                block: block.first().map(|b| Anchor::read(b)),
            }),
            ["hele"] => Some(Route::Whole { block: None }),
            ["hele", block] => Some(Route::Whole {
                block: Some(Anchor::read(block)),
            }),
            ["sok"] => Some(Route::Search {
                query: query_value(query, "q").unwrap_or_default(),
            }),
            ["veiviser", id] => TreeRoute::parse(&decode(id), None, query).map(Route::Tree),
            ["veiviser", id, "endre", fact] => TreeRoute::parse(&decode(id), Some(fact), query).map(Route::Tree),
            ["egenvurdering", rest @ ..] => AssessmentRoute::parse(rest, query).map(Route::Assessment),
            _ => None,
        };
        found.unwrap_or_else(|| Route::NotFound(fragment.to_string()))
    }

    /// The fragment for this place, starting with `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Start => "#/".to_string(),
            Route::Contents => "#/innhold".to_string(),
            Route::Accessibility => "#/tilgjengelighet".to_string(),
            Route::Changes { point: None } => "#/endringer".to_string(),
            Route::Changes { point: Some(section) } => {
                format!("#/endringer/{}", encode(SECTIONS[*section].route_key()))
            }
            Route::Section { section, block } => {
                let key = encode(SECTIONS[*section].route_key());
                match block {
                    None => format!("#/punkt/{key}"),
                    Some(block) => format!("#/punkt/{key}/{}", encode(&block.element_id())),
                }
            }
            Route::Whole { block: None } => "#/hele".to_string(),
            Route::Whole { block: Some(block) } => format!("#/hele/{}", encode(&block.element_id())),
            Route::Search { query } if query.is_empty() => "#/sok".to_string(),
            Route::Search { query } => format!("#/sok?q={}", encode(query)),
            Route::Tree(tree) => tree.href(),
            Route::Assessment(assessment) => assessment.href(),
            Route::NotFound(fragment) => format!("#{fragment}"),
        }
    }

    /// The element a navigation to this route moves the focus to, when not the page's heading:
    /// the paragraph asked for, or a point's changes on "Hva er endret".
    pub fn focus_target(&self) -> Option<String> {
        match self {
            Route::Section {
                block: Some(anchor), ..
            }
            | Route::Whole { block: Some(anchor) } => Some(anchor.element_id()),
            Route::Changes { point: Some(point) } => Some(crate::changes::element_id(&SECTIONS[*point])),
            _ => None,
        }
    }

    pub fn section(section: SectionId) -> Route {
        Route::Section { section, block: None }
    }

    /// Where a block of the circular is read in context: on its section's page, or, for a
    /// chapter's heading (chapters have no page), in the whole circular.
    pub fn block(block: BlockId) -> Route {
        let section = BLOCKS[block].section;
        if SECTIONS[section].has_page() {
            Route::Section {
                section,
                block: Some(Anchor::Block(block)),
            }
        } else {
            Route::whole_at(block)
        }
    }

    /// The block in the whole circular on one page.
    pub fn whole_at(block: BlockId) -> Route {
        Route::Whole {
            block: Some(Anchor::Block(block)),
        }
    }

    /// The same place, its answers marked as made under `made_under` (a resumed tree's saved
    /// answers); a place without answers of its own stays as it is.
    pub fn made_under(self, made_under: MadeUnder) -> Route {
        match self {
            Route::Tree(tree) => Route::Tree(TreeRoute { made_under, ..tree }),
            Route::Assessment(assessment) => Route::Assessment(AssessmentRoute {
                made_under,
                ..assessment
            }),
            other => other,
        }
    }

    pub fn is_not_found(&self) -> bool {
        matches!(self, Route::NotFound(_))
    }
}
