// The first view: a page as the app renders it for a bokmål visitor, captured from the built app
// in headless Chromium, so a visitor sees it (and can follow its links) before the wasm has
// arrived; web/start.js shows it, the app takes over from it (docs/architecture.md, "The first
// view"). The start page's goes into index.html; each page of the circular's (`#/punkt/1.6`, the
// address pasted into case documents) into a file of its own, which the loader fetches for that
// address only. Captured rather than written a second time, so it is the app's own markup to the
// byte and cannot drift from it.
//
// Used by scripts/post-build.mjs on the staging folder, once everything index.html loads is there.

// The browser tests' server and browser: the capture sees the app as they do, under the hosting
// Content-Security-Policy, with Chromium kept from calling home.
import { startServer, launch } from '../tests/browser/harness.mjs';

/** The app's root element (`.rv-app`) as it renders `hash` in bokmål, in a fresh context. */
async function capture(browser, origin, hash, ready) {
  const context = await browser.newContext({ locale: 'nb-NO', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${origin}/index.html${hash}`);
    // The app marks the moment it has mounted (src/shell/mount.rs); its effects (the page's
    // language, the title) have run by the next frame.
    await page.waitForFunction(() => performance.getEntriesByName('rv-interactive').length > 0, null, { timeout: 30_000 });
    const html = await page.evaluate((selector) => new Promise((resolve) => requestAnimationFrame(() => {
      const app = document.querySelector('.rv-app');
      resolve(app && app.querySelector(selector) ? app.outerHTML : null);
    })), ready);
    if (errors.length) throw new Error(`${hash || 'the start page'}: the app reported errors: ${errors.join('; ')}`);
    if (!html) throw new Error(`${hash || 'the start page'}: the app did not render it (no ${ready})`);
    return { html, links: await page.$$eval('main a[href^="#/punkt/"]', (as) => as.map((a) => a.getAttribute('href'))) };
  } finally {
    await context.close();
  }
}

/**
 * The first views of the start page and of every page of the circular (`#/punkt/<key>`, as the
 * contents page links them), as the app renders them in bokmål: `{ start, pages: [{ key, html }] }`.
 * Throws when the app does not start or reports an error: a first view of a broken build must
 * not ship.
 */
export async function captureFirstViews(folder) {
  const server = await startServer({ root: folder });
  const { origin } = server;
  const browser = await launch();
  try {
    const start = (await capture(browser, origin, '', 'main .tree-list')).html;
    const contents = await capture(browser, origin, '#/innhold', 'main h1');
    const keys = [...new Set(contents.links.map((href) => href.slice('#/punkt/'.length)).filter((key) => !key.includes('/')))];
    if (keys.length < 10) throw new Error(`the contents page links ${keys.length} pages of the circular`);
    const pages = [];
    for (const key of keys) pages.push({ key, html: (await capture(browser, origin, `#/punkt/${key}`, 'main h1')).html });
    return { start, pages };
  } finally {
    await browser.close();
    await server.close();
  }
}
