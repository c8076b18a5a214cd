//! The decision trees in the browser: one question per page, the result with its quoted basis,
//! answers in the URL (shareable) and in local storage (resumable), "Endre" and "Slett svarene".

use super::text::inline_text;
use super::{browser, state};
use leptos::prelude::*;
use rundskrivveilederen::content::{PartKind, BLOCKS, EDITION};
use rundskrivveilederen::engine::{walk, Answer, Answers, Walk};
use rundskrivveilederen::i18n::{tf, Key};
use rundskrivveilederen::route::Route;
use rundskrivveilederen::share::{self, DecodeError};
use rundskrivveilederen::trees::{fact_index, FactKind, Tree, Verdict, FACTS, OUTCOMES, TREES};

const ANSWERS_STORAGE_KEY: &str = "rundskrivveilederen.svar";
/// Where an unreadable entry is put aside before new answers are saved, so that nothing the user
/// had (from another version of the app, say) is overwritten without a trace.
const UNREADABLE_STORAGE_KEY: &str = "rundskrivveilederen.svar.ulest";

/// Answers saved in this browser; Err when something unreadable is stored there.
fn saved_answers() -> Result<Answers, DecodeError> {
    match browser::load(ANSWERS_STORAGE_KEY) {
        None => Ok(Answers::new()),
        Some(text) => share::from_storage(&text),
    }
}

/// Merges `answers` into the saved ones (facts are shared by all trees: "kun én gang").
fn save_answers(answers: &Answers) {
    let mut all = saved_answers().unwrap_or_else(|_| {
        if let Some(unreadable) = browser::load(ANSWERS_STORAGE_KEY) {
            browser::save(UNREADABLE_STORAGE_KEY, &unreadable);
        }
        Answers::new()
    });
    all.extend(answers.iter().map(|(k, v)| (*k, *v)));
    browser::save(ANSWERS_STORAGE_KEY, &share::to_storage(&all));
}

fn tree_route(tree: &Tree, edit: Option<u16>, answers: &Answers, facts: impl IntoIterator<Item = u16>) -> Route {
    Route::Tree {
        id: tree.id.to_string(),
        edit: edit.map(|f| FACTS[f as usize].id.to_string()),
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
                    <a href=href>{move || tree.title.get(state.lang.get())}</a>
                    <p class="hint">{move || tree.intro.get(state.lang.get())}</p>
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
        .and_then(fact_index)
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
            view! { <p>{move || state.text(Key::TreeLinkSaved)} " " <a href=resume>{move || state.text(Key::TreeLinkResume)}</a></p> }
        })
    };
    let notice = match problem {
        Some(LinkProblem::Garbled(e)) => Some(view! {
            <div class="notice" role="alert"><p>{move || tf(state.lang.get(), Key::TreeLinkGarbled, &[("detail", &e.to_string())])}</p>{keep_saved()}</div>
        }.into_any()),
        Some(LinkProblem::Outdated) => Some(view! {
            <div class="notice" role="alert"><p>{move || state.text(Key::TreeLinkOutdated)}</p>{keep_saved()}</div>
        }.into_any()),
        None if storage_problem => Some(view! {
            <div class="notice" role="alert">
                <p>{move || state.text(Key::TreeStorageBad)}</p>
                <ForgetButton tree=tree/>
            </div>
        }.into_any()),
        None => None,
    };
    let body = match (edit_fact, result.next) {
        (Some(fact), _) | (None, Some(fact)) => {
            view! { <Question tree=tree fact=fact answers=given.clone() walk=result.clone()/> }.into_any()
        }
        (None, None) => view! { <TreeResult tree=tree answers=given.clone() walk=result.clone()/> }.into_any(),
    };
    view! {
        {notice}
        {body}
        <div class="tree-footer">
            <p class="hint">{move || state.text(Key::TreeSavedNote)}</p>
            <ForgetButton tree=tree/>
        </div>
    }
}

