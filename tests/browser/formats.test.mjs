// The self-assessment's documents in headless Chromium, all made by the documents module
// (dokumenter-<hash>.wasm, loaded on the first click): the CSV re-read with an RFC 4180 parser,
// both clipboard flavours read back, the e-mail link decoded (with and without the share link),
// version 1 and 2 files imported, and hostile files refused with nothing changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, addressSettled, browserSuite } from './harness.mjs';

const suite = browserSuite();
const CORPUS = join(ROOT, 'crates', 'core', 'tests', 'corpus');
const V1 = () => readFile(join(CORPUS, 'assessment-v1.json'), 'utf8');
const V2 = () => readFile(join(CORPUS, 'assessment-v2.json'), 'utf8');
const RESULT = 'Dette gjelder for dere';

const open = (hash = '#/egenvurdering', options = {}) => suite.open(hash, { acceptDownloads: true, ...options });

/** Imports `text` as a chosen file and waits for the result page. */
async function importFile(page, text) {
  await page.setInputFiles('#importer', { name: 'vurdering.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction((title) => document.getElementById('page-heading')?.textContent === title, RESULT);
  await addressSettled(page);
}

/** Clicks the button named `name` and gives the downloaded file's name and text. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** An RFC 4180 reader (`;` between fields, CRLF between rows, "" for a quote in a quoted field). */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ';') {
      rows.at(-1).push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.at(-1).push(field);
      field = '';
      rows.push([]);
      i += 1;
    } else {
      assert.notEqual(c, '\n', `a bare line feed outside quotes at ${i}`);
      field += c;
    }
  }
  assert.equal(field, '', 'the file ends with CRLF');
  assert.deepEqual(rows.pop(), [], 'the last row ends with CRLF');
  return rows;
}

test('the CSV opens as a spreadsheet would read it: every field, quotes, line breaks and guarded formulas survive', async () => {
  const page = await open();
  const v2 = JSON.parse(await V2());
  await importFile(page, JSON.stringify(v2));
  const csv = await download(page, 'Last ned som regneark (CSV)');
  assert.match(csv.name, /^egenvurdering-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(csv.text.startsWith('\uFEFF'), 'a byte order mark, for Excel');
  const rows = parseCsv(csv.text.slice(1));
  assert.deepEqual(rows[0], ['Punkt', 'Avsnitt', 'Resultat', 'Tittel', 'Status', 'Begrunnelse eller notat', 'Ansvarlig', 'Frist',
    'Dokumentasjon (saksnummer eller adresse)', 'Sist endret', 'Rundskrivet sier']);
  assert.ok(rows.every((r) => r.length === 11), 'eleven fields in every row');
  // One row per checklist item, in the JSON export's order.
  const json = JSON.parse((await download(page, 'Last ned som JSON')).text);
  assert.deepEqual(rows.slice(1).map((r) => r[3]), json.checklist.map((c) => c.title));
  const first = v2.followUp['omfang/omfattet'];
  const row = rows.find((r) => r[5] === first.note);
  assert.ok(row, 'the note with quotes, CRLF and LF is one field, unchanged');
  assert.deepEqual(row.slice(4, 10), ['Oppfylt', first.note, first.owner, first.deadline, `'${first.evidence}`, first.changed]);
  const entry = json.checklist.find((c) => c.title === row[3]);
  assert.equal(row[1], entry.cites.join(' '));
  assert.ok(row[10].length > 40, 'the quoted sentences');
  // A formula in a note gets its leading apostrophe; a note starting otherwise does not.
  assert.ok(rows.slice(1).every((r) => r.slice(5, 10).every((f) => !/^[=+\-@\t\r]/.test(f))));
});

test('copy to a case document puts formatted HTML and plain text on the clipboard', async () => {
  const page = await open('#/egenvurdering', { permissions: ['clipboard-read', 'clipboard-write'] });
  await importFile(page, await V2());
  await page.getByRole('button', { name: 'Kopier til saksdokument' }).click();
  await page.locator('.export-status', { hasText: 'Sjekklisten er kopiert' }).waitFor();
  const { html, plain } = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item.getType('text/html')).text(), plain: await (await item.getType('text/plain')).text() };
  });
  assert.match(html, /<h1>Egenvurdering<\/h1>/);
  assert.match(html, /<h2>Krav gjelder \(\d+\)<\/h2>/);
  assert.match(html, /<blockquote lang="nb"><p>[^<]+/);
  assert.match(html, /Første linje; «sitat» "med anførsel"<br>andre linje, &lt;b&gt;&amp;&lt;\/b&gt;<br>=SUM\(A1\)/);
  assert.doesNotMatch(html, /<script|class=|style=|<b>/);
  assert.match(plain, /^Egenvurdering\n=+\n/);
  assert.match(plain, /\n {2}- Begrunnelse eller notat: Første linje; «sitat» "med anførsel"\n/);
  assert.match(plain, /\n {2}> .+ \([a-z0-9-]+-(krav|anbefaling|veiledning)-[a-z0-9-]+\)\n/);
  assert.doesNotMatch(plain, /<h1>|<li>/);
});

