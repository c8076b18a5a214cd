// The views and states the accessibility tests visit, the checks run on each, and keyboard
// helpers. Every test in a11y.test.mjs loops over VIEWS, so a new view is covered by axe, reflow,
// text spacing, reduced motion and the language switch by adding one entry here. Not a test file
// itself (node --test skips this name).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { addressSettled, appReady, normalise, stylesLoaded } from './harness.mjs';

const require = createRequire(import.meta.url);
/** axe-core from node_modules, injected by the tests only: the app never loads it. */
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

/** Adds `css` to the page through the CSSOM, which the page's `style-src 'self'` allows (an
 * inline <style>, as addStyleTag adds, it blocks). */
export async function addStyles(page, css) {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** The WCAG 2.0 and 2.1 A and AA rule sets; nothing else (best practices would be noise here). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The three UI languages, chosen the way a first-time visitor gets them: by the browser's language. */
export const LANGS = [
  { lang: 'nb', locale: 'nb-NO' },
  { lang: 'nn', locale: 'nn-NO' },
  { lang: 'en', locale: 'en-GB' },
];

const ALTINN_RESULT = '#/veiviser/altinn?v=1&svar=virksomhetstype:forvaltningsorgan,tjeneste-naeringsliv:ja,'
  + 'altinn-dekker-behov:ja,post-til-virksomheter:ja,informerer-naeringsdrivende:ja';
const ALTINN_OPEN = '#/veiviser/altinn?v=1&svar=virksomhetstype:vet-ikke,tjeneste-naeringsliv:vet-ikke,'
  + 'tjeneste-innbyggere:vet-ikke,post-til-virksomheter:vet-ikke,informerer-naeringsdrivende:vet-ikke';

// A complete self-assessment (a directorate answering the last choice everywhere): every tree
// reaches its end, so the summary and the checklist can be shown directly.
export const ASSESSMENT = 'virksomhetstype:forvaltningsorgan,informerer-naeringsdrivende:nei,utvikler-digitale-losninger:nei,ny-rapporteringsplikt:nei,har-rapporteringsplikter:nei,bruker-felleskomponenter:nei,har-internkontroll-infosikkerhet:nei,har-risikovurdering-infosikkerhet:nei,behandler-personopplysninger:nei,delte-ansvarsomrader:nei,utformer-regelverk:nei,handterer-geodata:nei,i-utdanningssektoren:nei,fakturerer-privatpersoner:nei,oppgaver-med-kommunene:nei,tjeneste-naeringsliv:nei,tjeneste-innbyggere:nei,post-til-virksomheter:nei,krever-innlogging:nei,post-til-innbyggere:nei,opplysninger-om-personer:nei,opplysninger-om-virksomheter:nei,opplysninger-om-eiendommer:nei,tilbyr-digitale-tjenester:nei,nettlosning-for-allmennheten:nei,forvalter-felleskomponent:nei,vurderer-ny-driftsavtale:nei,inngar-nye-avtaler:nei,nytt-system:nei,tar-i-bruk-felleskomponent:nei,avviker-fra-arkitekturprinsipper:nei,prosjektkostnad:10.5,ks-ordningen:nei,berorer-kommunesektoren:nei';

/**
 * Every view and state worth checking. `hash` is where it starts; `ready(page)` waits until the
 * state is on screen (and brings it about, e.g. submits an empty answer). Each `ready` asserts by
 * waiting for something only that state has, so a stale address fails instead of checking the
 * wrong page.
 *
 * To cover a new view (the assessment, its result, the embedded widget's host page) add an entry:
 *   { name: 'assessment', hash: '#/egenvurdering', ready: (page) => page.waitForSelector('…') }
 * For the widget, `url` replaces `hash` with a path on the test server (its host page, e.g.
 * '/host/widget.html'); the checks then run on the whole host page with the widget in it.
 */
export const VIEWS = [
  { name: 'start page', hash: '#/', ready: (page) => page.waitForSelector('.tree-list li') },
  { name: 'contents', hash: '#/innhold', ready: (page) => page.waitForSelector('.toc a') },
  { name: 'a point', hash: '#/punkt/1.6', ready: (page) => page.waitForSelector('.part-krav') },
  {
    name: 'a paragraph',
    hash: '#/punkt/1.6/felleskomponenter-krav-altinn',
    ready: (page) => page.waitForFunction(() => document.activeElement?.id === 'felleskomponenter-krav-altinn'),
  },
  { name: 'whole circular', hash: '#/hele', ready: (page) => page.waitForSelector('.whole .footnotes') },
  { name: 'search with results', hash: '#/sok?q=altinn', ready: (page) => page.waitForSelector('.results mark') },
  { name: 'search without results', hash: '#/sok?q=qqqzzz', ready: (page) => page.waitForSelector('#sok-count:not(:empty)') },
  { name: 'not found', hash: '#/finnes/ikke', ready: (page) => page.waitForSelector('main a[href="#/"]') },
  { name: 'a question', hash: '#/veiviser/altinn?svar=', ready: (page) => page.waitForSelector('input[type=radio]') },
  {
    name: 'a question with its help open',
    hash: '#/veiviser/altinn?svar=',
    ready: async (page) => {
      await page.locator('details.help summary').click();
      await page.waitForSelector('details.help[open]');
    },
  },
  {
    name: 'a question with a validation error',
    hash: '#/veiviser/altinn?svar=',
    ready: async (page) => {
      await page.locator('form.question [type=submit]').click();
      await page.waitForSelector('#feiloppsummering');
    },
  },
  {
    name: 'a number question',
    hash: '#/veiviser/prosjektmodell?v=1&svar=virksomhetstype:departement',
    ready: (page) => page.waitForSelector('#svar-tall'),
  },
  {
    name: 'a number question with a validation error',
    hash: '#/veiviser/prosjektmodell?v=1&svar=virksomhetstype:departement',
    ready: async (page) => {
      await page.locator('#svar-tall').fill('mange');
      await page.locator('form.question [type=submit]').click();
      await page.waitForSelector('#svar-tall[aria-invalid=true]');
    },
  },
  { name: 'a tree result', hash: ALTINN_RESULT, ready: (page) => page.waitForSelector('.verdict-krav') },
  { name: 'a tree result with open questions', hash: ALTINN_OPEN, ready: (page) => page.waitForSelector('.open-points') },
  // KMD's duty, shown to a directorate for information only (the grey "Til orientering" marking).
  { name: 'a tree result with information', hash: '#/veiviser/it-satsingsforslag?v=1&svar=virksomhetstype:forvaltningsorgan', ready: (page) => page.waitForSelector('.verdict-informasjon') },
  {
    name: 'a link with unreadable answers',
    hash: '#/veiviser/altinn?v=1&svar=virksomhetstype:bank',
    ready: (page) => page.waitForSelector('.notice'),
  },
  {
    name: 'a result from a link of an edition this build does not know',
    hash: `${ALTINN_RESULT}&u=H-99%2F99`,
    ready: (page) => page.waitForSelector('.edition-notice'),
  },
  { name: 'what changed, in a build of one edition', hash: '#/endringer', ready: (page) => page.waitForSelector('#page-heading + .lead') },
  { name: 'accessibility statement', hash: '#/tilgjengelighet', ready: (page) => page.waitForSelector('.a11y-statement') },
  { name: 'an assessment question', hash: '#/egenvurdering?svar=', ready: (page) => page.waitForSelector('.steps .current') },
  {
    name: 'the assessment summary',
    hash: `#/egenvurdering/oppsummering?svar=${ASSESSMENT}`,
    ready: (page) => page.waitForSelector('.summary-row'),
  },
  {
    name: 'the assessment result',
    hash: `#/egenvurdering/resultat?svar=${ASSESSMENT}`,
    ready: (page) => page.waitForSelector('.checklist .follow-up'),
  },
  {
    name: 'the assessment result, what does not apply shown',
    hash: `#/egenvurdering/resultat?svar=${ASSESSMENT}`,
    ready: async (page) => {
      await page.locator('.not-applicable button').click();
      await page.waitForSelector('#gjelder-ikke:not(.is-collapsed) .checklist li');
    },
  },
  {
    // Set by the form itself, so it holds in every language; set again, it gives the same state.
    name: 'the assessment result with follow-up: statuses, a passed deadline, refused "ikke relevant" and interval',
    hash: `#/egenvurdering/resultat?svar=${ASSESSMENT}`,
    ready: async (page) => {
      const forms = page.locator('fieldset.follow-up');
      await forms.nth(0).locator('select').selectOption('oppfylt');
      await forms.nth(1).locator('select').selectOption('under-arbeid');
      await forms.nth(1).locator('input[type=date]').fill('2020-01-01');
      await forms.nth(1).locator('.follow-marks').waitFor();
      await forms.nth(2).locator('select').selectOption('ikke-relevant');
      await forms.nth(2).locator('textarea[aria-invalid=true]').waitFor();
      await page.locator('#gjennomgang').fill('0');
      await page.locator('#gjennomgang').blur();
      await page.waitForSelector('#gjennomgang[aria-invalid=true]');
    },
  },
];

/** Opens `view` on a page whose app is already loaded or not, and waits for its state. */
export async function showView(page, baseUrl, view) {
  await page.goto(view.url ? new URL(view.url, baseUrl).href : baseUrl + view.hash);
  await appReady(page);
  // A same-document goto can resolve before its hashchange has been handled; let that and the
  // app's deferred address write happen before the view's own clicks.
  await addressSettled(page);
  await view.ready(page);
  await stylesLoaded(page);
}

/** Runs axe with the WCAG A/AA rules on the whole document; returns its violations. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated over the DevTools protocol: the page's CSP (which every test server sends) blocks
    // the inline <script> that addScriptTag would add, as it should.
    await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
}

/** A readable report of axe's violations: the rule, then each selector with why it fails. */
export function formatViolations(where, violations) {
  return violations.map((v) => [
    `${where}: ${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`),
  ].join('\n')).join('\n');
}

