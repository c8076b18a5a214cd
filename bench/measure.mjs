// Size measurement shared by the size check (sizes.mjs) and the benchmark (run.mjs): the files
// under a folder, and a file's raw, gzip -9 and brotli -11 size (as a static host pre-compresses).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

/** `body` compressed with brotli at quality 11, as a static host pre-compresses (bench/serve.mjs serves it). */
export const brotli = (body) => brotliCompressSync(body, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
});

export const measure = (file, body) => ({ file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli(body).length });

export const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
