//! The "Hva er endret" fragment as HTML: its sections and ids, the circular's words marked bokmål,
//! what was taken out and put in said in words in each UI language, links, and escaping.

use rundskriv_compiler::editions::diff::diff_editions;
use rundskriv_compiler::editions::render::render_changes;
use rundskriv_compiler::editions::words::{parse_change_words, ChangeWords, FILE};
use rundskriv_compiler::parse::section::parse_section;
use rundskriv_compiler::parse::section_types::{Mark, Section};
use rundskriv_compiler::source::{self, SourceFile};
use rundskriv_model::Lang;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn words() -> ChangeWords {
    parse_change_words(&SourceFile::read(&root(), FILE).expect("the words file")).expect("valid words")
}

fn point(id: &str, number: &str, concept: &str, body: &str) -> Section {
    let text = format!(
        "---\nid: {id}\nkind: point\nnumber: {number}\nconcept: {concept}\nchapter: 1\ntitle: Punktet om {concept}\n---\n\n## Krav {{#krav}}\n\n{body}\n"
    );
    parse_section(&SourceFile::new(format!("content/rundskriv/{id}.md"), text)).expect("a valid point")
}

fn altinn(body: &str) -> Section {
    point("1-6", "1.6", "felleskomponenter", body)
}

/// The fragment for `older` → `newer` in `lang`.
fn fragment(older: &[Section], newer: &[Section], lang: Lang) -> String {
    render_changes(&diff_editions(older, newer), &words(), lang)
}

#[test]
fn no_changes_give_an_empty_fragment() {
    assert_eq!(render_changes(&[], &words(), Lang::Nb), "");
    // Nor does the real circular against itself.
    let sections: Vec<Section> = source::list(&root(), "content/rundskriv", "md")
        .expect("the circular's files")
        .iter()
        .map(|name| parse_section(&SourceFile::read(&root(), name).expect("readable")).expect("valid"))
        .collect();
    assert!(sections.len() > 20);
    assert_eq!(fragment(&sections, &sections, Lang::Nn), "");
}

#[test]
fn each_point_is_a_section_by_its_concept_with_its_heading() {
    let older = [
        altinn("Bruk Altinn. {#altinn}"),
        point("1-8", "1.8", "sikkerhet", "Ha styring. {#styring}"),
    ];
    let newer = [
        altinn("Bruk Altinn nå. {#altinn}"),
        point("1-8", "1.13", "sikkerhet", "Ha styring. {#styring}"),
    ];
    let html = fragment(&older, &newer, Lang::Nb);
    assert!(html.starts_with(
        "<section id=\"endring-felleskomponenter\" aria-labelledby=\"endring-felleskomponenter-h\" tabindex=\"-1\"><h2 id=\"endring-felleskomponenter-h\">1.6 Punktet om felleskomponenter</h2>"
    ), "{html}");
    assert!(html.contains(
        "<section id=\"endring-sikkerhet\" aria-labelledby=\"endring-sikkerhet-h\" tabindex=\"-1\"><h2 id=\"endring-sikkerhet-h\">1.13 Punktet om sikkerhet</h2><p class=\"change-point\">Punkt 1.8 er nå punkt 1.13.</p></section>"
    ), "{html}");
    assert_eq!(html.matches("<section ").count(), 2);
    // In another UI language the circular's title is marked bokmål, our words are not.
    let html = fragment(&older, &newer, Lang::En);
    assert!(html.contains("<h2 id=\"endring-sikkerhet-h\">1.13 <span lang=\"nb\">Punktet om sikkerhet</span></h2><p class=\"change-point\">Point 1.8 is now point 1.13.</p>"), "{html}");
}

#[test]
fn taken_out_and_put_in_are_said_in_the_ui_language_inside_a_bokmaal_quote() {
    let older = [altinn("Virksomheten skal bruke Altinn. {#altinn}")];
    let newer = [altinn("Virksomheten bør bruke Altinn. {#altinn}")];
    let quote = |prefixes: [&str; 2]| {
        format!(
            "<blockquote class=\"quote\" lang=\"nb\"><p>Virksomheten <del><span class=\"visually-hidden\"{0}</span>skal</del><ins><span class=\"visually-hidden\"{1}</span>bør</ins> bruke Altinn.</p></blockquote>",
            prefixes[0], prefixes[1]
        )
    };
    let cases = [
        (Lang::Nb, [">Tatt ut: ", ">Lagt til: "], "Avsnittet er endret"),
        (
            Lang::Nn,
            [" lang=\"nn\">Teke ut: ", " lang=\"nn\">Lagt til: "],
            "Avsnittet er endra",
        ),
        (
            Lang::En,
            [" lang=\"en\">Removed: ", " lang=\"en\">Added: "],
            "This paragraph has changed",
        ),
    ];
    for (lang, prefixes, label) in cases {
        let html = fragment(&older, &newer, lang);
        assert!(html.contains(&quote(prefixes)), "{lang:?}: {html}");
        assert!(
            html.contains(&format!("<p class=\"change-label\">{label}</p>")),
            "{lang:?}: {html}"
        );
    }
}

