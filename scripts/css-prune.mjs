// A small CSS reader and pruner for Designsystemet's files (scripts/styles.mjs uses it): drops the
// rules for classes and attribute values the app's markup never uses, then the custom properties
// nothing reads, and writes the rest minified. Removing a rule that can match no element of ours
// cannot change what a page looks like, so the pruned file renders exactly as the whole one.
//
// It reads what these files contain: style rules (with CSS nesting), at-rules with and without a
// block, declarations, strings, comments. It is not a general CSS parser.

/** Parses `css` into a list of items: `{ decl }` (a declaration or block-less at-rule, trimmed) or
 * `{ prelude, items }` (a rule or at-rule with a block). */
export function parse(css) {
  let i = 0;
  const items = () => {
    const list = [];
    let start = i;
    let depth = 0; // parentheses
    const text = () => css.slice(start, i).replace(/\/\*[\s\S]*?\*\//g, '').trim();
    while (i < css.length) {
      const c = css[i];
      if (c === '/' && css[i + 1] === '*') {
        const end = css.indexOf('*/', i + 2);
        i = end < 0 ? css.length : end + 2;
      } else if (c === '"' || c === "'") {
        i++;
        while (i < css.length && css[i] !== c) i += css[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === '(') {
        depth++;
        i++;
      } else if (c === ')') {
        depth--;
        i++;
      } else if (c === ';' && depth === 0) {
        const decl = text();
        if (decl) list.push({ decl });
        start = ++i;
      } else if (c === '{' && depth === 0) {
        const prelude = text();
        i++;
        list.push({ prelude, items: items() });
        start = i;
      } else if (c === '}' && depth === 0) {
        const decl = text();
        if (decl) list.push({ decl });
        i++;
        return list;
      } else {
        i++;
      }
    }
    const decl = text();
    if (decl) list.push({ decl });
    return list;
  };
  return items();
}

const squeeze = (text) =>
  text.replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\s+/g, (m, string) => string ?? ' ')
    .replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\s*([{},>;])\s*/g, (m, string, p) => string ?? p);

/** The items written back as minified CSS. */
export function serialize(items) {
  return items.map((item) => {
    if ('decl' in item) {
      // An empty custom property (`--x: ;`, a "space toggle") keeps its space: older browsers
      // read `--x:;` as invalid.
      const decl = squeeze(item.decl).replace(/^([^:]+?)\s*:\s*/, '$1:').replace(/\s*!important$/, '!important');
      return /^--[\w-]+:$/.test(decl) ? `${decl} ;` : `${decl};`;
    }
    return `${squeeze(item.prelude)}{${serialize(item.items).replace(/;$/, '')}}`;
  }).join('');
}

/** Splits a selector list at its top-level commas. */
export function selectors(prelude) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(prelude.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(prelude.slice(start).trim());
  return out;
}

/** `selector` without its `:not(…)` parts: what must be present for it to match. */
function withoutNot(selector) {
  let out = '';
  for (let i = 0; i < selector.length; i++) {
    if (selector.startsWith(':not(', i)) {
      let depth = 0;
      for (i += 4; i < selector.length; i++) {
        if (selector[i] === '(') depth++;
        else if (selector[i] === ')' && --depth === 0) break;
      }
    } else {
      out += selector[i];
    }
  }
  return out;
}

/** Whether a compound selector (no groups left) asks only for what our markup has. */
function possible(text, used) {
  for (const [, name] of text.matchAll(/\.(ds-[\w-]+)/g)) if (!used.classes.has(name)) return false;
  for (const [, attr, value] of text.matchAll(/\[(data-[\w-]+)\s*[~|^$*]?=\s*["']?([\w-]+)["']?\s*\]/g)) {
    const values = used.values[attr];
    if (values && !values.has(value)) return false;
  }
  return !(used.never ?? []).some((pattern) => pattern.test(text));
}

/** Whether one selector can match markup that uses only `used.classes` (of Designsystemet's `ds-`
 * classes), for each attribute in `used.values` only the values listed, and nothing `used.never`
 * matches (attributes, states and elements our markup never has; `used.neverAsWritten` is matched
 * against the selector as written, groups and all). A `:not(…)` asks for an
 * absence, so it is left out; of an `:is(…)`, `:where(…)` or `:has(…)` one alternative suffices. */
export function selectorUsed(selector, used) {
  let text = withoutNot(selector);
  if ((used.neverAsWritten ?? []).some((pattern) => pattern.test(text))) return false;
  const group = /:(is|where|has)\(([^()]*)\)/;
  for (let m = text.match(group); m; m = text.match(group)) {
    const kept = selectors(m[2]).filter((alt) => possible(alt, used));
    if (kept.length === 0) return false;
    text = text.replace(m[0], `\u27e6${kept.join('\u2022')}\u27e7`);
  }
  return possible(text, used);
}

/** Drops the rules (and selectors in a list) that cannot match; at-rules left empty go too. */
export function pruneRules(items, used) {
  const out = [];
  for (const item of items) {
    if ('decl' in item) {
      out.push(item);
      continue;
    }
    if (!item.prelude.startsWith('@')) {
      const kept = selectors(item.prelude).filter((s) => selectorUsed(s, used));
      if (kept.length === 0) continue;
      item.prelude = kept.join(',');
    }
    if (/^@(keyframes|font-face)\b/.test(item.prelude)) {
      out.push(item);
      continue;
    }
    item.items = pruneRules(item.items, used);
    if (item.items.length > 0) out.push(item);
  }
  return out;
}

const CUSTOM = /^(--[\w-]+)\s*:/;
const references = (text) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);

function walkDecls(items, visit) {
  for (const item of items) {
    if ('decl' in item) visit(item.decl);
    else walkDecls(item.items, visit);
  }
}

/** Drops custom property declarations that nothing reads: not the other declarations in `items`,
 * not `alsoRead` (other stylesheets' text, e.g. the app's own CSS), not each other, transitively. */
export function pruneCustomProperties(items, alsoRead = '') {
  const defs = new Map();
  const read = new Set(references(alsoRead));
  walkDecls(items, (decl) => {
    const name = decl.match(CUSTOM)?.[1];
    if (name) defs.set(name, [...(defs.get(name) ?? []), ...references(decl)]);
    else for (const ref of references(decl)) read.add(ref);
  });
  const queue = [...read];
  while (queue.length) {
    for (const ref of defs.get(queue.pop()) ?? []) {
      if (!read.has(ref)) {
        read.add(ref);
        queue.push(ref);
      }
    }
  }
  const keep = (list) => list.flatMap((item) => {
    if ('decl' in item) {
      const name = item.decl.match(CUSTOM)?.[1];
      return name && !read.has(name) ? [] : [item];
    }
    item.items = keep(item.items);
    return item.items.length > 0 || /^@(keyframes|font-face)\b/.test(item.prelude) ? [item] : [];
  });
  return keep(items);
}
