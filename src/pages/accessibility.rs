//! The accessibility page (`#/tilgjengelighet`): what the tool does for universell utforming,
//! what it cannot promise, how to report problems, and the agency's tilgjengelighetserklæring.

use crate::platform::dom;
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::accessibility_statement::{contact_address, statement_address, CONTACT_META, STATEMENT_META};
use rundskriv_core::ui_strings::Key;

/// Where Norwegians can report an inaccessible public web solution, whoever publishes it.
const UUTILSYNET: &str = "https://www.uutilsynet.no/";

/// The agency's statement address from the page's meta tag, if it set a usable one.
pub fn statement_url() -> Option<String> {
    dom::meta_content(STATEMENT_META).and_then(|v| statement_address(&v).map(str::to_string))
}

fn contact_url() -> Option<String> {
    dom::meta_content(CONTACT_META).and_then(|v| contact_address(&v).map(str::to_string))
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let state = state();
    let text = move |key: Key| state.tr(key);
    let statement = statement_url().map(|url| {
        view! {
            <p>{text(Key::A11yStatementText)}</p>
            <p><a href=url data-statement="" rel="noreferrer">{text(Key::A11yStatementLink)}</a></p>
        }
    });
    let contact = contact_url().map(|url| {
        view! { <p><a href=url data-contact="" rel="noreferrer">{text(Key::A11yContactLink)}</a></p> }
    });
    let features = [
        Key::A11yKeyboard,
        Key::A11yScreenReader,
        Key::A11yZoom,
        Key::A11ySettings,
        Key::A11yLanguage,
        Key::A11yTested,
    ]
    .map(|key| view! { <li>{text(key)}</li> });
    view! {
        <div class="a11y-statement">
            <h1 id="page-heading" tabindex="-1">{text(Key::A11yTitle)}</h1>
            <p class="lead">{text(Key::A11yLead)}</p>
            {statement}
            <h2>{text(Key::A11yFeaturesTitle)}</h2>
            <ul>{features}</ul>
            <h2>{text(Key::A11yLimitsTitle)}</h2>
            <p>{text(Key::A11yLimits)}</p>
            <h2>{text(Key::A11yReportTitle)}</h2>
            <p>{text(Key::A11yReport)}</p>
            {contact}
            <p>{text(Key::A11yComplaint)}</p>
            <p><a href=UUTILSYNET rel="noreferrer">{text(Key::A11yUutilsynet)}</a></p>
        </div>
    }
}
