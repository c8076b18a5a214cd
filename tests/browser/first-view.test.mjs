// The first view (scripts/first-view.mjs, web/start.js): the start page, or a point's page, is on
// screen, with working links, before the wasm has arrived, and every other page's frame (header,
// empty main); the app takes over from it without a jump, a lost focus or a second copy; it never
// shows in another language, and it gives way to the note when the app cannot start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, openPage, appReady } from './harness.mjs';

const suite = browserSuite();
const WASM = /_bg\.wasm$/;

/** Opens `hash` with the app's wasm held back until the returned `release` is called. */
async function openHeld(hash = '', options = {}) {
  await suite.close();
  suite.current = await openPage(suite.browser, suite.server.origin, options);
  const { page } = suite.current;
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(WASM, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(suite.server.url + hash, { waitUntil: 'domcontentloaded' });
  return { page, release };
}

/** Where each element `selectors` names is on screen. */
function places(page, selectors) {
  return page.evaluate((list) => list.map((s) => {
    const box = document.querySelector(s).getBoundingClientRect();
    return { s, top: box.top, left: box.left, width: box.width, height: box.height };
  }), selectors);
}

test('the start page is on screen before the wasm arrives, and the app takes it over in place, keeping the focus', async () => {
  const { page, release } = await openHeld();
  const first = page.locator('[data-first-view]');
  await first.locator('h1#page-heading').waitFor({ state: 'visible' });
  assert.equal(await first.locator('h1').innerText(), 'Rundskrivveilederen');
  const treeLinks = await first.locator('.tree-list a').count();
  assert.ok(treeLinks >= 20, `every tree is listed (${treeLinks})`);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('rv-interactive').length), 0, 'the app has not started');
  assert.equal(await page.locator('.rv-app').count(), 1);
  // A keyboard user has already reached a tree's link.
  const link = first.locator('.tree-list a').nth(2);
  const href = await link.getAttribute('href');
  await link.focus();
  const watched = ['main h1', '.tree-list li:nth-child(3) a', '.cards'];
  await page.evaluate(() => window.scrollTo({ top: 120, behavior: 'instant' }));
  const before = await places(page, watched);
  const markup = await page.locator('main').evaluate((m) => m.innerHTML);

  release();
  await page.waitForSelector('.rv-app:not([data-first-view]) #page-heading', { state: 'attached' });
  await first.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.rv-app').count(), 1, 'one app, no copy left behind');
  assert.equal(await page.locator('h1').count(), 1);
  assert.deepEqual(await places(page, watched), before, 'nothing moved');
  assert.equal(await page.evaluate(() => window.scrollY), 120, 'the scroll position stays');
  assert.equal(await page.locator('main').evaluate((m) => m.innerHTML), markup, 'the app renders the same markup');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), href, 'the focus is on the same link');
  assert.ok(await page.evaluate(() => document.activeElement?.closest('.rv-app') !== null));
  // And the app is running: the link leads to its tree.
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.hash.startsWith(h), href);
  await page.waitForSelector('main form, main fieldset');
});

test("a link followed before the wasm arrives shows that page's frame at once, and the page once the app is up, with the focus on its heading", async () => {
  const { page, release } = await openHeld();
  const first = page.locator('[data-first-view]');
  // The navigation first: its frame marks the page, and Back returns to the start view.
  await first.locator('nav a[href="#/hele"]').click();
  await page.waitForFunction(() => location.hash === '#/hele');
  await first.locator('main:empty').waitFor({ state: 'attached' });
  assert.deepEqual(await first.locator('nav a[aria-current]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['#/hele'], 'the frame marks the page followed');
  await page.goBack();
  await first.locator('.tree-list').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.rv-app').count(), 1, 'one first view at a time');
  // Then a tree: the frame takes the start view's place, and the focus waits in its <main>.
  const link = first.locator('.tree-list a').first();
  const href = await link.getAttribute('href');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.hash === h, href);
  await first.locator('main:empty').waitFor({ state: 'attached' });
  assert.equal(await first.locator('.tree-list').count(), 0, 'the start view has given way to the frame');
  assert.ok(await page.evaluate(() => document.activeElement?.matches('[data-first-view] main')), 'the focus is in the frame');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('rv-interactive').length), 0, 'the app has not started');
  release();
  await page.waitForSelector('[data-first-view]', { state: 'detached' });
  await appReady(page);
  await page.waitForSelector('main form, main fieldset');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-heading');
  assert.equal(await page.locator('.tree-list').count(), 0, 'the start page is gone');
});