#[component]
fn ForgetButton(tree: &'static Tree) -> impl IntoView {
    let state = state();
    let forget = move |_| {
        browser::remove(ANSWERS_STORAGE_KEY);
        state.status.set(state.text(Key::TreeForgotten).to_string());
        state.go(tree_route(tree, None, &Answers::new(), []));
    };
    view! { <button type="button" class="secondary" on:click=forget>{move || state.text(Key::TreeForget)}</button> }
}

fn answer_label(fact: u16, answer: Answer, lang: rundskrivveilederen::i18n::Lang) -> String {
    let f = &FACTS[fact as usize];
    match answer {
        Answer::Unknown => rundskrivveilederen::i18n::t(lang, Key::TreeUnknown).to_string(),
        Answer::Number(_) => format!(
            "{} {}",
            share::answer_text(fact, answer).replace(
                '.',
                if lang == rundskrivveilederen::i18n::Lang::En {
                    "."
                } else {
                    ","
                }
            ),
            f.unit.map(|u| u.get(lang)).unwrap_or_default()
        ),
        Answer::Choice(c) => match f.kind {
            FactKind::YesNo => {
                rundskrivveilederen::i18n::t(lang, if c == 0 { Key::TreeYes } else { Key::TreeNo }).to_string()
            }
            _ => f
                .choices
                .get(c as usize)
                .and_then(|c| c.label)
                .map(|l| l.get(lang).to_string())
                .unwrap_or_default(),
        },
    }
}

#[component]
fn Question(tree: &'static Tree, fact: u16, answers: Answers, walk: Walk) -> impl IntoView {
    let state = state();
    let f = &FACTS[fact as usize];
    let position = walk.path.iter().position(|p| *p == fact).unwrap_or(walk.path.len());
    let back = match position.checked_sub(1) {
        Some(previous) => tree_route(tree, Some(walk.path[previous]), &answers, answers.keys().copied()).href(),
        None => Route::Start.href(),
    };
    let current = answers.get(&fact).copied();
    let error = RwSignal::new(None::<Key>);
    let number_text = RwSignal::new(match current {
        Some(answer @ Answer::Number(_)) => share::answer_text(fact, answer).replace('.', ","),
        _ => String::new(),
    });
    let chosen = RwSignal::new(current);
    let submit = {
        let answers = answers.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let answer = if f.kind == FactKind::Number && chosen.get_untracked() != Some(Answer::Unknown) {
                match share::parse_number(&number_text.get_untracked()) {
                    Some(v) => Some(Answer::Number(v)),
                    None => {
                        error.set(Some(Key::TreeErrorNumber));
                        None
                    }
                }
            } else {
                let a = chosen.get_untracked();
                if a.is_none() {
                    error.set(Some(Key::TreeErrorChoose));
                }
                a
            };
            match answer {
                Some(answer) => {
                    let mut next = answers.clone();
                    next.insert(fact, answer);
                    save_answers(&next);
                    state.go(tree_route(tree, None, &next, next.keys().copied()));
                }
                None => {
                    request_animation_frame(|| {
                        browser::focus_element("feiloppsummering", false);
                    });
                }
            }
        }
    };
    let first_input = if f.kind == FactKind::Number {
        "svar-tall"
    } else {
        "svar-0"
    };
    let error_summary = move || {
        error.get().map(|key| {
            view! {
                <div class="error-summary" id="feiloppsummering" tabindex="-1" role="alert" aria-labelledby="feiloppsummering-tittel">
                    <h2 id="feiloppsummering-tittel">{move || state.text(Key::TreeErrorTitle)}</h2>
                    <ul>
                        <li><a href=format!("#{first_input}") on:click=move |ev| {
                            ev.prevent_default();
                            browser::focus_element(first_input, true);
                        }>{move || state.text(key)}</a></li>
                    </ul>
                </div>
            }
        })
    };
    let error_message = move || {
        error
            .get()
            .map(|key| view! { <p class="error-message" id="svar-feil">{move || state.text(key)}</p> })
    };
    let described_by = move || {
        let mut ids = Vec::new();
        if f.help.is_some() {
            ids.push("svar-hjelp");
        }
        if error.get().is_some() {
            ids.push("svar-feil");
        }
        ids.join(" ")
    };
    let intro = (position == 0).then(|| view! { <p class="lead">{move || tree.intro.get(state.lang.get())}</p> });
    let help = f.help.map(|help| {
        view! {
            <details class="help" id="svar-hjelp">
                <summary>{move || state.text(Key::TreeHelp)}</summary>
                <p>{move || help.get(state.lang.get())}</p>
            </details>
        }
    });
    let choices: Vec<AnyView> = match f.kind {
        FactKind::Number => vec![view! {
            <div class="number-field">
                <input id="svar-tall" type="text" inputmode="decimal" autocomplete="off" class="number"
                    aria-describedby=described_by aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || number_text.get()
                    on:input=move |ev| { number_text.set(event_target_value(&ev)); chosen.set(None); }/>
                <span class="unit">{move || f.unit.map(|u| u.get(state.lang.get())).unwrap_or_default()}</span>
            </div>
        }
        .into_any()],
        _ => (0..f.choices.len() as u8)
            .map(|i| radio(fact, i, Answer::Choice(i), chosen, described_by))
            .collect(),
    };
    let unknown = f.unknown.then(|| {
        let index = if f.kind == FactKind::Number {
            1
        } else {
            f.choices.len() as u8
        };
        view! {
            <p class="or">{move || state.text(Key::TreeOr)}</p>
            {radio(fact, index, Answer::Unknown, chosen, described_by)}
        }
    });
    view! {
        <p><a class="back-link" href=back>{move || state.text(Key::TreeBack)}</a></p>
        {error_summary}
        <p class="eyebrow">{move || tree.title.get(state.lang.get())} " · " {move || tf(state.lang.get(), Key::TreeQuestionNumber, &[("n", &(position + 1).to_string())])}</p>
        {intro}
        <form class="question" on:submit=submit novalidate=true>
            <fieldset class=move || if error.get().is_some() { "has-error" } else { "" }>
                <legend>
                    <h1 id="page-heading" tabindex="-1">{move || f.question.get(state.lang.get())}</h1>
                </legend>
                {help}
                {error_message}
                <div class="choices">{choices}{unknown}</div>
            </fieldset>
            <button type="submit" class="primary">{move || state.text(Key::TreeContinue)}</button>
        </form>
    }
}

