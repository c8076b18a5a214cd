// The decision trees in headless Chromium: walked by keyboard alone, answers changed, shared
// links reopened in a fresh browser, bad links explained, answers resumed and deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, browserSuite, normalise } from './harness.mjs';
import { answerByKeyboard, skipToContent } from './keyboard.mjs';

const suite = browserSuite();

const open = (hash = '', options = {}) => suite.open(hash, options);

/** The question's heading, once it has focus (each new question moves focus to it). */
async function focusedHeading(page) {
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  return normalise(await page.locator('#page-heading').innerText());
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
  const altinn = found.find((v) => v.cites.includes('felleskomponenter-krav-altinn'));
  assert.ok(altinn, `a verdict rests on felleskomponenter-krav-altinn: ${JSON.stringify(found)}`);
  assert.equal(altinn.kind, 'verdict-krav');
  // The basis is the circular's own words, marked bokmål, linking into the reader.
  const quote = page.locator('.quote', { has: page.locator('a[href$="/felleskomponenter-krav-altinn"]') }).first();
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
    await suite.close();
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

test('each question answered "Vet ikke" is listed as an open point that leads back to it', async () => {
  const page = await open('#/veiviser/altinn?v=1&svar=virksomhetstype:forvaltningsorgan,tjeneste-naeringsliv:vet-ikke,'
    + 'tjeneste-innbyggere:nei,post-til-virksomheter:vet-ikke,informerer-naeringsdrivende:nei');
  await page.waitForSelector('.verdict');
  const unknown = await page.$$eval('.summary-row', (rows) => rows
    .filter((r) => r.querySelector('dd').textContent.trim() === 'Vet ikke')
    .map((r) => r.querySelector('dt').textContent.trim()));
  assert.equal(unknown.length, 2, 'two questions were answered "Vet ikke"');
  const open_points = page.locator('.open-points li a');
  assert.deepEqual((await open_points.allTextContents()).map((t) => t.trim()), unknown);
  await open_points.first().click();
  await page.waitForFunction((q) => document.getElementById('page-heading')?.textContent.includes(q), unknown[0]);
});

test('a shared link opens the same result in a fresh browser; the result survives a reload', async () => {
  const page = await open('#/veiviser/altinn');
  await walkTree(page, { 'Hva slags virksomhet': DIRECTORATE, default: 'Ja' });
  const expected = await verdicts(page);
  const link = page.url();
  assert.match(link, /#\/veiviser\/altinn\?v=\d+&svar=virksomhetstype:forvaltningsorgan/);
  await suite.close();
  const fresh = await open(link.slice(suite.server.url.length));
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
  await page.goto(`${suite.server.url}#/veiviser/altinn?v=999&svar=virksomhetstype:departement`);
  await page.waitForSelector('[role=alert]');
  assert.match(await page.locator('[role=alert]').innerText(), /eldre versjon/);
  assert.match(normalise(await page.locator('#page-heading').innerText()), /Hva slags virksomhet/);
  await page.goto(`${suite.server.url}#/veiviser/finnes-ikke`);
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
  await page.goto(`${suite.server.url}#/veiviser/id-porten`);
  assert.doesNotMatch(await focusedHeadingOrText(page), /Hva slags virksomhet/);
  // Reopening the first tree resumes where the user was.
  await page.goto(`${suite.server.url}#/veiviser/altinn`);
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
  await page.goto(`${suite.server.url}#/veiviser/altinn`);
  await page.waitForSelector('[role=alert]');
  assert.match(await page.locator('[role=alert]').innerText(), /Vi kunne ikke lese svarene som var lagret/);
  assert.match(await focusedHeadingOrText(page), /Hva slags virksomhet/);
  assert.equal(await page.evaluate(() => localStorage.getItem('rundskrivveilederen.svar')), '{"not": "ours"}', 'kept until the user deletes it');
});

test('another body\'s duty is shown for information, after the user\'s verdicts, never as KRAV', async () => {
  // An ordinary agency sends no budget proposals: KMD's assessment of them is KMD's duty.
  const page = await open('#/veiviser/it-satsingsforslag');
  await walkTree(page, { 'Hva slags virksomhet': DIRECTORATE, default: 'Ja' });
  const found = await verdicts(page);
  const kmd = found.find((v) => v.cites.includes('it-satsingsforslag-krav-vurderingskriterier'));
  assert.ok(kmd, `KMD's criteria are shown: ${JSON.stringify(found)}`);
  assert.equal(kmd.kind, 'verdict-informasjon');
  const section = page.locator('.verdict-informasjon', { has: page.locator('a[href$="/it-satsingsforslag-krav-vurderingskriterier"]') });
  assert.equal(normalise(await section.locator('.verdict-label').textContent()), 'Til orientering');
  assert.match(await page.locator('.for-information .hint').innerText(), /ikke deres krav etter rundskrivet/);
  // It comes after every verdict about the user's own duties.
  assert.equal(found[found.length - 1].kind, 'verdict-informasjon');
  assert.equal(await page.locator('.verdict-krav', { hasText: 'KMD' }).count(), 0);
});
