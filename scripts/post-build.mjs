// The build's second half (scripts/build.mjs runs it): finishes the build in its staging folder
// ($BUILD_STAGE_DIR), which build.mjs then puts in dist/'s place ($BUILD_DIST_DIR). In order:
//
// 0. the stylesheets (scripts/styles.mjs): theme.css and themes/*.css, app-<hash>.css,
//    pages-<hash>.css, linked from index.html;
// 1. index.html: the loader's tag build.mjs wrote becomes start-<hash>.js, from web/start.js with
//    the hashed JS, wasm and documents module's names (from that tag) filled in;
// 2. embed.js (web/embed.js), the script host pages load; its name stays fixed; the texts the
//    app loads on demand (tekst-nb-<hash>.txt, tekst-nn-<hash>.txt, tekst-en-<hash>.txt);
// 3. rundskrivet.html, the whole circular as plain HTML (`cargo run -p rundskriv-tools --bin static_circular`),
//    for browsers that cannot run the app; gjennomgang.html, the review book of every decision tree
//    for the policy owner (`--bin review_book`, docs/review-book.md), with its stylesheet gjennomgang.css;
//    then the first views, the start page's and each point's HTML captured from this build
//    (scripts/first-view.mjs);
// 4. sw.js (web/sw.js) with the list of files to precache and a version hashed from them;
// 5. the single self-contained file, ../dist-single/rundskrivveilederen.html (build-single.mjs).
//
// Run by scripts/build.mjs (so by scripts/test.sh and scripts/serve.sh), never by hand.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifiedScript } from './minify.mjs';
import { buildSingleFile } from './build-single.mjs';
import { writeStyles } from './styles.mjs';
import { captureFirstViews } from './first-view.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const stage = process.env.BUILD_STAGE_DIR;
const dist = process.env.BUILD_DIST_DIR ?? join(ROOT, 'dist');
if (!stage) {
  console.error('post-build.mjs is the second half of scripts/build.mjs: run `node scripts/build.mjs`.');
  process.exit(2);
}

/** Files the service worker does not precache: itself, what only other pages use, host config. */
const NOT_PRECACHED = new Set(['sw.js', 'embed.js', 'rundskrivet.html', 'gjennomgang.html', 'gjennomgang.css', '_headers']);

const hash = (data) => createHash('sha256').update(data).digest('hex');
/** Text made safe inside HTML, as element content or a quoted attribute's value. */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ENTITIES[c]);
const read = (file) => readFileSync(join(stage, file), 'utf8');
const write = (file, text) => writeFileSync(join(stage, file), text);


function fill(template, values) {
  let text = readFileSync(join(ROOT, 'web', template), 'utf8');
  for (const [name, value] of Object.entries(values)) {
    const placeholder = `__${name}__`;
    if (!text.includes(placeholder)) throw new Error(`web/${template} has no ${placeholder}`);
    text = text.replaceAll(placeholder, value);
  }
  return text;
}

/** The value of attribute `name` in a (possibly minified) tag. */
function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
  return match && (match[1] ?? match[2] ?? match[3]);
}

function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

// 0. The stylesheets. The theme comes first (its layers first); the pages' stylesheet is linked
//     `disabled`, so the browser does not fetch it until a page that needs it enables it (or
//     start.js, for an address that opens such a page).
const styles = writeStyles(stage);

// 1. The loader and the stylesheets' links.
let index = read('index.html');
const loader = index.match(/<script\b[^>]*\sdata-wasm=[^>]*><\/script>/);
if (!loader) throw new Error('index.html: no loader <script data-js data-wasm> (scripts/build.mjs writes it)');
const js = attribute(loader[0], 'data-js');
const wasm = attribute(loader[0], 'data-wasm');
const documentsName = attribute(loader[0], 'data-documents');
const css = styles.app;
if (!js || !wasm || !documentsName || !css) throw new Error(`index.html: cannot find the app's files (js ${js}, wasm ${wasm}, documents ${documentsName}, css ${css})`);
// The text files the app loads on demand (2b below), whose names the loader fetches early.
const textFiles = execFileSync('cargo', ['run', '--quiet', '-p', 'rundskriv-tools', '--bin', 'lang_texts', '--', stage], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).trim().split('\n');
const textFile = (prefix) => textFiles.find((name) => name.startsWith(prefix)) ?? (() => { throw new Error(`lang_texts wrote no ${prefix} file`); })();
const start = await minifiedScript(fill('start.js', {
  JS: js, WASM: wasm, DOCUMENTS: documentsName, WORDS: textFile('rundskrivtekst-'), TREES_NB: textFile('tekst-nb-'),
}));
const startName = `start-${hash(start).slice(0, 16)}.js`;
write(startName, start);
// The stylesheets before the loader, so they load at once (they block rendering, not the script).
const links = `<link rel="stylesheet" href="./${styles.theme}"><link rel="stylesheet" href="./${styles.app}">`
  + `<link rel="stylesheet" href="./${styles.pages}" disabled id="rv-page-styles">`;
index = index.replace(loader[0], `${links}<script type="module" src="./${startName}"></script>`);
write('index.html', index);

