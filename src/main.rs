//! The browser entry point: mounts the Leptos app on the page, unless `embed.js` loaded it to
//! mount widgets into a host page. Native builds have no UI (tests use the lib).

#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    // Loaded by embed.js: widgets are mounted by `mount_widget`, into the host's elements.
    if ui::embed::requested() {
        return;
    }
    ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rundskrivveilederen runs in the browser: see README.md for `scripts/serve.sh`.");
}
