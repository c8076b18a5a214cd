// The theme: Designsystemet's tokens in one un-hashed file (dist/theme.css) that an agency replaces
// without a rebuild. A different theme must change what users see: the computed colour of a
// primary button, in the standalone app, in an embedded widget's shadow root (also one pointed at
// another theme with data-theme) and in the single file. Also writes the screenshots in
// docs/screenshots/ when RV_SCREENSHOTS=1 (docs/theming.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, startServer, launch, openPage, appReady, stylesLoaded } from './harness.mjs';
import { VIEWS, showView } from './a11y-views.mjs';
import { buildSingleFile } from '../../scripts/build-single.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The second brand: Designsystemet's `portal`, whose accent differs from `digdir`'s. */
const OTHER = 'portal';
const otherTheme = () => readFileSync(join(DIST, 'themes', `${OTHER}.css`));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The theme's accent for `scheme`, as the browser computes it from the theme file's tokens. */
async function accent(page, scheme) {
  return page.evaluate((dark) => {
    const probe = document.createElement('div');
    probe.setAttribute('data-color-scheme', dark ? 'dark' : 'auto');
    probe.style.setProperty('color', 'var(--ds-color-accent-base-default)');
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, scheme === 'dark');
}

/** The primary button of a question page ("Fortsett"), in `root` (the document or a shadow root). */
const primaryButton = (page, hostId) => page.evaluate((id) => {
  const root = id ? document.getElementById(id).shadowRoot : document;
  return getComputedStyle(root.querySelector('form.question button.ds-button')).backgroundColor;
}, hostId);

async function openApp(server, hash, options = {}) {
  const opened = await openPage(browser, server.origin, options);
  await opened.page.goto(server.url + hash);
  await appReady(opened.page);
  await stylesLoaded(opened.page);
  return opened;
}

test('another theme.css, with no rebuild, changes the primary button in the standalone app, light and dark', async () => {
  const plain = await startServer();
  // The same build, its theme.css replaced by another brand's, as an agency would.
  const swapped = await startServer({ transform: (path) => (path === '/theme.css' ? otherTheme() : undefined) });
  try {
    const seen = {};
    for (const colorScheme of ['light', 'dark']) {
      for (const [name, server] of [['digdir', plain], [OTHER, swapped]]) {
        const { page, context, problems } = await openApp(server, '#/veiviser/altinn?svar=', { colorScheme });
        seen[`${name} ${colorScheme}`] = await primaryButton(page);
        assert.equal(seen[`${name} ${colorScheme}`], await page.evaluate(() => getComputedStyle(document.querySelector('.ds-button')).backgroundColor));
        await context.close();
        assert.deepEqual(problems, []);
      }
      assert.notEqual(seen[`digdir ${colorScheme}`], seen[`${OTHER} ${colorScheme}`], `${colorScheme}: the theme decides the button's colour`);
    }
    assert.notEqual(seen['digdir light'], seen['digdir dark'], 'dark mode takes the theme\'s dark colours');
    assert.equal(seen['digdir light'], 'rgb(0, 98, 186)', "Digdir's accent");
  } finally {
    await plain.close();
    await swapped.close();
  }
});

test('embedded widgets take theme.css next to embed.js, or the theme file data-theme points at, inside their shadow roots', async () => {
  const server = await startServer({ mounts: { '/host/': FIXTURES } });
  const { page, context, problems } = await openPage(browser, server.origin);
  try {
    await page.goto(`${server.origin}/host/theme-host.html`);
    await page.waitForFunction(() => ['default-theme', 'own-theme']
      .every((id) => document.getElementById(id).shadowRoot?.querySelector('form.question button')));
    await stylesLoaded(page);
    const standard = await primaryButton(page, 'default-theme');
    const own = await primaryButton(page, 'own-theme');
    assert.equal(standard, 'rgb(0, 98, 186)', "the default widget has Digdir's accent");
    assert.notEqual(own, standard, 'data-theme gives the widget another theme');
    // The host page itself is untouched by either theme.
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--ds-color-accent-base-default')), '');
    assert.ok(server.served.includes('/themes/portal.css'));
  } finally {
    await context.close();
    await server.close();
  }
  assert.deepEqual(problems, []);
});

test('the single file built with another theme.css takes its colours', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rv-theme-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    copyFileSync(join(dir, 'themes', `${OTHER}.css`), join(dir, 'theme.css'));
    const file = join(dir, 'single.html');
    writeFileSync(file, buildSingleFile(dir));
    const { page, context, problems } = await openPage(browser, 'file://');
    await page.goto(`${pathToFileURL(file).href}#/veiviser/altinn?svar=`);
    await appReady(page);
    const color = await primaryButton(page);
    assert.equal(color, await accent(page, 'light'));
    assert.notEqual(color, 'rgb(0, 98, 186)', "not Digdir's accent");
    await context.close();
    assert.deepEqual(problems, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the start page loads no more than theme.css and app-<hash>.css; another page brings pages-<hash>.css', async () => {
  const server = await startServer();
  // What the page asks for; the service worker's precache of the whole build comes after the
  // first load and is not part of it (bench/sizes.mjs).
  const { page, context, problems } = await openPage(browser, server.origin, { serviceWorkers: 'block' });
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  try {
    await page.goto(server.url);
    await appReady(page);
    await stylesLoaded(page);
    const css = () => asked.filter((path) => path.endsWith('.css')).map((path) => path.replace(/-[0-9a-f]{16}/, '-<hash>'));
    assert.deepEqual(css().sort(), ['/app-<hash>.css', '/theme.css']);
    assert.equal(await page.evaluate(() => document.getElementById('rv-page-styles').disabled), true);
    // The start page's stand-in button already has the theme's accent.
    const button = () => page.evaluate(() => getComputedStyle(document.querySelector('a.ds-button')).backgroundColor);
    assert.equal(await button(), 'rgb(0, 98, 186)');
    await page.getByRole('link', { name: 'Må vi bruke Altinn?' }).click();
    await page.waitForSelector('form.question');
    await stylesLoaded(page);
    assert.ok(css().includes('/pages-<hash>.css'), 'a tree brings the pages\' stylesheet');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('form.question .ds-button')).backgroundColor), 'rgb(0, 98, 186)');
  } finally {
    await context.close();
    await server.close();
  }
  assert.deepEqual(problems, []);
});

