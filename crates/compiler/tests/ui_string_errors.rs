//! A mistake in the UI strings (`i18n/*.toml`) fails the build with the file, the line, the column
//! and what is wrong, as the compiler itself reports it.

use rundskriv_compiler::check::ui_strings::check_same_keys;
use rundskriv_compiler::error::CompileError;
use rundskriv_compiler::parse::ui_strings::{parse_ui_strings, UiStrings};
use rundskriv_compiler::source::SourceFile;

fn parse(file: &str, source: &str) -> Result<UiStrings, CompileError> {
    parse_ui_strings(&SourceFile::new(file, source))
}

fn parse_valid(file: &str, source: &str) -> UiStrings {
    parse(file, source).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn strings_keep_the_file_order_with_their_places() {
    let strings = parse_valid(
        "i18n/nb.toml",
        "# Bokmål\nsearch-label = \"Søk\"\n\napp-name = \"Rundskrivveilederen\"\n",
    );
    let entries: Vec<(&str, &str, usize)> = strings
        .entries
        .iter()
        .map(|e| (e.key.as_str(), e.text.as_str(), e.at.line))
        .collect();
    assert_eq!(
        entries,
        [("search-label", "Søk", 2), ("app-name", "Rundskrivveilederen", 4)]
    );
}

#[test]
fn a_line_without_quotes() {
    let source = "# Bokmål\nstart-title = \"Digitaliseringsrundskrivet\"\nsearch-label = Søk\n";
    let error = parse("i18n/nb.toml", source).expect_err("the text is not quoted");
    assert!(
        error.to_string().starts_with("i18n/nb.toml:3:16: not valid TOML: "),
        "{error}"
    );
}

#[test]
fn a_key_missing_from_a_language() {
    let nb = parse_valid("i18n/nb.toml", "start-title = \"Start\"\nsearch-label = \"Søk\"\n");
    let nn = parse_valid("i18n/nn.toml", "start-title = \"Start\"\n");
    let en = parse_valid("i18n/en.toml", "start-title = \"Start\"\nsearch-label = \"Search\"\n");
    let problems = check_same_keys(&nb, &[&nn, &en]).expect_err("nn lacks search-label");
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        ["i18n/nn.toml:1:1: missing `search-label` (defined in i18n/nb.toml:2:1)"]
    );
}

#[test]
fn a_key_only_one_language_has() {
    let nb = parse_valid("i18n/nb.toml", "start-title = \"Start\"\n");
    let en = parse_valid("i18n/en.toml", "start-title = \"Start\"\nextra = \"Extra\"\n");
    let problems = check_same_keys(&nb, &[&en]).expect_err("en has a key nb lacks");
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "i18n/en.toml:2:1: `extra` is not in i18n/nb.toml"
    );
}

#[test]
fn a_duplicated_key() {
    let source = "start-title = \"Start\"\n\nstart-title = \"Igjen\"\n";
    let error = parse("i18n/nb.toml", source).expect_err("the key is defined twice");
    assert!(
        error.to_string().starts_with("i18n/nb.toml:3:1: not valid TOML: "),
        "{error}"
    );
    assert!(error.message.contains("duplicate key"), "{error}");
}

#[test]
fn a_key_that_is_no_slug_or_a_blank_text() {
    let error = parse("i18n/nb.toml", "Start_Title = \"Start\"\n").expect_err("not a slug");
    assert_eq!(
        error.to_string(),
        "i18n/nb.toml:1:1: key `Start_Title` must be lowercase ascii letters, digits and hyphens"
    );
    let error = parse("i18n/nb.toml", "a = \"x\"\nstart-title = \"  \"\n").expect_err("blank");
    assert_eq!(error.to_string(), "i18n/nb.toml:2:15: `start-title` has an empty text");
}

#[test]
fn a_text_that_is_no_string() {
    let error = parse("i18n/nb.toml", "start-title = 3\n").expect_err("a number");
    assert_eq!(error.line, 1, "{error}");
    assert!(error.message.contains("expected a string"), "{error}");
}
