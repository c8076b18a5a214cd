//! Importing an exported self-assessment (JSON): a refused file changes nothing and says why.

use super::links::route_to;
use crate::platform::{file_input, storage};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::i18n::{t, tf, Key, Lang};
use rundskriv_core::report::{self, ImportError};
use rundskriv_core::route::AssessmentView;

/// Files larger than this are refused before they are read.
const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

/// Loads an exported assessment (JSON). A refused file changes nothing and says why.
#[component]
pub fn ImportAssessment() -> impl IntoView {
    let state = state();
    let import_error = RwSignal::new(None::<ImportError>);
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = file_input::chosen_file(&ev) else {
            return;
        };
        if file.size() > MAX_IMPORT_BYTES {
            import_error.set(Some(ImportError::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = file_input::read_text(&file).await.unwrap_or_default();
            match report::from_json(&text) {
                Ok((imported, imported_follow)) => {
                    import_error.set(None);
                    storage::save_answers(&imported);
                    storage::save_follow_ups(&imported_follow);
                    state.go(route_to(AssessmentView::Result, &imported, &imported_follow));
                    state.status.set(state.text(Key::AssessmentImported).to_string());
                }
                Err(e) => import_error.set(Some(e)),
            }
        });
    };
    view! {
        <div class="import">
            <label for="importer">{state.tr(Key::AssessmentImport)}</label>
            <input id="importer" type="file" accept=".json,application/json" on:change=on_import/>
            {move || import_error.get().map(|e| view! {
                <div class="notice" role="alert"><p>{move || tf(state.lang.get(), Key::AssessmentImportFailed, &[("reason", &import_message(&e, state.lang.get()))])}</p></div>
            })}
        </div>
    }
}

fn import_message(error: &ImportError, lang: Lang) -> String {
    match error {
        ImportError::NotJson => t(lang, Key::ImportNotJson).to_string(),
        ImportError::TooLarge => t(lang, Key::ImportTooLarge).to_string(),
        ImportError::NotAnAssessment => t(lang, Key::ImportNotAssessment).to_string(),
        ImportError::NewerVersion => t(lang, Key::ImportNewer).to_string(),
        ImportError::OtherEdition(edition) => tf(lang, Key::ImportOtherEdition, &[("edition", edition)]),
        ImportError::BadAnswers(e) => tf(lang, Key::ImportBadAnswers, &[("detail", &e.describe(lang))]),
    }
}
