//! The review book's own words, read from `content/gjennomgang.toml` (bokmål): every key is a
//! field here, so a missing or misspelt one stops the generator with its name.

use rundskriv_compiler::error::CompileError;
use rundskriv_compiler::parse::toml_file;
use rundskriv_compiler::source::SourceFile;
use serde::Deserialize;
use std::path::Path;

/// Where the texts are, relative to the repository.
pub const FILE: &str = "content/gjennomgang.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub title: String,
    pub lead: String,
    pub edition: String,
    pub marking: String,
    pub app_link: String,
    pub contents: String,
    pub summary_title: String,
    pub summary_caption: String,
    pub summary_tree: String,
    pub summary_state: String,
    pub state_never: String,
    pub state_signed: String,
    pub state_changed: String,
    pub state_changed_edition: String,
    pub points: String,
    pub flow_title: String,
    pub question: String,
    pub help: String,
    pub unit: String,
    pub answer_heading: String,
    pub records: String,
    pub goes_to: String,
    pub starts: String,
    pub diagram_title: String,
    pub diagram_desc: String,
    pub diagram_caption: String,
    pub outcomes_title: String,
    pub verdict: String,
    pub shared: String,
    pub text: String,
    pub rests_on: String,
    pub quote_source: String,
    pub quote_source_other: String,
    #[serde(rename = "override")]
    pub krav_override: String,
    pub reading: String,
    pub reading_cites: String,
    pub reading_about: String,
    pub scenarios: String,
    pub no_scenarios: String,
    pub scenarios_title: String,
    pub scenarios_lead: String,
    pub scenario_answers: String,
    pub scenario_outcomes: String,
    pub scenario_answer: String,
    pub flags_title: String,
    pub flags_lead: String,
    pub flags_tree: String,
    pub flags_outcome: String,
    pub flags_paragraph: String,
    pub flags_change: String,
    pub flags_confirmed: String,
    pub flag_changed: String,
    pub flag_moved: String,
    pub flag_reading: String,
    pub flag_confirmed: String,
    pub signoff_title: String,
    pub signoff_how: String,
    pub signoff_history: String,
    pub above: String,
    pub at_least: String,
    pub below: String,
    pub at_most: String,
}

impl Texts {
    pub fn read(root: &Path) -> Result<Texts, CompileError> {
        toml_file::read(&SourceFile::read(root, FILE)?)
    }
}

/// `template` with each `{name}` replaced by its value (plain text; escape the result for HTML).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}
