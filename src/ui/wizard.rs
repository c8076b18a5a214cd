//! The decision trees in the browser: one question per page, the result with its quoted basis,
//! answers in the URL (shareable) and in local storage (resumable), "Endre" and "Slett svarene".

use super::question::QuestionForm;
use super::results::{answer_row, basis, open_points, verdict_class, verdict_key};
use super::{browser, state};
use leptos::prelude::*;
use rundskriv_core::content::EDITION;
use rundskriv_core::engine::{most_questions, walk, Answer, Answers, Walk};
use rundskriv_core::i18n::{tf, Key};
use rundskriv_core::route::Route;
use rundskriv_core::share::{self, DecodeError};
use rundskriv_core::trees::{fact_id, FactId, Tree, FACTS, OUTCOMES, TREES};

const ANSWERS_STORAGE_KEY: &str = "rundskrivveilederen.svar";
/// Where an unreadable entry is put aside before new answers are saved, so that nothing the user
/// had (from another version of the app, say) is overwritten without a trace.
const UNREADABLE_STORAGE_KEY: &str = "rundskrivveilederen.svar.ulest";

/// Answers saved in this browser; Err when something unreadable is stored there.
pub fn saved_answers() -> Result<Answers, DecodeError> {
    match browser::load(ANSWERS_STORAGE_KEY) {
        None => Ok(Answers::new()),
        Some(text) => share::from_storage(&text),
    }
}

/// What the footer of a tree or the self-assessment says about keeping the answers: that they
/// stay in this browser, or, where it keeps nothing, that the page's address holds them.
pub fn saved_note() -> Key {
    if browser::storage_works() {
        Key::TreeSavedNote
    } else {
        Key::TreeNotSavedNote
    }
}

/// Merges `answers` into the saved ones (facts are shared by all trees: "kun én gang").
pub fn save_answers(answers: &Answers) {
    let mut all = saved_answers().unwrap_or_else(|_| {
        if let Some(unreadable) = browser::load(ANSWERS_STORAGE_KEY) {
            browser::save(UNREADABLE_STORAGE_KEY, &unreadable);
        }
        Answers::new()
    });
    all.extend(answers.iter().map(|(k, v)| (*k, *v)));
    browser::save(ANSWERS_STORAGE_KEY, &share::to_storage(&all));
}

/// The facts of `answers` in the order the tree asks them, then any others.
fn in_asking_order(tree: &Tree, answers: &Answers) -> Vec<FactId> {
    share::asking_order(walk(tree, answers).path, answers)
}

fn tree_route(tree: &Tree, edit: Option<FactId>, answers: &Answers, facts: impl IntoIterator<Item = FactId>) -> Route {
    Route::Tree {
        id: tree.id.to_string(),
        edit: edit.map(|f| FACTS[f].id.to_string()),
        version: Some(tree.version.to_string()),
        answers: Some(share::encode(answers, facts)),
    }
}

/// Why the answers in the link were not used.
enum LinkProblem {
    Garbled(DecodeError),
    Outdated,
}

/// The list of trees, for the start page.
#[component]
pub fn TreeList() -> impl IntoView {
    let state = state();
    let items: Vec<AnyView> = TREES
        .iter()
        .map(|tree| {
            let href = Route::Tree {
                id: tree.id.to_string(),
                edit: None,
                version: None,
                answers: None,
            }
            .href();
            view! {
                <li>
                    <a href=href>{state.tr_text(tree.title)}</a>
                    <p class="hint">{state.tr_text(tree.intro)}</p>
                </li>
            }
            .into_any()
        })
        .collect();
    view! { <ul class="tree-list">{items}</ul> }
}

#[component]
pub fn TreePage(
    tree: &'static Tree,
    edit: Option<String>,
    version: Option<String>,
    answers: Option<String>,
) -> impl IntoView {
    let state = state();
    let mut problem = None;
    let mut storage_problem = false;
    let given: Answers = match answers {
        // No answers in the link: resume with what this browser saved.
        None => match saved_answers() {
            Ok(saved) => {
                let resumed = walk(tree, &saved);
                let route = tree_route(tree, None, &saved, resumed.path.iter().copied());
                state.replace(&route);
                saved.into_iter().filter(|(f, _)| resumed.path.contains(f)).collect()
            }
            Err(_) => {
                storage_problem = true;
                Answers::new()
            }
        },
        Some(text) => match (version.as_deref(), share::decode(&text)) {
            (Some(v), _) if v != tree.version.to_string() => {
                problem = Some(LinkProblem::Outdated);
                Answers::new()
            }
            (_, Ok(answers)) => answers,
            (_, Err(e)) => {
                problem = Some(LinkProblem::Garbled(e));
                Answers::new()
            }
        },
    };
    let result = walk(tree, &given);
    let edit_fact = edit
        .as_deref()
        .and_then(fact_id)
        .filter(|f| result.path.contains(f) || result.next == Some(*f));
    // A bad link never touches the answers saved in this browser: say so, and offer them.
    let keep_saved = move || {
        matches!(saved_answers(), Ok(saved) if !saved.is_empty()).then(|| {
            let resume = Route::Tree {
                id: tree.id.to_string(),
                edit: None,
                version: None,
                answers: None,
            }
            .href();
            view! { <p>{state.tr(Key::TreeLinkSaved)} " " <a href=resume>{state.tr(Key::TreeLinkResume)}</a></p> }
        })
    };
    let notice = match problem {
        Some(LinkProblem::Garbled(e)) => Some(view! {
            <div class="notice" role="alert"><p>{move || tf(state.lang.get(), Key::TreeLinkGarbled, &[("detail", &e.describe(state.lang.get()))])}</p>{keep_saved()}</div>
        }.into_any()),
        Some(LinkProblem::Outdated) => Some(view! {
            <div class="notice" role="alert"><p>{state.tr(Key::TreeLinkOutdated)}</p>{keep_saved()}</div>
        }.into_any()),
        None if storage_problem => Some(view! {
            <div class="notice" role="alert">
                <p>{state.tr(Key::TreeStorageBad)}</p>
                <ForgetAnswers after=tree_route(tree, None, &Answers::new(), [])/>
            </div>
        }.into_any()),
        None => None,
    };
    let body = match (edit_fact, result.next) {
        (Some(fact), _) | (None, Some(fact)) => {
            view! { <TreeQuestion tree=tree fact=fact answers=given.clone() walk=result.clone()/> }.into_any()
        }
        (None, None) => view! { <TreeResult tree=tree answers=given.clone() walk=result.clone()/> }.into_any(),
    };
    view! {
        {notice}
        {body}
        <div class="tree-footer">
            <p class="hint">{state.tr(saved_note())}</p>
            <ForgetAnswers after=tree_route(tree, None, &Answers::new(), [])/>
        </div>
    }
}

