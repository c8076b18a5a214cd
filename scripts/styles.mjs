// The app's stylesheets, from Designsystemet's npm packages (pinned in package-lock.json) and our
// own CSS in style/. Run by scripts/post-build.mjs; also on its own to install another theme:
//
//   node scripts/styles.mjs theme <brand.css> <out.css>
//
// What it writes (docs/theming.md says why each is cut this way):
// - theme.css: the theme, un-hashed so an agency can replace it without a rebuild; by default
//   Designsystemet's `digdir` brand. themes/<brand>.css: the other published brands, ready to copy
//   over it.
// - app-<hash>.css: style/app.css, what the frame and the start page need, in the first load:
//   with stand-ins for Designsystemet's button, link and card made of the same tokens, which
//   give way to Designsystemet's own CSS once pages-<hash>.css has come (a lower layer);
// - pages-<hash>.css: Designsystemet's components (base, button, link, card, fieldset, field,
//   label, input, error summary, validation message, details, table, tag, alert), then
//   style/pages.css (the reader's circular text, the trees, the self-assessment, search), loaded
//   when any page but the start page opens or an alert shows; icons/<hash>.svg, their icons.
//
// Only the rules for classes and attribute values that src/ (and index.html) actually use are
// kept, and only the theme's tokens some rule reads (scripts/css-prune.mjs).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, pruneCustomProperties, pruneRules, selectors, serialize } from './css-prune.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DS = join(ROOT, 'node_modules/@digdir/designsystemet-css/dist/src');
const BRANDS = join(ROOT, 'node_modules/@digdir/designsystemet-theme/brand');
/** The brand in theme.css unless an agency puts its own there. */
export const DEFAULT_BRAND = 'digdir';

/** Designsystemet's component files in each of our stylesheets. */
const FIRST_LOAD = [];
const PAGES = ['base', 'button', 'link', 'card', 'fieldset', 'field', 'label', 'input', 'error-summary', 'validation-message', 'details', 'table', 'tag', 'alert'];

/** Attributes whose values select Designsystemet's colours, sizes and schemes; rules for values
 * we never set go. */
const VALUED = ['data-color', 'data-size', 'data-color-scheme', 'data-typography'];