/** The e-mail link the page offers after a click on "Send på e-post", decoded. */
async function mail(page) {
  await page.getByRole('button', { name: 'Send på e-post' }).click();
  const href = await page.locator('a.mail-link').getAttribute('href');
  const query = new URLSearchParams(href.slice('mailto:?'.length).replaceAll('+', '%2B'));
  return { href, subject: query.get('subject'), body: query.get('body'), status: await page.locator('.export-status').innerText() };
}

/** The result page of `answers` with the one follow-up `entry` (the link format, docs/formats.md). */
const resultWith = (answers, entry) => `#/egenvurdering/resultat?svar=${encodeURIComponent(answers)}&oppf=${encodeURIComponent(entry)}`;

test('the e-mail holds the summary and the share link within 2,000 characters, and says so when the link is too long', async () => {
  const imported = await open();
  await importFile(imported, await V2());
  const svar = new URLSearchParams(imported.url().split('?')[1]).get('svar');
  // The same answers with one short follow-up, overdue: the link fits.
  let page = await open(resultWith(svar, 'omfang/omfattet~u~2026-12-01~sak~Kari~2026-01-31'));
  const fits = await mail(page);
  assert.ok(fits.href.length <= 2000, `${fits.href.length} characters`);
  assert.match(fits.subject, /^Egenvurdering etter Digitaliseringsrundskrivet \d{2}\.\d{2}\.\d{4}$/);
  assert.match(fits.body, /Slik står det til med kravene:\r\n- Oppfylt: 0\r\n/);
  assert.match(fits.body, /- Under arbeid: 1\r\n/);
  assert.match(fits.body, /Fristen er passert for:\r\n- .+\r\n/);
  const link = fits.body.split('Hele vurderingen:\r\n')[1];
  assert.ok(link.startsWith(`${suite.server.url}#/egenvurdering/resultat?svar=`) && link.includes('&oppf=omfang'), fits.body);
  assert.doesNotMatch(fits.status, /for lang/);
  await page.getByRole('button', { name: 'Kopier lenke til vurderingen' }).click();
  assert.doesNotMatch(await page.locator('.export-status').innerText(), /Lenken er lang/, 'a short link needs no word');

  // A long note (each "æ" is 6 characters in the link, 10 in the e-mail): the link is left out.
  page = await open(resultWith(svar, `omfang/omfattet~u~2026-12-01~${encodeURIComponent('æ'.repeat(400))}`));
  const tooLong = await mail(page);
  assert.ok(page.url().length > 2000);
  assert.ok(tooLong.href.length <= 2000, `${tooLong.href.length} characters`);
  assert.ok(!tooLong.body.includes(suite.server.url));
  assert.match(tooLong.body, /Lenken til vurderingen er for lang for en e-post og er ikke tatt med\. Last ned vurderingen som JSON/);
  assert.match(tooLong.status, /Lenken til vurderingen er for lang for en e-post/);
  // Copying that link says it may be cut on the way, and offers the JSON file.
  await page.getByRole('button', { name: 'Kopier lenke til vurderingen' }).click();
  await page.locator('.export-status', { hasText: 'Lenken er lang (over 2 000 tegn)' }).waitFor();
  assert.match(await page.locator('.export-status').innerText(), /last ned JSON-filen og send den i stedet/);
});

