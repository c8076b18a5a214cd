//! Every text a user reads exists in bokmål, nynorsk and English, and is really translated: no key
//! missing, no English left in bokmål, no bokmål passed off as nynorsk.
//!
//! UI strings are read from `i18n/*.toml` with the build's own parser; the decision trees' texts
//! from the compiled tables (the build already refuses a tree text without all three languages).

mod word_lists;

use rundskriv_compiler::check::ui_strings::check_same_keys;
use rundskriv_compiler::parse::ui_strings::{parse_ui_strings, UiStrings};
use rundskriv_compiler::source::SourceFile;

use rundskriv_core::trees::{Text, FACTS, OUTCOMES, TREES};
use rundskriv_core::ui_strings::Lang;
use std::collections::BTreeMap;
use word_lists::{BOKMAAL_ONLY, NORWEGIAN_NAMES, NORWEGIAN_ONLY, SAME_IN_NB_AND_EN, SAME_IN_NB_AND_NN};

/// The words of `text`, lowercased, with `«…»` and `“…”` quotations, `(…)` asides and the
/// `NORWEGIAN_NAMES` left out: they hold proper names and the circular's own terms, which stay in
/// their language on purpose.
fn plain_words(text: &str) -> Vec<String> {
    let text = NORWEGIAN_NAMES
        .iter()
        .fold(text.to_string(), |t, name| t.replace(name, " "));
    let mut depth = 0i32;
    let mut kept = String::new();
    for c in text.chars() {
        match c {
            '«' | '(' | '“' => depth += 1,
            '»' | ')' | '”' => depth -= 1,
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whole-word phrases (one or two words) of `list` found in `text`.
fn found_in<'a>(text: &str, list: &[&'a str]) -> Vec<&'a str> {
    let words = plain_words(text);
    let pairs: Vec<String> = words.windows(2).map(|w| w.join(" ")).collect();
    list.iter()
        .copied()
        .filter(|phrase| {
            if phrase.contains(' ') {
                pairs.iter().any(|p| p == phrase)
            } else {
                words.iter().any(|w| w == phrase)
            }
        })
        .collect()
}

struct Ui {
    nb: UiStrings,
    nn: UiStrings,
    en: UiStrings,
}

fn read(lang: &str) -> UiStrings {
    let file = format!("i18n/{lang}.toml");
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../").to_string() + &file).unwrap();
    parse_ui_strings(&SourceFile::new(file, source)).unwrap_or_else(|e| panic!("{e}"))
}

fn ui() -> Ui {
    Ui {
        nb: read("nb"),
        nn: read("nn"),
        en: read("en"),
    }
}

fn by_key(strings: &UiStrings) -> BTreeMap<&str, &str> {
    strings
        .entries
        .iter()
        .map(|e| (e.key.as_str(), e.text.as_str()))
        .collect()
}

/// Every text of the decision trees with a name saying where it is.
fn tree_texts() -> Vec<(String, Text)> {
    let mut all = Vec::new();
    for tree in TREES.iter() {
        all.push((format!("tree {} title", tree.id), tree.title));
        all.push((format!("tree {} intro", tree.id), tree.intro));
    }
    for fact in FACTS.iter() {
        all.push((format!("fact {} question", fact.id), fact.question));
        all.extend(fact.help.map(|t| (format!("fact {} help", fact.id), t)));
        all.extend(fact.unit.map(|t| (format!("fact {} unit", fact.id), t)));
        for choice in fact.choices {
            all.extend(
                choice
                    .label
                    .map(|t| (format!("fact {} choice {}", fact.id, choice.id), t)),
            );
        }
    }
    for outcome in OUTCOMES.iter() {
        all.push((format!("outcome {} title", outcome.id), outcome.title));
        all.push((format!("outcome {} text", outcome.id), outcome.text));
    }
    all
}

#[test]
fn every_language_has_every_ui_key() {
    let ui = ui();
    if let Err(problems) = check_same_keys(&ui.nb, &[&ui.nn, &ui.en]) {
        panic!(
            "{}",
            problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        );
    }
}

#[test]
fn the_allowlists_name_real_keys() {
    let ui = ui();
    let keys = by_key(&ui.nb);
    for key in SAME_IN_NB_AND_NN.iter().chain(SAME_IN_NB_AND_EN) {
        assert!(
            keys.contains_key(key),
            "the allowlist names `{key}`, which is not in i18n/nb.toml"
        );
    }
}

#[test]
fn ui_strings_are_translated_not_copied() {
    let ui = ui();
    let (nb, nn, en) = (by_key(&ui.nb), by_key(&ui.nn), by_key(&ui.en));
    let mut problems = Vec::new();
    for (key, text) in &nb {
        if nn.get(key) == Some(text) && !SAME_IN_NB_AND_NN.contains(key) {
            problems.push(format!("i18n/nn.toml: `{key}` is the bokmål text \"{text}\" (translate it, or allowlist it in crates/core/tests/translations/word_lists.rs if nynorsk spells it the same)"));
        }
        if en.get(key) == Some(text) && !SAME_IN_NB_AND_EN.contains(key) {
            problems.push(format!("i18n/en.toml: `{key}` is the bokmål text \"{text}\""));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn nynorsk_texts_use_no_bokmaal_words() {
    let ui = ui();
    let mut problems = Vec::new();
    for entry in &ui.nn.entries {
        let found = found_in(&entry.text, BOKMAAL_ONLY);
        if !found.is_empty() {
            let (key, text, line) = (&entry.key, &entry.text, entry.at.line);
            problems.push(format!("i18n/nn.toml:{line}: `{key}` has bokmål {found:?}: {text}"));
        }
    }
    for (place, text) in tree_texts() {
        let found = found_in(text.get(Lang::Nn), BOKMAAL_ONLY);
        if !found.is_empty() {
            problems.push(format!(
                "content/veivisere, {place} (nn) has bokmål {found:?}: {}",
                text.get(Lang::Nn)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_texts_are_english() {
    let ui = ui();
    let mut problems = Vec::new();
    for entry in &ui.en.entries {
        let found = found_in(&entry.text, NORWEGIAN_ONLY);
        if !found.is_empty() {
            let (key, text, line) = (&entry.key, &entry.text, entry.at.line);
            problems.push(format!("i18n/en.toml:{line}: `{key}` has Norwegian {found:?}: {text}"));
        }
    }
    for (place, text) in tree_texts() {
        let (nb, en) = (text.get(Lang::Nb), text.get(Lang::En));
        if en == nb {
            problems.push(format!(
                "content/veivisere, {place}: the English is the bokmål \"{nb}\""
            ));
        }
        let found = found_in(en, NORWEGIAN_ONLY);
        if !found.is_empty() {
            problems.push(format!("content/veivisere, {place} (en) has Norwegian {found:?}: {en}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_word_checks_see_whole_words_outside_quotes() {
    assert_eq!(found_in("Det gjeld ikke for deg", BOKMAAL_ONLY), ["ikke"]);
    assert!(found_in("Det gjeld ikkje for deg", BOKMAAL_ONLY).is_empty());
    assert!(
        found_in("Kapittelet «Hva gjelder»", BOKMAAL_ONLY).is_empty(),
        "quoted words are the circular's"
    );
    assert!(found_in("state-run enterprises (forvaltningsbedrifter og andre)", NORWEGIAN_ONLY).is_empty());
    assert_eq!(found_in("You must og should", NORWEGIAN_ONLY), ["og"]);
    assert!(
        found_in("Use Kontakt- og reservasjonsregisteret", NORWEGIAN_ONLY).is_empty(),
        "a name"
    );
}
