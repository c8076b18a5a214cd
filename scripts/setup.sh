#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Rundskrivveilederen; fast when all is there.
# Everything comes from the package registries (crates.io, npm, Debian), never from release downloads.
# Source it (`. scripts/setup.sh`) to get the tools on PATH, or run it on its own.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm target for the app.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen must be exactly the version in Cargo.lock.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
    say "installing wasm-bindgen-cli $bindgen_version"
    # --locked can name a dependency version the registry mirror lacks; fall back to resolving.
    cargo install wasm-bindgen-cli --version "$bindgen_version" --locked --force \
        || cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# wasm-opt 132, terser, html-minifier-terser, playwright-core, axe-core (the accessibility tests) and Designsystemet's
# CSS and themes (scripts/styles.mjs, docs/theming.md), from npm (package-lock.json pins them).
if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] \
    || [ ! -f "$ROOT/node_modules/axe-core/axe.min.js" ] || [ ! -d "$ROOT/node_modules/terser" ] \
    || [ ! -d "$ROOT/node_modules/html-minifier-terser" ] \
    || [ ! -d "$ROOT/node_modules/@digdir/designsystemet-css" ] || [ ! -d "$ROOT/node_modules/@digdir/designsystemet-theme" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm packages (binaryen's wasm-opt, terser, html-minifier-terser, playwright-core, axe-core, Designsystemet)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
fi

# Chromium and its driver from Debian, for the browser tests and benchmarks.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver from apt"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
