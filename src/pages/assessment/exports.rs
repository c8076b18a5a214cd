//! The result's ways out: print, Markdown, CSV and JSON files, the case document on the
//! clipboard (formatted and plain), an e-mail, and the share link, with a clear word when the link
//! has grown too long for e-mail and chat. The buttons are core's markup
//! (`markup::overview::export_actions`), served by one click listener reading `data-action`.

use super::follow_up::Editor;
use crate::platform::{clipboard, dom, download};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::engine::Answers;
use rundskriv_core::export::{case_document, csv, json, mailto, markdown, Report};
use rundskriv_core::markup::overview::export_actions as actions_markup;
use rundskriv_core::markup::ExportAction;
use rundskriv_core::ui_strings::Key;

/// Makes something of the report as it stands (tracked: the e-mail link follows every change).
fn with_report<T>(answers: StoredValue<Answers>, editor: Editor, link: &str, make: impl FnOnce(&Report) -> T) -> T {
    let follow = editor.follow.get();
    answers.with_value(|answers| {
        make(&Report {
            answers,
            follow: &follow,
            lang: state().lang.get(),
            today: download::today(),
            interval: editor.interval.get(),
            link,
        })
    })
}

/// Offers what `make` writes as a file `egenvurdering-<today>.<extension>`.
fn offer_file(extension: &str, mime: &str, text: &str) {
    download::download(&format!("egenvurdering-{}.{extension}", download::today().iso()), mime, text);
}

/// The buttons and the e-mail link; `link` gives the share link as it stands.
pub fn export_actions(answers: StoredValue<Answers>, editor: Editor, link: impl Fn() -> String + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = state();
    let report = move |make: fn(&Report) -> String| untrack(|| with_report(answers, editor, &link(), make));
    let run = move |action: ExportAction| match action {
        ExportAction::Print => dom::print(),
        ExportAction::Markdown => offer_file("md", "text/markdown;charset=utf-8", &report(markdown::markdown)),
        ExportAction::Csv => offer_file("csv", "text/csv;charset=utf-8", &report(csv::csv)),
        ExportAction::Json => {
            let text = untrack(|| {
                let date = download::today().iso();
                answers.with_value(|a| json::to_json(a, &editor.follow.get(), state.lang.get(), &date))
            });
            offer_file("json", "application/json", &text);
        }
        ExportAction::CopyDocument => {
            let (html, plain) = (report(case_document::case_document), report(markdown::markdown));
            leptos::task::spawn_local(async move {
                let ok = clipboard::copy_document(html, plain).await;
                let key = if ok { Key::AssessmentDocumentCopied } else { Key::CopyFailed };
                state.status.set(state.text(key).to_string());
            });
        }
        ExportAction::CopyLink => state.copy_link(link()),
    };
    let html = move || {
        let link = link();
        let mail = with_report(answers, editor, &link, mailto::mailto);
        actions_markup(&mail, link.chars().count(), state.lang.get())
    };
    view! {
        <div inner_html=html on:click=move |ev| {
            if let Some(action) = dom::clicked_data(&ev, "data-action").and_then(|a| ExportAction::from_id(&a)) {
                run(action);
            }
        }></div>
    }
}
