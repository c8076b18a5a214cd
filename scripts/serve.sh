#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the app at http://127.0.0.1:8080/.
# Trunk's post-build hook (scripts/post-build.mjs) also writes embed.js, sw.js, rundskrivet.html
# into dist/ and the single file dist-single/rundskrivveilederen.html, on every rebuild.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
# Trunk refuses to start when a folder its watcher ignores (Trunk.toml [watch]) does not exist,
# as `target` and `dist-single` do not in a fresh clone.
mkdir -p target dist-single
exec trunk serve --release "$@"
