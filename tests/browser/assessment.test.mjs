// The full self-assessment in headless Chromium: completed by keyboard alone for a typical case,
// its checklist, print, Markdown and JSON downloads, and the JSON import restoring it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { addressSettled, appReady, browserSuite, normalise } from './harness.mjs';
import { answerByKeyboard, skipToContent } from './keyboard.mjs';

const suite = browserSuite();

const open = (hash = '', options = {}) => suite.open(hash, { acceptDownloads: true, ...options });

// A directorate building a login-protected service for businesses, in a 15 MNOK project.
// Questions are matched on their bokmål text; anything else is answered "Nei" (or the first
// choice where "Nei" is not offered).
const TYPICAL_CASE = [
  ['Hva slags virksomhet', 'Et ordinært statlig forvaltningsorgan, for eksempel et direktorat eller et tilsyn'],
  ['digitale tjenester som næringsdrivende', 'Ja'],
  ['logge inn', 'Ja'],
  ['investeringskostnaden', '15'],
  ['nye eller oppgradere eksisterende fagsystemer', 'Ja'],
  ['Utvikler, forvalter eller drifter dere digitale løsninger', 'Ja'],
];

async function completeByKeyboard(page) {
  await skipToContent(page);
  const asked = [];
  for (let step = 0; step < 80; step += 1) {
    if (step > 0) await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
    if (await page.locator('.summary-row').count() && !(await page.locator('.question').count())) return asked;
    const question = normalise(await page.locator('#page-heading').innerText());
    const answer = TYPICAL_CASE.find(([q]) => question.includes(q))?.[1] ?? 'Nei';
    asked.push(question);
    await answerByKeyboard(page, answer, { firstIfMissing: true });
  }
  throw new Error('the assessment did not end within 80 questions');
}

async function checklistTitles(page) {
  return page.$$eval('.checklist-group:not(.not-applicable) .checklist > li .verdict-title', (hs) => hs.map((h) => h.textContent.trim()));
}

