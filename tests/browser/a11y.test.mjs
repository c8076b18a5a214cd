// Universell utforming in headless Chromium: axe-core's WCAG 2.0/2.1 A and AA rules on every view
// in bokmål, nynorsk and English, light and dark, and with a second brand theme; reflow at 320 CSS px, text spacing, reduced
// motion, visible focus, keyboard-only use of every tree, no focus trap, language marking and the
// accessibility statement. The views are listed in a11y-views.mjs.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, startServer, launch, openPage, appReady, goHash, normalise } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
import {
  VIEWS, LANGS, showView, axeViolations, formatViolations, overflowingElements, TEXT_SPACING_CSS, clippedElements, addStyles,
  tabTo, focusStyle, tabThroughPage, answerFirstByKeyboard,
} from './a11y-views.mjs';

let server;
let browser;
let current;

let hostServer;

before(async () => {
  server = await startServer();
  // The widgets in a plain intranet page: axe, run in that page, adds inline styles that the
  // hosting CSP would block. delivery.test.mjs proves the widgets under the CSP.
  hostServer = await startServer({ mounts: { '/host/': FIXTURES }, csp: false });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await hostServer?.close();
});

/** Closes the test's page and asserts it logged no error and asked no other origin. */
async function closeCurrent() {
  if (current) {
    const { problems, context } = current;
    current = undefined;
    await context.close();
    assert.deepEqual(problems, [], 'no console errors, failed requests or requests to other origins');
  }
}

afterEach(closeCurrent);

async function open(hash = '', options) {
  await closeCurrent();
  current = await openPage(browser, server.origin, options);
  await current.page.goto(server.url + hash);
  await appReady(current.page);
  return current.page;
}

async function axeEveryView(options, label, on = server) {
  await closeCurrent();
  current = await openPage(browser, on.origin, options);
  const page = current.page;
  await page.goto(on.url);
  await appReady(page);
  assert.equal(await page.evaluate(() => typeof window.axe), 'undefined', 'the app itself never loads axe');
  const report = [];
  for (const view of VIEWS) {
    await showView(page, on.url, view);
    const violations = await axeViolations(page);
    if (violations.length) report.push(formatViolations(`${label}, ${view.name} (${view.hash})`, violations));
  }
  if (report.length) console.log(report.join('\n'));
  assert.equal(report.length, 0, `axe found WCAG A/AA violations:\n${report.join('\n')}`);
}

for (const { lang, locale } of LANGS) {
  test(`axe: no WCAG 2.1 A/AA violation in the embedded widgets in ${lang} (a tree and the reader)`, async () => {
    await closeCurrent();
    current = await openPage(browser, hostServer.origin, { locale });
    const { page } = current;
    await page.goto(`${hostServer.origin}/host/a11y-host.html`);
    // Playwright's selectors see into the widgets' open shadow roots.
    await page.waitForSelector('input[type=radio]');
    await page.waitForSelector('.toc a');
    assert.equal(await page.locator('.rv-app').first().getAttribute('lang'), lang);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], formatViolations(`${lang}, embedded widgets`, violations));
  });

  test(`axe: no WCAG 2.1 A/AA violation on any view in ${lang}`, async () => {
    await axeEveryView({ locale }, lang);
    assert.equal(await current.page.evaluate(() => document.documentElement.lang), lang);
  });
}

for (const { lang, locale } of LANGS.slice(1)) {
  test(`axe: no WCAG 2.1 A/AA violation on any view in ${lang}, dark mode`, async () => {
    await axeEveryView({ locale, colorScheme: 'dark' }, `${lang}, dark`);
  });
}

// A second brand theme (Designsystemet's `portal`, another accent) in place of theme.css, as an
// agency would put its own: still AA, light and dark (docs/theming.md).
for (const colorScheme of ['light', 'dark']) {
  test(`axe: no WCAG 2.1 A/AA violation on any view with the portal theme, ${colorScheme}`, async () => {
    const themed = await startServer({ transform: (path) => (path === '/theme.css' ? readFileSync(join(DIST, 'themes', 'portal.css')) : undefined) });
    try {
      await axeEveryView({ locale: 'nb-NO', colorScheme }, `nb, portal theme, ${colorScheme}`, themed);
      const accent = await current.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ds-color-accent-base-default'));
      assert.notEqual(accent.trim().toLowerCase(), colorScheme === 'light' ? '#0062ba' : '#4c91cf', 'the portal theme is in use');
    } finally {
      await closeCurrent();
      await themed.close();
    }
  });
}

