// The decision trees in headless Chromium: walked by keyboard alone, answers changed, shared
// links reopened in a fresh browser, bad links explained, answers resumed and deleted.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, appReady, normalise } from './harness.mjs';

let server;
let browser;
let current;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  if (current) {
    const { problems, context } = current;
    current = undefined;
    await context.close();
    assert.deepEqual(problems, [], 'no console errors, failed requests or requests to other origins');
  }
});

async function open(hash = '', options) {
  current = await openPage(browser, server.origin, options);
  await current.page.goto(server.url + hash);
  await appReady(current.page);
  return current.page;
}

/** The question's heading, once it has focus (each new question moves focus to it). */
async function focusedHeading(page) {
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  return normalise(await page.locator('#page-heading').innerText());
}

/**
 * Answers the question on screen with the keyboard only: Tab into the radio group (or the number
 * field), arrow to the wanted choice, Space to pick it, Tab to "Fortsett", Enter.
 */
async function answerByKeyboard(page, wanted) {
  const before = await page.evaluate(() => location.hash);
  const isNumber = await page.locator('#svar-tall').count();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const type = await page.evaluate(() => document.activeElement?.getAttribute('type'));
    if (type === 'radio' || (isNumber && type === 'text')) break;
  }
  const type = await page.evaluate(() => document.activeElement?.getAttribute('type'));
  if (type === 'text') {
    await page.keyboard.type(String(wanted));
    await page.keyboard.press('Enter');
  } else {
    assert.equal(type, 'radio', 'Tab reaches the choices');
    const labels = await page.$$eval('.choice label', (ls) => ls.map((l) => l.textContent.trim()));
    const target = labels.findIndex((l) => l === wanted);
    assert.ok(target >= 0, `"${wanted}" is one of ${JSON.stringify(labels)}`);
    const focused = await page.evaluate(() => [...document.querySelectorAll('input[name=svar]')].indexOf(document.activeElement));
    const steps = target - focused;
    for (let i = 0; i < Math.abs(steps); i += 1) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await page.keyboard.press('Space');
    assert.ok(await page.locator(`input[name=svar] >> nth=${target}`).isChecked());
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'submit');
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction((h) => location.hash !== h, before);
}

/** On a freshly loaded page, gets into the main content the keyboard way: the skip link. */
async function skipToContent(page) {
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link', 'the first Tab reaches the skip link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'hovedinnhold');
}

/** Walks a tree by keyboard, answering each question from `answers` (by its bokmål heading). */
async function walkTree(page, answers) {
  const asked = [];
  await page.waitForSelector('#page-heading');
  await skipToContent(page);
  for (let step = 0; step < 20; step += 1) {
    if (step > 0) await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
    if (await page.locator('.verdict').count()) return asked;
    const question = normalise(await page.locator('#page-heading').innerText());
    const answer = Object.entries(answers).find(([q]) => question.includes(q))?.[1] ?? answers.default;
    assert.ok(answer !== undefined, `no answer prepared for "${question}"`);
    asked.push(question);
    await answerByKeyboard(page, answer);
  }
  throw new Error('the tree did not end within 20 questions');
}

async function verdicts(page) {
  return page.$$eval('.verdict', (vs) => vs.map((v) => ({
    kind: [...v.classList].find((c) => c.startsWith('verdict-')),
    title: v.querySelector('.verdict-title').textContent.trim(),
    cites: [...v.querySelectorAll('.quote footer a')].map((a) => a.getAttribute('href').split('/').pop()),
  })));
}

const DIRECTORATE = 'Et ordinært statlig forvaltningsorgan, for eksempel et direktorat eller et tilsyn';

test('Altinn, walked by keyboard: a directorate with services for businesses gets the Altinn krav with its quoted basis', async () => {
  const page = await open('#/veiviser/altinn');
  const asked = await walkTree(page, { 'Hva slags virksomhet': DIRECTORATE, default: 'Ja' });
  assert.ok(asked.length >= 2, `asked ${JSON.stringify(asked)}`);
  const found = await verdicts(page);
  const altinn = found.find((v) => v.cites.includes('1-6-krav-altinn'));
  assert.ok(altinn, `a verdict rests on 1-6-krav-altinn: ${JSON.stringify(found)}`);
  assert.equal(altinn.kind, 'verdict-krav');
  // The basis is the circular's own words, marked bokmål, linking into the reader.
  const quote = page.locator('.quote', { has: page.locator('a[href$="/1-6-krav-altinn"]') }).first();
  assert.match(await quote.innerText(), /Altinns infrastruktur og tjenesteplattform/);
  assert.equal(await quote.getAttribute('lang'), 'nb');
  // The summary lists the answers with "Endre" links.
  assert.equal(await page.locator('.summary-row').count(), asked.length);
});

test('sourcing strategy and cloud trees can be walked to an outcome by keyboard alone', async () => {
  for (const tree of ['sourcingstrategi', 'skytjenester']) {
    const page = await open(`#/veiviser/${tree}`);
    await walkTree(page, { 'Hva slags virksomhet': DIRECTORATE, default: 'Ja' });
    const found = await verdicts(page);
    assert.ok(found.length >= 1, `${tree} ends in a verdict`);
    assert.ok(found.every((v) => v.cites.length >= 1), `${tree}: every verdict quotes the circular`);
    const { problems, context } = current;
    current = undefined;
    await context.close();
    assert.deepEqual(problems, []);
  }
});