// 2. The embed script.
write('embed.js', await minifiedScript(fill('embed.js', { JS: js, WASM: wasm, DOCUMENTS: documentsName, CSS: css, PAGES_CSS: styles.pages, THEME_CSS: styles.theme })));

// 2b. The texts the app loads on demand (crates/core/src/lang_texts.rs, content_words.rs), written
//     in step 1: bokmål's tree texts, when a tree or the self-assessment is first opened; the
//     circular's words, when a page first shows them; nynorsk's and English's tree texts and UI
//     strings, when a user picks either; under names the app knows (hashes of their content).

// 3. The static circular, from the same content as the app.
const staticPage = execFileSync('cargo', ['run', '--quiet', '-p', 'rundskriv-tools', '--bin', 'static_circular', '--', css, './'], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 << 20,
});
// The plain page takes the theme too (before the app's CSS, whose layers follow the theme's) and
// the pages' CSS, which marks krav, anbefaling and veiledning.
write('rundskrivet.html', staticPage.replace('<html ', '<html data-color-scheme="auto" ')
  .replace(/<link rel="stylesheet"[^>]*>/, (app) => `<link rel="stylesheet" href="${styles.theme}">${app}<link rel="stylesheet" href="${styles.pages}">`));

// 3a. The page of each edition before the newest that the build carries (none with one edition):
//     its own text only, in the plain page's frame (crates/compiler/src/editions/older_page.rs).
const editions = JSON.parse(execFileSync('cargo', ['run', '--quiet', '-p', 'rundskriv-tools', '--bin', 'static_circular', '--', '--older'], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 << 20,
}));
const olderPages = editions.pages;
const plainPage = read('rundskrivet.html');
for (const { file, title, main } of olderPages) {
  const framed = plainPage.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<main[\s\S]*<\/main>/, () => main);
  if (!framed.includes('older-edition')) throw new Error(`${file}: the plain page has no <main> to put the edition in`);
  write(file, framed);
  NOT_PRECACHED.add(file);
}

// 3a'. Which edition this build is for, in utgave.txt: kept at utgaver/<id>/ inside a later
//      edition's build (docs/editions.md), it tells that build it is there. Where no build is
//      kept yet, a placeholder in that folder answers instead, so the app's question
//      (crates/core/src/older_build.rs) never ends in a 404. Neither is precached: the kept build
//      is copied in after this build, and the app never asks for its own.
write('utgave.txt', `${editions.newest}\n`);
NOT_PRECACHED.add('utgave.txt');
for (const id of editions.older) {
  const file = `utgaver/${id}/utgave.txt`;
  mkdirSync(join(stage, 'utgaver', id), { recursive: true });
  write(file, 'No build of this edition is kept here (docs/editions.md).\n');
  NOT_PRECACHED.add(file);
}

// 3b. The review book, from the same content, with its own print stylesheet (style/gjennomgang.css).
const book = execFileSync('cargo', ['run', '--quiet', '-p', 'rundskriv-tools', '--bin', 'review_book', '--', 'gjennomgang.css', './'], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 << 20,
});
write('gjennomgang.html', book);
write('gjennomgang.css', readFileSync(join(ROOT, 'style', 'gjennomgang.css'), 'utf8'));

// 3c. The first views (scripts/first-view.mjs), captured from this very build: the start page's
//     into index.html as a <template>, each page of the circular's as visning-<hash>.html, named
//     in the template's data-pages; web/start.js shows the one for the address while the wasm
//     loads. Not precached: a visitor with the app cached has no wait to fill.
const firstViews = await captureFirstViews(stage);
const pageViews = {};
for (const { key, html } of firstViews.pages) {
  const name = `visning-${hash(html).slice(0, 16)}.html`;
  write(name, html);
  NOT_PRECACHED.add(name);
  pageViews[key] = name;
}
write('index.html', read('index.html').replace('</body>', () =>
  `<template id="rv-first-view" data-pages="${escapeHtml(JSON.stringify(pageViews))}">${firstViews.start}</template>\n</body>`));

// 4. The service worker.
// The other brands' themes are there to copy over theme.css, not for the app to load.
const files = listFiles(stage).filter((file) => !NOT_PRECACHED.has(file) && !file.startsWith('themes/')).sort();
const version = hash(files.map((file) => `${file}\0${hash(readFileSync(join(stage, file)))}\n`).join('')).slice(0, 16);
write('sw.js', fill('sw.js', { VERSION: JSON.stringify(version), FILES: JSON.stringify(files, null, 2) }));

// 5. The single file.
// Beside dist/ as dist-single/; beside another folder (the two-edition test build's dist-editions/)
// as <folder>-single/, so one build never overwrites the other's.
const singleFolder = basename(dist) === 'dist' ? 'dist-single' : `${basename(dist)}-single`;
const single = join(dirname(dist), singleFolder, 'rundskrivveilederen.html');
mkdirSync(dirname(single), { recursive: true });
writeFileSync(single, buildSingleFile(stage));

console.log(`post-build: ${documentsName}, ${startName}, embed.js, ${textFiles.join(', ')}, rundskrivet.html, ${olderPages.map((p) => `${p.file}, `).join('')}gjennomgang.html, sw.js (version ${version}, ${files.length} files), ${relative(ROOT, single)}`);