fn radio(
    fact: u16,
    index: u8,
    answer: Answer,
    chosen: RwSignal<Option<Answer>>,
    described_by: impl Fn() -> String + Send + Sync + Copy + 'static,
) -> AnyView {
    let state = state();
    let id = format!("svar-{index}");
    let label = move || answer_label(fact, answer, state.lang.get());
    let label = move || match answer {
        Answer::Number(_) => String::new(),
        _ => label(),
    };
    view! {
        <div class="choice">
            <input type="radio" name="svar" id=id.clone() aria-describedby=described_by
                prop:checked=move || chosen.get() == Some(answer)
                on:change=move |_| chosen.set(Some(answer))/>
            <label for=id>{label}</label>
        </div>
    }
    .into_any()
}

fn verdict_key(verdict: Verdict) -> Key {
    match verdict {
        Verdict::Krav => Key::VerdictKrav,
        Verdict::Anbefaling => Key::VerdictAnbefaling,
        Verdict::GjelderIkke => Key::VerdictGjelderIkke,
        Verdict::MaVurderes => Key::VerdictMaVurderes,
        Verdict::Apent => Key::VerdictApent,
    }
}

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Krav => "verdict verdict-krav",
        Verdict::Anbefaling => "verdict verdict-anbefaling",
        Verdict::GjelderIkke => "verdict verdict-gjelder-ikke",
        Verdict::MaVurderes => "verdict verdict-ma-vurderes",
        Verdict::Apent => "verdict verdict-apent",
    }
}

/// The quoted paragraph with where it stands in the circular.
pub fn quote(block_index: u16) -> AnyView {
    let state = state();
    let block = &BLOCKS[block_index as usize];
    let section = block.section();
    let part = match block.part {
        PartKind::Krav => " · Krav",
        PartKind::Anbefaling => " · Anbefaling",
        PartKind::Veiledning => " · Veiledning",
        PartKind::None => "",
    };
    let place = if section.number.is_empty() {
        section.title.to_string()
    } else {
        format!("{} {}{part}", section.number, section.title)
    };
    view! {
        <blockquote class="quote" lang="nb">
            <p>{inline_text(block)}</p>
            <footer>
                <a href=Route::block(block).href()>
                    <span class="visually-hidden" lang=move || state.lang.get().tag()>{move || state.text(Key::TreeReadInCircular)} ": "</span>
                    {place}
                </a>
            </footer>
        </blockquote>
    }
    .into_any()
}

