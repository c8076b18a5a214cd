// Delivery without a server, in headless Chromium: the built folder under a sub-path and at the
// root under the hosting CSP, two widgets embedded in a hostile host page, offline use and a clean
// update through the service worker, the single file from file://, and the fallbacks for browsers
// that cannot run the app.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, DIST, CSP, startServer, launch, openPage, appReady, goHash, waitForAsync, normalise } from './harness.mjs';
import { FIRST_LOAD, inFirstLoad } from '../../bench/first-load.mjs';

const SUB_PATH = '/verktoy/rundskriv/';
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const SINGLE = join(ROOT, 'dist-single', 'rundskrivveilederen.html');

let browser;
let servers = [];
let current;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

afterEach(async () => {
  // The page first, then its servers: a server closed under a page still fetching (its icon, say)
  // refuses the request, and the page reports that as a console error of its own.
  const page = current;
  current = undefined;
  await page?.context.close();
  for (const server of servers) await server.close();
  servers = [];
  if (page) assert.deepEqual(page.problems, [], 'no console errors, CSP violations, failed requests or requests to other origins');
});

/** A server for dist/ under a sub-path (with the hosting CSP, as every test server). */
async function serve(options = {}) {
  const server = await startServer({ prefix: SUB_PATH, ...options });
  servers.push(server);
  return server;
}

async function open(origin, url, options) {
  current = await openPage(browser, origin, options);
  await current.page.goto(url);
  return current.page;
}

/** The precache list and version the build wrote into sw.js. */
async function precache() {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  return {
    version: JSON.parse(sw.match(/const VERSION = (".*?");/)[1]),
    files: JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\]);/)[1]),
  };
}

/** Waits until the service worker controls the page and its cache holds all `count` files. */
async function waitForOffline(page, count) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await waitForAsync(page, async (n) => {
    const keys = await caches.keys();
    return keys.length === 1 && (await (await caches.open(keys[0])).keys()).length === n;
  }, count);
}

/** Reads, navigates and searches in the standalone app (hash routing). */
async function useReaderAndSearch(page) {
  await page.getByRole('link', { name: 'Innhold', exact: true }).first().click();
  await page.getByRole('link', { name: '1.6 Bruk nasjonale felleskomponenter og fellesløsninger' }).click();
  await page.waitForFunction(() => document.getElementById('page-heading')?.textContent.startsWith('1.6'));
  // The address follows the view a frame later (src/platform/history.rs).
  await page.waitForFunction(() => location.hash === '#/punkt/1.6');
  assert.match(await page.locator('[id="felleskomponenter-krav-altinn"]').innerText(), /Altinns infrastruktur/);
  await page.getByRole('link', { name: 'Søk', exact: true }).first().click();
  await page.getByLabel('Søkeord').pressSequentially('skytjenester');
  await page.waitForSelector('.results[data-query="skytjenester"] a[href$="/skytjenester-krav-vurdere-skytjenester"]');
}

/** Answers the first question of a tree page with its first choice and waits for the next view. */
async function answerFirstQuestion(scope, headingSelector = '#page-heading') {
  const heading = scope.locator(headingSelector);
  const question = normalise(await heading.innerText());
  await scope.locator('.choice label').first().click();
  await scope.locator('button[type="submit"]').click();
  await scope.locator(headingSelector).filter({ hasNotText: question }).waitFor();
  return { question, next: normalise(await heading.innerText()) };
}

test('served from a sub-path and from the root under the hosting CSP: loads, navigates, no 404, no inline script, stays on its path', async () => {
  for (const prefix of [SUB_PATH, '/']) {
    const server = await serve({ prefix });
    const page = await open(server.origin, server.url);
    await appReady(page);
    assert.equal(await page.locator('#rv-fallback').count(), 0, 'the fallback note is gone once the app runs');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script (the CSP would block it)');
    await useReaderAndSearch(page);
    // A decision tree's question is a <form>: submitting it must not trip the CSP either.
    await page.goto(`${server.url}#/veiviser/altinn`);
    await appReady(page);
    const { question, next } = await answerFirstQuestion(page);
    assert.notEqual(next, question);
    // The manifest, its icons and the service worker all resolve inside the folder.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]').href;
      const json = await (await fetch(href)).json();
      const icons = await Promise.all(json.icons.map(async (i) => (await fetch(new URL(i.src, href))).status));
      return { href, start: new URL(json.start_url, href).href, scope: new URL(json.scope, href).href, icons };
    });
    assert.equal(manifest.href, `${server.url}manifest.webmanifest`);
    assert.equal(manifest.start, server.url);
    assert.equal(manifest.scope, server.url);
    assert.deepEqual(manifest.icons, [200, 200, 200]);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), server.url);
    const outside = server.served.filter((path) => !path.startsWith(prefix));
    assert.deepEqual(outside, [], 'every request stays inside the folder');
    assert.ok(!server.served.some((path) => path.endsWith('rundskrivet.html')), 'the static circular is not downloaded');
    const { problems, context } = current;
    current = undefined;
    await context.close();
    assert.deepEqual(problems, [], `${prefix}: no console errors, CSP violations, failed or foreign requests`);
    await server.close();
    servers = servers.filter((s) => s !== server);
  }
});

