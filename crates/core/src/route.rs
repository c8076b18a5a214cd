//! The app's places as URL fragments (`#/punkt/1.6/1-6-krav-altinn`): hash routing works on any
//! static host without rewrite rules, and a copied link opens the same place.

use crate::content::{Block, Section};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    Contents,
    /// One section; `block` is a paragraph to scroll to and highlight.
    Section {
        key: String,
        block: Option<String>,
    },
    /// The whole circular on one page.
    Whole {
        block: Option<String>,
    },
    Search {
        query: String,
    },
    /// A decision tree. `answers` is the encoded answers (see `share`); None when the link has
    /// none, so saved answers may resume. `edit` names a fact to change.
    Tree {
        id: String,
        edit: Option<String>,
        version: Option<String>,
        answers: Option<String>,
    },
    /// The full self-assessment: its questions, a question to change, the summary, the result.
    Assessment {
        view: AssessmentView,
        answers: Option<String>,
        follow: Option<String>,
    },
    /// What the tool does for accessibility, and the agency's tilgjengelighetserklæring.
    Accessibility,
    NotFound,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentView {
    Questions,
    Edit(String),
    Summary,
    Result,
}

/// The value of `key` in a `a=1&b=2` query, decoded.
fn query_value(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then(|| decode(&v.replace('+', " ")))
    })
}

impl Route {
    /// Parses `location.hash` (with or without its leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Start,
            ["innhold"] => Route::Contents,
            ["tilgjengelighet"] => Route::Accessibility,
            ["punkt", key] => Route::Section {
                key: decode(key),
                block: None,
            },
            ["punkt", key, block] => Route::Section {
                key: decode(key),
                block: Some(decode(block)),
            },
            ["hele"] => Route::Whole { block: None },
            ["hele", block] => Route::Whole {
                block: Some(decode(block)),
            },
            ["sok"] => Route::Search {
                query: query_value(query, "q").unwrap_or_default(),
            },
            ["veiviser", id] => Route::Tree {
                id: decode(id),
                edit: None,
                version: query_value(query, "v"),
                answers: query_value(query, "svar"),
            },
            ["egenvurdering", rest @ ..] => {
                let view = match rest {
                    [] => AssessmentView::Questions,
                    ["endre", fact] => AssessmentView::Edit(decode(fact)),
                    ["oppsummering"] => AssessmentView::Summary,
                    ["resultat"] => AssessmentView::Result,
                    _ => return Route::NotFound,
                };
                Route::Assessment {
                    view,
                    answers: query_value(query, "svar"),
                    follow: query_value(query, "oppf"),
                }
            }
            ["veiviser", id, "endre", fact] => Route::Tree {
                id: decode(id),
                edit: Some(decode(fact)),
                version: query_value(query, "v"),
                answers: query_value(query, "svar"),
            },
            _ => Route::NotFound,
        }
    }

    /// The fragment for this place, starting with `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Start => "#/".to_string(),
            Route::Contents => "#/innhold".to_string(),
            Route::Accessibility => "#/tilgjengelighet".to_string(),
            Route::Section { key, block: None } => format!("#/punkt/{}", encode(key)),
            Route::Section {
                key,
                block: Some(block),
            } => format!("#/punkt/{}/{}", encode(key), encode(block)),
            Route::Whole { block: None } => "#/hele".to_string(),
            Route::Whole { block: Some(block) } => format!("#/hele/{}", encode(block)),
            Route::Search { query } if query.is_empty() => "#/sok".to_string(),
            Route::Search { query } => format!("#/sok?q={}", encode(query)),
            Route::Assessment { view, answers, follow } => {
                let mut href = String::from("#/egenvurdering");
                match view {
                    AssessmentView::Questions => {}
                    AssessmentView::Edit(fact) => href.push_str(&format!("/endre/{}", encode(fact))),
                    AssessmentView::Summary => href.push_str("/oppsummering"),
                    AssessmentView::Result => href.push_str("/resultat"),
                }
                let mut params = Vec::new();
                if let Some(a) = answers {
                    params.push(format!("svar={}", encode_answers(a)));
                }
                if let Some(f) = follow.as_ref().filter(|f| !f.is_empty()) {
                    params.push(format!("oppf={}", encode_answers(f)));
                }
                if !params.is_empty() {
                    href.push('?');
                    href.push_str(&params.join("&"));
                }
                href
            }
            Route::Tree {
                id,
                edit,
                version,
                answers,
            } => {
                let mut href = format!("#/veiviser/{}", encode(id));
                if let Some(fact) = edit {
                    href.push_str(&format!("/endre/{}", encode(fact)));
                }
                let mut params = Vec::new();
                if let Some(v) = version {
                    params.push(format!("v={}", encode(v)));
                }
                if let Some(a) = answers {
                    params.push(format!("svar={}", encode_answers(a)));
                }
                if !params.is_empty() {
                    href.push('?');
                    href.push_str(&params.join("&"));
                }
                href
            }
            Route::NotFound => "#/".to_string(),
        }
    }

    pub fn section(section: &Section) -> Route {
        Route::Section {
            key: section.route_key().to_string(),
            block: None,
        }
    }

    /// Where a block of the circular is read in context.
    pub fn block(block: &Block) -> Route {
        let section = block.section();
        Route::Section {
            key: section.route_key().to_string(),
            block: Some(block.id.to_string()),
        }
    }
}

