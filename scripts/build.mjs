// Builds the app into dist/ (or `--dist <folder>`), always as a release build: cargo for the
// wasm32 target → wasm-bindgen (the JS glue) → npm binaryen's wasm-opt -Oz, the same for the
// documents module → the glue minified with terser → index.html, minified, with the loader's and
// the preloads' tags → scripts/post-build.mjs (stylesheets, the loader start-<hash>.js, texts,
// the static circular, the review book, the first views, sw.js, the single file). Everything is written to a staging
// folder first and takes dist/'s place only when the whole build has succeeded, so a failed
// build leaves the last good one in place.
//
// Our own script rather than Trunk: Trunk 0.21 took about 20 minutes to `cargo install` on a
// fresh machine, and runs cargo and wasm-bindgen with no step between them where a split of the
// wasm by route (issue #16, docs/split-prototype.md) would go. Environment: CARGO_TARGET_DIR as
// cargo reads it; RUNDSKRIV_NEWEST_EDITION as crates/core/build.rs reads it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { minifiedPage, minifiedScript } from './minify.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
/** The app's binary and the base of its built files' names (bench/sizes.mjs and
 * scripts/build-single.mjs know them as `rundskrivveilederen-<hash>.js` and `…_bg.wasm`). */
const APP = 'rundskrivveilederen';
/** Where index.html wants the loader and the preloads (the marker is the whole comment). */
const LOADER_MARKER = /<!-- rv:loader[\s\S]*?-->/;

const { values: options } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(ROOT, options.dist);
const targetDir = resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target');
// Beside dist/ (as dist-stage/), so that it can take dist/'s place by a rename.
const stage = join(dirname(dist), `${basename(dist)}-stage`);
const tool = (name) => join(ROOT, 'node_modules', '.bin', name);
function run(command, args, env = {}) {
  try {
    execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  } catch (error) {
    // A tool that is not there is a missing setup, not a failed build: say what installs it.
    if (error.code === 'ENOENT') {
      console.error(`[build] ${command} is not installed: run ./scripts/setup.sh (scripts/serve.sh and test.sh run it)`);
      process.exit(1);
    }
    throw error;
  }
}
const say = (text) => console.log(`[build] ${text}`);
const contentHash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const integrity = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
/** `input` through npm binaryen's wasm-opt 132 (Debian's 108 writes wasm that fails to load) into
 * `output`; its bytes. */
function optimised(input, output) {
  run(tool('wasm-opt'), ['-Oz', '--strip-debug', '--strip-producers', input, '-o', output]);
  return readFileSync(output);
}

// 1. The wasm. The `erase_components` cfg comes from .cargo/config.toml.
say('cargo build (release, wasm32)');
run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', APP, '--bin', APP]);
const linked = join(targetDir, 'wasm32-unknown-unknown', 'release', `${APP}.wasm`);

// 2. The glue: wasm-bindgen, the CLI of exactly Cargo.lock's version (scripts/setup.sh).
say('wasm-bindgen');
const bindgenOut = join(targetDir, 'wasm-bindgen', 'release');
rmSync(bindgenOut, { recursive: true, force: true });
run('wasm-bindgen', ['--target=web', `--out-dir=${bindgenOut}`, `--out-name=${APP}`, '--no-typescript', linked]);
if (existsSync(join(bindgenOut, 'snippets'))) throw new Error('wasm-bindgen wrote snippets: this script does not copy them yet');

// 3. wasm-opt.
say('wasm-opt -Oz');
const wasm = optimised(join(bindgenOut, `${APP}_bg.wasm`), join(targetDir, 'wasm-opt-app.wasm'));

// 3b. The documents module (crates/documents: the self-assessment's exports and import, loaded on
//     the first click of an export or import button, never on a first load): a cargo build of its
//     own (the same release profile), no glue, wasm-opt the same way.
say('the documents module: cargo build, wasm-opt -Oz');
run('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'rundskriv-documents']);
const documents = optimised(join(targetDir, 'wasm32-unknown-unknown', 'release', 'rundskriv_documents.wasm'), join(targetDir, 'wasm-opt-documents.wasm'));

// 4. The staging folder: public/ as it is, the wasm and the minified glue named after their content.
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(join(ROOT, 'public'), stage, { recursive: true });
const wasmName = `${APP}-${contentHash(wasm)}_bg.wasm`;
writeFileSync(join(stage, wasmName), wasm);
const glue = await minifiedScript(readFileSync(join(bindgenOut, `${APP}.js`), 'utf8'));
const glueName = `${APP}-${contentHash(glue)}.js`;
writeFileSync(join(stage, glueName), glue);
const documentsName = `dokumenter-${contentHash(documents)}.wasm`;
writeFileSync(join(stage, documentsName), documents);

// 5. index.html: the loader's tag, which post-build.mjs turns into start-<hash>.js, naming the
//    glue, the wasm and the documents module; the first two preloaded from the start (they are
//    most of a first load's bytes), with integrity hashes. Relative URLs, so the folder works
//    under any path.
const page = readFileSync(join(ROOT, 'index.html'), 'utf8');
if (!LOADER_MARKER.test(page)) throw new Error('index.html has no <!-- rv:loader --> comment for the loader');
// The loader's tag first: post-build.mjs puts the stylesheets' links in its place, and those are
// to be fetched first, as they hold up the first paint.
const tags = `<script type="module" src="./start.js" data-js="${glueName}" data-wasm="${wasmName}" data-documents="${documentsName}"></script>`
  + `<link rel="modulepreload" href="./${glueName}" crossorigin="anonymous" integrity="${integrity(glue)}">`
  + `<link rel="preload" href="./${wasmName}" crossorigin="anonymous" integrity="${integrity(wasm)}" as="fetch" type="application/wasm">`;
writeFileSync(join(stage, 'index.html'), await minifiedPage(page.replace(LOADER_MARKER, () => tags)));

// 6. Everything else (scripts/post-build.mjs), into the same staging folder.
say('post-build');
run('node', [join(ROOT, 'scripts', 'post-build.mjs')], { BUILD_STAGE_DIR: stage, BUILD_DIST_DIR: dist });

// 7. The finished build in dist/'s place.
rmSync(dist, { recursive: true, force: true });
renameSync(stage, dist);
say(`done: ${options.dist}/`);