test('a first visit to the start page fetches exactly the files the size budget counts', async () => {
  const server = await serve();
  // Without the service worker, whose precaching of the whole folder is not the page's load.
  current = await openPage(browser, server.origin, { serviceWorkers: 'block' });
  const { page } = current;
  const fetched = [];
  page.on('requestfinished', (req) => {
    const path = decodeURIComponent(new URL(req.url()).pathname).slice(SUB_PATH.length);
    fetched.push(path === '' ? 'index.html' : path);
  });
  await page.goto(server.url);
  await appReady(page);
  await page.waitForLoadState('networkidle');
  const outside = fetched.filter((file) => !inFirstLoad(file));
  assert.deepEqual(outside, [], 'a file the first load fetched that bench/first-load.mjs leaves out of the budget');
  // Once each: index.html preloads the glue and the wasm (scripts/build.mjs), and a preload the
  // loader cannot use (another URL, credentials mode or integrity) would fetch the file again.
  for (const pattern of FIRST_LOAD) {
    assert.equal(fetched.filter((file) => pattern.test(file)).length, 1, `fetched once: ${pattern}`);
  }
});

/** Every computed property of each element, minus those that follow the page's layout. */
function hostStyles(page) {
  return page.evaluate(() => {
    const layout = /^(width|height|inline-size|block-size|perspective-origin|transform-origin)$/;
    return ['#host-title', '#host-text', '#host-button', 'body'].map((selector) => {
      const style = getComputedStyle(document.querySelector(selector));
      return Object.fromEntries([...style].filter((p) => !layout.test(p)).map((p) => [p, style.getPropertyValue(p)]));
    });
  });
}

