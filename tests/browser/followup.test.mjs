// The self-assessment's follow-up in headless Chromium: every status set on a real checklist and
// counted in the summary and its bar, "ikke relevant" refused without a justification, owner,
// deadline and evidence kept through a reload and a shared link, overdue and due-for-review items
// marked in words, corrupted storage, the review interval, keyboard-only use and 320 px reflow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressSettled, browserSuite, goHash, normalise } from './harness.mjs';
import { ASSESSMENT } from './a11y-views.mjs';
import { skipToContent, tabToId } from './keyboard.mjs';

const suite = browserSuite();

const RESULT = `#/egenvurdering/resultat?svar=${ASSESSMENT}`;
const STORED = 'rundskrivveilederen.oppfolging';

/** The `n`th follow-up form of the checklist. */
const form = (page, n) => page.locator('fieldset.follow-up').nth(n);

/** The summary's counts: { 'Oppfylt': 1, … }. */
async function counts(page) {
  const rows = await page.$$eval('.status-counts li', (lis) => lis.map((li) => li.textContent));
  return Object.fromEntries(rows.map((row) => normalise(row).split(': ')).map(([label, n]) => [label, Number(n)]));
}

/** How many cells of the bar show each status. */
async function barCells(page) {
  return page.$$eval('.status-bar > span', (cells) => cells.reduce((seen, cell) => ({ ...seen, [cell.className]: (seen[cell.className] ?? 0) + 1 }), {}));
}

/** The follow-up entries in the address, by outcome key: `{ key: [status, changed, note, …] }`. */
async function linked(page) {
  await addressSettled(page);
  const hash = await page.evaluate(() => location.hash);
  const oppf = new URLSearchParams(hash.split('?')[1]).get('oppf') ?? '';
  return Object.fromEntries(oppf.split(',').filter(Boolean).map((entry) => {
    const [key, ...fields] = entry.split('~');
    return [key, fields.map(decodeURIComponent)];
  }));
}

/** `YYYY-MM-DD` of the local day `months` months before today. */
function monthsAgo(months) {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - months);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
}

/** Waits until `locator`'s text matches `pattern`: the view follows a change a moment later. */
async function showsText(locator, pattern) {
  await locator.filter({ hasText: pattern }).waitFor();
  assert.match(await locator.innerText(), pattern);
}

/** Changes a text field the way a user does: types, then leaves it. */
async function fillAndLeave(field, text) {
  await field.fill(text);
  await field.blur();
}

test('every status is counted in the summary and its bar; "ikke relevant" without a justification is refused and says why', async () => {
  const page = await suite.open(RESULT);
  const total = await page.locator('fieldset.follow-up').count();
  assert.ok(total >= 5, `${total} items take follow-up`);
  assert.match(normalise(await page.locator('.follow-overview').innerText()), new RegExp(`Dere følger opp ${total} punkter`));
  assert.deepEqual(await counts(page), { Oppfylt: 0, 'Under arbeid': 0, 'Ikke påbegynt': total, 'Ikke oppfylt': 0, 'Ikke relevant': 0 });
  assert.equal(await form(page, 0).getByLabel('Status').inputValue(), 'ikke-paabegynt', 'the default status');

  for (const [n, status] of [[0, 'oppfylt'], [1, 'under-arbeid'], [2, 'ikke-oppfylt']]) {
    await form(page, n).getByLabel('Status').selectOption(status);
  }
  // "Ikke relevant" with no justification: refused, the status kept, the reason next to the field.
  const fourth = form(page, 3);
  const note = fourth.getByLabel('Begrunnelse eller notat');
  // The field is described by its hint, and after a refusal by why.
  const message = fourth.locator(`#${await note.getAttribute('aria-describedby')}`);
  await showsText(message, /^Må fylles ut når status er «Ikke relevant»\.$/);
  await fourth.getByLabel('Status').selectOption('ikke-relevant');
  await showsText(message, /Skriv først hvorfor punktet ikke er relevant.*Statusen er ikke endret/);
  assert.equal(await fourth.getByLabel('Status').inputValue(), 'ikke-paabegynt', 'the previous status is kept');
  assert.match(await page.locator('.rv-app > [role=status]').innerText(), /Skriv først hvorfor/, 'screen readers hear it too');
  assert.equal(await note.getAttribute('aria-invalid'), 'true');
  assert.equal(Object.values(await linked(page)).filter(([s]) => s === 'r').length, 0, 'nothing "ikke relevant" in the link');
  // With a justification it is taken; emptying the justification then is refused too.
  await fillAndLeave(note, 'Vi har ingen slike tjenester');
  await fourth.getByLabel('Status').selectOption('ikke-relevant');
  await showsText(message, /^Må fylles ut/);
  assert.equal(await fourth.getByLabel('Status').inputValue(), 'ikke-relevant');
  assert.equal(await note.getAttribute('aria-invalid'), 'false');
  await fillAndLeave(note, '  ');
  await showsText(message, /begrunnelsen stå/);
  assert.equal(await note.inputValue(), 'Vi har ingen slike tjenester', 'the justification is kept');

  const expected = { Oppfylt: 1, 'Under arbeid': 1, 'Ikke påbegynt': total - 4, 'Ikke oppfylt': 1, 'Ikke relevant': 1 };
  assert.deepEqual(await counts(page), expected);
  const cells = await barCells(page);
  assert.deepEqual(cells, Object.fromEntries(Object.entries({
    'status-oppfylt': 1, 'status-under-arbeid': 1, 'status-ikke-paabegynt': total - 4, 'status-ikke-oppfylt': 1, 'status-ikke-relevant': 1,
  }).filter(([, n]) => n > 0)));
  // The bar is proportional: one item's cell is a `total`th of it, and it is hidden from screen
  // readers, which get the numbers.
  const [barWidth, cellWidth] = await page.$eval('.status-bar', (bar) => [bar.getBoundingClientRect().width, bar.querySelector('.status-oppfylt').getBoundingClientRect().width]);
  assert.ok(Math.abs(cellWidth - barWidth / total) < 3, `a cell ${cellWidth} px of a ${barWidth} px bar for ${total} items`);
  assert.equal(await page.locator('.status-bar').getAttribute('aria-hidden'), 'true');
  const statuses = Object.values(await linked(page)).map(([s]) => s).sort();
  assert.deepEqual(statuses, ['o', 'r', 'u', 'x'], 'the link carries each status set');
});

