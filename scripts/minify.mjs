// Minification for scripts/build.mjs and scripts/post-build.mjs: scripts with terser (it parses
// wasm-bindgen's glue, which Trunk's minifier could not: the glue ships at about 4.5 KB brotli
// instead of 6.1 KB), index.html with html-minifier-terser. web/ and index.html keep the readable
// source; only what ships is minified.
import { minify as minifyScript } from 'terser';
import { minify as minifyHtml } from 'html-minifier-terser';

/** `source` (an ES module) minified. */
export async function minifiedScript(source) {
  return (await minifyScript(source, { module: true, compress: true, mangle: true })).code;
}

/** `html` without its comments and the whitespace between its tags. Attributes stay quoted and
 * whole, as scripts/post-build.mjs and the tests read them. */
export async function minifiedPage(html) {
  return minifyHtml(html, { collapseWhitespace: true, removeComments: true });
}
