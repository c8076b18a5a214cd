//! The self-assessment (egenvurdering): every tree's questions once, grouped into sections, a
//! summary with "Endre", and the organisation's own checklist with follow-up, print, Markdown
//! and JSON export, JSON import and a shareable link.

use super::question::QuestionForm;
use super::results::{answer_row, basis, open_points, verdict_class, verdict_key};
use super::wizard::{save_answers, saved_answers, saved_note, ForgetAnswers};
use super::{browser, state};
use leptos::prelude::*;
use rundskriv_core::assessment::{checklist, open_facts, progress, Item, Progress};
use rundskriv_core::content::{EDITION, SECTIONS};
use rundskriv_core::engine::{Answer, Answers};
use rundskriv_core::i18n::{t, tf, Key, Lang};
use rundskriv_core::report::{self, FollowUps, ImportError, VERDICT_ORDER};
use rundskriv_core::route::{AssessmentView, Route};
use rundskriv_core::share;
use rundskriv_core::trees::{fact_id, FactId, FactSection, OutcomeId, Verdict, FACTS, OUTCOMES};
use rundskriv_core::TableId as _;

const FOLLOW_STORAGE_KEY: &str = "rundskrivveilederen.oppfolging";
/// Files larger than this are refused before they are read.
const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

fn load_follow() -> FollowUps {
    browser::load(FOLLOW_STORAGE_KEY)
        .and_then(|text| text.strip_prefix("1|").map(String::from))
        .and_then(|text| report::decode_follow_ups(&text).ok())
        .map(|(follow, _)| follow)
        .unwrap_or_default()
}

fn save_follow(follow: &FollowUps) {
    browser::save(FOLLOW_STORAGE_KEY, &format!("1|{}", report::encode_follow_ups(follow)));
}

/// The facts of `answers`, in the order the questionnaire asks them, then any others.
fn asked_order(answers: &Answers) -> Vec<FactId> {
    share::asking_order(progress(answers).asked, answers)
}

fn route_to(view: AssessmentView, answers: &Answers, follow: &FollowUps) -> Route {
    Route::Assessment {
        view,
        answers: Some(share::encode(answers, asked_order(answers))),
        follow: Some(report::encode_follow_ups(follow)),
    }
}

fn section_key(section: FactSection) -> Key {
    match section {
        FactSection::Virksomheten => Key::SectionVirksomheten,
        FactSection::Tjenesten => Key::SectionTjenesten,
        FactSection::Anskaffelser => Key::SectionAnskaffelser,
        FactSection::Prosjektet => Key::SectionProsjektet,
    }
}

const ALL_SECTIONS: [FactSection; 4] = [
    FactSection::Virksomheten,
    FactSection::Tjenesten,
    FactSection::Anskaffelser,
    FactSection::Prosjektet,
];

#[component]
pub fn AssessmentPage(view: AssessmentView, answers: Option<String>, follow: Option<String>) -> impl IntoView {
    let state = state();
    let mut notices: Vec<AnyView> = Vec::new();
    let given: Answers = match answers {
        None => match saved_answers() {
            Ok(saved) => saved,
            Err(_) => {
                notices.push(view! { <p>{state.tr(Key::TreeStorageBad)}</p> }.into_any());
                Answers::new()
            }
        },
        Some(text) => share::decode(&text).unwrap_or_else(|e| {
            notices.push(
                view! { <p>{move || tf(state.lang.get(), Key::TreeLinkGarbled, &[("detail", &e.describe(state.lang.get()))])}</p> }
                    .into_any(),
            );
            Answers::new()
        }),
    };
    let follow_ups = match follow {
        None => load_follow(),
        Some(text) => match report::decode_follow_ups(&text) {
            Ok((follow, 0)) => follow,
            Ok((follow, dropped)) => {
                notices.push(
                    view! { <p>{state.trf(Key::AssessmentFollowupDropped, "count", dropped.to_string())}</p> }
                        .into_any(),
                );
                follow
            }
            Err(e) => {
                notices.push(view! { <p>{move || tf(state.lang.get(), Key::TreeLinkGarbled, &[("detail", &e.describe(state.lang.get()))])}</p> }.into_any());
                FollowUps::new()
            }
        },
    };
    let p = progress(&given);
    let edit = match &view {
        AssessmentView::Edit(id) => fact_id(id).filter(|f| given.contains_key(f) || p.next == Some(*f)),
        _ => None,
    };
    let notice = (!notices.is_empty()).then(|| view! { <div class="notice" role="alert">{notices}</div> });
    let body = match (edit, p.next, view) {
        (Some(fact), _, _) | (None, Some(fact), _) => {
            view! { <AssessmentQuestion fact=fact answers=given.clone() follow=follow_ups.clone() progress=p.clone()/> }
                .into_any()
        }
        (None, None, AssessmentView::Result) => {
            view! { <AssessmentResult answers=given.clone() follow=follow_ups.clone() progress=p.clone()/> }.into_any()
        }
        (None, None, _) => {
            view! { <AssessmentSummary answers=given.clone() follow=follow_ups.clone() progress=p.clone()/> }.into_any()
        }
    };
    view! {
        {notice}
        {body}
        <div class="tree-footer">
            <ImportAssessment/>
            <p class="hint">{state.tr(saved_note())}</p>
            <ForgetAnswers after=Route::Assessment { view: AssessmentView::Questions, answers: Some(String::new()), follow: None } also_forget=FOLLOW_STORAGE_KEY/>
        </div>
    }
}