// The views the docs show, in light and dark: start page, a question, a result, the checklist and
// the reader. Always taken (a view that fails to render fails here); written with RV_SCREENSHOTS=1.
// Each with what to bring into view first, if not the top of the page.
const SHOTS = [['start', 'start page'], ['question', 'a question'], ['result', 'a tree result'],
  ['checklist', 'the assessment result', '.point-heading'], ['reader', 'a point']];
test('screenshots of the main views in light and dark mode', async () => {
  const server = await startServer();
  try {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context, problems } = await openPage(browser, server.origin, { colorScheme, viewport: { width: 480, height: 640 } });
      await page.goto(server.url);
      await appReady(page);
      for (const [file, name, part] of SHOTS) {
        const view = VIEWS.find((v) => v.name === name);
        assert.ok(view, `a11y-views.mjs has the view "${name}"`);
        await showView(page, server.url, view);
        if (part) await page.evaluate((selector) => document.querySelector(selector).scrollIntoView({ block: 'start', behavior: 'instant' }), part);
        const png = await page.screenshot({ type: 'png' });
        assert.ok(png.length > 10_000, `${file}, ${colorScheme}: a real picture`);
        if (process.env.RV_SCREENSHOTS === '1') writeFileSync(join(ROOT, 'docs', 'screenshots', `${file}-${colorScheme}.png`), png);
      }
      await context.close();
      assert.deepEqual(problems, []);
    }
  } finally {
    await server.close();
  }
});