#[test]
fn added_and_removed_blocks_are_whole_and_only_the_newer_ones_are_linked() {
    let older = [altinn("Bruk Altinn. {#altinn}\n\nBruk ID-porten. {#id-porten}")];
    let newer = [altinn(
        "Bruk Altinn. {#altinn}\n\nHelt annen tekst her, om noe annet. {#annet}",
    )];
    let html = fragment(&older, &newer, Lang::Nb);
    assert!(html.contains("<div class=\"change change-removed\"><p class=\"change-label\">Avsnittet er tatt ut</p><blockquote class=\"quote\" lang=\"nb\"><p><del><span class=\"visually-hidden\">Tatt ut: </span>Bruk ID-porten.</del></p></blockquote></div>"), "{html}");
    assert!(html.contains("<div class=\"change change-added\"><p class=\"change-label\">Nytt avsnitt</p><blockquote class=\"quote\" lang=\"nb\"><p><ins><span class=\"visually-hidden\">Lagt til: </span>Helt annen tekst her, om noe annet.</ins></p></blockquote><p class=\"change-go\"><a href=\"#/punkt/1.6/1-6-krav-annet\">Gå til avsnittet</a></p></div>"), "{html}");
    assert_eq!(
        html.matches("<blockquote").count(),
        html.matches("<blockquote class=\"quote\" lang=\"nb\">").count()
    );
    assert_eq!(html.matches("change-go").count(), 1);
}

#[test]
fn an_added_point_says_so_once_and_a_moved_block_says_from_where() {
    let older = [altinn("Bruk Altinn. {#altinn}\n\nDel data. {#del}")];
    let mut newer = vec![
        altinn("Bruk Altinn. {#altinn}"),
        point("1-7", "1.7", "deling", "Annet. {#annet}"),
    ];
    let moved = older[0].blocks[3].clone();
    newer[1].blocks.push(moved);
    let html = fragment(&older, &newer, Lang::Nn);
    let added = &html[html.find("<section id=\"endring-deling\"").expect("the added point")..];
    assert!(added.contains("<p class=\"change-point\">Nytt punkt</p>"), "{added}");
    // The heading shows the title: no change of its own for it.
    assert_eq!(added.matches("<blockquote").count(), 3, "{added}");
    assert!(added.contains("<p class=\"change-label\">Avsnittet er flytta hit frå punkt 1.6.</p><blockquote class=\"quote\" lang=\"nb\"><p>Del data.</p></blockquote><p class=\"change-go\"><a href=\"#/punkt/1.7/1-6-krav-del\">"), "{added}");
}

#[test]
fn a_changed_link_lists_both_addresses() {
    let older = [altinn("Bruk [Altinn](https://www.altinn.no/). {#altinn}")];
    let newer = [altinn("Bruk [Altinn](https://info.altinn.no/?a=1&b=2). {#altinn}")];
    let html = fragment(&older, &newer, Lang::En);
    assert!(html.contains("<ul class=\"change-links\"><li>The link on «<span lang=\"nb\">Altinn</span>» has changed. Before: <a href=\"https://www.altinn.no/\" rel=\"noreferrer\">https://www.altinn.no/</a> Now: <a href=\"https://info.altinn.no/?a=1&amp;b=2\" rel=\"noreferrer\">https://info.altinn.no/?a=1&amp;b=2</a></li></ul>"), "{html}");
    assert!(
        html.contains("<blockquote class=\"quote\" lang=\"nb\"><p>Bruk Altinn.</p></blockquote>"),
        "{html}"
    );
}

#[test]
fn every_text_and_attribute_is_escaped() {
    let older = [altinn(
        "Bruk Altinn. {#altinn}\n\nSe [her](https://example.org/). {#her}",
    )];
    let mut newer = vec![altinn(
        "Bruk Altinn. {#altinn}\n\nSe [her](https://example.org/). {#her}",
    )];
    // Raw HTML cannot come through the reader; the writer must not trust that.
    newer[0].blocks[2].text = "Bruk Altinn. <script>alert(\"x&'y\")</script>".to_string();
    if let Some(Mark::Link { href, .. }) = newer[0].blocks[3].marks.first_mut() {
        *href = "javascript:alert(1)".to_string();
    }
    newer[0].title = "Tittel <b>fet</b>".to_string();
    let html = fragment(&older, &newer, Lang::Nb);
    assert!(!html.contains("<script") && !html.contains("<b>"), "{html}");
    let script = "Bruk Altinn. <ins><span class=\"visually-hidden\">Lagt til: </span>&lt;script&gt;alert(&quot;x&amp;&#39;y&quot;)&lt;/script&gt;</ins></p>";
    assert!(html.contains(script), "{html}");
    assert!(html.contains("Tittel &lt;b&gt;fet&lt;/b&gt;</h2>"), "{html}");
    // A link target no reader should follow is shown, not linked.
    assert!(html.contains("Lenken på «her» er endret. Før: <a href=\"https://example.org/\" rel=\"noreferrer\">https://example.org/</a> Nå: javascript:alert(1)</li>"), "{html}");
    assert!(!html.contains("href=\"javascript"), "{html}");
}
