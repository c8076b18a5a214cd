//! The browser entry point: mounts the Leptos app on the page, unless `embed.js` loaded it to
//! mount widgets into a host page. Native builds have no UI (tests use the core crate).
//!
//! Layers, each using only those after it: `shell` (mounting, the `App`, header and footer),
//! `router` (route → page), `pages` (one a page), `parts` (view pieces pages share), `state`
//! (the context every component reads), `platform` (the browser's services).

#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod parts;
#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod router;
#[cfg(target_arch = "wasm32")]
mod shell;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(target_arch = "wasm32")]
fn main() {
    // Loaded by embed.js: widgets are mounted by `mount_widget`, into the host's elements.
    if shell::widget::requested() {
        return;
    }
    shell::mount::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rundskrivveilederen runs in the browser: see README.md for `scripts/serve.sh`.");
}