/// "Slett svarene mine": forgets the saved answers (and `also_forget`), then goes to `after`.
#[component]
pub fn ForgetAnswers(after: Route, #[prop(optional)] also_forget: Option<&'static str>) -> impl IntoView {
    let state = state();
    let forget = move |_| {
        browser::remove(ANSWERS_STORAGE_KEY);
        if let Some(key) = also_forget {
            browser::remove(key);
        }
        state.go(after.clone());
        state.status.set(state.text(Key::TreeForgotten).to_string());
    };
    view! { <button type="button" class="secondary" on:click=forget>{state.tr(Key::TreeForget)}</button> }
}

/// A tree's question: its place in the tree, the way back, and where an answer leads.
#[component]
fn TreeQuestion(tree: &'static Tree, fact: FactId, answers: Answers, walk: Walk) -> impl IntoView {
    let state = state();
    let position = walk.path.iter().position(|p| *p == fact).unwrap_or(walk.path.len());
    let back = match position.checked_sub(1) {
        Some(previous) => tree_route(
            tree,
            Some(walk.path[previous]),
            &answers,
            in_asking_order(tree, &answers),
        )
        .href(),
        None => Route::Start.href(),
    };
    let current = answers.get(&fact).copied();
    let most = most_questions(tree).max(position + 1);
    let caption = move || {
        let lang = state.lang.get();
        let n = (position + 1).to_string();
        format!(
            "{} · {}",
            tree.title.get(lang),
            tf(lang, Key::TreeQuestionOf, &[("n", &n), ("max", &most.to_string())])
        )
    };
    let on_answer = Callback::new(move |answer: Answer| {
        let mut next = answers.clone();
        next.insert(fact, answer);
        save_answers(&next);
        state.go(tree_route(tree, None, &next, in_asking_order(tree, &next)));
    });
    view! {
        <QuestionForm fact=fact current=current caption=Signal::derive(caption) back=back
            intro=(position == 0).then_some(tree.intro) on_answer=on_answer/>
    }
}

#[component]
fn TreeResult(tree: &'static Tree, answers: Answers, walk: Walk) -> impl IntoView {
    let state = state();
    let share_route = tree_route(tree, None, &answers, walk.path.iter().copied());
    let verdicts: Vec<AnyView> = walk
        .outcomes
        .iter()
        .map(|&o| {
            let outcome = &OUTCOMES[o];
            view! {
                <section class=verdict_class(outcome.verdict)>
                    <h2>
                        <span class="verdict-label">{state.tr(verdict_key(outcome.verdict))}</span>
                        <span class="verdict-title">{state.tr_text(outcome.title)}</span>
                    </h2>
                    <p>{state.tr_text(outcome.text)}</p>
                    {basis(outcome.cites)}
                </section>
            }
            .into_any()
        })
        .collect();
    let summary: Vec<AnyView> = walk
        .path
        .iter()
        .map(|&fact| {
            answer_row(
                fact,
                answers[&fact],
                tree_route(tree, Some(fact), &answers, in_asking_order(tree, &answers)).href(),
            )
        })
        .collect();
    let open = open_points(&walk.open, |fact| {
        tree_route(tree, Some(fact), &answers, in_asking_order(tree, &answers)).href()
    });
    let copy = move |_| state.copy_link(state.share_url(&share_route));
    let restart = tree_route(tree, None, &Answers::new(), []).href();
    view! {
        <p class="eyebrow">{state.tr(Key::TreeResult)}</p>
        <h1 id="page-heading" tabindex="-1">{state.tr_text(tree.title)}</h1>
        <div class="verdicts">{verdicts}</div>
        {open}
        <section class="answers">
            <h2>{state.tr(Key::TreeAnswersTitle)}</h2>
            <dl class="summary">{summary}</dl>
        </section>
        <p class="hint">{state.trf(Key::TreeEdition, "replaces", EDITION.replaces.to_string())}</p>
        <div class="actions">
            <button type="button" class="primary" on:click=copy>{state.tr(Key::TreeCopyResult)}</button>
            <a class="button-link" href=restart>{state.tr(Key::TreeRestart)}</a>
        </div>
    }
}