test('two widgets embedded in a hostile host page work independently, look like the app, follow the host font size and leave the host alone', async () => {
  const server = await serve({ mounts: { '/host/': FIXTURES } });
  current = await openPage(browser, server.origin);
  const { page } = current;
  // Hold embed.js back until the host page has been measured without the widgets.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/embed.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server.origin}/host/embed-host.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.getElementById('widget-tree')
    && document.querySelector('link[rel="stylesheet"]')?.sheet?.cssRules.length > 0);
  assert.equal(await page.locator('[data-rundskriv-mounted]').count(), 0);
  const before = await hostStyles(page);
  const historyLength = await page.evaluate(() => history.length);
  release();

  const reader = page.locator('#widget-reader');
  const tree = page.locator('#widget-tree');
  await page.waitForFunction(() => ['widget-reader', 'widget-tree']
    .every((id) => document.getElementById(id).shadowRoot?.getElementById('page-heading')));
  assert.equal(await page.locator('[data-rundskriv-mounted]').count(), 2);
  assert.deepEqual(await hostStyles(page), before, "the host's own elements look exactly as before");
  assert.equal(await page.locator('#widget-reader-fallback').isVisible(), false, "the host's fallback link is hidden");

  // Each widget starts where its attributes say, in its language, inside its shadow root.
  assert.equal(normalise(await reader.locator('#page-heading').innerText()), 'Innhold');
  assert.equal(await tree.locator('.rv-app').getAttribute('lang'), 'nn');
  assert.equal(await reader.locator('.rv-app').getAttribute('lang'), 'nb');
  assert.equal(await tree.getByRole('button', { name: 'Hald fram' }).count(), 1, 'the tree widget speaks nynorsk');
  const firstQuestion = normalise(await tree.locator('#page-heading').innerText());

  // The app's look, not the host's: colours, fonts, spacing; sizes follow the host's root (20px).
  const looks = await page.evaluate(() => {
    const shadow = document.getElementById('widget-reader').shadowRoot;
    const pick = (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
    return {
      h1: pick(shadow.querySelector('h1'), ['color', 'font-size', 'font-family', 'letter-spacing', 'text-transform', 'text-decoration-line', 'margin-top']),
      button: pick(shadow.querySelector('.lang-switch button[aria-pressed="false"]'), ['background-color', 'color', 'border-top-style', 'font-size', 'margin-top']),
      link: pick(shadow.querySelector('main a'), ['color']),
      text: pick(shadow.querySelector('.rv-root'), ['font-size', 'line-height', 'color']),
    };
  });
  // Designsystemet's Digdir theme (theme.css): its neutral text and accent colours, its type scale
  // (h1 1.875rem, body 1.125rem with line height 1.7, rounded to whole pixels), its font name
  // first with the system's sans-serif behind it.
  const font = 'Inter, system-ui, sans-serif';
  assert.deepEqual(looks.h1, {
    color: 'rgb(31, 44, 61)', 'font-size': '38px', 'font-family': font,
    'letter-spacing': '-0.095px', 'text-transform': 'none', 'text-decoration-line': 'none', 'margin-top': '30px',
  });
  assert.deepEqual(looks.button, {
    'background-color': 'rgba(0, 0, 0, 0)', color: 'rgb(0, 93, 177)', 'border-top-style': 'solid', 'font-size': '20px', 'margin-top': '0px',
  });
  assert.deepEqual(looks.link, { color: 'rgb(0, 93, 177)' });
  assert.deepEqual(looks.text, { 'font-size': '20px', 'line-height': '34px', color: 'rgb(31, 44, 61)' });

  // Navigate in one: the other stays put, focus moves inside the widget, the host URL does not move.
  await reader.getByRole('link', { name: '1.6 Bruk nasjonale felleskomponenter og fellesløsninger' }).click();
  await page.waitForFunction(() => document.getElementById('widget-reader').shadowRoot.activeElement?.id === 'page-heading');
  assert.equal(normalise(await reader.locator('#page-heading').innerText()), '1.6 Bruk nasjonale felleskomponenter og fellesløsninger');
  assert.equal(normalise(await tree.locator('#page-heading').innerText()), firstQuestion);
  // Copied links and "open in a window of its own" lead to the standalone app next to embed.js.
  assert.equal(await reader.locator('a.open-full').getAttribute('href'), `${server.url}#/punkt/1.6`);

  // Answer a question in the other: the first stays on 1.6.
  const { next } = await answerFirstQuestion(tree);
  assert.notEqual(next, firstQuestion);
  await page.waitForFunction(() => document.getElementById('widget-tree').shadowRoot.activeElement?.id === 'page-heading');
  assert.match(normalise(await reader.locator('#page-heading').innerText()), /^1\.6 /);

  const host = await page.evaluate(() => ({ hash: location.hash, history: history.length, lang: document.documentElement.lang, title: document.title }));
  assert.deepEqual(host, { hash: '', history: historyLength, lang: 'en', title: 'A host page' });
  assert.deepEqual(await hostStyles(page), before);
  assert.ok(server.served.every((path) => path.startsWith('/host/') || path.startsWith(SUB_PATH)));
});

test('bad embed input never leaves a blank widget: unknown attributes fall back with a warning, odd elements still work', async () => {
  const server = await serve({ mounts: { '/host/': FIXTURES } });
  const page = await open(server.origin, `${server.origin}/host/embed-host.html`);
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await page.waitForFunction(() => document.querySelectorAll('[data-rundskriv-mounted]').length === 2);
  const outcome = await page.evaluate(async () => {
    const { mount } = globalThis.Rundskrivveilederen;
    // A <ul> cannot have a shadow root: the widget goes into a <div> inside it.
    const list = document.body.appendChild(document.createElement('ul'));
    list.id = 'odd';
    await mount(list, { start: 'finnes-ikke', lang: 'klingon', routing: 'popup' });
    // Mounting the same element again does nothing.
    await mount(list, { start: 'altinn' });
    let error = null;
    try {
      await mount(null);
    } catch (e) {
      error = String(e.message ?? e);
    }
    return { error, shadows: list.querySelectorAll('div').length };
  });
  assert.match(outcome.error, /must be an element/);
  assert.equal(outcome.shadows, 1, 'one widget, mounted once');
  const odd = page.locator('#odd');
  await odd.locator('#page-heading').waitFor();
  assert.equal(normalise(await odd.locator('#page-heading').innerText()), 'Rundskrivveilederen', 'the start page');
  assert.equal(warnings.length, 3, JSON.stringify(warnings));
  assert.ok(warnings.some((w) => w.includes('data-start="finnes-ikke"')));
  assert.equal(await page.evaluate(() => location.hash), '');
});

