//! `lang_files.rs`: each language's file of texts and what every build keeps compiled in.
//!
//! Nynorsk's and English's file holds their tree texts then their UI strings; bokmål's holds its
//! tree texts alone, since its UI strings are compiled into every build (`UI_NB`), as is the start
//! of its tree texts: what the start page shows (`START_NB`, every tree's title and intro, which
//! `TextTable` puts first). The files themselves are compiled only into native builds (tests,
//! tools); the browser loads them from files the post-build step writes (`rundskriv_tools`'
//! `lang_texts`), named after an FNV-1a hash of their content, which the app checks on loading
//! (core's `lang_texts`).

use crate::generate::texts::TextBlobs;
use crate::parse::text::Text;
use rundskriv_model::checksum::fnv1a;
use rundskriv_model::Lang;
use std::fmt::Write as _;

pub fn generate_lang_files(trees: &TextBlobs, ui: &Text) -> String {
    let nb_trees = &trees.blobs[Lang::Nb];
    let mut code = format!(
        "static UI_NB: &str = {:?};\nstatic START_NB: &str = {:?};\n",
        &ui[Lang::Nb],
        &nb_trees[..trees.start_len_nb]
    );
    let mut files = Vec::new();
    for lang in Lang::ALL {
        let file = match lang {
            Lang::Nb => nb_trees.to_string(),
            _ => format!("{}{}", &trees.blobs[lang], &ui[lang]),
        };
        code.push_str("#[cfg(not(target_arch = \"wasm32\"))]\n");
        let _ = writeln!(code, "static FILE_{}: &str = {file:?};", lang.tag().to_uppercase());
        let hash = fnv1a(file.as_bytes());
        files.push(format!(
            "LangFile {{ name: \"tekst-{}-{hash:016x}.txt\", hash: {hash:#x}, len: {}, trees_len: {} }}",
            lang.tag(),
            file.len(),
            trees.blobs[lang].len()
        ));
    }
    let _ = writeln!(code, "pub static LANG_FILES: [LangFile; 3] = [{}];", files.join(", "));
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_build_keeps_bokmal_s_ui_and_start_texts_and_no_file() {
        let trees = TextBlobs {
            blobs: Text::from_fn(|lang| format!("start-{}resten-{}", lang.tag(), lang.tag())),
            start_len_nb: "start-nb".len(),
        };
        let ui = Text::from_fn(|lang| format!("ui-{}", lang.tag()));
        let code = generate_lang_files(&trees, &ui);
        let native_only = "#[cfg(not(target_arch = \"wasm32\"))]\n";
        assert!(
            code.starts_with("static UI_NB: &str = \"ui-nb\";\nstatic START_NB: &str = \"start-nb\";\n"),
            "{code}"
        );
        assert!(
            code.contains(&format!("{native_only}static FILE_NB: &str = \"start-nbresten-nb\";")),
            "{code}"
        );
        for (lang, file) in [("NN", "start-nnresten-nnui-nn"), ("EN", "start-enresten-enui-en")] {
            assert!(
                code.contains(&format!("{native_only}static FILE_{lang}: &str = \"{file}\";")),
                "{code}"
            );
        }
        assert_eq!(code.matches(native_only).count(), 3, "{code}");
        assert!(
            code.contains("len: 17, trees_len: 17 }"),
            "bokmål's file is its tree texts: {code}"
        );
        assert!(code.contains("len: 22, trees_len: 17 }"), "{code}");
    }
}