/// Loads an exported assessment (JSON). A refused file changes nothing and says why.
#[component]
fn ImportAssessment() -> impl IntoView {
    let state = state();
    let import_error = RwSignal::new(None::<ImportError>);
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = browser::chosen_file(&ev) else { return };
        if file.size() > MAX_IMPORT_BYTES {
            import_error.set(Some(ImportError::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = browser::read_file_text(&file).await.unwrap_or_default();
            match report::from_json(&text) {
                Ok((imported, imported_follow)) => {
                    import_error.set(None);
                    save_answers(&imported);
                    save_follow(&imported_follow);
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

/// The four sections with the current one marked, as a list a screen reader can step through.
fn steps(current: FactSection) -> impl IntoView {
    let state = state();
    let items: Vec<AnyView> = ALL_SECTIONS
        .iter()
        .map(|&s| {
            let marker = match s.cmp(&current) {
                std::cmp::Ordering::Less => "step done",
                std::cmp::Ordering::Equal => "step current",
                std::cmp::Ordering::Greater => "step",
            };
            view! { <li class=marker aria-current=(s == current).then_some("step")>{state.tr(section_key(s))}</li> }
                .into_any()
        })
        .collect();
    view! {
        <nav class="steps-nav" aria-label=state.tr(Key::AssessmentProgress)>
            <ol class="steps">{items}</ol>
        </nav>
    }
}

#[component]
fn AssessmentQuestion(fact: FactId, answers: Answers, follow: FollowUps, progress: Progress) -> impl IntoView {
    let state = state();
    let section = FACTS[fact].section;
    let position = progress
        .asked
        .iter()
        .position(|f| *f == fact)
        .unwrap_or(progress.asked.len());
    let back = match position.checked_sub(1) {
        Some(previous) => route_to(
            AssessmentView::Edit(FACTS[progress.asked[previous]].id.to_string()),
            &answers,
            &follow,
        )
        .href(),
        None => Route::Start.href(),
    };
    let caption = move || {
        let lang = state.lang.get();
        format!(
            "{} · {} · {}",
            t(lang, Key::AssessmentTitle),
            t(lang, section_key(section)),
            tf(lang, Key::TreeQuestionNumber, &[("n", &(position + 1).to_string())])
        )
    };
    let current = answers.get(&fact).copied();
    let on_answer = Callback::new(move |answer: Answer| {
        let mut next = answers.clone();
        next.insert(fact, answer);
        save_answers(&next);
        state.go(route_to(AssessmentView::Questions, &next, &follow));
    });
    view! {
        {steps(section)}
        <QuestionForm fact=fact current=current caption=Signal::derive(caption) back=back
            intro=None on_answer=on_answer/>
    }
}

/// The answers grouped by section, each with a link to change it.
fn answer_rows(answers: &Answers, follow: &FollowUps, asked: &[FactId]) -> Vec<AnyView> {
    let state = state();
    ALL_SECTIONS
        .iter()
        .filter_map(|&section| {
            let rows: Vec<AnyView> = asked
                .iter()
                .filter(|&&f| FACTS[f].section == section)
                .filter_map(|&fact| {
                    let answer = *answers.get(&fact)?;
                    let change = route_to(AssessmentView::Edit(FACTS[fact].id.to_string()), answers, follow).href();
                    Some(answer_row(fact, answer, change))
                })
                .collect();
            (!rows.is_empty()).then(|| {
                view! {
                    <h3>{state.tr(section_key(section))}</h3>
                    <dl class="summary">{rows}</dl>
                }
                .into_any()
            })
        })
        .collect()
}

#[component]
fn AssessmentSummary(answers: Answers, follow: FollowUps, progress: Progress) -> impl IntoView {
    let state = state();
    let result = route_to(AssessmentView::Result, &answers, &follow).href();
    view! {
        <p class="eyebrow">{state.tr(Key::AssessmentTitle)}</p>
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::AssessmentSummaryTitle)}</h1>
        <section class="answers">{answer_rows(&answers, &follow, &progress.asked)}</section>
        <p class="actions"><a class="button-link primary" href=result>{state.tr(Key::AssessmentSeeResult)}</a></p>
    }
}

fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
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

#[component]
fn AssessmentResult(answers: Answers, follow: FollowUps, progress: Progress) -> impl IntoView {
    let state = state();
    let items = checklist(&progress);
    let follow = RwSignal::new(follow);
    let answers = StoredValue::new(answers);
    let link = move || {
        state.share_url(&route_to(
            AssessmentView::Result,
            &answers.get_value(),
            &follow.get_untracked(),
        ))
    };
    let update_follow = Callback::new(move |(outcome, change): (OutcomeId, FollowChange)| {
        follow.update(|all| {
            let entry = all.entry(outcome).or_default();
            match change {
                FollowChange::Done(done) => entry.done = done,
                FollowChange::Note(note) => entry.note = note.chars().take(report::MAX_NOTE_CHARS).collect(),
            }
        });
        let current = follow.get_untracked();
        save_follow(&current);
        state.replace(&route_to(AssessmentView::Result, &answers.get_value(), &current));
    });
    let download_md = move |_| {
        let md = report::markdown(
            &answers.get_value(),
            &follow.get_untracked(),
            state.lang.get_untracked(),
            &today(),
            &link(),
        );
        browser::download(
            &format!("egenvurdering-{}.md", today()),
            "text/markdown;charset=utf-8",
            &md,
        );
    };
    let download_json = move |_| {
        let json = report::to_json(
            &answers.get_value(),
            &follow.get_untracked(),
            state.lang.get_untracked(),
            &today(),
        );
        browser::download(&format!("egenvurdering-{}.json", today()), "application/json", &json);
    };
    let copy = move |_| state.copy_link(link());
    let summary = {
        let items = items.clone();
        let progress = progress.clone();
        move || report::summary_line(&items, &progress, state.lang.get())
    };
    let groups: Vec<AnyView> = VERDICT_ORDER
        .iter()
        .filter(|v| **v != Verdict::GjelderIkke)
        .filter_map(|&verdict| {
            let of_kind: Vec<Item> = items
                .iter()
                .filter(|i| OUTCOMES[i.outcome].verdict == verdict)
                .cloned()
                .collect();
            (!of_kind.is_empty()).then(|| {
                let count = of_kind.len();
                view! {
                    <section class="checklist-group">
                        <h2>{state.tr(verdict_key(verdict))} " (" {count} ")"</h2>
                        {by_point(&of_kind, Some((follow, update_follow)))}
                    </section>
                }
                .into_any()
            })
        })
        .collect();
    let not_applicable: Vec<Item> = items
        .iter()
        .filter(|i| OUTCOMES[i.outcome].verdict == Verdict::GjelderIkke)
        .cloned()
        .collect();
    let shown = RwSignal::new(false);
    let not_applicable_count = not_applicable.len();
    let not_applicable_view = (!not_applicable.is_empty()).then(|| {
        view! {
            <section class="checklist-group not-applicable">
                <h2>{state.tr(Key::AssessmentNotApplicable)} " (" {not_applicable_count} ")"</h2>
                <button type="button" class="secondary" aria-expanded=move || shown.get().to_string() aria-controls="gjelder-ikke"
                    on:click=move |_| shown.update(|s| *s = !*s)>
                    {move || if shown.get() { state.text(Key::AssessmentHideNotApplicable).to_string() } else { tf(state.lang.get(), Key::AssessmentShowNotApplicable, &[("count", &not_applicable_count.to_string())]) }}
                </button>
                <div id="gjelder-ikke" class="collapsible" class:is-collapsed=move || !shown.get()>
                    {by_point(&not_applicable, None)}
                </div>
            </section>
        }
    });
    let open = open_facts(&progress);
    let answers_now = answers.get_value();
    let follow_now = follow.get_untracked();
    let open_view = open_points(&open, |fact| {
        route_to(
            AssessmentView::Edit(FACTS[fact].id.to_string()),
            &answers_now,
            &follow_now,
        )
        .href()
    });
    let date = today();
    view! {
        <p class="eyebrow">{state.tr(Key::AssessmentTitle)}</p>
        <h1 id="page-heading" tabindex="-1">{state.tr(Key::AssessmentResultTitle)}</h1>
        <p class="lead counts">{summary}</p>
        <p class="hint">
            {state.tr(Key::AssessmentDate)} ": " {date.clone()} ". "
            {state.trf(Key::TreeEdition, "replaces", EDITION.replaces.to_string())}
        </p>
        <div class="actions export-actions">
            <button type="button" class="primary" on:click=|_| browser::print()>{state.tr(Key::AssessmentPrint)}</button>
            <button type="button" class="secondary" on:click=download_md>{state.tr(Key::AssessmentDownloadMd)}</button>
            <button type="button" class="secondary" on:click=download_json>{state.tr(Key::AssessmentDownloadJson)}</button>
            <button type="button" class="secondary" on:click=copy>{state.tr(Key::AssessmentCopyLink)}</button>
        </div>
        {groups}
        {open_view}
        {not_applicable_view}
        <section class="answers">
            <h2>{state.tr(Key::TreeAnswersTitle)}</h2>
            {answer_rows(&answers.get_value(), &follow.get_untracked(), &progress.asked)}
        </section>
    }
}

/// A change to one verdict's follow-up.
#[derive(Clone)]
enum FollowChange {
    Done(bool),
    Note(String),
}

/// Checklist items under the point of the circular they rest on; krav get follow-up controls.
/// The follow-up state and how to change it, for the items that take follow-up.
type FollowEditor = (RwSignal<FollowUps>, Callback<(OutcomeId, FollowChange)>);

fn by_point(items: &[Item], editor: Option<FollowEditor>) -> Vec<AnyView> {
    let state = state();
    let mut out = Vec::new();
    let mut index = 0;
    while index < items.len() {
        let section = items[index].section;
        let end = items[index..]
            .iter()
            .position(|i| i.section != section)
            .map_or(items.len(), |p| index + p);
        let s = &SECTIONS[section];
        let place = if s.number.is_empty() {
            s.title.to_string()
        } else {
            format!("{} {}", s.number, s.title)
        };
        let entries: Vec<AnyView> = items[index..end]
            .iter()
            .map(|item| {
                let outcome = item.outcome;
                let o = &OUTCOMES[outcome];
                let controls = editor.filter(|_| o.verdict == Verdict::Krav).map(|(follow, update)| {
                    let check_id = format!("fulgt-opp-{}", outcome.index());
                    let note_id = format!("notat-{}", outcome.index());
                    view! {
                        <div class="follow-up">
                            <div class="choice">
                                <input type="checkbox" id=check_id.clone()
                                    prop:checked=move || follow.with(|f| f.get(&outcome).is_some_and(|f| f.done))
                                    on:change=move |ev| update.run((outcome, FollowChange::Done(event_target_checked(&ev))))/>
                                <label for=check_id>{state.tr(Key::AssessmentDone)}</label>
                            </div>
                            <label for=note_id.clone() class="note-label">{state.tr(Key::AssessmentNote)}</label>
                            <input type="text" class="note" id=note_id maxlength="500"
                                prop:value=move || follow.with(|f| f.get(&outcome).map(|f| f.note.clone()).unwrap_or_default())
                                on:change=move |ev| update.run((outcome, FollowChange::Note(event_target_value(&ev))))/>
                        </div>
                    }
                });
                view! {
                    <li class=verdict_class(o.verdict)>
                        <h4 class="verdict-title">{state.tr_text(o.title)}</h4>
                        <p>{state.tr_text(o.text)}</p>
                        {controls}
                        {basis(o.cites)}
                    </li>
                }
                .into_any()
            })
            .collect();
        out.push(
            view! {
                <h3 class="point-heading" lang="nb">{place}</h3>
                <ul class="checklist">{entries}</ul>
            }
            .into_any(),
        );
        index = end;
    }
    out
}