/** The elements that stick out to the right of a `width`-px viewport, as short descriptions. */
export async function overflowingElements(page, width) {
  return page.evaluate((w) => {
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > w + 0.5 && !el.closest('.visually-hidden')) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} right=${Math.round(r.right)}`);
      }
    }
    return out.slice(0, 10);
  }, width);
}

/** WCAG 1.4.12's text spacing, as a user stylesheet or bookmarklet would apply it. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, dt, blockquote, legend, label, summary { margin-bottom: 2em !important; }
`;

/**
 * Elements whose text is cut off: content taller or wider than the box while overflow hides it.
 * Screen-reader-only text is hidden on purpose and skipped.
 */
export async function clippedElements(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.visually-hidden') || !el.textContent.trim()) continue;
      const style = getComputedStyle(el);
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      const hidesX = ['hidden', 'clip'].includes(style.overflowX);
      const cutY = hidesY && el.scrollHeight > el.clientHeight + 1;
      const cutX = hidesX && el.scrollWidth > el.clientWidth + 1;
      const ellipsis = style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
      if (cutY || cutX || ellipsis) {
        out.push(`${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    return out;
  });
}

/** Presses Tab until `matches` holds for the focused element; returns whether it did. */
export async function tabTo(page, matches, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return true;
  }
  return false;
}

/** The focus ring of the focused element: outline and box-shadow, and whether :focus-visible holds. */
export async function focusStyle(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return {
      visible: el.matches(':focus-visible'),
      outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`,
      outlineWidth: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
      shadow: s.boxShadow,
    };
  });
}

