#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the app at http://127.0.0.1:8080/, building
# again on every change (scripts/serve.mjs). Each build (scripts/build.mjs) also writes embed.js,
# sw.js, rundskrivet.html into dist/ and the single file dist-single/rundskrivveilederen.html.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec node scripts/serve.mjs "$@"
