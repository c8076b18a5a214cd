#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: format, lints (native and wasm),
# native unit tests, a release build (its post-build hook writes the embed script, service worker,
# static circular and single file: scripts/post-build.mjs), and the browser tests in headless Chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --bins -- -D warnings

step "native tests"
cargo test

step "release build (trunk)"
trunk build --release

step "browser tests (headless Chromium)"
cargo run --quiet --example seed_json > target/seed.json
node --test --test-concurrency=1 tests/browser/