/// Percent-encodes everything but unreserved characters, so any query survives e-mail and chat.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Like `encode`, but keeps the `:` and `,` of encoded answers readable in shared links.
fn encode_answers(text: &str) -> String {
    encode(text).replace("%3A", ":").replace("%2C", ",")
}

/// Decodes percent escapes; malformed escapes and invalid UTF-8 are kept or replaced, never fatal.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{block_by_id, BLOCKS};

    #[test]
    fn parses_every_kind_of_place() {
        assert_eq!(Route::parse(""), Route::Start);
        assert_eq!(Route::parse("#/"), Route::Start);
        assert_eq!(Route::parse("#/innhold"), Route::Contents);
        assert_eq!(Route::parse("#/tilgjengelighet"), Route::Accessibility);
        assert_eq!(
            Route::parse("#/punkt/1.6"),
            Route::Section {
                key: "1.6".into(),
                block: None
            }
        );
        assert_eq!(
            Route::parse("#/punkt/1.6/1-6-krav-altinn"),
            Route::Section {
                key: "1.6".into(),
                block: Some("1-6-krav-altinn".into())
            }
        );
        assert_eq!(Route::parse("#/hele"), Route::Whole { block: None });
        assert_eq!(
            Route::parse("#/sok?q=klarspr%C3%A5k"),
            Route::Search {
                query: "klarspråk".into()
            }
        );
        assert_eq!(
            Route::parse("#/sok?q=10+millioner"),
            Route::Search {
                query: "10 millioner".into()
            }
        );
        assert_eq!(Route::parse("#/noe/annet/helt/galt"), Route::NotFound);
        assert_eq!(
            Route::parse("#/veiviser/altinn?v=1&svar=virksomhetstype:departement,krever-innlogging:ja"),
            Route::Tree {
                id: "altinn".into(),
                edit: None,
                version: Some("1".into()),
                answers: Some("virksomhetstype:departement,krever-innlogging:ja".into())
            }
        );
    }

    #[test]
    fn every_route_survives_a_round_trip() {
        let routes = [
            Route::Start,
            Route::Contents,
            Route::Accessibility,
            Route::Whole {
                block: Some("bakgrunn-digital-agenda".into()),
            },
            Route::Search {
                query: "sky & «EHF» 100%".into(),
            },
            Route::Section {
                key: "1.12".into(),
                block: None,
            },
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn every_block_has_a_link_that_leads_back_to_it() {
        for block in BLOCKS.iter() {
            match Route::parse(&Route::block(block).href()) {
                Route::Section { block: Some(id), .. } => assert_eq!(block_by_id(&id).map(|b| b.id), Some(block.id)),
                other => panic!("{} → {other:?}", block.id),
            }
        }
    }

    #[test]
    fn garbled_escapes_do_not_panic() {
        for input in ["%", "%2", "%zz", "%E2%82", "%%%", "#/sok?q=%ff%fe"] {
            let _ = decode(input);
            let _ = Route::parse(input);
        }
        assert_eq!(decode("a%2"), "a%2");
    }
}
