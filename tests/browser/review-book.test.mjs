// The review book (gjennomgang.html, crates/tools/src/book) as the build delivers it, in headless
// Chromium under the hosting CSP: linked from the start page, complete (a chapter and a diagram
// per tree), axe-clean, and printable on A4: in print no element is wider than A4's content box,
// no diagram is taller than a page, and a PDF of it has a page per tree at least.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, DIST, browserSuite, openPage, appReady } from './harness.mjs';
import { axeViolations, formatViolations, overflowingElements } from './a11y-views.mjs';

/** A4 less the book's page margins (15 mm each side; style/gjennomgang.css), in CSS px. */
const A4_CONTENT_WIDTH = ((210 - 30) / 25.4) * 96;
const A4_CONTENT_HEIGHT = ((297 - 36) / 25.4) * 96;
const TREES = 21;

const suite = browserSuite();

/** The book, in a page of its own whose problems the suite checks after the test. */
async function openBook(options) {
  await suite.close();
  suite.current = await openPage(suite.browser, suite.server.origin, options);
  await suite.current.page.goto(`${suite.server.url}gjennomgang.html`);
  return suite.current.page;
}

test('the start page links the review book, which holds every tree with its diagram', async () => {
  const page = await suite.open();
  const link = page.locator('.trees a[href="gjennomgang.html"]');
  assert.match(await link.textContent(), /^Gjennomgangsbok for veiviserne/);
  await link.click();
  await page.waitForURL(`${suite.server.url}gjennomgang.html`);
  assert.equal(await page.locator('h1').textContent(), 'Gjennomgangsbok for veiviserne');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
  assert.equal(await page.locator('article.tree').count(), TREES);
  assert.equal(await page.locator('article.tree figure.diagram svg[role="img"]').count(), TREES);
  assert.equal(await page.locator('.summary tbody tr').count(), TREES, 'the summary table lists every tree');
  // Every quote of the circular is marked as bokmål; the diagram's own parts are styled from the
  // stylesheet (the CSP would block inline style), so a box has its fill.
  assert.equal(await page.locator('.quote blockquote:not([lang="nb"])').count(), 0);
  assert.ok((await page.locator('.quote blockquote').count()) > 100);
  const fill = await page.locator('.flow .node rect').first().evaluate((el) => getComputedStyle(el).fill);
  assert.equal(fill, 'rgb(244, 244, 244)');
  // The diagrams are laid out with an estimate of text widths (layout.rs): every label, as the
  // browser sets it, stays inside its box.
  const outside = await page.evaluate(() => [...document.querySelectorAll('.flow g.node, .flow g.outcome')].flatMap((g) => {
    const box = g.querySelector('rect').getBBox();
    return [...g.querySelectorAll('text')].map((t) => t.getBBox())
      .filter((t) => t.x < box.x || t.x + t.width > box.x + box.width || t.y < box.y || t.y + t.height > box.y + box.height + 1)
      .map(() => `${g.dataset.node ?? g.dataset.outcome} in ${g.closest('article').id}`);
  }));
  assert.deepEqual(outside, []);
  // Back to the app.
  await page.locator('.app-link a').click();
  await appReady(page);
});

test('the review book is axe-clean', async () => {
  const page = await openBook();
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], formatViolations('gjennomgang.html', violations));
});

test('printed on A4, nothing is wider than the page and no diagram taller than one', async () => {
  const page = await openBook({ viewport: { width: Math.floor(A4_CONTENT_WIDTH), height: 1000 } });
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await overflowingElements(page, A4_CONTENT_WIDTH), []);
  const tallest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('svg.flow')].map((svg) => svg.getBoundingClientRect().height)));
  assert.ok(tallest <= A4_CONTENT_HEIGHT, `the tallest diagram is ${tallest} px, a page holds ${A4_CONTENT_HEIGHT}`);
  // Each tree begins a page; links out of the book print their address.
  assert.equal(await page.locator('article.tree').first().evaluate((el) => getComputedStyle(el).breakBefore), 'page');
  const after = await page.locator('.quote a[href^="http"]').first().evaluate((el) => getComputedStyle(el, '::after').content);
  assert.match(after, /^" \(" attr\(href\) "\)"$|^" \(https?:/);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages > TREES, `a page per tree at least, and the front matter: ${pages} pages`);
});

test('the service worker does not precache the review book, as it does not precache the static circular', async () => {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.ok(!sw.includes('gjennomgang.html') && !sw.includes('gjennomgang.css'));
  assert.ok(!sw.includes('rundskrivet.html'));
});

test('the single file, which does not carry the book, does not link it', async () => {
  await suite.close();
  suite.current = await openPage(suite.browser, 'file://');
  const { page } = suite.current;
  await page.goto(pathToFileURL(join(ROOT, 'dist-single', 'rundskrivveilederen.html')).href);
  await appReady(page);
  await page.locator('.tree-list li').first().waitFor();
  assert.equal(await page.locator('a[href="gjennomgang.html"]').count(), 1, 'the app renders it');
  assert.equal(await page.locator('a[href="gjennomgang.html"]').isVisible(), false, 'the file hides it');
  assert.equal(await page.getByRole('link', { name: /Gjennomgangsbok/ }).count(), 0, 'not even to a screen reader');
});