test('axe: no WCAG 2.1 A/AA violation on any view in dark mode (contrast included)', async () => {
  await axeEveryView({ locale: 'nb-NO', colorScheme: 'dark' }, 'nb, dark');
  // The dark theme is real: the page background is dark, so the contrast checks above ran on it.
  const background = await current.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background, got ${background}`);
});

test('reflow: no view scrolls sideways at 320 CSS px (= 1280 px at 400 % zoom)', async () => {
  const page = await open('', { viewport: { width: 320, height: 640 } });
  const wide = [];
  for (const view of VIEWS) {
    await showView(page, server.url, view);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${view.name}: scrollWidth ${width}: ${(await overflowingElements(page, 320)).join(', ')}`);
  }
  assert.deepEqual(wide, []);
});

test('text spacing (WCAG 1.4.12): no text is cut off and nothing scrolls sideways', async () => {
  for (const width of [1280, 320]) {
    const page = await open('', { viewport: { width, height: 800 } });
    const broken = [];
    for (const view of VIEWS) {
      await showView(page, server.url, view);
      await addStyles(page, TEXT_SPACING_CSS);
      const applied = await page.evaluate(() => getComputedStyle(document.querySelector('main p')).wordSpacing);
      assert.notEqual(applied, '0px', 'the spacing stylesheet is in effect');
      const clipped = await clippedElements(page);
      if (clipped.length) broken.push(`${width}px, ${view.name}: clipped ${clipped.join(', ')}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) {
        broken.push(`${width}px, ${view.name}: scrollWidth ${scrollWidth}: ${(await overflowingElements(page, width)).join(', ')}`);
      }
    }
    assert.deepEqual(broken, []);
  }
});

test('reduced motion: no smooth scrolling, transition or animation when the user asks for less motion', async () => {
  const motion = async (page) => page.evaluate(() => {
    const moving = [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      const seconds = (list) => list.split(',').some((d) => parseFloat(d) > 0);
      return seconds(s.transitionDuration) || (s.animationName !== 'none' && seconds(s.animationDuration));
    });
    return {
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      moving: moving.map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : '')),
      animations: document.getAnimations().length,
    };
  });
  const page = await open('', { reducedMotion: 'no-preference' });
  // Without the preference the app does scroll smoothly, so the check below can tell the difference.
  assert.equal((await motion(page)).scroll, 'smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const view of VIEWS) {
    await showView(page, server.url, view);
    assert.deepEqual(await motion(page), { scroll: 'auto', moving: [], animations: 0 }, view.name);
  }
});

test('focus is always visible: links, buttons, radios, text fields and summaries get a clear ring', async () => {
  const kinds = [
    ['the skip link', '#/', () => document.activeElement.classList.contains('skip-link')],
    ['a menu link', '#/', () => document.activeElement.matches('nav a')],
    ['a language button', '#/', () => document.activeElement.matches('.lang-switch button')],
    ['a link in the text', '#/punkt/1.6', () => document.activeElement.matches('.section-text p a')],
    ['a copy button', '#/punkt/1.6', () => document.activeElement.matches('.copy-link')],
    ['the search field', '#/sok', () => document.activeElement.matches('input[type=search]')],
    ['a radio button', '#/veiviser/altinn?svar=', () => document.activeElement.matches('input[type=radio]')],
    ['a help summary', '#/veiviser/altinn?svar=', () => document.activeElement.matches('summary')],
    ['the continue button', '#/veiviser/altinn?svar=', () => document.activeElement.matches('button[type=submit]')],
    ['a number field', '#/veiviser/prosjektmodell?v=1&svar=virksomhetstype:departement', () => document.activeElement.matches('#svar-tall')],
    ['a footer link', '#/', () => document.activeElement.matches('footer a')],
  ];
  const page = await open();
  for (const [what, hash, matches] of kinds) {
    await page.goto(server.url + hash);
    await page.reload();
    await appReady(page);
    assert.ok(await tabTo(page, matches), `Tab reaches ${what}`);
    const focused = await focusStyle(page);
    assert.ok(focused.visible, `${what} matches :focus-visible`);
    // The same element without focus, to prove the ring comes from focus and not from the element.
    const marker = await page.evaluate(() => { document.activeElement.dataset.ring = '1'; return true; });
    assert.ok(marker);
    await page.evaluate(() => document.activeElement.blur());
    const resting = await page.$eval('[data-ring]', (el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`, shadow: s.boxShadow };
    });
    assert.ok(focused.outlineWidth >= 2, `${what}: an outline of at least 2px when focused (got ${focused.outline})`);
    assert.ok(focused.outline !== resting.outline || focused.shadow !== resting.shadow, `${what}: focus changes its look`);
    assert.notEqual(focused.shadow, 'none', `${what}: the yellow halo separates the ring from any background`);
  }
});

