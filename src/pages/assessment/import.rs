//! Importing an exported self-assessment (JSON), read by the documents module: a refused file
//! changes nothing and says why.

use super::exports::request_text;
use super::links::route_made_under;
use crate::platform::{documents, file_input, storage};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::codec::{answers, follow_ups};
use rundskriv_core::engine::Answers;
use rundskriv_core::export::request::{Format, Reply};
use rundskriv_core::limits::MAX_IMPORT_BYTES;
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::review::ReviewInterval;
use rundskriv_core::route::AssessmentView;
use rundskriv_core::ui_strings::{t, tf, Key};

/// Why a file was refused, as shown: the module's words, or ours when it could not be asked.
#[derive(Clone, Debug, PartialEq)]
enum Refusal {
    TooLarge,
    Reason(String),
    Unavailable,
}

/// Loads an exported assessment (JSON). A refused file changes nothing and says why.
#[component]
pub fn ImportAssessment() -> impl IntoView {
    let state = state();
    let import_error = RwSignal::new(None::<Refusal>);
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = file_input::chosen_file(&ev) else {
            return;
        };
        // Refused before it is read: larger is no export of this app.
        if file.size() > MAX_IMPORT_BYTES as f64 {
            import_error.set(Some(Refusal::TooLarge));
            return;
        }
        // The last file's message goes while this one is read: a message is always this file's.
        import_error.set(None);
        let lang = state.lang.get_untracked();
        let folder = state.file_href("");
        leptos::task::spawn_local(async move {
            let text = file_input::read_text(&file).await.unwrap_or_default();
            let request = request_text(
                lang,
                ReviewInterval::default(),
                "",
                &Answers::new(),
                &Default::default(),
                &text,
            );
            let reply = documents::make(Format::Import, request, folder).await;
            // The module answers with the link texts of what it read, decoded as a link is.
            // Three lines: the answers and follow-ups as a link has them, and the file's edition.
            let imported = match reply {
                Ok(Reply::Done(texts)) => {
                    let mut lines = texts.split('\n');
                    let (a, f, edition) = (lines.next(), lines.next(), lines.next());
                    let made_under = MadeUnder::read(edition.filter(|e| !e.is_empty()));
                    (|| Some((answers::decode(a?).ok()?, follow_ups::decode(f?).ok()?.0, made_under)))()
                }
                Ok(Reply::Refused(why)) => return import_error.set(Some(Refusal::Reason(why))),
                _ => None,
            };
            let Some((imported, imported_follow, made_under)) = imported else {
                return import_error.set(Some(Refusal::Unavailable));
            };
            import_error.set(None);
            storage::save_answers(&imported);
            storage::save_follow_ups(&imported_follow);
            state.go(route_made_under(
                AssessmentView::Result,
                &imported,
                &imported_follow,
                made_under,
            ));
            state.status.set(state.text(Key::AssessmentImported).to_string());
        });
    };
    let describe = move |refusal: &Refusal| {
        let lang = state.lang.get();
        match refusal {
            Refusal::TooLarge => tf(
                lang,
                Key::AssessmentImportFailed,
                &[("reason", t(lang, Key::ImportTooLarge))],
            ),
            Refusal::Reason(why) => tf(lang, Key::AssessmentImportFailed, &[("reason", why.as_str())]),
            Refusal::Unavailable => t(lang, Key::DocumentsFailed).to_string(),
        }
    };
    view! {
        <div class="import">
            <label for="importer">{state.tr(Key::AssessmentImport)}</label>
            <input id="importer" type="file" accept=".json,application/json" on:change=on_import/>
            {move || import_error.get().map(|e| view! {
                <div class="ds-alert notice" role="alert"><p>{move || describe(&e)}</p></div>
            })}
        </div>
    }
}