test('owner, deadline and evidence are kept through a reload, in storage and in the shared link; a passed deadline is marked and linked', async () => {
  const page = await suite.open(RESULT);
  const first = form(page, 0);
  await first.getByLabel('Status').selectOption('under-arbeid');
  await fillAndLeave(first.getByLabel('Begrunnelse eller notat'), 'Bestilt «i dag»;\nsak følger');
  await fillAndLeave(first.getByLabel('Ansvarlig'), 'Seksjon for IT ~ Kari');
  await first.getByLabel('Frist').fill('2020-01-31');
  await fillAndLeave(first.getByLabel('Dokumentasjon (saksnummer eller adresse)'), 'https://sak.example/26/1234?a=1&b=2');
  const today = await page.evaluate(() => new Date().toLocaleDateString('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric' }));
  assert.equal(normalise(await first.locator('.follow-changed').innerText()), `Sist endret: ${today}`);
  assert.match(await first.locator('.follow-marks').innerText(), /Fristen er passert/);
  assert.doesNotMatch(await first.locator('.follow-marks').innerText(), /gjennomgås/);
  // The summary counts it and links to it; the link moves focus to the item's form.
  const overdue = page.locator('.follow-overview .attention', { hasText: 'Fristen er passert' });
  assert.equal(normalise(await overdue.innerText()), 'Fristen er passert: 1');
  await page.locator('.follow-overview ul:not(.status-counts) a').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('follow-up')), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), await first.getAttribute('id'));

  const expectFields = async (p) => {
    const f = form(p, 0);
    assert.equal(await f.getByLabel('Status').inputValue(), 'under-arbeid');
    assert.equal(await f.getByLabel('Begrunnelse eller notat').inputValue(), 'Bestilt «i dag»;\nsak følger');
    assert.equal(await f.getByLabel('Ansvarlig').inputValue(), 'Seksjon for IT ~ Kari');
    assert.equal(await f.getByLabel('Frist').inputValue(), '2020-01-31');
    assert.equal(await f.getByLabel('Dokumentasjon (saksnummer eller adresse)').inputValue(), 'https://sak.example/26/1234?a=1&b=2');
    assert.match(await f.locator('.follow-marks').innerText(), /Fristen er passert/);
  };
  const [entry] = Object.values(await linked(page));
  assert.equal(entry[0], 'u');
  const shared = page.url();
  await page.reload();
  await page.waitForSelector('fieldset.follow-up');
  await expectFields(page);
  // Storage alone, without the link's follow-up.
  await page.goto('about:blank');
  await page.goto(suite.server.url + RESULT);
  await page.waitForSelector('fieldset.follow-up');
  assert.equal(await page.evaluate(() => location.hash.includes('oppf=')), false);
  await expectFields(page);
  assert.match(await page.evaluate((key) => localStorage.getItem(key), STORED), /^2\|.*~u~/);
  // A fresh browser that only has the link.
  const fresh = await suite.open(shared.slice(suite.server.url.length));
  assert.equal(await fresh.evaluate((key) => localStorage.getItem(key), STORED), null);
  await expectFields(fresh);
});

