#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: format, the app's module structure,
# lints (native and wasm), native unit tests (with the fuzzing), a release build (scripts/build.mjs:
# the wasm, the minified glue, the embed script, service worker, static circular and single file),
# its size budget, and the browser tests in headless Chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "module structure (no import cycle, no hub, no file over 300 lines)"
for dir in src crates/*/src; do
    node scripts/module-graph.mjs "$dir"
done

step "cargo clippy (native and wasm32)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p rundskrivveilederen --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p rundskriv-documents -- -D warnings

step "native tests"
cargo test

step "stylesheet build steps (scripts/css-prune.mjs, scripts/styles.mjs)"
node --test tests/scripts/

step "release build (scripts/build.mjs)"
node scripts/build.mjs

# The brotli total of a first load may not grow past this: a regression guard at what the build
# weighs plus about 1.5 %, not the 80 KB target (docs/benchmark.md "Targets and the gap" says what
# would close the rest). 190,000 B until 2026-12-02 (187,465 B built); then bokmål's tree texts and
# the circular's words left the first load and the follow-up form came in: 185,769 B built.
# 188,500 B until 2026-12-03; then editions (#14): 189,272 B built with one edition, 191,046 B
# with two (the "Hva er endret" page and the notices are live code only then). 191,500 B until
# 2026-12-04; then 195,000 B for the first view (#16: the start page as HTML in index.html, +2,589 B brotli, for
# a first paint that needs no wasm, and the loader's code for a point's first view): 192,692 B
# built with one edition, 194,555 B with two. 195,000 B until 2026-12-04; then 197,000 B for the
# link from an older edition's notice to the result in the build kept for that edition (#14): live
# code only with two editions, 194,639 -> 196,545 B; with one edition 192,641 -> 192,310 B.
# Kept at 197,000 B on 2026-12-04 when the search hits became one HTML string: 190,380 B built
# with one edition, 194,310 B with two (1.4 % under it, the margin this budget has always had).
# Kept on 2026-12-06 with the build script in Trunk's place: 190,557 B and 194,582 B (rustc's wasm
# moves by 100-200 B with cargo's invocation and the checkout's path; the code is the same).
# Raise it only with a reason in the commit message.
step "size budget (first load, brotli)"
node bench/sizes.mjs dist --first-load --budget 197000

# Issue #14: the app with two editions, the test edition (tests/fixtures/utgave-test, today's
# content with five changes; never shipped) as the newest and today's as the one before. Its first
# load is held to the same budget; tests/browser/editions.test.mjs runs against it.
step "two editions: build with the test edition as the newest (dist-editions/)"
cargo run --quiet -p rundskriv-tools --bin test_edition -- target/utgave-test
# Its own target folder: a target built with the variable once and then without it was seen to
# keep the documents module of the test edition (cargo did not rebuild it), so the shipped build
# never shares one with the test edition's.
CARGO_TARGET_DIR="$ROOT/target/editions" RUNDSKRIV_NEWEST_EDITION=target/utgave-test \
    node scripts/build.mjs --dist dist-editions
node bench/sizes.mjs dist-editions --first-load --budget 197000
if grep -rl testutgave dist dist-single; then
    echo "the shipped build above carries the test edition" >&2
    exit 1
fi

step "browser tests (headless Chromium)"
cargo run --quiet -p rundskriv-tools --bin seed_json > target/seed.json
node --test --test-concurrency=1 tests/browser/