test('nynorsk and English texts load when chosen, never for bokmål; a wrong file keeps the app in bokmål with a notice', async () => {
  const server = await serve();
  const page = await open(server.origin, server.url);
  // What the page asks for; the service worker fetches every file once for offline use.
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await appReady(page);
  const texts = () => asked.filter((p) => /tekst-[a-z]{2}-[0-9a-f]{16}\.txt$/.test(p));
  assert.deepEqual(texts(), [], 'bokmål needs no text file');
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await page.waitForFunction(() => document.querySelector('.tree-list')?.textContent.includes('Altinn er ei felles plattform'));
  assert.deepEqual(texts().map((p) => p.split('/').pop().slice(0, 9)), ['tekst-nn-']);
  assert.equal(await page.locator('.notice').count(), 0);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('.tree-list')?.textContent.includes('Altinn is a common platform'));
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.equal(texts().length, 2, 'each file is loaded once');

  // A file that is not this build's (an error page, another version): the app starts in bokmål
  // and says why; choosing nynorsk again says it again, and the app stays where it was.
  const broken = await serve({ transform: (path) => (/tekst-nn-/.test(path) ? Buffer.from('<!doctype html><p>Not found') : undefined) });
  const other = await open(broken.origin, `${broken.url}#/veiviser/altinn?svar=`, { locale: 'nn-NO' });
  await other.waitForSelector('.notice[role=alert]');
  assert.match(await other.locator('.notice[role=alert]').innerText(), /Språket du valgte, kunne ikke lastes/);
  assert.equal(await other.locator('.notice[role=alert]').getAttribute('lang'), 'nb');
  assert.match(await other.locator('#page-heading').innerText(), /Hva slags virksomhet/, 'the question in bokmål');
  assert.equal(await other.getByRole('button', { name: 'Fortsett' }).count(), 1, 'the app around it in bokmål too');
  assert.equal(await other.evaluate(() => document.documentElement.lang), 'nb');
  await other.getByRole('button', { name: 'English' }).click();
  await other.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await other.locator('.notice').count(), 0, 'a language that loads clears the notice');
  await other.getByRole('button', { name: 'Nynorsk' }).click();
  await other.waitForSelector('.notice[role=alert][lang=nb]');
  assert.equal(await other.evaluate(() => document.documentElement.lang), 'en', 'stays where it was');
});

test('offline: after one visit the app reloads and works with the network gone; a new version replaces the cache cleanly, and an open page offers it', async () => {
  const { version, files } = await precache();
  let next = null;
  // A "new build": another version in sw.js and a marker in index.html.
  const transform = (path, body) => {
    if (!next) return undefined;
    if (path.endsWith('/sw.js')) return Buffer.from(body.toString().replace(JSON.stringify(version), JSON.stringify(next)));
    if (path.endsWith('/index.html')) return Buffer.from(body.toString().replace('<title>', `<meta name="rv-test-build" content="${next}"><title>`));
    return undefined;
  };
  const server = await serve({ transform });
  const page = await open(server.origin, server.url);
  await appReady(page);
  await waitForOffline(page, files.length);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    return { keys, urls: (await (await caches.open(keys[0])).keys()).map((r) => r.url).sort() };
  });
  assert.deepEqual(cached.keys, [`rundskrivveilederen:${server.url}:${version}`]);
  assert.deepEqual(cached.urls, files.map((f) => server.url + f).sort());

  // Network gone: the browser is offline and the server drops every connection.
  await current.context.setOffline(true);
  server.offline = true;
  await page.reload();
  await appReady(page);
  await useReaderAndSearch(page);
  // The nynorsk texts were precached with the rest.
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await page.getByRole('link', { name: 'Framside' }).first().click();
  await page.waitForFunction(() => document.querySelector('.tree-list')?.textContent.includes('Altinn er ei felles plattform'));
  assert.equal(await page.locator('.notice').count(), 0);
  await page.getByRole('button', { name: 'Bokmål' }).click();

  // Back online with a new build: the worker updates, fills a new cache, deletes the old one.
  await current.context.setOffline(false);
  server.offline = false;
  const answered = '#/veiviser/altinn?v=1&svar=virksomhetstype:forvaltningsorgan';
  await goHash(page, answered);
  await page.locator('input[type=radio]').first().waitFor();
  assert.equal(await page.locator('.update-notice').count(), 0, 'no notice while the build is the newest');
  next = 'test-v2';
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await waitForAsync(page, async (key) => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] === key;
  }, `rundskrivveilederen:${server.url}:${next}`);
  const renewed = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    const index = await (await cache.match('index.html')).text();
    return { urls: (await cache.keys()).map((r) => r.url).sort(), marked: index.includes('rv-test-build') };
  });
  assert.deepEqual(renewed.urls, files.map((f) => server.url + f).sort(), 'the new cache holds the complete set');
  assert.ok(renewed.marked, "the new cache holds the new build's index.html, revalidated with the server");

  // The page still open is the older build: it says a newer one is there and offers to load it.
  const notice = page.locator('.update-notice[role=status]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /En ny versjon av Rundskrivveilederen er publisert\. Last inn siden på nytt/);

  // Offline again: the reload it offers brings the new build from the new cache, answers kept.
  await current.context.setOffline(true);
  server.offline = true;
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Last inn på nytt' }).click()]);
  await appReady(page);
  assert.equal(await page.locator('meta[name="rv-test-build"]').getAttribute('content'), next);
  assert.equal(await page.evaluate(() => location.hash), answered, 'the answers come along in the address');
  assert.equal(await page.locator('.update-notice').count(), 0, 'the new build is the newest');
});