test('a typical case, completed by keyboard alone: the checklist holds the krav the circular implies, with citations', async (t) => {
  const page = await open('#/egenvurdering');
  const asked = await completeByKeyboard(page);
  assert.ok(asked.length >= 10, `asked ${asked.length} questions`);
  assert.equal(new Set(asked).size, asked.length, 'no question is asked twice');
  // The summary: every answer with an "Endre" link, then on to the result by keyboard.
  assert.equal(await page.locator('.summary-row').count(), asked.length);
  await page.getByRole('link', { name: 'Se resultatet' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('page-heading')?.textContent === 'Dette gjelder for dere');
  const counts = normalise(await page.locator('.counts').innerText());
  assert.match(counts, /^\d+ krav gjelder, \d+ må vurderes, \d+ anbefalinger, \d+ åpne spørsmål$/);
  const kravCited = await page.locator('.checklist-group').first().locator('.quote footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/').pop()));
  for (const krav of ['felleskomponenter-krav-id-porten', 'felleskomponenter-krav-altinn', 'prosjektgjennomforing-krav-terskel-10-millioner', 'arkitektur-og-standarder-krav-arkitekturprinsipper', 'sourcingstrategi-krav-sourcingstrategi']) {
    assert.ok(kravCited.includes(krav), `the krav list cites ${krav}`);
  }
  assert.equal(await page.locator('.checklist-group').first().locator('h2').innerText().then((h) => h.startsWith('Krav gjelder')), true);
  // KMD's duty is for information only: after the checklist, in its own group, not counted.
  const kravGroup = page.locator('.checklist-group').first();
  const kravCount = Number((await kravGroup.locator('h2').innerText()).match(/\((\d+)\)/)[1]);
  assert.equal(kravCount, await kravGroup.locator('.checklist > li').count());
  assert.equal(Number(counts.match(/^(\d+) krav/)[1]), kravCount, 'the count is the krav group\'s');
  // Each other kind the count line names has its group, holding as many items as it says: a kind
  // left out of the checklist shows here (the typical case has anbefalinger).
  for (const [kind, heading] of [['anbefalinger', /^Anbefaling \(/], ['må vurderes', /^Må vurderes \(/]]) {
    const counted = Number(counts.match(new RegExp(`(\\d+) ${kind}`))[1]);
    if (kind === 'anbefalinger') assert.ok(counted > 0, 'the typical case has anbefalinger');
    const group = page.locator('.checklist-group').filter({ has: page.locator('h2', { hasText: heading }) });
    assert.equal(await group.locator('.checklist > li').count(), counted, `the ${kind} group holds what the count says`);
  }
  assert.equal(await kravGroup.locator('.verdict-title', { hasText: 'KMD vurderer' }).count(), 0);
  const information = page.locator('.checklist-group.for-information');
  assert.match(normalise(await information.locator('h2').textContent()), /^Til orientering \(\d+\)$/);
  assert.equal(await information.locator('li.verdict-informasjon .verdict-title', { hasText: 'KMD vurderer' }).count(), 1);
  assert.equal(await information.locator('.follow-up').count(), 0, 'no follow-up for information');
  const link = page.url();
  t.diagnostic(`full assessment link: ${link.length - suite.server.url.length} characters after the app's address`);
  assert.ok(link.length - suite.server.url.length < 2000, 'the link stays short enough for e-mail and chat');
});

test('follow-up is kept; print holds the whole checklist; Markdown and JSON hold the same; importing JSON restores it', async () => {
  const page = await open('#/egenvurdering?svar=');
  await completeByKeyboard(page);
  await page.getByRole('link', { name: 'Se resultatet' }).click();
  await page.waitForSelector('.checklist');
  const titles = await checklistTitles(page);
  assert.ok(titles.length >= 5);
  // Follow-up on the first krav: oppfylt, with a note (hostile text stays text).
  const firstKrav = page.locator('.checklist-group').first().locator('.checklist > li').first();
  await firstKrav.getByLabel('Status').selectOption('oppfylt');
  await firstKrav.getByLabel('Begrunnelse eller notat').fill('<img src=x onerror=alert(1)> bestilt');
  await firstKrav.getByLabel('Begrunnelse eller notat').press('Tab');
  await page.waitForFunction(() => location.hash.includes('oppf=') && location.hash.includes('bestilt'));
  assert.equal(await page.locator('img[src=x]').count(), 0);

  // Print: everything in the checklist is visible, including what does not apply; tools hidden.
  await page.emulateMedia({ media: 'print' });
  const hiddenItems = await page.$$eval('.checklist > li', (lis) => lis.filter((li) => li.offsetParent === null).length);
  assert.equal(hiddenItems, 0, 'every checklist item prints');
  assert.equal(await page.locator('.export-actions').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som Markdown' }).click()]);
  const markdown = await readFile(await md.path(), 'utf8');
  for (const title of titles) assert.ok(markdown.includes(title), `Markdown holds "${title}"`);
  assert.match(markdown, /\[x\] /);
  assert.match(markdown, /bestilt/);

  const [js] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som JSON' }).click()]);
  const jsonText = await readFile(await js.path(), 'utf8');
  const json = JSON.parse(jsonText);
  assert.equal(json.format, 'rundskrivveilederen-egenvurdering');
  assert.equal(json.version, 2);
  assert.ok(Object.values(json.followUp).some((f) => f.status === 'oppfylt' && f.note.includes('bestilt') && f.changed), 'the follow-up carries its status and the day it changed');
  // What is for information is in its own list, never in the checklist.
  assert.ok(json.forInformation.length >= 1 && json.forInformation.every((c) => c.verdict === 'informasjon'));
  assert.ok(json.checklist.every((c) => c.verdict !== 'informasjon'));
  const jsonTitles = [...json.checklist, ...json.forInformation].map((c) => c.title);
  for (const title of titles) assert.ok(jsonTitles.includes(title), `JSON holds "${title}"`);
  await suite.close();

  // A fresh browser imports the file and gets the same assessment back.
  const fresh = await open('#/egenvurdering');
  await fresh.setInputFiles('#importer', { name: 'vurdering.json', mimeType: 'application/json', buffer: Buffer.from(jsonText) });
  await fresh.waitForFunction(() => document.getElementById('page-heading')?.textContent === 'Dette gjelder for dere');
  assert.deepEqual(await checklistTitles(fresh), titles);
  assert.equal(await fresh.locator('.checklist-group').first().getByLabel('Status').first().inputValue(), 'oppfylt');
});

test('a malformed or foreign file gets a clear message and changes nothing', async () => {
  const page = await open('#/egenvurdering?svar=virksomhetstype:departement');
  await addressSettled(page);
  const before = await page.evaluate(() => location.hash);
  const cases = [
    ['{"format": "noe annet"}', /ikke en egenvurdering/],
    ['{"format": "rundskrivveilederen-egenvurdering", "vers', /ikke gyldig JSON/],
    ['[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', /ikke gyldig JSON/],
    ['{"format": "rundskrivveilederen-egenvurdering", "version": 1, "edition": "id2569983", "answers": {"virksomhetstype": 7}}', /passer ikke/],
  ];
  for (const [content, message] of cases) {
    await page.setInputFiles('#importer', { name: 'vurdering.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await page.waitForSelector('.import [role=alert]');
    assert.match(await page.locator('.import [role=alert]').innerText(), message);
    await addressSettled(page);
    assert.equal(await page.evaluate(() => location.hash), before, 'nothing changed');
  }
});
