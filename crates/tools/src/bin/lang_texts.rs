//! Writes the texts the browser loads on demand into a folder, under the names the app expects:
//! bokmål's tree texts, nynorsk's and English's tree texts and UI strings (see
//! `rundskriv_core::lang_texts`), the circular's words (`rundskriv_core::content_words`) and, in a build
//! that carries two editions, what changed between them (`rundskriv_core::changes`). The
//! build's post-build step (`scripts/post-build.mjs`) runs it.
//!
//! Usage: `cargo run -p rundskriv-tools --bin lang_texts -- <folder>`

use rundskriv_core::ui_strings::Lang;
use rundskriv_core::{changes, content_words, lang_texts};

fn main() {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: lang_texts <folder>");
        std::process::exit(2);
    };
    let languages = Lang::ALL.map(|lang| {
        let text = lang_texts::file_text(lang).expect("native builds have every language");
        (lang_texts::file(lang).name, text)
    });
    let words = content_words::text().expect("native builds have the circular's words");
    // What changed between the editions: only a build that carries more than one has any.
    let changes = Lang::ALL.into_iter().filter(|_| changes::any()).map(|lang| {
        (
            changes::file(lang).name,
            changes::text(lang).expect("native builds have it"),
        )
    });
    let files = languages
        .into_iter()
        .chain([(content_words::file().name, words)])
        .chain(changes);
    for (name, text) in files {
        let path = std::path::Path::new(&folder).join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("lang_texts: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("{name}");
    }
}
