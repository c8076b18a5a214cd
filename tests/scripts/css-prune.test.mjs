// scripts/css-prune.mjs and the theme step of scripts/styles.mjs: reading and writing keeps every
// rule of Designsystemet's files; pruning drops only what our markup cannot match; the theme
// applies in a widget's shadow root too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, pruneCustomProperties, pruneRules, selectorUsed, serialize } from '../../scripts/css-prune.mjs';
import { theme } from '../../scripts/styles.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const DS = join(ROOT, 'node_modules/@digdir/designsystemet-css/dist/src');
const BRAND = join(ROOT, 'node_modules/@digdir/designsystemet-theme/brand/digdir.css');
/** The text without comments and optional whitespace, to compare two writings of one sheet. */
const bare = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replace(/;}/g, '}');

test('every Designsystemet component file and the theme read and written back keep every rule', () => {
  for (const file of [...readdirSync(DS).filter((f) => f.endsWith('.css')).map((f) => join(DS, f)), BRAND]) {
    const css = readFileSync(file, 'utf8');
    assert.equal(bare(serialize(parse(css))), bare(css), file);
  }
});

const used = { classes: new Set(['ds-button', 'ds-variant-secondary']), values: { 'data-color': new Set(['danger']) }, never: [/\[readonly\]/] };

test('a selector stays when our markup can match it, and goes when it cannot', () => {
  assert.equal(selectorUsed('.ds-button', used), true);
  assert.equal(selectorUsed('.ds-button.ds-variant-tertiary', used), false, 'a variant we never write');
  assert.equal(selectorUsed('a:not(.ds-unused)', used), true, 'a :not() asks for an absence');
  assert.equal(selectorUsed('.ds-button:is([readonly],:hover)', used), true, 'one alternative of :is() suffices');
  assert.equal(selectorUsed('.ds-button:is([readonly])', used), false);
  assert.equal(selectorUsed('[data-color=danger]', used), true);
  assert.equal(selectorUsed('[data-color="success"]', used), false, 'a colour we never set');
  const [rule] = pruneRules(parse('.ds-button,.ds-chip{color:red}'), used);
  assert.equal(rule.prelude, '.ds-button', 'a list keeps its usable selectors');
  assert.deepEqual(pruneRules(parse('@media print{.ds-chip{color:red}}'), used), [], 'an at-rule left empty goes');
});

test('custom properties nothing reads go, those read through others stay', () => {
  const css = ':root{--a:1px;--b:var(--a);--c:2px;--d:var(--c)}.x{width:var(--b)}';
  assert.equal(serialize(pruneCustomProperties(parse(css))), ':root{--a:1px;--b:var(--a)}.x{width:var(--b)}');
  assert.equal(serialize(pruneCustomProperties(parse(css), 'var(--d)')), ':root{--a:1px;--b:var(--a);--c:2px;--d:var(--c)}.x{width:var(--b)}');
});

test("the theme's :root rules also name :host, so they apply inside a widget's shadow root", () => {
  const css = theme(readFileSync(BRAND, 'utf8'), 'var(--ds-color-accent-base-default)', { classes: new Set(), values: {} });
  assert.match(css, /:root,:host[^{]*\{[^}]*--ds-color-accent-base-default:#0062ba/i);
  assert.doesNotMatch(css, /--ds-color-brand1-/, 'tokens nothing reads are gone');
});