#[component]
fn TreeResult(tree: &'static Tree, answers: Answers, walk: Walk) -> impl IntoView {
    let state = state();
    let share_route = tree_route(tree, None, &answers, walk.path.iter().copied());
    let verdicts: Vec<AnyView> = walk
        .outcomes
        .iter()
        .map(|&o| {
            let outcome = &OUTCOMES[o as usize];
            let quotes: Vec<AnyView> = outcome.cites.iter().map(|&c| quote(c)).collect();
            view! {
                <section class=verdict_class(outcome.verdict)>
                    <h2>
                        <span class="verdict-label">{move || state.text(verdict_key(outcome.verdict))}</span>
                        <span class="verdict-title">{move || outcome.title.get(state.lang.get())}</span>
                    </h2>
                    <p>{move || outcome.text.get(state.lang.get())}</p>
                    <details class="basis" open=true>
                        <summary>{move || state.text(Key::TreeBasis)}</summary>
                        {quotes}
                    </details>
                </section>
            }
            .into_any()
        })
        .collect();
    let summary: Vec<AnyView> = walk
        .path
        .iter()
        .map(|&fact| {
            let f = &FACTS[fact as usize];
            let answer = answers[&fact];
            let change = tree_route(tree, Some(fact), &answers, answers.keys().copied()).href();
            view! {
                <div class="summary-row">
                    <dt>{move || f.question.get(state.lang.get())}</dt>
                    <dd>{move || answer_label(fact, answer, state.lang.get())}</dd>
                    <dd class="summary-action">
                        <a href=change aria-label=move || tf(state.lang.get(), Key::TreeChangeLabel, &[("question", f.question.get(state.lang.get()))])>
                            {move || state.text(Key::TreeChange)}
                        </a>
                    </dd>
                </div>
            }
            .into_any()
        })
        .collect();
    let open = (!walk.open.is_empty()).then(|| {
        let items: Vec<AnyView> = walk
            .open
            .iter()
            .map(|&fact| {
                let f = &FACTS[fact as usize];
                let change = tree_route(tree, Some(fact), &answers, answers.keys().copied()).href();
                view! { <li><a href=change>{move || f.question.get(state.lang.get())}</a></li> }.into_any()
            })
            .collect();
        view! {
            <section class="open-points">
                <h2>{move || state.text(Key::TreeOpenTitle)}</h2>
                <p>{move || state.text(Key::TreeOpenText)}</p>
                <ul>{items}</ul>
            </section>
        }
    });
    let copy = move |_| {
        let url = state.share_url(&share_route);
        leptos::task::spawn_local(async move {
            let ok = browser::copy_to_clipboard(url).await;
            state
                .status
                .set(state.text(if ok { Key::Copied } else { Key::CopyFailed }).to_string());
        });
    };
    let restart = tree_route(tree, None, &Answers::new(), []).href();
    view! {
        <p class="eyebrow">{move || state.text(Key::TreeResult)}</p>
        <h1 id="page-heading" tabindex="-1">{move || tree.title.get(state.lang.get())}</h1>
        <div class="verdicts">{verdicts}</div>
        {open}
        <section class="answers">
            <h2>{move || state.text(Key::TreeAnswersTitle)}</h2>
            <dl class="summary">{summary}</dl>
        </section>
        <p class="hint">{move || tf(state.lang.get(), Key::TreeEdition, &[("replaces", EDITION.replaces)])}</p>
        <div class="actions">
            <button type="button" class="primary" on:click=copy>{move || state.text(Key::TreeCopyResult)}</button>
            <a class="button-link" href=restart>{move || state.text(Key::TreeRestart)}</a>
        </div>
    }
}
