//! The browser entry point: mounts the Leptos app. Native builds have no UI (tests use the lib).

#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rundskrivveilederen runs in the browser: see README.md for `scripts/serve.sh`.");
}