test('no focus trap: Tab goes through the whole page once, leaves it, and comes back to the skip link', async () => {
  for (const hash of ['#/', '#/veiviser/altinn?svar=', '#/punkt/1.6']) {
    const page = await open(hash);
    const { visited, repeated, left } = await tabThroughPage(page);
    assert.deepEqual(repeated, [], `${hash}: focus came back to a control before leaving the page (a trap)`);
    assert.ok(left, `${hash}: Tab leaves the page after its last control`);
    assert.ok(visited.length > 5, `${hash}: Tab visited ${visited.length} controls`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link', `${hash}: and starts again at the skip link`);
  }
});

test('every tree can be completed with the keyboard alone; each new question gets focus, without a live-region echo', async () => {
  const page = await open('#/');
  const trees = await page.$$eval('.tree-list a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(trees.length >= 21, `all trees are listed (${trees.length})`);
  for (const [i, href] of trees.entries()) {
    const { locale } = LANGS[i % LANGS.length];
    const tree = await open(`${href}?svar=`, { locale });
    const asked = [];
    for (let step = 0; step < 25 && !(await tree.locator('.verdict').count()); step += 1) {
      asked.push(await answerFirstByKeyboard(tree));
      await tree.waitForFunction(() => document.activeElement?.id === 'page-heading');
      // The new question (or the result) is what focus lands on, and only focus announces it.
      assert.equal(await tree.locator('.rv-app > [aria-live]').innerText(), '', `${href}: the live region stays quiet`);
    }
    assert.ok(await tree.locator('.verdict').count(), `${href} ends in a result after ${JSON.stringify(asked)}`);
    assert.ok(asked.length >= 1, href);
  }
});

test('the error summary is focused, names the problem and links to the field it is about', async () => {
  const page = await open('#/veiviser/prosjektmodell?v=1&svar=virksomhetstype:departement', { locale: 'en-GB' });
  await page.locator('#svar-tall').fill('many');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'feiloppsummering');
  assert.match(await page.locator('#feiloppsummering').innerText(), /There is a problem[\s\S]*Enter a number/);
  assert.equal(await page.locator('#svar-tall').getAttribute('aria-invalid'), 'true');
  const described = (await page.locator('#svar-tall').getAttribute('aria-describedby')).split(' ');
  assert.ok(described.includes('svar-feil'), 'the field is described by its error message');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#svar-tall');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'svar-tall');
  // The field's accessible name is the question (and its unit), not just its neighbour's text.
  const labelled = await page.locator('#svar-tall').getAttribute('aria-labelledby');
  assert.ok(labelled?.split(' ').includes('page-heading'), `aria-labelledby=${labelled}`);
});

test("lang: <html lang> follows the UI language and the circular's words are marked bokmål in every view", async () => {
  for (const { lang, locale } of LANGS) {
    const page = await open('#/punkt/1.6', { locale });
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await page.locator('#page-heading').getAttribute('lang'), 'nb');
    assert.equal(await page.locator('.section-text').getAttribute('lang'), 'nb');
    assert.equal(await page.locator('.part-note').first().getAttribute('lang'), lang, 'the tool\'s own note is in the UI language');
    await goHash(page, '#/innhold');
    await page.waitForSelector('.toc');
    assert.deepEqual([...new Set(await page.$$eval('.toc a', (as) => as.map((a) => a.closest('[lang]').lang)))], ['nb']);
    await goHash(page, '#/sok?q=altinn');
    await page.waitForSelector('.results a');
    assert.deepEqual([...new Set(await page.$$eval('.results a', (as) => as.map((a) => a.closest('[lang]').lang)))], ['nb']);
    await page.goto(`${server.url}#/veiviser/altinn?v=1&svar=virksomhetstype:departement,tjeneste-naeringsliv:nei,tjeneste-innbyggere:nei,post-til-virksomheter:nei,informerer-naeringsdrivende:nei`);
    await page.waitForSelector('.quote');
    assert.deepEqual([...new Set(await page.$$eval('.quote p', (ps) => ps.map((p) => p.closest('[lang]').lang)))], ['nb']);
    // The label read before each quote's place is the tool's, so it is in the UI language.
    assert.equal(await page.locator('.quote footer .visually-hidden').first().getAttribute('lang'), lang);
    // The self-assessment's checklist is grouped under the circular's own point headings.
    await goHash(page, VIEWS.find((v) => v.name === 'the assessment result').hash);
    await page.waitForSelector('.checklist-group .point-heading');
    assert.deepEqual([...new Set(await page.$$eval('.point-heading', (hs) => hs.map((h) => h.closest('[lang]').lang)))], ['nb']);
  }
});

