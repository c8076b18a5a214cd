//! The result's export buttons: print, Markdown, JSON, CSV, copy to a case document, e-mail and
//! the link. Every document is made by the documents module (`platform::documents`), loaded on
//! the first click; what happened is said in a live region under the buttons. The e-mail is a
//! `mailto:` link that appears there: a link opens the user's mail program where one is set up,
//! and where none is, nothing fails (a script's navigation to `mailto:` is an error then).

use crate::platform::{clipboard, documents, dom, download};
use crate::state::state;
use leptos::prelude::*;
use rundskriv_core::codec::follow_ups::FollowUps;
use rundskriv_core::codec::{answers as answer_codec, follow_ups};
use rundskriv_core::date::Date;
use rundskriv_core::engine::Answers;
use rundskriv_core::export::mail::MAX_MAILTO_CHARS;
use rundskriv_core::export::request::{Format, Reply, Request, CASE_DOCUMENT_SPLIT};
use rundskriv_core::review::ReviewInterval;
use rundskriv_core::ui_strings::{Key, Lang};
use rundskriv_core::{content_words, lang_texts};

/// The documents module's request for the assessment (`payload`: an imported file, else "").
pub(super) fn request_text(
    lang: Lang,
    interval: ReviewInterval,
    link: &str,
    answers: &Answers,
    follow: &FollowUps,
    payload: &str,
) -> String {
    Request {
        lang,
        today: download::today(),
        interval,
        link,
        answers: &answer_codec::encode_all(answers),
        follow: &follow_ups::encode(follow),
        // The module has bokmål's UI strings compiled in, as the app has; the file of texts the
        // app shows now (bokmål's tree texts, another language's texts) comes along.
        lang_text: lang_texts::file_text(lang).unwrap_or_default(),
        words: content_words::text().unwrap_or_default(),
        payload,
    }
    .encode()
}

/// A file's name: `egenvurdering-2026-12-02.csv`.
fn file_name(today: Date, extension: &str) -> String {
    format!("egenvurdering-{}.{extension}", today.iso())
}

#[component]
pub fn ExportActions(
    answers: StoredValue<Answers>,
    follow: RwSignal<FollowUps>,
    /// The share link to the assessment as it stands.
    link: Callback<(), String>,
    /// The user's review interval: what the documents mark as due for review.
    interval: RwSignal<ReviewInterval>,
) -> impl IntoView {
    let state = state();
    let message = RwSignal::new(None::<Key>);
    let mail_href = RwSignal::new(None::<String>);
    let deliver = move |format: Format, reply: Reply| {
        let today = download::today();
        let text = match reply {
            Reply::Done(text) => text,
            Reply::DoneWithoutLink(url) => {
                message.set(Some(Key::MailLinkTooLong));
                return mail_href.set(Some(url));
            }
            Reply::Refused(_) => return message.set(Some(Key::DocumentsFailed)),
        };
        match format {
            Format::Markdown => download::download(&file_name(today, "md"), "text/markdown;charset=utf-8", &text),
            Format::Json => download::download(&file_name(today, "json"), "application/json", &text),
            Format::Csv => download::download(&file_name(today, "csv"), "text/csv;charset=utf-8", &text),
            Format::CaseDocument => {
                let (html, plain) = text
                    .split_once(CASE_DOCUMENT_SPLIT)
                    .unwrap_or((text.as_str(), text.as_str()));
                let (html, plain) = (html.to_string(), plain.to_string());
                leptos::task::spawn_local(async move {
                    let copied = clipboard::copy_formatted(&html, &plain).await;
                    message.set(Some(if copied {
                        Key::DocumentCopied
                    } else {
                        Key::DocumentCopyFailed
                    }));
                });
            }
            Format::Mail => mail_href.set(Some(text)),
            Format::Import => {}
        }
    };
    let make = move |format: Format| {
        message.set(None);
        mail_href.set(None);
        let request = request_text(
            state.lang.get_untracked(),
            interval.get_untracked(),
            &link.run(()),
            &answers.get_value(),
            &follow.get_untracked(),
            "",
        );
        let folder = state.file_href("");
        leptos::task::spawn_local(async move {
            match documents::make(format, request, folder).await {
                Ok(reply) => deliver(format, reply),
                Err(documents::Unavailable) => message.set(Some(Key::DocumentsFailed)),
            }
        });
    };
    let button = move |format: Format, key: Key| {
        view! { <button type="button" class="ds-button ds-variant-secondary" on:click=move |_| make(format)>{state.tr(key)}</button> }
    };
    view! {
        <div class="actions export-actions">
            <button type="button" class="ds-button" on:click=|_| dom::print()>{state.tr(Key::AssessmentPrint)}</button>
            {button(Format::Markdown, Key::AssessmentDownloadMd)}
            {button(Format::Json, Key::AssessmentDownloadJson)}
            {button(Format::Csv, Key::AssessmentDownloadCsv)}
            {button(Format::CaseDocument, Key::AssessmentCopyDocument)}
            {button(Format::Mail, Key::AssessmentEmail)}
            <button type="button" class="ds-button ds-variant-secondary" on:click=move |_| {
                let url = link.run(());
                // What cuts a `mailto:` address on its way cuts a pasted link too (docs/formats.md).
                mail_href.set(None);
                message.set((url.chars().count() > MAX_MAILTO_CHARS).then_some(Key::AssessmentLinkLong));
                state.copy_link(url)
            }>{state.tr(Key::AssessmentCopyLink)}</button>
        </div>
        <div class="export-status" role="status">
            {move || message.get().map(|key| view! { <p>{state.tr(key)}</p> })}
            {move || mail_href.get().map(|href| view! { <p><a href=href class="mail-link">{state.tr(Key::MailOpen)}</a></p> })}
        </div>
    }
}
