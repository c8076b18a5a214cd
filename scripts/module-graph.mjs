#!/usr/bin/env node
// Checks a crate's module structure (its src/): no import cycle between modules at any level, no hub
// (a module that most of its siblings import and that imports most of them), and no source file
// over the line limit. Reads `use` declarations and paths in code (`crate::…`, `super::…`,
// `<child module>::…`); one module is one file. Prints what it found; exits 1 on a violation.
//
//   node scripts/module-graph.mjs [src] [--max-lines 300] [--verbose]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'src';
const maxLines = Number(args[args.indexOf('--max-lines') + 1]) || 300;
const verbose = args.includes('--verbose');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.rs') ? [path] : [];
  });
}

/** `src/a/b.rs` and `src/a/b/mod.rs` → `a::b`; `src/main.rs` → `crate`. */
function moduleOf(path) {
  const parts = relative(root, path).replace(/\.rs$/, '').split(sep);
  if (parts.at(-1) === 'mod' || (parts.length === 1 && (parts[0] === 'main' || parts[0] === 'lib'))) parts.pop();
  return parts.length ? parts.join('::') : 'crate';
}

/** `a::{b, c::{d, e}}` → [`a::b`, `a::c::d`, `a::c::e`]. */
function expand(tree) {
  tree = tree.replace(/\s+/g, '');
  const open = tree.indexOf('{');
  if (open < 0) return [tree.replace(/::(self|\*)$/, '').replace(/\bas\w+$/, '')];
  const prefix = tree.slice(0, open);
  const inner = tree.slice(open + 1, tree.lastIndexOf('}'));
  const items = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if ((c === ',' && depth === 0) || i === inner.length) {
      if (i > start) items.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  return items.flatMap((item) => expand(prefix + item));
}

const sources = files(root).map((path) => ({ path, module: moduleOf(path), text: readFileSync(path, 'utf8') }));
const modules = new Set(sources.map((s) => s.module));
const edges = new Map(sources.map((s) => [s.module, new Set()]));

/** The longest known module a path (as segments from the crate root) points into. */
function resolve(segments) {
  for (let n = segments.length; n > 0; n--) {
    const candidate = segments.slice(0, n).join('::');
    if (modules.has(candidate)) return candidate;
  }
  return null;
}

for (const { module, text } of sources) {
  const here = module === 'crate' ? [] : module.split('::');
  const children = new Set([...text.matchAll(/^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;/gm)].map((m) => m[1]));
  // A `#[cfg(test)] mod tests { use super::*; … }` at the end of a file is no import of the
  // module's parent: its `super` is the file's own module. Tests are left out of the graph.
  const code = text.replace(/\/\/.*$/gm, '').replace(/#\[cfg\(test\)\]\s*mod\s+\w+\s*\{[\s\S]*$/, '');
  const paths = [];
  for (const m of code.matchAll(/\buse\s+([^;]+);/g)) paths.push(...expand(m[1]));
  for (const m of code.matchAll(/(?<![\w:])crate((?:::\w+)+)/g)) paths.push('crate' + m[1]);
  for (const m of code.matchAll(/(?<![\w:])(super|self)((?:::\w+)+)/g)) paths.push(m[1] + m[2]);
  for (const child of children) {
    for (const m of code.matchAll(new RegExp(`(?<![\\w:])${child}((?:::\\w+)+)`, 'g'))) paths.push(child + m[1]);
  }
  for (const path of paths) {
    let segments = path.split('::');
    if (segments[0] === 'crate') segments = segments.slice(1);
    else if (segments[0] === 'super' || segments[0] === 'self') {
      let base = [...here];
      while (segments[0] === 'super') {
        base.pop();
        segments = segments.slice(1);
      }
      if (segments[0] === 'self') segments = segments.slice(1);
      segments = [...base, ...segments];
    } else if (children.has(segments[0])) segments = [...here, ...segments];
    else continue; // another crate
    const target = resolve(segments);
    if (target && target !== module) edges.get(module).add(target === '' ? 'crate' : target);
  }
}

const parentOf = (m) => (m === 'crate' ? null : m.includes('::') ? m.slice(0, m.lastIndexOf('::')) : 'crate');
const segmentsOf = (m) => (m === 'crate' ? [] : m.split('::'));
/** The child of `parent` that `m` is in (itself or an ancestor), if any. */
function childUnder(parent, m) {
  const p = segmentsOf(parent);
  const s = segmentsOf(m);
  if (s.length <= p.length || p.some((x, i) => s[i] !== x)) return null;
  return s.slice(0, p.length + 1).join('::');
}

let failed = false;
const report = (message) => {
  failed = true;
  console.log(`✗ ${message}`);
};

// Cycles: among the modules themselves, and among each module's children taken as whole
// subtrees (so `a::x → b::y → a::z` is a cycle between `a` and `b`).
function cycles(nodes, edgeList) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let counter = 0;
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edgeList.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return found;
}

for (const cycle of cycles([...modules], edges)) report(`import cycle between modules: ${cycle.join(', ')}`);

const parents = [...new Set([...modules].map(parentOf).filter((p) => p !== null))];
let levels = 0;
let worstHub = { share: 0 };
for (const parent of parents) {
  const siblings = [...modules].filter((m) => parentOf(m) === parent);
  if (siblings.length < 2) continue;
  levels++;
  const grouped = new Map(siblings.map((s) => [s, new Set()]));
  for (const [from, targets] of edges) {
    const a = childUnder(parent, from);
    if (!a) continue;
    for (const to of targets) {
      const b = childUnder(parent, to);
      if (b && b !== a) grouped.get(a).add(b);
    }
  }
  for (const cycle of cycles(siblings, grouped)) report(`import cycle between the parts of ${parent}: ${cycle.join(', ')}`);
  for (const s of siblings) {
    const out = grouped.get(s).size;
    const into = siblings.filter((o) => grouped.get(o).has(s)).length;
    const others = siblings.length - 1;
    const share = Math.min(out, into) / others;
    if (share > worstHub.share) worstHub = { share, module: s, out, into, others };
    if (into > others / 2 && out > others / 2) {
      report(`hub: ${s} is imported by ${into} and imports ${out} of its ${others} siblings`);
    }
  }
  // The parent's own file (`mod.rs`) as a hub over its children.
  const into = siblings.filter((c) => [...edges.get(c)].includes(parent)).length;
  const out = siblings.filter((c) => [...(edges.get(parent) ?? [])].some((t) => childUnder(parent, t) === c)).length;
  const share = Math.min(out, into) / siblings.length;
  if (share > worstHub.share) worstHub = { share, module: parent, out, into, others: siblings.length };
  if (into > siblings.length / 2 && out > siblings.length / 2) {
    report(`hub: ${parent} is imported by ${into} and imports ${out} of its ${siblings.length} submodules`);
  }
  if (verbose) {
    console.log(`${parent}:`);
    for (const s of siblings) console.log(`  ${s} → ${[...grouped.get(s)].join(', ') || '–'}`);
  }
}

for (const { path, text } of sources) {
  const lines = text.split('\n').length - 1;
  if (lines > maxLines) report(`${path} has ${lines} lines (limit ${maxLines})`);
}

const edgeCount = [...edges.values()].reduce((n, s) => n + s.size, 0);
const longest = sources.reduce((a, b) => (b.text.split('\n').length > a.text.split('\n').length ? b : a));
console.log(
  `${modules.size} modules, ${edgeCount} imports between them, ${levels} levels of siblings checked: ` +
    `${failed ? 'problems above' : 'no cycle, no hub'}; longest file ${longest.path} ` +
    `(${longest.text.split('\n').length - 1} lines)` +
    (worstHub.module
      ? `; most hub-like: ${worstHub.module} (imported by ${worstHub.into}, imports ${worstHub.out} of ${worstHub.others} siblings)`
      : ''),
);
process.exit(failed ? 1 : 0);
