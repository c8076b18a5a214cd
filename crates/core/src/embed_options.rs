//! What a host page asks of an embedded widget (`data-start`, `data-lang`, `data-routing`), read
//! leniently: a value the widget does not understand is reported and replaced by the default, so
//! a typo in a host page never leaves an empty box.

use crate::content::section_id;
use crate::route::{Route, TreeRoute};
use crate::trees::tree_id;
use crate::ui_strings::Lang;

/// The widget's settings after reading the host's attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedConfig {
    pub start: Route,
    /// None: the saved or the browser's language, as in the standalone app.
    pub lang: Option<Lang>,
    /// True (the default): the route lives in memory and the host page's URL is left alone.
    pub memory: bool,
}

/// Reads the three options; the second value lists what was ignored and why, for the console.
pub fn parse(start: Option<&str>, lang: Option<&str>, routing: Option<&str>) -> (EmbedConfig, Vec<String>) {
    let mut warnings = Vec::new();
    let start = parse_start(start.map(str::trim).unwrap_or_default()).unwrap_or_else(|unknown| {
        warnings.push(format!(
            "data-start=\"{unknown}\" is not a decision tree, \"lesing\", \"egenvurdering\", \"sok\", \"hele\", \
             a point number or a \"#/…\" link; showing the start page"
        ));
        Route::Start
    });
    let lang = match lang.map(|l| l.trim().to_ascii_lowercase()).as_deref() {
        None | Some("") => None,
        Some(tag) => Lang::from_tag(tag).or_else(|| {
            warnings.push(format!(
                "data-lang=\"{tag}\" is not nb, nn or en; using the visitor's language"
            ));
            None
        }),
    };
    let memory = match routing.map(|r| r.trim().to_ascii_lowercase()).as_deref() {
        None | Some("") | Some("memory") => true,
        Some("hash") => false,
        Some(other) => {
            warnings.push(format!(
                "data-routing=\"{other}\" is not \"memory\" or \"hash\"; keeping the page's address unchanged"
            ));
            true
        }
    };
    (EmbedConfig { start, lang, memory }, warnings)
}

/// The route a `data-start` value names; Err(value) when it names nothing the app has.
fn parse_start(value: &str) -> Result<Route, String> {
    match value {
        "" | "start" | "forside" => return Ok(Route::Start),
        "lesing" | "innhold" => return Ok(Route::Contents),
        "hele" => return Ok(Route::Whole { block: None }),
        "sok" | "søk" => return Ok(Route::Search { query: String::new() }),
        // The self-assessment is built separately; its route is whatever `Route::parse` makes
        // of its address, so this stays right when it lands.
        "egenvurdering" => return Ok(Route::parse("#/egenvurdering")),
        _ => {}
    }
    if value.starts_with("#/") {
        return match Route::parse(value) {
            Route::NotFound(_) => Err(value.to_string()),
            route => Ok(route),
        };
    }
    if let Some(tree) = tree_id(value) {
        return Ok(Route::Tree(TreeRoute::saved(tree)));
    }
    match section_id(value) {
        Some(section) => Ok(Route::section(section)),
        None => Err(value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trees::TREES;

    fn start(value: &str) -> (Route, usize) {
        let (config, warnings) = parse(Some(value), None, None);
        (config.start, warnings.len())
    }

    #[test]
    fn no_attributes_mean_the_start_page_in_memory_in_the_visitors_language() {
        let (config, warnings) = parse(None, None, None);
        assert_eq!(
            config,
            EmbedConfig {
                start: Route::Start,
                lang: None,
                memory: true
            }
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn every_tree_can_be_the_start() {
        for tree in TREES.iter() {
            let (route, warnings) = start(tree.id);
            assert_eq!(warnings, 0, "{}", tree.id);
            assert!(
                matches!(route, Route::Tree(ref t) if TREES[t.tree].id == tree.id),
                "{}",
                tree.id
            );
        }
        assert!(matches!(start(" altinn ").0, Route::Tree(ref t) if TREES[t.tree].id == "altinn"));
    }

    #[test]
    fn named_views_points_and_links_can_be_the_start() {
        assert_eq!(start("lesing"), (Route::Contents, 0));
        assert_eq!(start("hele"), (Route::Whole { block: None }, 0));
        assert_eq!(start("sok"), (Route::Search { query: String::new() }, 0));
        assert_eq!(start("egenvurdering"), (Route::parse("#/egenvurdering"), 0));
        assert_eq!(start("1.6"), (Route::section(section_id("1.6").unwrap()), 0));
        assert_eq!(
            start("#/punkt/1.6/felleskomponenter-krav-altinn"),
            (Route::parse("#/punkt/1.6/felleskomponenter-krav-altinn"), 0)
        );
    }

    #[test]
    fn unknown_values_fall_back_with_a_warning() {
        assert_eq!(start("finnes-ikke"), (Route::Start, 1));
        assert_eq!(start("#/dette/er/feil/her"), (Route::Start, 1));
        assert_eq!(
            start("#/punkt/9.9"),
            (Route::Start, 1),
            "a link to a point the circular lacks"
        );
        let (config, warnings) = parse(Some("altinn"), Some("se"), Some("popup"));
        assert_eq!(config.lang, None);
        assert!(config.memory);
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].contains("data-lang=\"se\""));
    }

    #[test]
    fn language_and_routing_are_read_case_insensitively() {
        let (config, warnings) = parse(None, Some(" NN "), Some("Hash"));
        assert_eq!(config.lang, Some(Lang::Nn));
        assert!(!config.memory);
        assert!(warnings.is_empty());
    }
}