test('a version 1 and a version 2 file import; their follow-up comes back', async () => {
  const page = await open();
  // The version 1 file's answers are from before some questions were added: it opens at the next
  // question, with its follow-up saved (`2|` + the link format, docs/formats.md).
  await page.setInputFiles('#importer', { name: 'v1.json', mimeType: 'application/json', buffer: Buffer.from(await V1()) });
  await page.waitForFunction(() => location.hash.includes('oppf='));
  const saved = await page.evaluate(() => localStorage.getItem('rundskrivveilederen.oppfolging'));
  const entries = Object.fromEntries(saved.slice(2).split(',').map((e) => [e.split('~')[0], e.split('~').slice(1)]));
  assert.equal(entries['omfang/omfattet'][0], 'o', 'done is oppfylt');
  assert.equal(decodeURIComponent(entries['omfang/omfattet'][2]), 'Bestilt, «sak 2026/12» "ok"\nlinje 2\t<b>&</b>');
  assert.equal(entries['altinn/altinn-hovedkanal'][0], 'p', 'not done is ikke påbegynt');
  await importFile(page, await V2());
  const v2 = JSON.parse((await download(page, 'Last ned som JSON')).text);
  assert.deepEqual(v2.followUp, JSON.parse(await V2()).followUp);
});

test('a hostile or damaged file gets a message and changes nothing, whatever it holds', async () => {
  const page = await open('#/egenvurdering?svar=virksomhetstype:departement');
  await addressSettled(page);
  const before = await page.evaluate(() => ({ hash: location.hash, stored: JSON.stringify(localStorage) }));
  const v2 = await V2();
  // Every cut of a valid file is invalid JSON; a seeded generator picks where.
  let seed = 15;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const cases = Array.from({ length: 8 }, () => v2.slice(0, Math.floor(next() * (v2.length - 2))));
  cases.push(
    '{"__proto__": {"format": "rundskrivveilederen-egenvurdering"}, "constructor": 1}',
    v2.replace('"oppfylt"', '"ferdig"'),
    v2.replace('"2026-06-30"', '"2026-02-30"'),
    v2.replace('"version": 2', '"version": 3'),
    v2.replace('"forvaltningsorgan"', '"<img src=x onerror=alert(1)>"'),
    `{"format": "${'x'.repeat(200_000)}"}`,
    '\u0000\uFFFF\uD800',
  );
  // Counts the messages shown, so each file's own is waited for (two files may get the same words).
  await page.evaluate(() => {
    window.rvAlerts = 0;
    new MutationObserver((changes) => {
      for (const change of changes) for (const node of change.addedNodes) if (node.nodeType === 1 && node.matches('[role=alert]')) window.rvAlerts += 1;
    }).observe(document.querySelector('.import'), { childList: true, subtree: true });
  });
  for (const [i, content] of cases.entries()) {
    await page.setInputFiles('#importer', { name: 'vurdering.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await page.waitForFunction((n) => window.rvAlerts >= n, i + 1);
    assert.match(await page.locator('.import [role=alert]').innerText(), /Ingenting er endret/);
    await addressSettled(page);
    assert.deepEqual(await page.evaluate(() => ({ hash: location.hash, stored: JSON.stringify(localStorage) })), before, content.slice(0, 80));
  }
  assert.equal(await page.locator('img[src=x]').count(), 0);
});

test('in English the documents are in English: the module gets the language file the app loaded', async () => {
  const page = await open('#/egenvurdering', { locale: 'en-GB' });
  await page.setInputFiles('#importer', { name: 'vurdering.json', mimeType: 'application/json', buffer: Buffer.from(await V2()) });
  await page.getByRole('heading', { name: 'What applies to you' }).waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click()]);
  const rows = parseCsv((await readFile(await file.path(), 'utf8')).slice(1));
  assert.deepEqual(rows[0].slice(0, 5), ['Point', 'Paragraphs', 'Result', 'Title', 'Status']);
  assert.ok(rows.some((r) => r[4] === 'Fulfilled'));
});

test('a documents module that cannot be used gets a message; nothing is downloaded and nothing changes', async () => {
  // Opened from a link, so the module has not been loaded yet (an import would load it).
  const { answers } = JSON.parse(await V2());
  // Without the service worker, whose cache would answer instead of the route below.
  const link = resultWith(Object.entries(answers).map(([fact, answer]) => `${fact}:${answer}`).join(','), 'omfang/omfattet~u');
  const page = await open(link, { serviceWorkers: 'block' });
  await addressSettled(page);
  const before = await page.evaluate(() => ({ hash: location.hash, stored: JSON.stringify(localStorage) }));
  // A damaged copy (an error page served as the module, say).
  await page.route('**/dokumenter-*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.getByRole('button', { name: 'Last ned som regneark (CSV)' }).click();
  await page.locator('.export-status', { hasText: 'Vi fikk ikke laget dokumentet' }).waitFor();
  assert.equal(downloads, 0);
  await addressSettled(page);
  assert.deepEqual(await page.evaluate(() => ({ hash: location.hash, stored: JSON.stringify(localStorage) })), before);
});
