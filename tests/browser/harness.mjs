// Shared harness for the browser tests: a static server for dist/ (under any path prefix, with
// extra folders, HTTP headers, rewritten files and a switch that drops every connection, as a
// network outage would), Debian's headless Chromium via playwright-core, and a page wrapper that
// records console errors, Content-Security-Policy violations and requests to other origins.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The Content-Security-Policy the hosted build must work under (docs/deploying.md, "Content-Security-Policy, headers and caching"). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Serves `root` under `prefix` (e.g. '/verktoy/rundskriv/') on a loopback port (`port`, or a free one), and each
 * folder of `mounts` ({ '/host/': dir }) under its own prefix. Every response carries the hosting
 * `CSP` (so every browser test proves the app works under it; `csp: false` for a host page whose
 * test tools need inline code) and `headers`;
 * `transform(path, body)` may return a replacement body; `encode(file, body, req)` (the file on disk) may return
 * `{ body, headers }` to send instead (a compressed body and its Content-Encoding, say). Setting
 * `offline = true` on the result makes the server drop every connection unanswered.
 */
export async function startServer({ root = DIST, prefix = '/', port = 0, mounts = {}, headers: extra = {}, csp = true, transform, encode } = {}) {
  const headers = { ...(csp ? { 'content-security-policy': CSP } : {}), ...extra };
  const served = [];
  const folders = [...Object.entries(mounts), [prefix, root]];
  const sockets = new Set();
  const handle = {};
  const server = createServer(async (req, res) => {
    if (handle.offline) {
      req.socket.destroy();
      return;
    }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    served.push(path);
    const [base, dir] = folders.find(([p]) => path.startsWith(p)) ?? [];
    if (!base) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      body = transform?.(path, body) ?? body;
      const encoded = encode?.(file, body, req);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers, ...encoded?.headers });
      res.end(encoded?.body ?? body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return Object.assign(handle, {
    origin,
    url: origin + prefix,
    served,
    offline: false,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((ok) => server.close(ok));
    },
  });
}

// The flags keep Chromium from calling home: this machine's network is closed, and the product
// promises no request to any third party, so any such request would also be a test failure.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh browser context and page. `problems` collects console errors, page errors, Content-
 * Security-Policy violations (also those inside a widget's shadow root: the event is composed),
 * failed responses and requests to any origin other than `origin` (the page's, or 'file://');
 * tests assert it is empty.
 */
export async function openPage(browser, origin, { locale = 'nb-NO', ...options } = {}) {
  const context = await browser.newContext({ locale, ...options });
  const page = await context.newPage();
  // The app answers in milliseconds; a long wait only delays the report of a failure.
  page.setDefaultTimeout(10_000);
  const problems = [];
  await context.exposeBinding('__reportViolation', (_source, text) => problems.push(`CSP violation: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    }, true);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // Context-wide, so requests a service worker makes are checked too.
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  context.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  return { context, page, problems };
}

/** Waits until the app has rendered a view (its h1 carries id="page-heading"); the first view
 * of the start page, shown before the app is up (web/start.js), does not count. */
export async function appReady(page) {
  await page.waitForSelector('#page-heading:not([data-first-view] *)', { state: 'attached' });
}

/** Waits until every enabled stylesheet link has loaded, in the page and in widgets' shadow
 * roots: the pages' stylesheet arrives after the page that enabled it has rendered. */
export async function stylesLoaded(page) {
  await page.waitForFunction(() => {
    const roots = [document, ...[...document.querySelectorAll('[data-rundskriv-mounted]')].map((e) => e.shadowRoot ?? e.querySelector('div')?.shadowRoot)];
    return roots.filter(Boolean).every((root) => [...root.querySelectorAll('link[rel=stylesheet]')].every((link) => link.disabled || link.sheet));
  });
}

/**
 * Waits until the async `predicate(arg)`, run in the page, resolves truthy. Playwright's
 * waitForFunction counts a returned promise as truthy at once, so async checks (caches, the
 * service worker) are polled here instead.
 */
export async function waitForAsync(page, predicate, arg, { timeout = 10_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(predicate, arg)) return;
    if (Date.now() > deadline) throw new Error(`waitForAsync timed out: ${predicate}`);
    await page.waitForTimeout(interval);
  }
}

/** Resolves once the address bar shows the view: the app writes history a frame after it
 * renders (src/platform/history.rs), in a task queued from an animation frame, which this follows. */
export async function addressSettled(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0))));
}

/** Goes to a fragment inside the running app, the way a clicked link would. */
export async function goHash(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
}

export function normalise(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The usual test file's set-up: one server and one browser for the file, a fresh context per
 * `open`, and after each test the check that nothing went wrong in the page (console errors,
 * failed requests, requests to other origins). `close()` ends the current page early, with the
 * same check, for tests that open several pages in turn.
 */
export function browserSuite({ prefix = '/' } = {}) {
  const suite = { server: undefined, browser: undefined, current: undefined };
  suite.close = async () => {
    if (!suite.current) return;
    const { problems, context } = suite.current;
    suite.current = undefined;
    await context.close();
    assert.deepEqual(problems, [], 'no console errors, failed requests or requests to other origins');
  };
  suite.open = async (hash = '', options = {}) => {
    await suite.close();
    suite.current = await openPage(suite.browser, suite.server.origin, options);
    await suite.current.page.goto(suite.server.url + hash);
    await appReady(suite.current.page);
    return suite.current.page;
  };
  before(async () => {
    suite.server = await startServer({ prefix });
    suite.browser = await launch();
  });
  afterEach(() => suite.close());
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