test('switching language on any view keeps the address and everything on the page, only the words change', async () => {
  const page = await open('', { locale: 'nb-NO' });
  // What the view is made of, language aside: the address and the elements with an id.
  const shape = () => page.evaluate(() => ({
    url: location.href,
    ids: [...document.querySelectorAll('[id]')].map((el) => el.id).join(' '),
    alert: document.querySelectorAll('[role=alert], .error-summary').length,
  }));
  for (const view of VIEWS) {
    await showView(page, server.url, view);
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nb');
    const before = await shape();
    const words = await page.locator('main').innerText();
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.deepEqual(await shape(), before, `${view.name}: same place, same content`);
    assert.notEqual(await page.locator('main').innerText(), words, `${view.name}: now in English`);
  }
});

test('switching language keeps the question, the answers in the link and the unsent choice', async () => {
  const hash = '#/veiviser/altinn?v=1&svar=virksomhetstype:forvaltningsorgan';
  const page = await open(hash);
  await page.waitForSelector('input[type=radio]');
  const question = normalise(await page.locator('#page-heading').innerText());
  await page.locator('input[type=radio]').nth(1).check();
  const url = page.url();
  for (const [button, lang] of [['Nynorsk', 'nn'], ['English', 'en'], ['Bokmål', 'nb']]) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(page.url(), url, `${lang}: the address with the answers is unchanged`);
    assert.ok(await page.locator('input[type=radio]').nth(1).isChecked(), `${lang}: the choice made is kept`);
    const heading = normalise(await page.locator('#page-heading').innerText());
    if (lang === 'nb') assert.equal(heading, question);
    else assert.notEqual(heading, question, `${lang}: the question is now in ${lang}`);
  }
});

test('switching language on a result keeps the result and its answers', async () => {
  const hash = '#/veiviser/altinn?v=1&svar=virksomhetstype:forvaltningsorgan,tjeneste-naeringsliv:ja,'
    + 'altinn-dekker-behov:nei,post-til-virksomheter:ja,informerer-naeringsdrivende:nei';
  const page = await open(hash);
  await page.waitForSelector('.verdict');
  const read = () => page.evaluate(() => ({
    url: location.href,
    verdicts: [...document.querySelectorAll('.verdict')].map((v) => v.className),
    cites: [...document.querySelectorAll('.quote footer a')].map((a) => a.getAttribute('href')),
    answers: document.querySelectorAll('.summary-row').length,
    title: document.querySelector('.verdict-title').textContent,
    answerLabels: [...document.querySelectorAll('.summary-row dd:not(.summary-action)')].map((d) => d.textContent),
  }));
  const before = await read();
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const after = await read();
  assert.deepEqual({ ...after, title: '', answerLabels: [] }, { ...before, title: '', answerLabels: [] });
  assert.notEqual(after.title, before.title, 'the verdict is now in English');
  assert.deepEqual(after.answerLabels.slice(1), ['Yes', 'No', 'Yes', 'No'], 'the answers are now in English');
  assert.match(await page.locator('.answers h2').innerText(), /Your answers/);
});

test('the accessibility page explains what the tool does and how to report problems, linked from the footer', async () => {
  const page = await open('#/');
  await page.locator('footer a[href="#/tilgjengelighet"]').click();
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  assert.equal(await page.title(), 'Tilgjengelighet – Rundskrivveilederen');
  const text = await page.locator('main').innerText();
  assert.match(text, /WCAG 2\.1/);
  assert.match(text, /virksomheten som har publisert/i);
  assert.equal(await page.locator('.a11y-statement a[data-statement]').count(), 0, 'no statement link until the agency sets one');
  assert.equal(await page.locator('footer a[data-statement]').count(), 0);
});

test('the agency sets its tilgjengelighetserklæring and contact with meta tags; other schemes are ignored', async () => {
  await closeCurrent();
  current = await openPage(browser, server.origin);
  const { page } = current;
  const metas = (statement, contact) => `<meta name="rundskriv-tilgjengelighetserklaering" content="${statement}">`
    + `<meta name="rundskriv-kontakt" content="${contact}">`;
  let head = metas('https://uustatus.no/nb/erklaringer/publisert/eksempel', 'mailto:post@example.no');
  // The host's index.html with the agency's tags added, as a deploying agency would edit it.
  await page.route(server.url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</head>', `${head}</head>`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${server.url}#/tilgjengelighet`);
  await page.waitForSelector('.a11y-statement');
  assert.equal(await page.locator('.a11y-statement a[data-statement]').getAttribute('href'), 'https://uustatus.no/nb/erklaringer/publisert/eksempel');
  assert.equal(await page.locator('footer a[data-statement]').getAttribute('href'), 'https://uustatus.no/nb/erklaringer/publisert/eksempel');
  assert.equal(await page.locator('.a11y-statement a[data-contact]').getAttribute('href'), 'mailto:post@example.no');
  head = metas('javascript:alert(1)', 'javascript:alert(2)');
  await page.reload();
  await page.waitForSelector('.a11y-statement');
  assert.equal(await page.locator('a[data-statement], a[data-contact]').count(), 0, 'a javascript: address is never linked');
});
