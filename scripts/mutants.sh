#!/usr/bin/env bash
# Mutation testing of the pure crates: cargo-mutants changes one rule at a time (a comparison, a
# returned value, a match arm) and runs the crate's tests; a mutant no test notices is "missed".
# Too slow for CI; run by hand: `./scripts/mutants.sh` (all) or `./scripts/mutants.sh core` (one of
# model, compiler, core). Results in target/mutants/<crate>/mutants.out/; the summary compares each
# crate's score with the goal (90 % of viable mutants caught) and lists every missed mutant that
# docs/mutants.md does not argue as equivalent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"

if ! cargo mutants --version 2>/dev/null | grep -q '^cargo-mutants 27\.'; then
    echo "[mutants] installing cargo-mutants 27 from crates.io (about 2 minutes)"
    cargo install cargo-mutants --locked --version '~27'
fi

# The parts of the core whose rules decide what a user is told or what a link or file restores
# (the engine, the assessment, the codecs, routes, search); the rest of the core is display text.
CORE_FILES=(engine.rs assessment.rs codec/answers.rs codec/follow_ups.rs codec/json.rs codec/storage.rs
    codec/mod.rs route/mod.rs route/tree_route.rs route/assessment_route.rs route/from_link.rs
    route/query.rs search.rs export/json.rs)

run_crate() {
    local crate="$1" package args=()
    case "$crate" in
        model) package=rundskriv-model ;;
        compiler) package=rundskriv-compiler ;;
        core)
            package=rundskriv-core
            for f in "${CORE_FILES[@]}"; do args+=(-f "crates/core/src/$f"); done
            ;;
        *) echo "unknown crate '$crate' (model, compiler or core)" >&2; exit 2 ;;
    esac
    mkdir -p "target/mutants/$crate"
    # Status 2 (mutants missed) and 3 (timeouts) are results the summary reports; anything else
    # (1: bad arguments, 4: the tests fail without any mutation) stops here.
    local status=0
    cargo mutants -p "$package" "${args[@]}" -j 1 --output "target/mutants/$crate" || status=$?
    case "$status" in 0 | 2 | 3) ;; *) exit "$status" ;; esac
    if [ "$crate" = compiler ]; then
        # The compiler's generate/ code is compiled and run only by the core's build script and
        # tests, so the mutants its own tests missed run again with the core's tests as well.
        # --iterate skips what the first pass caught or found unviable; the summary reads both.
        local again="target/mutants/compiler/with-core"
        rm -rf "$again" && mkdir -p "$again"
        cp -r "target/mutants/$crate/mutants.out" "$again/"
        status=0
        cargo mutants -p "$package" --iterate --test-package rundskriv-compiler --test-package rundskriv-core \
            -j 1 --output "$again" || status=$?
        case "$status" in 0 | 2 | 3) ;; *) exit "$status" ;; esac
    fi
}

crates=("$@")
[ ${#crates[@]} -gt 0 ] || crates=(model compiler core)
for crate in "${crates[@]}"; do
    start=$(date +%s)
    run_crate "$crate"
    echo "$(( $(date +%s) - start ))" > "target/mutants/$crate/seconds"
done
node scripts/mutants-summary.mjs "${crates[@]}"
