// Measures what a first load transfers: every file the built app consists of, raw, gzip and
// brotli (maximum quality, as a static host would pre-compress), and the total. Sizes are
// deterministic, so `--budget N` (brotli bytes) turns this into a check that fails when exceeded.
// Usage: node bench/sizes.mjs [dist-dir] [--first-load] [--json out.json] [--budget bytes]
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { filesUnder, measure, sum } from './measure.mjs';
import { inFirstLoad } from './first-load.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const firstLoadOnly = args.includes('--first-load') && args.splice(args.indexOf('--first-load'), 1);
const jsonOut = option('--json');
const budget = option('--budget');
const dist = args[0] ?? 'dist';

const rows = [];
for (const path of (await filesUnder(dist)).sort()) {
  // What a first visit fetches (bench/first-load.mjs).
  if (firstLoadOnly && !inFirstLoad(relative(dist, path).split('\\').join('/'))) continue;
  rows.push(measure(relative(dist, path), await readFile(path)));
}
const total = sum(rows);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'brotli KB'.padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli).padStart(9)}`);
console.log(`${'total'.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli).padStart(9)}`);
if (jsonOut) await writeFile(jsonOut, JSON.stringify({ dist, files: rows, total }, null, 2));
if (budget && total.brotli > Number(budget)) {
  console.error(`brotli total ${total.brotli} B is over the budget of ${budget} B`);
  process.exit(1);
} else if (budget) {
  console.log(`brotli total ${total.brotli} B is within the budget of ${budget} B`);
}