test("a point's address shows that page before the wasm arrives, a paragraph's scrolled to the paragraph, and the app takes over in place", async () => {
  // Scrolling at once, so the places compared are where scrolling ends.
  const still = { reducedMotion: 'reduce' };
  let { page, release } = await openHeld('#/punkt/1.6', still);
  const first = page.locator('[data-first-view]');
  await first.locator('main h1').waitFor({ state: 'visible' });
  assert.match(await first.locator('main h1').innerText(), /^1\.6 /);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('rv-interactive').length), 0, 'the app has not started');
  // A paragraph far enough down the page to need scrolling to.
  const paragraph = await first.locator('main .block[id]').last().getAttribute('id');
  const markup = await page.locator('main').evaluate((m) => m.innerHTML);
  const watched = ['main h1', `[id="${paragraph}"]`];
  const before = await places(page, watched);
  release();
  await page.waitForSelector('[data-first-view]', { state: 'detached' });
  await appReady(page);
  assert.equal(await page.locator('.rv-app').count(), 1);
  assert.equal(await page.locator('main').evaluate((m) => m.innerHTML), markup, 'the app renders the same markup');
  assert.deepEqual(await places(page, watched), before, 'nothing moved');

  ({ page, release } = await openHeld(`#/punkt/1.6/${paragraph}`, still));
  await page.locator(`[data-first-view] [id="${paragraph}"]`).waitFor({ state: 'visible' });
  const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, paragraph);
  assert.ok(await page.evaluate(() => window.scrollY) > 0 && top >= 0 && top < (await page.evaluate(() => innerHeight)) / 2, `scrolled to the paragraph (top ${top})`);
  release();
  await page.waitForFunction((id) => document.activeElement?.id === id && !document.querySelector('[data-first-view]'), paragraph);
  assert.equal(await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, paragraph), top, 'the paragraph stays where it was');
});