function filesUnder(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The `ds-` classes and the variant attributes' values our markup uses (src/, index.html). */
export function usedInMarkup() {
  const text = [...filesUnder(join(ROOT, 'src'), /\.rs$/), join(ROOT, 'index.html')]
    .map((file) => readFileSync(file, 'utf8')).join('\n');
  const classes = new Set([...text.matchAll(/\b(ds-[a-z0-9_-]*[a-z0-9])/g)].map((m) => m[1]));
  const values = Object.fromEntries(VALUED.map((attr) => [attr, new Set([...text.matchAll(new RegExp(`${attr}(?:=|", ")"([\\w-]+)"`, 'g'))].map((m) => m[1]))]));
  const shows = (marker) => (typeof marker === 'string' ? text.includes(marker) : marker.test(text));
  const never = NEVER.filter(([marker]) => !shows(marker)).map(([, pattern]) => pattern);
  const neverAsWritten = NEVER_AS_WRITTEN.filter(([marker]) => !shows(marker)).map(([, pattern]) => pattern);
  return { classes, values, never, neverAsWritten };
}

/** What Designsystemet styles and our markup never has, each with the text that would show it in
 * src/: if that text turns up, its rules are kept again. */
const NEVER = [
  ['readonly', /\[(aria-)?readonly/],
  ['disabled', /:disabled|\[aria-disabled/],
  ['aria-busy', /\[aria-busy/],
  ['data-icon', /\[data-icon\]/],
  ['data-fullwidth', /\[data-fullwidth\]/],
  ['clickdelegatefor', /\[data-clickdelegatefor\]|click-delegate/],
  ['u-summary', /u-summary/],
  ['<img', /(^|[^\w-])img\b/],
  ['<svg', /(^|[^\w-])svg\b/],
  ['<select', /(^|[^\w-])select\b/],
  ['<textarea', /(^|[^\w-])textarea\b/],
  ['<picture', /(^|[^\w-])(picture|figure|audio|video|iframe)\b/],
];

/** The same, for patterns that span a group: matched against the selector as written. */
const NEVER_AS_WRITTEN = [
  // Our cards are sections, never links or buttons themselves, and hold no details.
  [/<(a|button)\b[^>]*\bds-card/, /\.ds-card:where\(a,button/],
  [/ds-card[\s\S]{0,400}ds-details/, /\.ds-card>\.ds-details/],
  // A link is never a button element.
  [/<button\b[^>]*\bds-link/, /^a:not\(\.ds-button\):is\(button\)$/],
];

/** The colour scheme as the app sets it (index.html, the widget's root): the theme's own choice. */
const SET_BY_APP = { 'data-color-scheme': ['auto'] };

function used() {
  const found = usedInMarkup();
  for (const [attr, values] of Object.entries(SET_BY_APP)) for (const v of values) found.values[attr].add(v);
  return found;
}

/** Designsystemet's link style goes to every link that is not a button: the circular's text has
 * hundreds, and a class on each would only add to the wasm. */
const ALIASES = [[/\.ds-link\b/g, 'a:not(.ds-button)']];

/** Designsystemet picks a variant with an attribute (`data-variant="secondary"`); our markup with
 * a class (`ds-variant-secondary`): in the wasm, each static attribute is code of its own, a
 * class is a few more bytes of one string (measured: docs/theming.md). */
const variantsAsClasses = (css) => css.replace(/\[data-variant=["']?([\w-]+)["']?\]/g, '.ds-variant-$1');

const components = (names, only) =>
  names.map((name) => {
    let css = variantsAsClasses(readFileSync(join(DS, `${name}.css`), 'utf8'));
    for (const [pattern, selector] of ALIASES) css = css.replace(pattern, selector);
    // The component files come without the layers Designsystemet's index.css puts them in.
    const layer = name === 'base' ? 'ds.base' : 'ds.components';
    return `@layer ${layer}{${serialize(pruneRules(parse(css), only))}}`;
  }).join('');

/** Designsystemet's themes carry the light colours twice: for `:root` and, inside
 * `@media (prefers-color-scheme: light)`, for `[data-color-scheme="auto"]`. The app always sets
 * `auto`, and the dark colours (a later layer) override the light ones in dark mode, so the twin
 * in the media rule goes where the `:root` rule is in the same layer. */
function withoutLightTwin(items) {
  for (const item of items) {
    if ('decl' in item || !item.prelude.startsWith('@layer')) continue;
    const hasRoot = item.items.some((rule) => 'items' in rule && selectors(rule.prelude).includes(':root'));
    if (hasRoot) item.items = item.items.filter((rule) => !('items' in rule && /^@media\s*\(prefers-color-scheme:\s*light\)$/.test(rule.prelude)));
  }
  return items;
}

/** A brand theme pruned to the tokens `reads` uses, and made to apply inside the widget's shadow
 * root too: there `:root` matches nothing, so every `:root` rule also names `:host`. */
export function theme(brandCss, reads, only = used()) {
  const items = withoutLightTwin(pruneCustomProperties(pruneRules(parse(brandCss), only), reads));
  const withHost = (list) => {
    for (const item of list) {
      if ('decl' in item) continue;
      if (!item.prelude.startsWith('@')) {
        item.prelude = item.prelude.replace(/:root\b(?![\w-])/g, ':root,:host');
      }
      withHost(item.items);
    }
    return list;
  };
  // `@charset` says what a file without a BOM is in; a pure-ASCII one needs none.
  const css = serialize(withHost(items));
  return /^[\x00-\x7f]*$/.test(css.replace(/^@charset "UTF-8";/, '')) ? css.replace(/^@charset "UTF-8";/, '') : css;
}

/** Designsystemet draws its icons with `data:` SVG masks, which the hosting CSP (`default-src
 * 'self'`, no `img-src data:`) blocks: each becomes a file, icons/<hash>.svg, next to the CSS.
 * The single file, whose CSP allows `data:` images, puts them back (scripts/build-single.mjs). */
function iconsToFiles(css, dir) {
  return css.replace(/url\("data:image\/svg\+xml;charset=utf-8,([^"]*)"\)/g, (match, encoded) => {
    const svg = decodeURIComponent(encoded);
    const name = `icons/${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.svg`;
    mkdirSync(join(dir, 'icons'), { recursive: true });
    writeFileSync(join(dir, name), svg);
    return `url(${name})`;
  });
}

const hashed = (stem, text) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.css`;

/** Writes every stylesheet into `dir`; returns their names. */
export function writeStyles(dir) {
  const only = used();
  const own = (name) => serialize(parse(readFileSync(join(ROOT, 'style', name), 'utf8')));
  // Custom properties Designsystemet's component CSS declares but no kept rule reads go too.
  // Layer order first: theme, base, the start page's stand-ins (style/app.css), components; the
  // rest of our own CSS is unlayered, so it wins.
  const appAll = `@layer ds.theme,ds.base,rv-critical,ds.components;${components(FIRST_LOAD, only)}${own('app.css')}`;
  const pagesAll = components(PAGES, only) + own('pages.css');
  const app = iconsToFiles(serialize(pruneCustomProperties(parse(appAll), pagesAll)), dir);
  const pages = iconsToFiles(serialize(pruneCustomProperties(parse(pagesAll), app)), dir);
  const reads = app + pages;
  const names = { app: hashed('app', app), pages: hashed('pages', pages), theme: 'theme.css', themes: [] };
  writeFileSync(join(dir, names.app), app);
  writeFileSync(join(dir, names.pages), pages);
  mkdirSync(join(dir, 'themes'), { recursive: true });
  for (const file of readdirSync(BRANDS).filter((f) => /^[a-z]+\.css$/.test(f))) {
    const css = theme(readFileSync(join(BRANDS, file), 'utf8'), reads, only);
    writeFileSync(join(dir, 'themes', file), css);
    names.themes.push(`themes/${file}`);
    if (file === `${DEFAULT_BRAND}.css`) writeFileSync(join(dir, names.theme), css);
  }
  return names;
}

// `node scripts/styles.mjs theme <brand.css> <out.css>`: an agency's theme file, pruned to what
// this build's stylesheets read (read from the dist folder the output goes to).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, input, output] = process.argv.slice(2);
  if (command !== 'theme' || !input || !output) {
    console.error('usage: node scripts/styles.mjs theme <brand.css> <out.css>');
    process.exit(2);
  }
  const dist = dirname(resolve(output));
  const reads = readdirSync(dist).filter((f) => /^(app|pages)-[0-9a-f]{16}\.css$/.test(f))
    .map((f) => readFileSync(join(dist, f), 'utf8')).join('');
  if (!reads) throw new Error(`${dist} has no app-<hash>.css: give the output's path inside a built dist/ folder`);
  // Without the app's source at hand, every rule stays (only unread tokens go).
  const only = statSync(join(ROOT, 'src'), { throwIfNoEntry: false }) ? used() : { classes: { has: () => true }, values: {} };
  writeFileSync(output, theme(readFileSync(input, 'utf8'), reads, only));
  console.log(`wrote ${output}`);
}
