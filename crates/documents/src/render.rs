//! What the module does with a request: reads it, makes the document it asks for with core's
//! writers, or reads the imported file; every failure is a `Refused` reply in the user's language.

use rundskriv_core::codec::{answers, follow_ups};
use rundskriv_core::export::request::{Format, Reply, Request, CASE_DOCUMENT_SPLIT};
use rundskriv_core::export::{case_document, csv, json, mail, markdown, Report};
use rundskriv_core::ui_strings::{t, Key, Lang};
use rundskriv_core::{content_words, lang_texts};

/// The reply to `input`, a request for `format` (its `Format::code`).
pub fn answer(format: u32, input: &[u8]) -> Reply {
    let request = std::str::from_utf8(input).ok().and_then(Request::parse);
    let (Some(request), Some(format)) = (request, Format::from_code(format)) else {
        // No language to be had from a request that does not read.
        return Reply::Refused(t(Lang::Nb, Key::DocumentsFailed).to_string());
    };
    let lang = request.lang;
    // The app's own checked copy of the language's texts; a mismatch leaves them in bokmål,
    // which beats no document.
    if !lang_texts::trees_available(lang) {
        let _ = lang_texts::install(lang, request.lang_text.to_string());
    }
    // The circular's words, which every document quotes; the app has them checked and at hand.
    let _ = content_words::install(request.words.to_string());
    if format == Format::Import {
        return import(&request);
    }
    let answers = match answers::decode(request.answers) {
        Ok(answers) => answers,
        Err(e) => return Reply::Refused(e.describe(lang)),
    };
    let follow = match follow_ups::decode(request.follow) {
        Ok((follow, _dropped)) => follow,
        Err(e) => return Reply::Refused(e.describe(lang)),
    };
    let report = Report {
        answers: &answers,
        follow: &follow,
        lang,
        today: request.today,
        interval: request.interval,
        link: request.link,
    };
    match format {
        Format::Markdown => Reply::Done(markdown::markdown(&report)),
        Format::Json => Reply::Done(json::to_json(&answers, &follow, lang, &request.today.iso())),
        Format::Csv => Reply::Done(csv::csv(&report)),
        Format::CaseDocument => Reply::Done(format!(
            "{}{CASE_DOCUMENT_SPLIT}{}",
            case_document::html(&report),
            case_document::plain(&report)
        )),
        Format::Mail => match mail::mailto(&report) {
            m if m.has_link => Reply::Done(m.url),
            m => Reply::DoneWithoutLink(m.url),
        },
        Format::Import => unreachable!("handled above"),
    }
}

/// An imported file as the answers' and the follow-ups' link texts, one line each, for the app to
/// decode as it decodes a link.
fn import(request: &Request) -> Reply {
    match json::from_json(request.payload) {
        // The third line is the edition the file was made under, as a link's `u=` (empty: none).
        Ok(file) => Reply::Done(format!(
            "{}\n{}\n{}",
            answers::encode_all(&file.answers),
            follow_ups::encode(&file.follow),
            file.made_under.mark().unwrap_or_default()
        )),
        Err(e) => Reply::Refused(e.describe(request.lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rundskriv_core::assessment::{checklist, progress};
    use rundskriv_core::codec::follow_ups::{FollowUp, FollowUps, Status};
    use rundskriv_core::date::{Date, ReviewInterval};
    use rundskriv_core::engine::Answers;
    use rundskriv_core::review::takes_follow_up;
    use rundskriv_core::trees::OUTCOMES;

    fn some() -> (Answers, FollowUps) {
        let answers = answers::decode("virksomhetstype:departement").unwrap();
        let items = checklist(&progress(&answers));
        let followed = items
            .iter()
            .find(|i| takes_follow_up(OUTCOMES[i.outcome].verdict))
            .unwrap();
        let mut follow = FollowUps::new();
        follow.insert(followed.outcome, FollowUp::new(Status::UnderArbeid, "sak\n1"));
        (answers, follow)
    }

    fn request_text(lang: Lang, answers: &str, follow: &str, payload: &str) -> String {
        Request {
            lang,
            today: Date::parse_iso("2026-12-02").unwrap(),
            interval: ReviewInterval::default(),
            link: "https://example.org/#/egenvurdering/resultat",
            answers,
            follow,
            lang_text: "",
            words: "",
            payload,
        }
        .encode()
    }

    #[test]
    fn every_format_is_made_from_the_link_texts() {
        let (a, f) = some();
        let (a_text, f_text) = (answers::encode_all(&a), follow_ups::encode(&f));
        let input = request_text(Lang::En, &a_text, &f_text, "");
        let reply = |format: Format| answer(format.code(), input.as_bytes());
        let Reply::Done(md) = reply(Format::Markdown) else {
            panic!()
        };
        assert!(md.contains("sak\n    1") && md.contains("In progress"), "{md}");
        let Reply::Done(csv) = reply(Format::Csv) else { panic!() };
        assert!(csv.starts_with('\u{FEFF}') && csv.contains("\"sak\n1\""));
        let Reply::Done(doc) = reply(Format::CaseDocument) else {
            panic!()
        };
        let (html, plain) = doc.split_once(CASE_DOCUMENT_SPLIT).unwrap();
        assert!(html.contains("sak<br>1") && plain.contains("sak\n"));
        assert!(matches!(reply(Format::Mail), Reply::Done(url) if url.starts_with("mailto:?subject=")));
        let Reply::Done(file) = reply(Format::Json) else {
            panic!()
        };
        let import = request_text(Lang::En, "", "", &file);
        let Reply::Done(texts) = answer(Format::Import.code(), import.as_bytes()) else {
            panic!()
        };
        let made_under = rundskriv_core::made_under::MadeUnder::Newest;
        assert_eq!(
            texts,
            format!("{a_text}\n{f_text}\n{}", made_under.mark().unwrap_or_default())
        );
    }

    #[test]
    fn what_cannot_be_read_is_refused_in_words() {
        let refused =
            |format: u32, input: &[u8]| matches!(answer(format, input), Reply::Refused(why) if !why.is_empty());
        assert!(refused(Format::Csv.code(), b"garbage"));
        assert!(refused(99, request_text(Lang::Nb, "", "", "").as_bytes()));
        assert!(refused(Format::Csv.code(), &[0xff, 0xfe, 0]));
        assert!(refused(
            Format::Csv.code(),
            request_text(Lang::Nb, "finnes:ikke", "", "").as_bytes()
        ));
        assert!(refused(
            Format::Import.code(),
            request_text(Lang::Nn, "", "", "{\"a\": [").as_bytes()
        ));
    }
}
