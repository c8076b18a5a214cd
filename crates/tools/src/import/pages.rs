//! Cuts the extracted text into pages: each page's text lines, then what the extraction put at
//! its foot, the footnote bodies ("2 https://…") and the list of the page's hyperlinks (one URL a
//! line, in reading order, a link wrapped over two lines listed twice).

use crate::seed::{footnote_body, is_page_number, is_url_line};

#[derive(Default)]
pub struct Page {
    /// Text lines with their line number (1-based), as extracted.
    pub lines: Vec<(usize, String)>,
    pub links: Vec<String>,
    /// Footnote number and body.
    pub notes: Vec<(u8, String)>,
}

/// A page ends where its link list or footnote bodies end and text starts again, or at a page
/// number ("Side 5"); blank lines and footnote separators (a line of spaces) are dropped.
pub fn pages(seed: &str) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut page = Page::default();
    for (i, raw) in seed.lines().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if is_page_number(t) {
            if !page.lines.is_empty() {
                pages.push(std::mem::take(&mut page));
            }
            continue;
        }
        if is_url_line(t) {
            page.links.push(t.to_string());
            continue;
        }
        if let Some(url) = footnote_body(t) {
            let number = t.split(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0);
            page.notes.push((number, url.to_string()));
            continue;
        }
        if !page.links.is_empty() || !page.notes.is_empty() {
            pages.push(std::mem::take(&mut page));
        }
        page.lines.push((i + 1, raw.to_string()));
    }
    if !page.lines.is_empty() || !page.links.is_empty() {
        pages.push(page);
    }
    pages
}
