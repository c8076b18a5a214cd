//! Writes the texts the browser loads on demand (bokmål's tree texts, nynorsk's and English's
//! tree texts and UI strings, see `rundskriv_core::lang_texts`) into a folder, under the names the
//! app expects. The Trunk post-build hook (`scripts/post-build.mjs`) runs it.
//!
//! Usage: `cargo run --example lang_texts -- <folder>`

use rundskriv_core::lang_texts;
use rundskriv_core::ui_strings::Lang;

fn main() {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: lang_texts <folder>");
        std::process::exit(2);
    };
    for lang in Lang::ALL {
        let text = lang_texts::file_text(lang).expect("native builds have every language");
        let path = std::path::Path::new(&folder).join(lang_texts::file(lang).name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("lang_texts: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("{}", lang_texts::file(lang).name);
    }
}