test("a point's view that arrives once the app has started, but before it has its words to mount, still shows and hands over", async () => {
  await suite.close();
  suite.current = await openPage(suite.browser, suite.server.origin);
  const { page } = suite.current;
  const held = (pattern) => {
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    page.route(pattern, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  };
  const releaseWords = held(/rundskrivtekst-[0-9a-f]+\.txt$/);
  const releaseView = held(/visning-[0-9a-f]+\.html$/);
  await page.goto(`${suite.server.url}#/punkt/1.6`, { waitUntil: 'domcontentloaded' });
  // Started: the loader removes the note once the wasm has run; the app waits for the words.
  await page.waitForSelector('#rv-fallback', { state: 'detached' });
  assert.equal(await page.locator('.rv-app:not([data-first-view])').count(), 0, 'the app has not mounted');
  assert.equal(await page.locator('[data-first-view] main').evaluate((m) => m.childElementCount), 0, 'the frame is shown');
  releaseView();
  await page.locator('[data-first-view] main h1').waitFor({ state: 'visible' });
  releaseWords();
  await page.waitForSelector('[data-first-view]', { state: 'detached' });
  await appReady(page);
  assert.equal(await page.locator('.rv-app').count(), 1);
});

test('every other address shows the frame: the header, an empty main, no footer; the app fills it in place', async () => {
  for (const [hash, current] of [['#/veiviser/altinn', null], ['#/sok', '#/sok'], ['#/egenvurdering', null], ['#/hele', '#/hele']]) {
    const { page, release } = await openHeld(hash);
    const frame = page.locator('[data-first-view]');
    await frame.locator('header nav').waitFor({ state: 'visible' });
    assert.equal(await frame.locator('main').evaluate((m) => m.childElementCount), 0, `${hash}: main is empty`);
    assert.equal(await frame.locator('footer').count(), 0, `${hash}: no footer`);
    assert.equal(await page.locator('#page-heading').count(), 0, hash);
    const marked = await frame.locator('nav a[aria-current]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(marked, current ? [current] : [], `${hash}: the navigation marks the page as the app does`);
    const header = await frame.locator('header').evaluate((h) => h.outerHTML);
    const watched = ['header', 'header nav', '.lang-switch'];
    const before = await places(page, watched);
    release();
    await appReady(page);
    await page.waitForSelector('[data-first-view]', { state: 'detached' });
    assert.equal(await page.locator('.rv-app').count(), 1, hash);
    assert.equal(await page.locator('header').evaluate((h) => h.outerHTML), header, `${hash}: the app renders the same header`);
    assert.deepEqual(await places(page, watched), before, `${hash}: the header has not moved`);
  }
});

test("a point's view takes the frame's place, keeping the focus the visitor had reached", async () => {
  let releaseView;
  const viewHeld = new Promise((resolve) => { releaseView = resolve; });
  await suite.close();
  suite.current = await openPage(suite.browser, suite.server.origin);
  const { page } = suite.current;
  let releaseWasm;
  const wasmHeld = new Promise((resolve) => { releaseWasm = resolve; });
  await page.route(WASM, async (route) => { await wasmHeld; await route.continue(); });
  await page.route(/visning-[0-9a-f]+\.html$/, async (route) => { await viewHeld; await route.continue(); });
  await page.goto(`${suite.server.url}#/punkt/1.6`, { waitUntil: 'domcontentloaded' });
  const frame = page.locator('[data-first-view]');
  await frame.locator('header nav').waitFor({ state: 'visible' });
  assert.deepEqual(await frame.locator('nav a[aria-current]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['#/innhold']);
  await frame.locator('nav a[href="#/sok"]').focus();
  releaseView();
  await page.locator('[data-first-view] main h1').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.rv-app').count(), 1, 'the view replaced the frame');
  assert.ok(await page.evaluate(() => document.activeElement?.matches('[data-first-view] nav a[href="#/sok"]')), 'the focus stays on the same link');
  releaseWasm();
  await appReady(page);
  await page.waitForSelector('[data-first-view]', { state: 'detached' });
  assert.ok(await page.evaluate(() => document.activeElement?.matches('.rv-app nav a[href="#/sok"]')), 'and on it in the app');
});

test('it never shows in another language', async () => {
  for (const [hash, options, what] of [['#/punkt/1.6', { locale: 'nn-NO' }, 'a nynorsk visitor to a point'], ['#/veiviser/altinn', { locale: 'en-GB' }, 'an English visitor to a tree'], ['', { locale: 'nn-NO' }, 'a nynorsk visitor'], ['', { locale: 'en-GB' }, 'an English visitor']]) {
    const { page, release } = await openHeld(hash, options);
    // The loader has run (it marks the note as booting) and has left the template a template.
    await page.waitForSelector('#rv-fallback.rv-booting', { state: 'attached' });
    assert.equal(await page.locator('template#rv-first-view').count(), 1, what);
    assert.equal(await page.locator('[data-first-view]').count(), 0, what);
    assert.equal(await page.locator('#page-heading').count(), 0, what);
    release();
    await appReady(page);
  }
});

test('when the wasm cannot load, the first view gives way to the note', async () => {
  await suite.close();
  suite.current = await openPage(suite.browser, suite.server.origin);
  const { page } = suite.current;
  await page.route(WASM, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(suite.server.url);
  await page.waitForSelector('#rv-fallback.rv-failed a[href="rundskrivet.html"]', { state: 'visible' });
  assert.equal(await page.locator('[data-first-view]').count(), 0);
  assert.equal(await page.locator('#page-heading').count(), 0);
  // Expected here: the 404 and the loader's report of it.
  suite.current.problems.length = 0;
});
