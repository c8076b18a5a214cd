//! Routes: every kind of place read from its fragment into typed data, the answers a link
//! carries decoded or explained, and the fragment written back the one that was opened.

use rundskriv_core::codec::answers::DecodeError;
use rundskriv_core::codec::follow_ups::FollowUps;
use rundskriv_core::content::{block_id, section_id, BLOCKS};
use rundskriv_core::engine::{Answer, Answers};
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::route::{
    Anchor, AssessmentRoute, AssessmentView, FromLink, LinkAnswers, LinkFollowUps, Route, TreeAnswers, TreeRoute,
};
use rundskriv_core::trees::{fact_id, TreeId, TREES};

fn tree(id: &str) -> TreeId {
    TREES.find(|t| t.id == id).expect("the tree exists")
}

#[test]
fn parses_every_kind_of_place() {
    let point = section_id("1.6").unwrap();
    assert_eq!(Route::parse(""), Route::Start);
    assert_eq!(Route::parse("#/"), Route::Start);
    assert_eq!(Route::parse("#/innhold"), Route::Contents);
    assert_eq!(Route::parse("#/tilgjengelighet"), Route::Accessibility);
    assert_eq!(Route::parse("#/punkt/1.6"), Route::section(point));
    assert_eq!(
        Route::parse("#/punkt/1-6"),
        Route::section(point),
        "the section's id names it too"
    );
    assert_eq!(
        Route::parse("#/punkt/1.6/felleskomponenter-krav-altinn"),
        Route::block(block_id("felleskomponenter-krav-altinn").unwrap())
    );
    assert_eq!(
        Route::parse("#/punkt/1.6/finnes-ikke"),
        Route::Section {
            section: point,
            block: Some(Anchor::Missing("finnes-ikke".into()))
        }
    );
    assert_eq!(Route::parse("#/hele"), Route::Whole { block: None });
    assert_eq!(
        Route::parse("#/sok?q=klarspr%C3%A5k"),
        Route::Search {
            query: "klarspråk".into()
        }
    );
    assert_eq!(
        Route::parse("#/sok?q=10+millioner"),
        Route::Search {
            query: "10 millioner".into()
        }
    );
    assert_eq!(
        Route::parse("#/noe/annet/helt/galt"),
        Route::NotFound("/noe/annet/helt/galt".into())
    );
    assert!(Route::parse("#/punkt/9.9").is_not_found());
    assert!(Route::parse("#/veiviser/finnes-ikke").is_not_found());
    assert!(Route::parse("#/egenvurdering/noe-annet").is_not_found());
}

#[test]
fn a_tree_link_holds_its_tree_its_question_and_its_answers_decoded() {
    let Route::Tree(route) =
        Route::parse("#/veiviser/altinn/endre/virksomhetstype?v=1&svar=virksomhetstype:departement")
    else {
        panic!("a tree route");
    };
    assert_eq!(route.tree, tree("altinn"));
    assert_eq!(route.edit, fact_id("virksomhetstype"));
    let TreeAnswers::Link(answers) = route.answers else {
        panic!("answers for this version")
    };
    let answers = answers.value.expect("valid answers");
    assert_eq!(answers.len(), 1);
    assert!(matches!(
        answers[&fact_id("virksomhetstype").unwrap()],
        Answer::Choice(_)
    ));
}

#[test]
fn a_tree_link_says_what_is_wrong_with_its_answers() {
    let answers = |link: &str| match Route::parse(link) {
        Route::Tree(route) => route.answers,
        other => panic!("{link} → {other:?}"),
    };
    assert_eq!(answers("#/veiviser/altinn"), TreeAnswers::Saved);
    assert_eq!(
        answers("#/veiviser/altinn?v=1"),
        TreeAnswers::Saved,
        "no answers to be outdated"
    );
    assert!(matches!(
        answers("#/veiviser/altinn?v=999&svar=virksomhetstype:departement"),
        TreeAnswers::Outdated { version, .. } if version == "999"
    ));
    assert!(matches!(
        answers("#/veiviser/altinn?v=1&svar=finnes-ikke:ja"),
        TreeAnswers::Link(FromLink {
            value: Err(DecodeError::UnknownFact(_)),
            ..
        })
    ));
    assert!(
        matches!(
            answers("#/veiviser/altinn?svar=virksomhetstype:departement"),
            TreeAnswers::Link(FromLink { value: Ok(_), .. })
        ),
        "a link without a version is read as this version's"
    );
}

