// The reader in a real headless Chromium: start page, table of contents, back/forward, paragraph
// links, the whole circular verbatim, search, and the language switch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, appReady, browserSuite, goHash, normalise } from './harness.mjs';

const suite = browserSuite();

const open = (hash = '', options = {}) => suite.open(hash, options);

async function headingText(page) {
  return normalise(await page.locator('#page-heading').innerText());
}

test('the start page says what the tool is, in bokmål, and offers the reader and search', async () => {
  const page = await open();
  assert.equal(await headingText(page), 'Rundskrivveilederen');
  assert.equal(await page.getAttribute('html', 'lang'), 'nb');
  assert.match(await page.locator('main').innerText(), /departementene, statens ordinære forvaltningsorganer/);
  assert.ok(await page.locator('main a[href="#/innhold"]').count() >= 1);
  assert.ok(await page.locator('main a[href="#/sok"]').count() >= 1);
  assert.equal(await page.locator('h1').count(), 1, 'one h1 per view');
  assert.equal(await page.locator('main').count(), 1);
});

test('the table of contents leads to a point; back and forward work; focus moves to the heading', async () => {
  const page = await open();
  await page.getByRole('link', { name: 'Innhold', exact: true }).first().click();
  await page.waitForFunction(() => location.hash === '#/innhold');
  assert.equal(await headingText(page), 'Innhold');
  await page.getByRole('link', { name: '1.6 Bruk nasjonale felleskomponenter og fellesløsninger' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading'
    && document.activeElement.textContent.includes('1.6'));
  // The address follows the view a frame later (src/platform/history.rs).
  await page.waitForFunction(() => location.hash === '#/punkt/1.6');
  assert.equal(await headingText(page), '1.6 Bruk nasjonale felleskomponenter og fellesløsninger');
  for (const part of ['Krav', 'Anbefaling']) {
    assert.equal(await page.locator('h2', { hasText: new RegExp(`^${part}$`) }).count(), 1, `${part} heading`);
  }
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/innhold');
  await page.waitForFunction(() => document.getElementById('page-heading')?.textContent === 'Innhold');
  await page.goForward();
  await page.waitForFunction(() => document.getElementById('page-heading')?.textContent.startsWith('1.6'));
});

test('a paragraph link scrolls to, focuses and highlights that paragraph', async () => {
  const page = await open('#/punkt/1.6/felleskomponenter-krav-altinn');
  await page.waitForFunction(() => document.activeElement?.id === 'felleskomponenter-krav-altinn');
  const target = page.locator('[id="felleskomponenter-krav-altinn"]');
  assert.match(await target.innerText(), /Altinn: Virksomheten skal i utgangspunktet ta i bruk Altinns infrastruktur/);
  const inView = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  assert.ok(inView, 'the paragraph is scrolled into view');
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the paragraph is highlighted');
  // The visible link affordance carries the paragraph's own address.
  assert.equal(await target.locator('a.para-link').getAttribute('href'), '#/punkt/1.6/felleskomponenter-krav-altinn');
});

test('a link with a paragraph id of before issue #14 opens that paragraph, under its new id', async () => {
  const page = await open('#/punkt/1.6/1-6-krav-altinn');
  await page.waitForFunction(() => document.activeElement?.id === 'felleskomponenter-krav-altinn');
  assert.match(await page.locator('[id="felleskomponenter-krav-altinn"]').innerText(), /^Altinn: Virksomheten skal i utgangspunktet/);
  assert.equal(await page.locator('[role="alert"]').count(), 0, 'no "paragraph not found" notice');
  await goHash(page, '#/punkt/felleskomponenter/1-6-krav-altinn-digital-post');
  await page.waitForFunction(() => document.activeElement?.id === 'felleskomponenter-krav-altinn-digital-post');
});

test('every point and every paragraph is reachable by its URL', async () => {
  const page = await open('#/hele');
  // Each paragraph with its section's id (a point's is its concept), the id of the section's title.
  const ids = await page.$$eval('.whole .block[id]', (els) => els.map((el) => [
    el.closest('.whole-section').querySelector('h2[id], h3[id]').id,
    el.id,
  ]));
  assert.ok(ids.length > 100, `expected the whole circular's paragraphs, got ${ids.length}`);
  const points = await page.$$eval('a[href^="#/punkt/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
  await goHash(page, '#/innhold');
  const tocLinks = await page.$$eval('nav a[href^="#/punkt/"]', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(tocLinks.length >= 20, 'every section is in the table of contents');
  for (const href of tocLinks) {
    await goHash(page, href);
    await page.waitForFunction((h) => location.hash === h && document.activeElement?.id === 'page-heading', href);
  }
  for (const [key, id] of ids) {
    assert.ok(id.startsWith(`${key}-`), `${id} is in section ${key}`);
    await goHash(page, `#/punkt/${key}/${id}`);
    await page.waitForFunction((i) => document.activeElement?.id === i, id);
  }
  assert.ok(points.length > 0);
});

test('the whole circular holds every sentence of the source verbatim, with every hyperlink', async () => {
  const seed = JSON.parse(await readFile(join(ROOT, 'target', 'seed.json'), 'utf8'));
  const page = await open('#/hele');
  const text = await page.evaluate(() => {
    const article = document.querySelector('.whole').cloneNode(true);
    article.querySelectorAll('.block-tools, .note-ref, .footnote-back').forEach((el) => el.remove());
    document.body.appendChild(article);
    const t = article.innerText;
    article.remove();
    return t;
  });
  const flat = normalise(text);
  const missing = seed.sentences.filter((s) => !flat.includes(normalise(s)));
  assert.deepEqual(missing, [], 'sentences of the source missing from the whole-circular page');
  assert.ok(seed.sentences.length > 150);
  const hrefs = new Set(await page.$$eval('.whole a[href^="http"]', (as) => as.map((a) => a.getAttribute('href'))));
  const own = await page.$eval('footer a[href^="https://www.regjeringen.no"]', (a) => a.getAttribute('href'));
  const missingLinks = seed.urls.filter((u) => !hrefs.has(u) && u !== own);
  assert.deepEqual(missingLinks, [], 'hyperlinks of the source missing from the page');
  assert.equal(await page.$eval('.whole', (el) => el.getAttribute('lang')), 'nb', "the circular's text is marked bokmål");
});

const SEARCHES = [
  // query, a paragraph id that must be among the first hits, how many hits to look at
  ['altinn', 'felleskomponenter-krav-altinn', 5],
  ['skytjenester', 'skytjenester-krav-vurdere-skytjenester', 3],
  ['sky', 'skytjenester-krav-vurdere-skytjenester', 5],
  ['klarsprak', 'brukeren-i-sentrum-veiledning-klarsprak', 3],
  ['EHF', 'elektronisk-faktura-krav-ehf', 3],
  ['10 millioner', 'prosjektgjennomforing-krav-terskel-10-millioner', 1],
];

test('search finds sensible hits as you type and a hit leads to its paragraph', async () => {
  const page = await open('#/sok');
  const input = page.getByLabel('Søkeord');
  for (const [query, expected, within] of SEARCHES) {
    await input.fill('');
    await input.pressSequentially(query);
    await page.waitForFunction((q) => location.hash === `#/sok?q=${encodeURIComponent(q)}`, query);
    await page.waitForSelector(`.results[data-query="${query}"]`, { state: 'attached' });
    const hrefs = await page.$$eval('.results a', (as) => as.map((a) => a.getAttribute('href')));
    const top = hrefs.slice(0, within).map((h) => h.split('/').pop());
    assert.ok(top.includes(expected), `"${query}": expected ${expected} in ${JSON.stringify(top)}`);
    assert.ok(await page.locator('.results mark').count() > 0, `"${query}": hits are highlighted`);
  }
  // Follow the best hit of the last query.
  await page.locator('.results a').first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'prosjektgjennomforing-krav-terskel-10-millioner');
  await page.waitForFunction(() => /^#\/punkt\/2\.1\/prosjektgjennomforing-krav-terskel-10-millioner$/.test(location.hash));
  await page.goBack();
  await page.waitForFunction(() => location.hash.startsWith('#/sok?q=10'));
  assert.equal(await page.getByLabel('Søkeord').inputValue(), '10 millioner', 'back returns to the search');
});

test('a query with many hits shows ten; "Vis alle" shows the rest and the keyboard goes on at the eleventh', async () => {
  const page = await open('#/sok');
  await page.getByLabel('Søkeord').fill('krav');
  await page.waitForSelector('.results[data-query="krav"]', { state: 'attached' });
  assert.equal(await page.locator('.results li').count(), 10, 'ten hits while typing');
  const more = page.getByRole('button', { name: /^Vis alle \d+ treff$/ });
  const total = Number((await more.innerText()).match(/\d+/)[0]);
  assert.ok(total > 10, `more than ten hits for "krav" (${total})`);
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'treff-11');
  assert.equal(await page.locator('.results li').count(), total, 'every hit is listed');
  assert.equal(await more.count(), 0, 'the button has done its job');
  // A new query starts with ten again.
  await page.getByLabel('Søkeord').fill('krav til');
  await page.waitForSelector('.results[data-query="krav til"]', { state: 'attached' });
  assert.ok(await page.locator('.results li').count() <= 10);
});

test('switching language keeps the page, marks <html lang>, keeps the circular in bokmål, and is remembered', async () => {
  const page = await open('#/punkt/1.12');
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.equal(await page.evaluate(() => location.hash), '#/punkt/1.12');
  assert.equal(await headingText(page), '1.12 Bruk skytjenester');
  assert.equal(await page.getByRole('link', { name: 'Framside' }).count(), 1);
  assert.equal(await page.locator('.section-text').getAttribute('lang'), 'nb');
  await page.reload();
  await appReady(page);
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.equal(await page.getByRole('button', { name: 'Nynorsk' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.getByRole('link', { name: 'Home' }).count(), 1);
  assert.match(await page.locator('.part-note').first().innerText(), /Requirement/);
  assert.equal(await headingText(page), '1.12 Bruk skytjenester', 'the circular itself stays in bokmål');
});

test('the default language follows the browser: nn for nynorsk, en for other languages', async () => {
  for (const [locale, lang, home] of [['nn-NO', 'nn', 'Framside'], ['de-DE', 'en', 'Home'], ['nb-NO', 'nb', 'Forside']]) {
    const page = await open('', { locale });
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await page.getByRole('link', { name: home, exact: true }).count(), 1, locale);
    await suite.close();
  }
});

test('an unknown page and an unknown paragraph get a clear message, not a blank page', async () => {
  const page = await open('#/dette/finnes/ikke/her');
  assert.equal(await headingText(page), 'Vi fant ikke siden');
  await goHash(page, '#/punkt/1.6/1-6-krav-finnes-ikke');
  await page.waitForFunction(() => document.getElementById('page-heading')?.textContent.startsWith('1.6'));
  assert.match(await page.locator('[role="alert"]').innerText(), /1-6-krav-finnes-ikke/);
});