test('the single file works from file://: reader, a decision tree and search, under its own CSP, with no request', async () => {
  const url = pathToFileURL(SINGLE).href;
  const page = await open('file://', url);
  await appReady(page);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  await useReaderAndSearch(page);
  await page.goto(`${url}#/veiviser/altinn`);
  await appReady(page);
  const { question, next } = await answerFirstQuestion(page);
  assert.notEqual(next, question);
  await page.waitForFunction(() => /^#\/veiviser\/altinn\?v=\d+&svar=/.test(location.hash));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await appReady(page);
  // The English texts travel inside the file.
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('.eyebrow')?.textContent.includes('Do we have to use Altinn?'));
  assert.equal(await page.locator('.notice').count(), 0);
  assert.deepEqual(requests.filter((r) => !r.startsWith('file://') && !r.startsWith('data:')), []);
});

test('without JavaScript the page points to the static circular, which holds the whole text with its anchors', async () => {
  const server = await serve();
  const page = await open(server.origin, server.url, { javaScriptEnabled: false });
  const link = page.locator('#rv-fallback p[lang="nb"] a');
  await link.waitFor({ state: 'visible' });
  assert.equal(await link.getAttribute('href'), 'rundskrivet.html');
  await link.click();
  await page.waitForURL(`${server.url}rundskrivet.html`);
  const seed = JSON.parse(await readFile(join(ROOT, 'target', 'seed.json'), 'utf8'));
  const text = normalise(await page.evaluate(() => {
    document.querySelectorAll('.note-ref, .footnote-back').forEach((el) => el.remove());
    return document.querySelector('.whole').innerText;
  }));
  const missing = seed.sentences.filter((s) => !text.includes(normalise(s)));
  assert.deepEqual(missing, [], 'sentences of the source missing from the static circular');
  for (const id of ['felleskomponenter-krav-altinn', 'skytjenester-krav-vurdere-skytjenester', 'prosjektgjennomforing-krav-terskel-10-millioner', 'kapittel-1']) {
    assert.equal(await page.locator(`[id="${id}"]`).count(), 1, id);
  }
  assert.match(await page.locator('[id="felleskomponenter-krav-altinn"]').innerText(), /^Altinn: Virksomheten skal i utgangspunktet ta i bruk Altinns infrastruktur/);
  const hrefs = new Set(await page.$$eval('a[href^="http"]', (as) => as.map((a) => a.getAttribute('href'))));
  assert.deepEqual(seed.urls.filter((u) => !hrefs.has(u)), [], 'hyperlinks of the source missing');
  assert.equal(await page.locator('a[href="./"]').count(), 3, 'it links back to the app, in three languages');
  // An anchor of before issue #14 (the point's number, not its concept) lands in its paragraph,
  // with no script to map it. Reduced motion makes the jump instant (no smooth scroll to wait
  // for), and the page is loaded afresh, as a pasted link is.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('about:blank');
  await page.goto(`${server.url}rundskrivet.html#1-6-krav-altinn`);
  const landed = await page.evaluate(() => {
    const block = document.querySelector(':target')?.closest('.block');
    const r = block?.getBoundingClientRect();
    // An unmarked block has no background of its own.
    const marked = !!block && getComputedStyle(block).backgroundColor !== 'rgba(0, 0, 0, 0)';
    return { id: block?.id, inView: !!r && r.bottom > 0 && r.top < window.innerHeight, scrolled: window.scrollY > 0, marked };
  });
  // Marked as a paragraph's own anchor marks it, though the target is the span inside it.
  assert.deepEqual(landed, { id: 'felleskomponenter-krav-altinn', inView: true, scrolled: true, marked: true });
});