#[test]
fn an_assessment_link_holds_its_view_answers_and_follow_ups() {
    let Route::Assessment(route) = Route::parse("#/egenvurdering/endre/virksomhetstype?svar=virksomhetstype:kommune")
    else {
        panic!("an assessment route");
    };
    assert_eq!(route.view, AssessmentView::Edit(fact_id("virksomhetstype").unwrap()));
    assert!(route.answers.is_some_and(|a| a.value.is_ok_and(|a| a.len() == 1)));
    assert_eq!(route.follow, None, "none in the link: the saved ones");
    let Route::Assessment(route) = Route::parse("#/egenvurdering/endre/finnes-ikke") else {
        panic!("an assessment route");
    };
    assert_eq!(route.view, AssessmentView::Questions);
}

#[test]
fn links_the_app_writes_keep_their_form() {
    let altinn = tree("altinn");
    let Route::Tree(opened) = Route::parse("#/veiviser/altinn?v=1&svar=virksomhetstype:departement") else {
        panic!("a tree route");
    };
    let TreeAnswers::Link(link) = &opened.answers else {
        panic!("answers")
    };
    let answers = link.value.clone().unwrap();
    let route = Route::Tree(TreeRoute {
        tree: altinn,
        edit: fact_id("virksomhetstype"),
        answers: TreeAnswers::Link(LinkAnswers::new(&answers, answers.keys().copied())),
        made_under: MadeUnder::Newest,
    });
    assert_eq!(
        route.href(),
        "#/veiviser/altinn/endre/virksomhetstype?v=1&svar=virksomhetstype:departement"
    );
    assert_eq!(Route::Tree(TreeRoute::saved(altinn)).href(), "#/veiviser/altinn");
    let restart = Route::Tree(TreeRoute {
        tree: altinn,
        edit: None,
        answers: TreeAnswers::Link(LinkAnswers::new(&Answers::new(), [])),
        made_under: MadeUnder::Newest,
    });
    assert_eq!(restart.href(), "#/veiviser/altinn?v=1&svar=");
    let result = Route::Assessment(AssessmentRoute {
        view: AssessmentView::Result,
        answers: Some(LinkAnswers::new(&answers, answers.keys().copied())),
        follow: Some(LinkFollowUps::new(&FollowUps::new())),
        made_under: MadeUnder::Newest,
    });
    assert_eq!(
        result.href(),
        "#/egenvurdering/resultat?svar=virksomhetstype:departement"
    );
}

#[test]
fn every_route_survives_a_round_trip() {
    let routes = [
        "#/",
        "#/innhold",
        "#/tilgjengelighet",
        "#/hele/bakgrunn-digital-agenda",
        "#/hele/finnes-ikke",
        "#/sok?q=sky%20%26%20%C2%ABEHF%C2%BB%20100%25",
        "#/punkt/1.12",
        "#/punkt/1.6/annet-avsnitt",
        "#/veiviser/altinn?v=1&svar=virksomhetstype:departement,krever-innlogging:ja",
        "#/veiviser/altinn?v=2&svar=virksomhetstype:departement",
        "#/veiviser/altinn?v=1&svar=finnes-ikke:ja",
        "#/veiviser/altinn?v=1&svar=prosjektkostnad:12.5005",
        "#/egenvurdering/oppsummering?svar=virksomhetstype:kommune&oppf=noe~1~x",
    ];
    for link in routes {
        let route = Route::parse(link);
        assert!(!route.is_not_found(), "{link}");
        assert_eq!(Route::parse(&route.href()), route, "{link}");
        assert_eq!(route.href(), link, "the address written back is the one opened");
    }
}

