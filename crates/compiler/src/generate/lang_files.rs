//! `lang_files.rs`: each language's texts, tree texts then UI strings, as one string. Bokmål is
//! compiled into every build; nynorsk and English only into native builds (tests, tools), while
//! the browser loads them from files the post-build step writes (`rundskriv_tools`' `lang_texts`),
//! named after an FNV-1a hash of their content, which the app checks on loading (core's
//! `lang_texts`).

use crate::parse::text::Text;
use rundskriv_model::checksum::fnv1a;
use rundskriv_model::Lang;
use std::fmt::Write as _;

pub fn generate_lang_files(trees: &Text, ui: &Text) -> String {
    let mut code = String::new();
    let mut files = Vec::new();
    for lang in Lang::ALL {
        let blob = format!("{}{}", &trees[lang], &ui[lang]);
        if lang != Lang::Nb {
            code.push_str("#[cfg(not(target_arch = \"wasm32\"))]\n");
        }
        let _ = writeln!(code, "static BLOB_{}: &str = {blob:?};", lang.tag().to_uppercase());
        let hash = fnv1a(blob.as_bytes());
        files.push(format!(
            "LangFile {{ name: \"tekst-{}-{hash:016x}.txt\", hash: {hash:#x}, len: {}, trees_len: {} }}",
            lang.tag(),
            blob.len(),
            trees[lang].len()
        ));
    }
    let _ = writeln!(code, "pub static LANG_FILES: [LangFile; 3] = [{}];", files.join(", "));
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_bokmal_is_compiled_into_the_browser_build() {
        let trees = Text::from_fn(|lang| format!("tre-{}", lang.tag()));
        let ui = Text::from_fn(|lang| format!("ui-{}", lang.tag()));
        let code = generate_lang_files(&trees, &ui);
        let native_only = "#[cfg(not(target_arch = \"wasm32\"))]\n";
        assert!(code.starts_with("static BLOB_NB: &str = \"tre-nbui-nb\";\n"), "{code}");
        for lang in ["NN", "EN"] {
            assert!(
                code.contains(&format!("{native_only}static BLOB_{lang}: &str")),
                "{code}"
            );
        }
        assert_eq!(code.matches(native_only).count(), 2, "{code}");
    }
}
