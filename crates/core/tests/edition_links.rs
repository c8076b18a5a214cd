//! The places that concern editions: the "Hva er endret" page's addresses, and a link's mark of
//! the edition its answers were made under (`u=`), read and written back as it was opened.

use rundskriv_core::content::section_id;
use rundskriv_core::made_under::MadeUnder;
use rundskriv_core::route::{Route, TreeRoute};
use rundskriv_core::trees::TREES;

#[test]
fn the_changes_page_has_an_address_for_itself_and_each_point() {
    let point = section_id("1.6").unwrap();
    assert_eq!(Route::parse("#/endringer"), Route::Changes { point: None });
    let changed = Route::parse("#/endringer/1.6");
    assert_eq!(changed, Route::Changes { point: Some(point) });
    assert_eq!(Route::parse(&changed.href()), changed);
    assert!(Route::parse("#/endringer/99.9").is_not_found());
}

#[test]
fn a_links_edition_mark_is_kept_as_opened() {
    let altinn = TREES.find(|t| t.id == "altinn").expect("the tree exists");
    // A link made under another edition keeps its mark, so the page it opens can say so.
    let older = "#/veiviser/altinn?v=1&svar=&u=id-eldre";
    let older_route = Route::parse(older);
    let Route::Tree(tree_route) = &older_route else {
        panic!("a tree")
    };
    assert_eq!(tree_route.made_under, MadeUnder::Unknown("id-eldre".into()));
    assert_eq!(older_route.href(), older);
    let Route::Assessment(assessment) = Route::parse("#/egenvurdering/resultat?svar=&u=id-eldre") else {
        panic!("the self-assessment")
    };
    assert_eq!(assessment.made_under, MadeUnder::Unknown("id-eldre".into()));
    assert_eq!(
        Route::parse("#/veiviser/altinn?u=id-eldre"),
        Route::Tree(TreeRoute::saved(altinn)),
        "no answers in the link: the saved ones, which are this edition's"
    );
}