test('a deadline that is no date is refused with a message (a browser without a date field)', async () => {
  const page = await suite.open(RESULT);
  const deadline = form(page, 0).getByLabel('Frist');
  await deadline.evaluate((input) => {
    input.type = 'text';
    input.value = '31.02.2027';
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const message = form(page, 0).locator(`#${await deadline.getAttribute('aria-describedby')}`);
  await showsText(message, /Skriv fristen som år-måned-dag.*Fristen er ikke endret/);
  assert.equal(await deadline.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await linked(page), {}, 'nothing was saved');
});

test('corrupted follow-up and interval in storage give a message and a working page, and are put aside', async () => {
  const page = await suite.open('#/');
  await page.evaluate((key) => {
    localStorage.setItem(key, '2|garbled~~~<b>x</b>');
    localStorage.setItem('rundskrivveilederen.gjennomgang', '<script>tolv');
  }, STORED);
  await goHash(page, RESULT);
  await page.waitForSelector('.notice');
  assert.match(await page.locator('.notice').innerText(), /kunne ikke lese oppfølgingen.*lagt til side, ikke slettet/);
  assert.equal(await page.locator('b').count(), 0);
  assert.ok(await page.locator('fieldset.follow-up').count() >= 5, 'the checklist is there');
  assert.equal(await page.locator('#gjennomgang').inputValue(), '12', 'the default interval');
  await form(page, 0).getByLabel('Status').selectOption('oppfylt');
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('~o~'), STORED);
  assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.ulest`), STORED), '2|garbled~~~<b>x</b>');
});

test('a shorter review interval makes an old status due for review; the interval is kept; a bad one is refused', async () => {
  const page = await suite.open(RESULT);
  await form(page, 0).getByLabel('Status').selectOption('oppfylt');
  const [key] = Object.keys(await linked(page));
  // Oppfylt eight months ago (`changed` set through the link format, docs/formats.md).
  await goHash(page, `${RESULT}&oppf=${key}~o~${monthsAgo(8)}`);
  const [year, month] = monthsAgo(8).split('-');
  await page.waitForFunction((shown) => document.querySelector('.follow-changed')?.textContent.includes(shown), `01.${month}.${year}`);
  const review = page.locator('.follow-overview .attention', { hasText: 'gjennomgås' });
  assert.equal(normalise(await review.innerText()), 'Bør gjennomgås på nytt: 0');
  assert.equal(await form(page, 0).locator('.follow-marks').textContent(), '');
  await fillAndLeave(page.locator('#gjennomgang'), '6');
  assert.match(await form(page, 0).locator('.follow-marks').innerText(), /Bør gjennomgås på nytt/);
  assert.equal(normalise(await review.innerText()), 'Bør gjennomgås på nytt: 1');
  assert.equal(await page.evaluate(() => localStorage.getItem('rundskrivveilederen.gjennomgang')), '6');
  for (const bad of ['0', '121', '2.5']) {
    await fillAndLeave(page.locator('#gjennomgang'), bad);
    assert.match(await page.locator('#gjennomgang-feil').innerText(), /Skriv et helt tall fra 1 til 120/);
    assert.equal(await page.locator('#gjennomgang').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => localStorage.getItem('rundskrivveilederen.gjennomgang')), '6');
  }
  await page.reload();
  await page.waitForSelector('#gjennomgang');
  assert.equal(await page.locator('#gjennomgang').inputValue(), '6');
  assert.match(await form(page, 0).locator('.follow-marks').innerText(), /Bør gjennomgås på nytt/);
});

test('the form works by keyboard alone', async () => {
  const page = await suite.open(RESULT);
  await skipToContent(page);
  const first = form(page, 0);
  const id = await first.getAttribute('id');
  assert.ok(await tabToId(page, `${id}-status`, 80), 'Tab reaches the first status');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.hash.includes('~u~'));
  assert.equal(await first.getByLabel('Status').inputValue(), 'under-arbeid');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), `${id}-notat`);
  await page.keyboard.type('Bestilt');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), `${id}-ansvarlig`);
  await page.keyboard.type('Kari');
  await page.keyboard.press('Tab');
  assert.ok(await tabToId(page, `${id}-dokumentasjon`, 6), 'Tab passes the date');
  await page.keyboard.type('sak 26/1');
  await page.keyboard.press('Tab');
  const [entry] = Object.values(await linked(page));
  assert.deepEqual([entry[0], entry[2], entry[3], entry[5]], ['u', 'Bestilt', 'Kari', 'sak 26/1']);
  // The review interval, by keyboard too.
  await page.locator('#gjennomgang').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => localStorage.getItem('rundskrivveilederen.gjennomgang')), '13');
});

test('at 320 px the follow-up reflows without sideways scrolling', async () => {
  const page = await suite.open(RESULT, { viewport: { width: 320, height: 640 } });
  await form(page, 0).getByLabel('Status').selectOption('ikke-relevant');
  await form(page, 0).getByText(/Skriv først hvorfor/).waitFor();
  await form(page, 1).getByLabel('Frist').fill('2020-01-01');
  await form(page, 1).locator('.follow-marks').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the page is ${width} px wide`);
  const [formBox, noteBox] = [await form(page, 0).boundingBox(), await form(page, 0).getByLabel('Begrunnelse eller notat').boundingBox()];
  assert.ok(noteBox.x + noteBox.width <= formBox.x + formBox.width + 1, 'the note fits inside its form');
});