test('without WebAssembly, when loading fails or when the loader is blocked, the note appears with its link', async () => {
  const server = await serve();
  // No WebAssembly: the starter shows the note at once.
  current = await openPage(browser, server.origin);
  let { page } = current;
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  await page.goto(server.url);
  await page.waitForSelector('#rv-fallback.rv-failed a[href="rundskrivet.html"]', { state: 'visible' });
  assert.equal(await page.locator('#page-heading').count(), 0);
  const { problems, context } = current;
  current = undefined;
  await context.close();
  assert.deepEqual(problems, []);

  // The wasm fails to load: the starter catches it and shows the note at once.
  current = await openPage(browser, server.origin);
  page = current.page;
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(server.url);
  await page.waitForSelector('#rv-fallback.rv-failed a[href="rundskrivet.html"]', { state: 'visible' });
  assert.ok(current.problems.some((p) => p.includes('could not start')), 'the reason is on the console');
  await current.context.close();
  current = undefined;

  // The starter script blocked (a proxy, a stricter policy): the note appears on its own.
  current = await openPage(browser, server.origin);
  page = current.page;
  await page.route(/\/start-[0-9a-f]+\.js$/, (route) => route.abort('blockedbyclient'));
  await page.goto(server.url);
  await page.locator('#rv-fallback a[href="rundskrivet.html"]').first().waitFor({ state: 'visible' });
  assert.equal(await page.locator('#page-heading').count(), 0);
  await current.context.close();
  current = undefined;
});

/** The version 2 corpus file imported into `scope` (a page or a widget), then the CSV it downloads. */
async function importAndExportCsv(page, scope = page) {
  const file = await readFile(join(ROOT, 'crates', 'core', 'tests', 'corpus', 'assessment-v2.json'));
  await scope.locator('#importer').setInputFiles({ name: 'vurdering.json', mimeType: 'application/json', buffer: file });
  await scope.getByRole('heading', { name: 'Dette gjelder for dere' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: 'Last ned som regneark (CSV)' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFFPunkt;Avsnitt;'), csv.slice(0, 40));
  assert.ok(csv.includes('Seksjon for «IT»; Kari'), 'the follow-up of the imported file');
}

test('the documents module works offline after one visit, from the single file on file://, and in an embedded widget', async () => {
  const { files } = await precache();
  assert.ok(files.some((f) => /^dokumenter-[0-9a-f]{16}\.wasm$/.test(f)), 'the service worker precaches the documents module');
  const server = await serve({ mounts: { '/host/': FIXTURES } });
  let page = await open(server.origin, `${server.url}#/egenvurdering`, { acceptDownloads: true });
  await appReady(page);
  await waitForOffline(page, files.length);
  await current.context.setOffline(true);
  server.offline = true;
  await page.reload();
  await appReady(page);
  await importAndExportCsv(page);
  await current.context.setOffline(false);
  server.offline = false;
  await current.context.close();
  assert.deepEqual(current.problems, []);
  current = undefined;

  page = await open('file://', `${pathToFileURL(SINGLE).href}#/egenvurdering`, { acceptDownloads: true });
  await appReady(page);
  await importAndExportCsv(page);
  await current.context.close();
  assert.deepEqual(current.problems, []);
  current = undefined;

  // A third widget on the host page, mounted by script at the self-assessment.
  page = await open(server.origin, `${server.origin}/host/embed-host.html`, { acceptDownloads: true });
  await page.waitForFunction(() => document.querySelectorAll('[data-rundskriv-mounted]').length === 2);
  await page.evaluate(async () => {
    const element = document.createElement('div');
    element.id = 'widget-assessment';
    document.body.append(element);
    await globalThis.Rundskrivveilederen.mount(element, { start: 'egenvurdering' });
  });
  await importAndExportCsv(page, page.locator('#widget-assessment'));
  assert.ok(server.served.some((p) => p.startsWith(`${SUB_PATH}dokumenter-`)), 'fetched from the app\'s folder, not the host page\'s');
});
