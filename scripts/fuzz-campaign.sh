#!/usr/bin/env bash
# A long fuzz campaign: every property of the decoder fuzzing (crates/core/tests/fuzz/) at
# 100,000 cases or more, release build, one property at a time so each gets its own time.
# Usage: ./scripts/fuzz-campaign.sh [cases]   (default 100000; about half an hour here)
# A failure proptest finds is saved in crates/core/tests/fuzz/*.proptest-regressions, which every
# later `cargo test` (so CI) replays first: commit that file with the fix.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
CASES="${1:-100000}"

cargo test --release -p rundskriv-core --test fuzz --no-run --quiet
mapfile -t properties < <(cargo test --release -q -p rundskriv-core --test fuzz -- --list 2>/dev/null \
    | sed -n 's/: test$//p')

echo "| property | cases | seconds | result |"
echo "|---|---:|---:|---|"
failures=0
total_start=$(date +%s)
for property in "${properties[@]}"; do
    start=$(date +%s.%N)
    if PROPTEST_CASES="$CASES" cargo test --release -q -p rundskriv-core --test fuzz -- --exact "$property" \
        > "target/fuzz-$property.log" 2>&1; then
        result=ok
    else
        result="FAILED (target/fuzz-$property.log)"
        failures=$((failures + 1))
    fi
    # A proptest property takes generated arguments (`fn name(x in strategy)`); the other tests
    # (corpus replays, fixed cases) run their fixed inputs once.
    if grep -qE "fn $property\([a-z_]+ in " crates/core/tests/fuzz/*.rs; then
        cases="$CASES"
    else
        cases="fixed"
    fi
    printf '| %s | %s | %.0f | %s |\n' "$property" "$cases" "$(echo "$(date +%s.%N) - $start" | bc)" "$result"
done
echo
echo "$failures failure(s) in $(( $(date +%s) - total_start )) s; regression files:"
ls crates/core/tests/fuzz/*.proptest-regressions 2>/dev/null || echo "(none)"
[ "$failures" -eq 0 ]
