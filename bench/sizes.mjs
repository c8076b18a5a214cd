// Measures what a first load transfers: every file the built app consists of, raw, gzip and
// brotli (maximum quality, as a static host would pre-compress), and the total. Sizes are
// deterministic, so `--budget N` (brotli bytes) turns this into a check that fails when exceeded.
// Usage: node bench/sizes.mjs [dist-dir] [--first-load] [--json out.json] [--budget bytes]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const firstLoadOnly = args.includes('--first-load') && args.splice(args.indexOf('--first-load'), 1);
const jsonOut = option('--json');
const budget = option('--budget');
const dist = args[0] ?? 'dist';

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

// What a first visit fetches: the page, its start script, the wasm-bindgen glue, the wasm, the
// stylesheet and the icon. Not the offline extras (service worker, manifest, PNG icons), the
// embed script or the no-wasm fallback page, which the normal path never downloads.
const FIRST_LOAD = [/^index\.html$/, /^start-[0-9a-f]+\.js$/, /^rundskrivveilederen-[0-9a-f]+(_bg\.wasm|\.js)$/, /^app-[0-9a-f]+\.css$/, /^icon\.svg$/];

const rows = [];
for (const path of (await files(dist)).sort()) {
  if (firstLoadOnly && !FIRST_LOAD.some((re) => re.test(relative(dist, path)))) continue;
  const body = await readFile(path);
  rows.push({
    file: relative(dist, path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  });
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

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
