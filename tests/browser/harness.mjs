// Shared harness for the browser tests: a static server for dist/, Debian's headless Chromium via
// playwright-core, and a page wrapper that records console errors and requests to other origins.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

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

/**
 * Serves `root` under `prefix` (e.g. '/verktoy/rundskriv/') on a free loopback port, adding
 * `headers` to every response (the benchmark asks for cross-origin isolation, for finer timers).
 */
export async function startServer({ root = DIST, prefix = '/', headers = {} } = {}) {
  const served = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    served.push(path);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + prefix, served, close: () => new Promise((ok) => server.close(ok)) };
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
 * A fresh browser context and page. `problems` collects console errors, page errors and requests
 * to any origin other than the server's; tests assert it is empty.
 */
export async function openPage(browser, origin, { locale = 'nb-NO', ...options } = {}) {
  const context = await browser.newContext({ locale, ...options });
  const page = await context.newPage();
  // The app answers in milliseconds; a long wait only delays the report of a failure.
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  return { context, page, problems };
}

/** Waits until the app has rendered a view (its h1 carries id="page-heading"). */
export async function appReady(page) {
  await page.waitForSelector('#page-heading', { state: 'attached' });
}

/** Goes to a fragment inside the running app, the way a clicked link would. */
export async function goHash(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
}

export function normalise(text) {
  return text.replace(/\s+/g, ' ').trim();
}