#[test]
fn every_block_has_a_link_that_leads_back_to_it() {
    for (id, block) in BLOCKS.with_ids() {
        match Route::parse(&Route::block(id).href()) {
            Route::Section {
                block: Some(Anchor::Block(found)),
                ..
            }
            | Route::Whole {
                block: Some(Anchor::Block(found)),
            } => assert_eq!(found, id),
            other => panic!("{} → {other:?}", block.id()),
        }
    }
}

#[test]
fn garbled_escapes_do_not_panic() {
    for input in [
        "%",
        "%2",
        "%zz",
        "%E2%82",
        "%%%",
        "#/sok?q=%ff%fe",
        "#/punkt/%",
        "#/veiviser/%E2%82",
    ] {
        let _ = Route::parse(input);
    }
}

#[test]
fn a_point_address_with_more_than_one_paragraph_is_not_found() {
    // `#/punkt/1.6/a/b` names no place; reading it as paragraph `a` would hide a garbled link.
    assert!(Route::parse("#/punkt/1.6/felleskomponenter-krav-altinn/x").is_not_found());
    assert!(!Route::parse("#/punkt/1.6/felleskomponenter-krav-altinn").is_not_found());
}

#[test]
fn an_empty_search_links_to_the_search_page_without_a_query() {
    let empty = Route::Search { query: String::new() };
    assert_eq!(empty.href(), "#/sok");
    assert_eq!(Route::parse("#/sok"), empty);
}

#[test]
fn a_refused_link_says_in_the_log_which_pair_is_wrong() {
    // The console line a support person reads when a pasted link is refused.
    let error = rundskriv_core::codec::answers::decode("virksomhetstype:kanskje").unwrap_err();
    assert_eq!(error.to_string(), "`kanskje` is no answer to `virksomhetstype`");
    assert_eq!(DecodeError::UnknownFact("x".into()).to_string(), "unknown question `x`");
}

#[test]
fn the_assessment_addresses_open_their_views() {
    for (link, view) in [
        ("#/egenvurdering", AssessmentView::Questions),
        ("#/egenvurdering/oppsummering", AssessmentView::Summary),
        ("#/egenvurdering/resultat", AssessmentView::Result),
    ] {
        let Route::Assessment(route) = Route::parse(link) else {
            panic!("{link} is no assessment address");
        };
        assert_eq!(route.view, view, "{link}");
    }
}

#[test]
fn only_the_pages_that_show_the_circular_s_text_wait_for_its_words() {
    for link in [
        "#/punkt/1.6",
        "#/punkt/1.6/felleskomponenter-krav-altinn",
        "#/hele",
        "#/sok?q=altinn",
        "#/veiviser/altinn",
        "#/egenvurdering/resultat",
    ] {
        assert!(Route::parse(link).needs_circular_words(), "{link}");
    }
    for link in ["#/", "#/innhold", "#/tilgjengelighet", "#/finnes-ikke"] {
        assert!(!Route::parse(link).needs_circular_words(), "{link}");
    }
}

#[test]
fn only_tree_and_assessment_pages_wait_for_the_tree_texts() {
    for link in [
        "#/veiviser/altinn",
        "#/veiviser/altinn/endre/virksomhetstype",
        "#/egenvurdering",
        "#/egenvurdering/resultat",
    ] {
        assert!(Route::parse(link).needs_tree_texts(), "{link}");
    }
    for link in [
        "#/",
        "#/innhold",
        "#/punkt/1.6",
        "#/hele",
        "#/sok?q=altinn",
        "#/tilgjengelighet",
        "#/finnes-ikke",
    ] {
        assert!(!Route::parse(link).needs_tree_texts(), "{link}");
    }
}
