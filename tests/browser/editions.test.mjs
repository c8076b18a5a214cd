// Two editions (issue #14), against dist-editions/: the app built with the test edition
// (tests/fixtures/utgave-test: today's content with five changes, never shipped) as the newest
// and today's edition as the one before. scripts/test.sh builds it; run alone:
//   cargo run -p rundskriv-tools --bin test_edition -- target/utgave-test
//   CARGO_TARGET_DIR=target/editions RUNDSKRIV_NEWEST_EDITION=target/utgave-test node scripts/build.mjs --dist dist-editions
// "Hva er endret" shows each of the five changes, in words a screen reader says too; a changed
// point links to its changes; a link and a JSON file made under the older edition say so and
// keep their answers, and link to the result in the build made for that edition where it is kept
// at utgaver/<id>/ (dist/, the one-edition build, stands in for it); the app names the edition it
// answers from.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, startServer, launch, openPage, appReady, goHash, normalise } from './harness.mjs';
import { axeViolations, formatViolations } from './a11y-views.mjs';

const DIST = join(ROOT, 'dist-editions');
// The build made for the older edition, id2569983: the one-edition build of the same tree.
const OLDER_BUILD = join(ROOT, 'dist');
// A shared result made before editions were named: no `u=`, so made under id2569983.
const ALTINN_LINK = '#/veiviser/altinn?v=1&svar=virksomhetstype:forvaltningsorgan,tjeneste-naeringsliv:ja,'
  + 'altinn-dekker-behov:ja,post-til-virksomheter:ja,informerer-naeringsdrivende:ja';

let server;
let kept;
let browser;
let current;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `${DIST} is missing: build it as this file's header says`);
  assert.ok(existsSync(join(OLDER_BUILD, 'index.html')), `${OLDER_BUILD} is missing: node scripts/build.mjs`);
  server = await startServer({ root: DIST });
  // The same build deployed as docs/editions.md says, with the older edition's build kept.
  kept = await startServer({ root: DIST, mounts: { '/utgaver/id2569983/': OLDER_BUILD } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await kept?.close();
});

afterEach(async () => {
  const { problems, context } = current;
  current = undefined;
  await context.close();
  assert.deepEqual(problems, [], 'no console errors, failed requests or requests to other origins');
});

async function open(hash, options, on = server) {
  current = await openPage(browser, on.origin, options);
  await current.page.goto(on.url + hash);
  await appReady(current.page);
  return current.page;
}

/** The text of the changes of point `key` (its concept, or a section's id). */
async function changesOf(page, key) {
  const section = page.locator(`#endring-${key}`);
  await section.waitFor();
  return section;
}

test('"Hva er endret" shows each of the five changes, with what went and what came in words', async () => {
  const page = await open('#/endringer');
  assert.match(normalise(await page.locator('.lead').innerText()), /rundskriv TEST-1\/27.*utgaven som erstatter H-7\/17|utgaven som erstatter H-7\/17.*rundskriv TEST-1\/27/);

  // 1. A point renumbered: 3.3 is now 3.4, its words unchanged.
  const renumbered = await changesOf(page, 'overskridelse-driftsbevilgning');
  assert.match(normalise(await renumbered.innerText()), /Punkt 3\.3 er nå punkt 3\.4\./);
  assert.equal(await renumbered.locator('del, ins').count(), 0, 'nothing else changed in it');

  // 2. A krav sentence changed: the words taken out are struck, and said.
  const altinn = await changesOf(page, 'felleskomponenter');
  const removed = altinn.locator('del').filter({ hasText: 'i utgangspunktet' });
  assert.equal(await removed.count(), 1);
  assert.match(normalise(await removed.innerText()), /^Tatt ut: i utgangspunktet/);
  assert.equal(await removed.locator('.visually-hidden').innerText().then(normalise), 'Tatt ut:');
  assert.equal(await altinn.locator('blockquote[lang=nb]').first().count(), 1, "the circular's words are marked bokmål");

  // 3. A link changed, on the ID-porten paragraph.
  assert.equal(await altinn.locator('a[href="https://www.digdir.no/felleslosninger/id-porten/"]').count(), 1);
  assert.equal(await altinn.locator('a[href="http://eid.difi.no/nb/id-porten"]').count(), 1, 'the old target is shown too');
  assert.match(normalise(await altinn.innerText()), /Lenken på «ID-porten» er endret\./);

  // 4. A point added.
  const added = await changesOf(page, 'erfaringsdeling');
  assert.match(normalise(await added.innerText()), /Nytt punkt/);
  assert.equal(await added.locator('ins', { hasText: 'Lagt til: Virksomheten bør dele erfaringer' }).count(), 1);

  // 5. A paragraph removed, from Bakgrunn.
  const bakgrunn = await changesOf(page, 'bakgrunn');
  assert.match(normalise(await bakgrunn.locator('del').first().innerText()), /^Tatt ut: Digitalisering handler om å bruke teknologi/);
  assert.match(normalise(await bakgrunn.innerText()), /Avsnittet er tatt ut/);

  assert.equal(await page.locator('.changes > section').count(), 4, 'the four points that changed and no other');
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], formatViolations('#/endringer with two editions', violations));
});