test('changing an earlier answer keeps the later ones and asks only what the change needs', async () => {
  const page = await open('#/veiviser/altinn');
  const asked = await walkTree(page, { 'Hva slags virksomhet': DIRECTORATE, default: 'Ja' });
  const before = await verdicts(page);
  // Change the organisation to a municipality: the circular no longer applies.
  await page.locator('.summary-row', { hasText: 'Hva slags virksomhet' }).getByRole('link').click();
  assert.match(await focusedHeading(page), /Hva slags virksomhet/);
  assert.ok(await page.getByLabel(DIRECTORATE).isChecked(), 'the earlier answer is preselected');
  await page.getByLabel('En kommune eller en fylkeskommune').check();
  await page.getByRole('button', { name: 'Fortsett' }).click();
  await page.waitForSelector('.verdict');
  assert.deepEqual((await verdicts(page)).map((v) => v.kind), ['verdict-gjelder-ikke']);
  // And back: every later answer was kept, so the result comes straight back.
  await page.locator('.summary-row', { hasText: 'Hva slags virksomhet' }).getByRole('link').click();
  await focusedHeading(page);
  await page.getByLabel(DIRECTORATE).check();
  await page.getByRole('button', { name: 'Fortsett' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.summary-row').length === n, asked.length);
  assert.deepEqual(await verdicts(page), before);
});

test('a shared link opens the same result in a fresh browser; the result survives a reload', async () => {
  const page = await open('#/veiviser/altinn');
  await walkTree(page, { 'Hva slags virksomhet': DIRECTORATE, default: 'Ja' });
  const expected = await verdicts(page);
  const link = page.url();
  // The answers are listed in question order (fact index), not necessarily the order asked.
  assert.match(link, /#\/veiviser\/altinn\?v=\d+&svar=([a-z-]+:[a-z0-9.-]+,)*virksomhetstype:forvaltningsorgan/);
  const { problems, context } = current;
  current = undefined;
  await context.close();
  assert.deepEqual(problems, []);
  const fresh = await open(link.slice(server.url.length));
  await fresh.waitForSelector('.verdict');
  assert.deepEqual(await verdicts(fresh), expected);
  await fresh.reload();
  await fresh.waitForSelector('.verdict');
  assert.deepEqual(await verdicts(fresh), expected);
});

test('a garbled or outdated link gets a friendly message and a fresh start, not a blank page', async () => {
  const page = await open('#/veiviser/altinn?v=1&svar=virksomhetstype:bank,%%%');
  assert.match(await page.locator('[role=alert]').innerText(), /Vi kunne ikke lese svarene i lenken/);
  assert.match(await focusedHeadingOrText(page), /Hva slags virksomhet/);
  await page.goto(`${server.url}#/veiviser/altinn?v=999&svar=virksomhetstype:departement`);
  await page.waitForSelector('[role=alert]');
  assert.match(await page.locator('[role=alert]').innerText(), /eldre versjon/);
  assert.match(normalise(await page.locator('#page-heading').innerText()), /Hva slags virksomhet/);
  await page.goto(`${server.url}#/veiviser/finnes-ikke`);
  await page.waitForFunction(() => document.getElementById('page-heading')?.textContent === 'Vi fant ikke siden');
});

async function focusedHeadingOrText(page) {
  return normalise(await page.locator('#page-heading').innerText());
}

test('answers resume after a reload, are shared between trees, and "Slett svarene mine" forgets them', async () => {
  const page = await open('#/veiviser/altinn');
  await page.getByLabel(DIRECTORATE).check();
  await page.getByRole('button', { name: 'Fortsett' }).click();
  const second = await focusedHeading(page);
  assert.doesNotMatch(second, /Hva slags virksomhet/);
  // Another tree does not ask the organisation type again ("kun én gang").
  await page.goto(`${server.url}#/veiviser/id-porten`);
  assert.doesNotMatch(await focusedHeadingOrText(page), /Hva slags virksomhet/);
  // Reopening the first tree resumes where the user was.
  await page.goto(`${server.url}#/veiviser/altinn`);
  await page.waitForFunction(() => location.hash.includes('svar=virksomhetstype:forvaltningsorgan'));
  assert.equal(await focusedHeadingOrText(page), second);
  await page.getByRole('button', { name: 'Slett svarene mine' }).click();
  await page.waitForFunction(() => document.getElementById('page-heading')?.textContent.includes('Hva slags virksomhet'));
  assert.equal(await page.evaluate(() => localStorage.getItem('rundskrivveilederen.svar')), null);
});

test('a question answered with nothing chosen shows an error summary that links to the choices', async () => {
  const page = await open('#/veiviser/altinn?svar=');
  await page.getByRole('button', { name: 'Fortsett' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'feiloppsummering');
  assert.match(await page.locator('#feiloppsummering').innerText(), /Velg et svar/);
  await page.locator('#feiloppsummering a').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'svar-0');
  assert.equal(await page.locator('fieldset.has-error').count(), 1);
});

test('corrupted saved answers are reported, not used, and nothing breaks', async () => {
  const page = await open('#/');
  await page.evaluate(() => localStorage.setItem('rundskrivveilederen.svar', '{"not": "ours"}'));
  await page.goto(`${server.url}#/veiviser/altinn`);
  await page.waitForSelector('[role=alert]');
  assert.match(await page.locator('[role=alert]').innerText(), /Vi kunne ikke lese svarene som var lagret/);
  assert.match(await focusedHeadingOrText(page), /Hva slags virksomhet/);
  assert.equal(await page.evaluate(() => localStorage.getItem('rundskrivveilederen.svar')), '{"not": "ours"}', 'kept until the user deletes it');
});
