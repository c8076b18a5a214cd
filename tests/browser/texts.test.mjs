// The texts a first visit does not need, loaded when a page first shows them: bokmål's tree texts
// and the circular's words (crates/core/src/lang_texts.rs, content_words.rs). What the start page
// fetches, what the first tree and the first reading page fetch, a deep link that has its text
// from the first view, and a page whose texts cannot be had, which says so and tries again.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, appReady, goHash, normalise } from './harness.mjs';

const TEXT_FILE = /\/(tekst-[a-z]{2}|rundskrivtekst)-[0-9a-f]{16}\.txt$/;
const ALTINN_KRAV = 'Virksomheten skal i utgangspunktet ta i bruk Altinns infrastruktur';

let browser;
let server;
/** While true the server answers every text file with an error page (not this build's file). */
let broken = false;
let current;

before(async () => {
  browser = await launch();
  server = await startServer({
    transform: (path) => (broken && TEXT_FILE.test(path) ? Buffer.from('<!doctype html><p>Not found') : undefined),
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  broken = false;
  const { problems, context } = current;
  await context.close();
  assert.deepEqual(problems, [], 'no console errors, failed requests or requests to other origins');
});

/** Opens `hash` without a service worker (whose precache would fetch every file), and lists the
 * text files the page asks for, by name without their hash. */
async function open(hash, options = {}) {
  current = await openPage(browser, server.origin, { serviceWorkers: 'block', ...options });
  const { page } = current;
  const asked = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (TEXT_FILE.test(path)) asked.push(path.split('/').pop().replace(/-[0-9a-f]{16}\.txt$/, ''));
  });
  await page.goto(server.url + hash);
  await appReady(page);
  return { page, asked };
}

/** Waits until the page shown is the one asked for, with its heading focused, as after any
 * navigation: no waiting view left. */
async function shownAndFocused(page) {
  await page.waitForFunction(() => !document.querySelector('.texts-wait') && document.activeElement?.id === 'page-heading');
}

test('the start page fetches no text file; the first tree fetches the tree texts and the words together, once', async () => {
  const { page, asked } = await open('');
  assert.match(await page.locator('.tree-list').innerText(), /Må vi bruke Altinn\?/, 'titles and intros are compiled in');
  assert.deepEqual(asked, [], 'a first visit to the start page needs no text file');

  await page.getByRole('link', { name: 'Må vi bruke Altinn?' }).click();
  await shownAndFocused(page);
  assert.match(normalise(await page.locator('#page-heading').innerText()), /Hva slags virksomhet/);
  assert.deepEqual(asked.sort(), ['rundskrivtekst', 'tekst-nb'], 'both files, fetched together');

  await goHash(page, '#/punkt/1.6');
  await page.getByText(ALTINN_KRAV).first().waitFor();
  await goHash(page, '#/egenvurdering');
  await page.waitForFunction(() => !document.querySelector('.texts-wait') && document.querySelector('#page-heading'));
  assert.equal(asked.length, 2, 'each file once for the session');
});

test('a deep link has its text from the first view, with no waiting view', async () => {
  const { page, asked } = await open('#/punkt/1.6/felleskomponenter-krav-altinn');
  // appReady waited for the first heading: the paragraph is there with it.
  assert.match(await page.locator('[id="felleskomponenter-krav-altinn"]').innerText(), new RegExp(ALTINN_KRAV));
  assert.equal(await page.locator('.texts-wait').count(), 0);
  assert.deepEqual(asked, ['rundskrivtekst'], 'a reading page needs only the words, fetched once');
});

test("a deep link to a tree fetches both files once, while the wasm loads; a nynorsk visitor not bokmål's", async () => {
  const { page, asked } = await open('#/veiviser/altinn?svar=');
  assert.match(normalise(await page.locator('#page-heading').innerText()), /Hva slags virksomhet/);
  assert.deepEqual([...asked].sort(), ['rundskrivtekst', 'tekst-nb'], 'each once: the loader fetched them, the app took them');
  assert.deepEqual(current.problems, []);
  await current.context.close();
  const nynorsk = await open('#/veiviser/altinn?svar=', { locale: 'nn-NO' });
  assert.match(normalise(await nynorsk.page.locator('#page-heading').innerText()), /Kva slags verksemd/);
  assert.deepEqual([...nynorsk.asked].sort(), ['rundskrivtekst', 'tekst-nn'], "nynorsk's file, not bokmål's tree texts");
});

test('texts that cannot be had: the page says so and offers to try again, which works once they can', async () => {
  broken = true;
  const { page } = await open('');
  await page.getByRole('link', { name: 'Må vi bruke Altinn?' }).click();
  const alert = page.locator('.notice[role=alert]');
  await alert.waitFor();
  assert.match(normalise(await page.locator('#page-heading').innerText()), /Teksten kunne ikke hentes/);
  assert.match(await alert.innerText(), /Sjekk at du er koblet til nettet/);
  assert.equal(await page.locator('.tree-list').count(), 0, 'not a blank page, and not a page without its texts');

  broken = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await shownAndFocused(page);
  assert.match(normalise(await page.locator('#page-heading').innerText()), /Hva slags virksomhet/, 'the question, in focus');
});

test('a deep link whose texts cannot be had starts the app anyway and says why', async () => {
  broken = true;
  const { page } = await open('#/punkt/1.6');
  assert.match(normalise(await page.locator('#page-heading').innerText()), /Teksten kunne ikke hentes/);
  assert.equal(await page.getByRole('button', { name: 'Prøv igjen' }).count(), 1);
  assert.match(await page.locator('header').innerText(), /Søk/, 'the app around it works');
});
