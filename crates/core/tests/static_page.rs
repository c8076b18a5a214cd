//! The plain page (`export::static_page`): every anchor once, old ids too, every word and link,
//! no script, escaped text.

use rundskriv_core::content::{Mark, BLOCKS};
use rundskriv_core::export::static_page::{escape, render};
use rundskriv_core::ui_strings::{t, Key, Lang};

#[test]
fn every_anchor_of_the_circular_is_on_the_page_once() {
    let page = render("app.css", "./");
    for block in BLOCKS.iter() {
        // A chapter's title block shares the chapter heading's id.
        let needle = format!("id=\"{}\"", block.id());
        assert_eq!(page.matches(&needle).count(), 1, "{}", block.id());
    }
    assert!(page.contains("id=\"felleskomponenter-krav-altinn\""));
}

#[test]
fn every_old_id_is_an_anchor_inside_its_block() {
    let page = render("app.css", "./");
    let mut old = 0;
    for block in BLOCKS.iter() {
        let Some(id) = block.old_id() else { continue };
        let anchor = format!("<span id=\"{id}\"></span>");
        assert_eq!(page.matches(&format!("id=\"{id}\"")).count(), 1, "{id}");
        // Right after the opening tag of the block's own element, so the browser scrolls to it.
        let at = page.find(&anchor).expect("the old anchor");
        let own = page.find(&format!(" id=\"{}\"", block.id())).expect("the block");
        assert!(
            own < at && !page[own..at].contains('<'),
            "{id} is not inside {}",
            block.id()
        );
        old += 1;
    }
    assert!(page
        .contains("<div class=\"block\" id=\"felleskomponenter-krav-altinn\"><span id=\"1-6-krav-altinn\"></span><p>"));
    assert!(old > 100, "{old} old ids");
}

#[test]
fn every_word_and_link_of_the_circular_is_on_the_page() {
    let page = render("app.css", "./");
    for block in BLOCKS.iter() {
        for mark in block.marks {
            if let Mark::Link { href, .. } = mark {
                assert!(page.contains(&format!("href=\"{}\"", escape(href))), "{href}");
            }
        }
    }
    assert!(page.contains("Altinn: Virksomheten skal i utgangspunktet ta i bruk Altinns infrastruktur"));
    // Footnote references lead to their note and back.
    assert!(page.contains("href=\"#elektronisk-faktura-fotnote-2\" id=\"ref-elektronisk-faktura-fotnote-2\""));
    assert!(page.contains("<li id=\"elektronisk-faktura-fotnote-2\" value=\"2\">"));
}

#[test]
fn the_page_has_no_script_and_no_inline_style_and_names_its_stylesheet() {
    let page = render("app-123.css", "./");
    assert!(!page.contains("<script"));
    assert!(!page.contains("style="));
    assert!(!page.contains("<style"));
    assert!(page.contains("<link rel=\"stylesheet\" href=\"app-123.css\">"));
    assert_eq!(page.matches("<h1").count(), 1);
    assert_eq!(
        page.matches("<ul").count(),
        page.matches("</ul>").count(),
        "lists are closed"
    );
    for lang in Lang::ALL {
        assert!(page.contains(t(lang, Key::StaticIntro)), "{lang:?}");
    }
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d");
    let page = render("x\"><script>.css", "./");
    assert!(!page.contains("<script>"));
}