/**
 * Presses Tab from where focus is until it leaves the document (the browser's own controls get
 * it). Returns the controls visited in order, any visited twice (a trap), and whether it left.
 * For an embedded widget, check that `visited` runs from the widget on into the host page.
 */
export async function tabThroughPage(page, limit = 400) {
  const visited = [];
  const repeated = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`;
      if (el.dataset.tabSeen) return { label, again: true };
      el.dataset.tabSeen = '1';
      return { label, again: false };
    });
    if (where === null) return { visited, repeated, left: true };
    if (where.again) {
      repeated.push(where.label);
      if (repeated.length > 3) break;
    } else visited.push(where.label);
  }
  return { visited, repeated, left: false };
}

/**
 * Answers the question on screen by keyboard alone, picking the first choice (or typing 12 in a
 * number field): Tab to it, Space, Tab to the button, Enter. Returns the question's heading.
 */
export async function answerFirstByKeyboard(page) {
  const question = normalise(await page.locator('#page-heading').innerText());
  const before = await page.evaluate(() => location.hash);
  const reached = await tabTo(page, () => ['radio', 'text'].includes(document.activeElement?.getAttribute('type')), 20);
  assert.ok(reached, `Tab reaches the answer to "${question}"`);
  if (await page.evaluate(() => document.activeElement.type === 'text')) {
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('Space');
    assert.ok(await page.evaluate(() => document.activeElement.checked), 'Space picks the choice');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.type), 'submit');
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction((h) => location.hash !== h, before);
  return question;
}
