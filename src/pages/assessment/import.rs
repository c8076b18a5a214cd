//! Importing an exported self-assessment (JSON): a refused file changes nothing and says why.

use super::links::route_to;
use crate::platform::{file_input, storage};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::export::json::{from_json, ImportError};
use rundskriv_core::limits::MAX_IMPORT_BYTES;
use rundskriv_core::route::AssessmentView;
use rundskriv_core::ui_strings::{tf, Key};

/// Loads an exported assessment (JSON). A refused file changes nothing and says why.
#[component]
pub fn ImportAssessment() -> impl IntoView {
    let state = state();
    let import_error = RwSignal::new(None::<ImportError>);
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = file_input::chosen_file(&ev) else {
            return;
        };
        // Refused before it is read: larger is no export of this app.
        if file.size() > MAX_IMPORT_BYTES as f64 {
            import_error.set(Some(ImportError::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = file_input::read_text(&file).await.unwrap_or_default();
            match from_json(&text) {
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
                <div class="ds-alert notice" role="alert"><p>{move || tf(state.lang.get(), Key::AssessmentImportFailed, &[("reason", &e.describe(state.lang.get()))])}</p></div>
            })}
        </div>
    }
}
