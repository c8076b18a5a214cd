// Used by scripts/post-build.mjs (the Trunk hook), first thing in release builds: minifies
// wasm-bindgen's JS glue with terser and updates its integrity hash in index.html. Trunk 0.21's
// own JS minifier (minify-js) cannot parse the glue's `export { initSync, __wbg_init as default }`
// ("Failed to minify JS: RequiredTokenNotFound"), so without this the glue ships whole: 6.1 KB
// brotli instead of about 4.5 KB. post-build.mjs minifies its own scripts with `minified`.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

/** `source` (an ES module) minified with terser. */
export async function minified(source) {
  return (await minify(source, { module: true, compress: true, mangle: true })).code;
}

/** Minifies the JS files in `dir` (Trunk's staging folder: the glue) and updates their integrity
 * hashes in its index.html. */
export async function minifyGlue(dir) {
  const sri = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;
  const indexPath = join(dir, 'index.html');
  let index = await readFile(indexPath, 'utf8');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.js'))) {
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    const code = await minified(source);
    await writeFile(path, code);
    // The browser refuses a preloaded file whose hash differs from the one index.html names.
    index = index.replaceAll(sri(source), sri(code));
  }
  await writeFile(indexPath, index);
}
