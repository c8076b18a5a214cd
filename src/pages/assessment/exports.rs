//! The result's ways out: print, Markdown, CSV and JSON files, the case document on the
//! clipboard (formatted and plain), an e-mail, and the share link, with a clear word when the link
//! has grown too long for e-mail and chat.

use super::follow_up::Editor;
use crate::platform::{clipboard, dom, download};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::engine::Answers;
use rundskriv_core::export::{case_document, csv, json, mailto, markdown, Report};
use rundskriv_core::ui_strings::Key;

/// Makes something of the report as it stands (tracked: the e-mail link follows every change).
fn with_report<T>(
    answers: StoredValue<Answers>,
    editor: Editor,
    link: impl Fn() -> String,
    make: impl FnOnce(&Report) -> T,
) -> T {
    let (follow, link) = (editor.follow.get(), link());
    answers.with_value(|answers| {
        make(&Report {
            answers,
            follow: &follow,
            lang: state().lang.get(),
            today: download::today(),
            interval: editor.interval.get(),
            link: &link,
        })
    })
}

/// The buttons and the e-mail link; `link` gives the share link as it stands.
pub fn export_actions(
    answers: StoredValue<Answers>,
    editor: Editor,
    link: impl Fn() -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = state();
    let report = move |make: &dyn Fn(&Report) -> String| with_report(answers, editor, link, make);
    let file = move |extension: &str, mime: &str, make: &dyn Fn(&Report) -> String| {
        let name = format!("egenvurdering-{}.{extension}", download::today().iso());
        download::download(&name, mime, &untrack(|| report(make)));
    };
    let download_json = move |_| {
        let text = untrack(|| {
            answers.with_value(|a| json::to_json(a, &editor.follow.get(), state.lang.get(), &download::today().iso()))
        });
        download::download(&format!("egenvurdering-{}.json", download::today().iso()), "application/json", &text);
    };
    let copy_document = move |_| {
        let (html, plain) = untrack(|| (report(&case_document::case_document), report(&markdown::markdown)));
        leptos::task::spawn_local(async move {
            let ok = clipboard::copy_document(html, plain).await;
            let key = if ok { Key::AssessmentDocumentCopied } else { Key::CopyFailed };
            state.status.set(state.text(key).to_string());
        });
    };
    let mail = Memo::new(move |_| with_report(answers, editor, link, mailto::mailto));
    let too_long = move || {
        (!mail.with(|m| m.has_link)).then(|| {
            let length = link().chars().count().to_string();
            view! { <div class="notice" role="status"><p>{state.trf(Key::AssessmentLinkTooLong, "length", length)}</p></div> }
        })
    };
    view! {
        <div class="actions export-actions">
            <button type="button" class="primary" on:click=|_| dom::print()>{state.tr(Key::AssessmentPrint)}</button>
            <button type="button" class="secondary" on:click=move |_| file("md", "text/markdown;charset=utf-8", &markdown::markdown)>{state.tr(Key::AssessmentDownloadMd)}</button>
            <button type="button" class="secondary" on:click=move |_| file("csv", "text/csv;charset=utf-8", &csv::csv)>{state.tr(Key::AssessmentDownloadCsv)}</button>
            <button type="button" class="secondary" on:click=download_json>{state.tr(Key::AssessmentDownloadJson)}</button>
            <button type="button" class="secondary" on:click=copy_document>{state.tr(Key::AssessmentCopyDocument)}</button>
            <a class="button-link secondary" href=move || mail.with(|m| m.href.clone())>{state.tr(Key::AssessmentEmail)}</a>
            <button type="button" class="secondary" on:click=move |_| state.copy_link(link())>{state.tr(Key::AssessmentCopyLink)}</button>
        </div>
        {too_long}
    }
}