test('in nynorsk the page is nynorsk around the circular\'s bokmål', async () => {
  const page = await open('#/endringer', { locale: 'nn-NO' });
  const renumbered = await changesOf(page, 'overskridelse-driftsbevilgning');
  await page.waitForFunction(() => /er no punkt/.test(document.querySelector('#endring-overskridelse-driftsbevilgning')?.textContent ?? ''));
  assert.match(normalise(await renumbered.innerText()), /Punkt 3\.3 er no punkt 3\.4\./);
  const removed = (await changesOf(page, 'felleskomponenter')).locator('del .visually-hidden').first();
  assert.equal(await removed.getAttribute('lang'), 'nn');
  assert.equal(normalise(await removed.innerText()), 'Teke ut:');
});

test('a changed point links to its changes, which get the focus', async () => {
  const page = await open('#/punkt/1.6');
  const notice = page.locator('.point-changed');
  await notice.waitFor();
  await notice.getByRole('link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'endring-felleskomponenter');
  assert.match(page.url(), /#\/endringer\/1\.6$/);
  // A point that did not change has no such notice.
  await goHash(page, '#/punkt/1.4');
  await page.waitForFunction(() => /1\.4/.test(document.getElementById('page-heading')?.textContent ?? ''));
  assert.equal(await page.locator('.point-changed').count(), 0);
});

test('a link made under the older edition says so, keeps its answers and links to what changed', async () => {
  current = await openPage(browser, server.origin);
  const page = current.page;
  const probe = page.waitForResponse((res) => res.url().endsWith('/utgaver/id2569983/utgave.txt'));
  await page.goto(server.url + ALTINN_LINK);
  await appReady(page);
  const notice = page.locator('.edition-notice');
  await notice.waitFor();
  const text = normalise(await notice.innerText());
  assert.match(text, /utgaven som erstatter H-7\/17/, text);
  assert.equal(await notice.locator('a[href="#/endringer"]').count(), 1);
  // No build is kept for that edition here. The app asked, once, and the build's placeholder
  // answered, so (afterEach) no failed request or console error; the app acts on the answer as
  // soon as it has it, and left its link to a kept build hidden.
  const answer = await probe;
  assert.equal(answer.status(), 200);
  assert.doesNotMatch(await answer.text(), /id2569983\s*$/);
  assert.equal(server.served.filter((path) => path.startsWith('/utgaver/')).length, 1);
  assert.equal(await notice.locator('a[href^="utgaver/"]').isVisible(), false, 'the link to a kept build stays hidden');
  // The answers carried over: the result, worked out under the newest edition, names it.
  assert.match(normalise(await page.locator('.answers').innerText()), /Forvaltningsorgan/i);
  assert.match(normalise(await page.locator('main').innerText()), /Svaret bygger på Digitaliseringsrundskrivet, rundskriv TEST-1\/27\./);
  // Changing an answer makes a link of the newest edition, which names it.
  await page.locator('.answers a').first().click();
  await page.waitForFunction(() => /u=testutgave-2027/.test(location.hash));
});

test('where the older edition\'s build is kept, the notice links to the same result in it, in its words', async () => {
  const page = await open(ALTINN_LINK, {}, kept);
  const link = page.locator('.edition-notice').getByRole('link', { name: 'Se resultatet slik verktøyet ga det etter den eldre utgaven' });
  await link.waitFor();
  // The same answers, read by that build as its own edition's (a link without u= is id2569983's).
  assert.equal(await link.getAttribute('href'), `utgaver/id2569983/index.html${ALTINN_LINK}`);
  // Newest first in the test edition: its Altinn sentence lost "i utgangspunktet".
  assert.doesNotMatch(normalise(await page.locator('main').innerText()), /skal i utgangspunktet ta i bruk Altinns infrastruktur/);
  // The link follows the page's language like the rest of the notice, and back.
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  const nynorsk = page.locator('.edition-notice').getByRole('link', { name: 'Sjå resultatet slik verktøyet gav det etter den eldre utgåva' });
  await nynorsk.waitFor();
  assert.equal(await nynorsk.getAttribute('href'), `utgaver/id2569983/index.html${ALTINN_LINK}`);
  await page.getByRole('button', { name: 'Bokmål' }).click();
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/utgaver\/id2569983\/index\.html#\/veiviser\/altinn\?v=1&svar=/);
  await appReady(page);
  await page.locator('.answers').waitFor();
  const main = normalise(await page.locator('main').innerText());
  assert.match(main, /skal i utgangspunktet ta i bruk Altinns infrastruktur/, 'the older edition\'s words');
  assert.match(normalise(await page.locator('.answers').innerText()), /Forvaltningsorgan/i);
  assert.doesNotMatch(main, /TEST-1\/27/, 'nothing of the newest edition');
  assert.equal(await page.locator('.edition-notice').count(), 0, 'its own edition: no notice');
});

test('a JSON file made under the older edition is read, with its answers and the notice', async () => {
  const page = await open('#/egenvurdering');
  const file = { format: 'rundskrivveilederen-egenvurdering', version: 1, edition: 'id2569983', answers: { virksomhetstype: 'departement' } };
  await page.locator('input[type=file]').setInputFiles({ name: 'vurdering-2026.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const notice = page.locator('.edition-notice');
  await notice.waitFor();
  assert.match(normalise(await notice.innerText()), /utgaven som erstatter H-7\/17/);
  // id2569983 is the edition links without `u=` were made under, so the address names none.
  await page.waitForFunction(() => location.hash === '#/egenvurdering/resultat?svar=virksomhetstype:departement');
  assert.equal(await notice.locator('a[href="#/endringer"]').count(), 1);
});

test('a JSON file made under the older edition links to its result in the kept build too', async () => {
  const page = await open('#/egenvurdering', {}, kept);
  const file = { format: 'rundskrivveilederen-egenvurdering', version: 1, edition: 'id2569983', answers: { virksomhetstype: 'departement' } };
  await page.locator('input[type=file]').setInputFiles({ name: 'vurdering-2026.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const link = page.locator('.edition-notice').getByRole('link', { name: 'Se resultatet slik verktøyet ga det etter den eldre utgaven' });
  await link.waitFor();
  // The link can be shown while the address is still the import page's; it follows the address
  // once the app has moved on to the result (caught by CI: read at once, it was the import page).
  const result = '#/egenvurdering/resultat?svar=virksomhetstype:departement';
  await page.waitForFunction((hash) => location.hash === hash, result);
  await page.waitForFunction((href) => document.querySelector('#kept-build-link a')?.getAttribute('href') === href, `utgaver/id2569983/index.html${result}`);
  assert.equal(await link.getAttribute('href'), `utgaver/id2569983/index.html${result}`);
});

test('the footer names the edition the app answers from, and links to what changed since the older one', async () => {
  const page = await open('#/');
  assert.match(normalise(await page.locator('footer').innerText()), /Du leser Digitaliseringsrundskrivet, rundskriv TEST-1\/27\./);
  await page.locator('footer.site-footer').getByRole('link', { name: 'Se hva som er endret mellom utgavene' }).click();
  await page.waitForFunction(() => location.hash === '#/endringer');
  await page.locator('.changes').waitFor();
});

test('an address by an old point number keeps leading to that point, now renumbered', async () => {
  const page = await open('#/punkt/3.3');
  await page.waitForFunction(() => /^3\.4 /.test(document.getElementById('page-heading')?.textContent ?? ''));
  assert.match(normalise(await page.locator('#page-heading').innerText()), /^3\.4 Adgangen til å overskride driftsbevilgningene/);
  // The new point 3.3 is linked by its concept, since "3.3" in an address means the old one.
  await goHash(page, '#/innhold');
  await page.waitForFunction(() => document.querySelector('a[href="#/punkt/erfaringsdeling"]'));
  assert.match(normalise(await page.locator('a[href="#/punkt/erfaringsdeling"]').innerText()), /3\.3 Del erfaringer fra digitaliseringsprosjekter/);
  assert.equal(await page.locator('a[href="#/punkt/3.4"]').count(), 1, 'the renumbered point by its new number');
  // A paragraph id of before ids were made from concepts names the point by its old number too:
  // 3-3-… is the renumbered point's paragraph, not one of the new 3.3's.
  await goHash(page, '#/punkt/3.3/3-3-veiledning-proveordning');
  await page.waitForFunction(() => document.activeElement?.id === 'overskridelse-driftsbevilgning-veiledning-proveordning');
  assert.match(normalise(await page.locator('#page-heading').innerText()), /^3\.4 /);
});

test('the older edition can be read whole, its own words only, marked as older', async () => {
  const page = await open('#/endringer');
  const link = page.getByRole('link', { name: 'Les hele den eldre utgaven' });
  assert.equal(await link.getAttribute('href'), 'rundskrivet-id2569983.html');
  await link.click();
  await page.waitForURL(/rundskrivet-id2569983\.html$/);
  const text = normalise(await page.locator('main').innerText());
  assert.match(text, /Dette er en eldre utgave av rundskrivet, utgaven som erstatter H-7\/17\. Rundskrivveilederen svarer nå etter rundskriv TEST-1\/27\./);
  // Its words, not the newest's: the Altinn sentence as it was, no added point, the old link.
  assert.match(text, /Altinn: Virksomheten skal i utgangspunktet ta i bruk Altinns infrastruktur/);
  assert.doesNotMatch(text, /dele erfaringer fra sine digitaliseringsprosjekter/);
  assert.match(text, /3\.3 Adgangen til å overskride driftsbevilgningene/);
  assert.equal(await page.locator('a[href="http://eid.difi.no/nb/id-porten"]').count(), 1);
  assert.equal(await page.locator('[id="felleskomponenter-krav-altinn"]').count(), 1, 'paragraphs keep their ids');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
  assert.equal(await page.locator('script').count(), 0);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], formatViolations('the older edition\'s page', violations));
});

test('the single file carries the changes too, and no link to a page it does not have', async () => {
  const url = pathToFileURL(join(ROOT, 'dist-editions-single', 'rundskrivveilederen.html')).href;
  current = await openPage(browser, 'file://');
  const page = current.page;
  await page.goto(`${url}#/endringer`);
  await appReady(page);
  const renumbered = await changesOf(page, 'overskridelse-driftsbevilgning');
  assert.match(normalise(await renumbered.innerText()), /Punkt 3\.3 er nå punkt 3\.4\./);
  assert.equal(await page.getByRole('link', { name: 'Les hele den eldre utgaven' }).count(), 0);
});
