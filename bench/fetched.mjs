// What a page fetches on a cold load, measured as `bench/sizes.mjs` measures files (raw, gzip -9,
// brotli -11): for the first load of the start page and for each deep link.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measure, sum } from './measure.mjs';
import { freshPage, interactive } from './page.mjs';
import { DIST } from '../tests/browser/harness.mjs';

// Each file is compressed once however many pages fetch it (brotli -11 of the wasm takes seconds).
const measured = new Map();
async function sizeOf(file) {
  if (!measured.has(file)) measured.set(file, measure(file, await readFile(join(DIST, file))));
  return measured.get(file);
}

/** Loads `server.url + hash` in a fresh context and waits until it is interactive, `ready`
 * (a selector) is shown and the network is idle; returns every file of the server's the page
 * fetched and their total. Not the service worker's precaching, which a page's requests leave out. */
export async function fetchedBy(browser, server, hash, ready) {
  const { context, page, errors } = await freshPage(browser);
  const fetched = [];
  page.on('requestfinished', (req) => {
    const url = req.url();
    if (url.startsWith(server.origin)) fetched.push(decodeURIComponent(new URL(url).pathname));
  });
  await page.goto(server.url + hash);
  await interactive(page);
  if (ready) await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await context.close();
  if (errors.length) throw new Error(`${hash}: ${errors.join('; ')}`);
  const rows = [];
  for (const path of [...new Set(fetched)]) rows.push(await sizeOf(path === '/' ? 'index.html' : path.slice(1)));
  return { hash, files: rows, total: sum(rows) };
}
