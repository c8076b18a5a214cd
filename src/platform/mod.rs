//! The browser's services, each behind a small failure-tolerant module: the document, the
//! address and history, local storage, files in and out, the clipboard, the language files, the
//! documents module and the panic panel. Nothing here knows about pages; pages reach the browser only through here.

pub mod clipboard;
pub mod console;
pub mod documents;
pub mod dom;
pub mod download;
pub mod file_input;
pub mod history;
pub mod lang_files;
pub mod language;
pub mod panic_panel;
pub mod storage;
