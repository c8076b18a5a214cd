#!/usr/bin/env bash
# The benchmark: builds the release app and the static yardstick page, then measures sizes, time
# to interactive, search and tree-step latency and memory in headless Chromium (bench/run.mjs).
# Also the slow device profile (bench/slow.mjs) and every target of issue #16 with ok or OVER.
# Prints a table and writes bench/out/bench.json. Options go to bench/run.mjs (--runs, --walks,
# --slow-rounds); BENCH_NO_BUILD=1 measures the dist/ that is there.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"

if [ "${BENCH_NO_BUILD:-}" != 1 ]; then
    node scripts/build.mjs
fi
mkdir -p bench/out/static
# The yardstick: the same plain page of the whole circular that the build ships as its fallback.
cargo run --quiet -p rundskriv-tools --bin static_circular -- app.css > bench/out/static/index.html
cp style/app.css bench/out/static/app.css
cp public/icon.svg bench/out/static/icon.svg
# The search function alone, natively, for the same queries the page types.
mapfile -t queries < bench/queries.txt
cargo run --quiet --release -p rundskriv-tools --bin search_timing -- "${queries[@]}" > bench/out/search-native.json
exec node bench/run.mjs "$@"
