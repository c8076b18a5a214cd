// The development server (scripts/serve.sh): builds the app (scripts/build.mjs), serves dist/ at
// http://127.0.0.1:8080/ (`--port` for another) under the hosting Content-Security-Policy, as
// the browser tests do, and builds again whenever a source file changes. A build takes dist/'s
// place only when it has succeeded; until then the last good one is served. Reload the page once
// "[build] done" is printed (no reload script is injected: the page runs under the same CSP as on
// a host). A page the service worker (web/sw.js) controls first shows the build the worker has,
// and then the app's update notice offers the new one; DevTools' "Bypass for network" skips that.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, startServer } from '../tests/browser/harness.mjs';

/** What a build reads, relative to the project's root. */
const SOURCES = ['src', 'crates', 'content', 'i18n', 'style', 'web', 'public', 'index.html', 'Cargo.toml', 'Cargo.lock', 'scripts'];
/** Changes that settle within this many milliseconds (an editor's save, a `git checkout`) start one build. */
const SETTLE_MS = 300;

const { values: options } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });

let building = false;
let again = false;
function build() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  spawn('node', [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' }).on('exit', (code) => {
    building = false;
    if (code !== 0) console.error('[serve] the build failed; still serving the last good build');
    if (again) {
      again = false;
      build();
    }
  });
}

let settle = null;
for (const source of SOURCES) {
  watch(join(ROOT, source), { recursive: true }, () => {
    clearTimeout(settle);
    settle = setTimeout(build, SETTLE_MS);
  });
}
build();
const server = await startServer({ port: Number(options.port) });
console.log(`[serve] ${server.url} (dist/, rebuilt on every change)`);
