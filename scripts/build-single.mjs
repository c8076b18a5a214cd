// Builds Rundskrivveilederen as ONE self-contained HTML file that works when opened from disk
// (file://): the CSS in a <style>, the wasm-bindgen glue and a small starter in one inline module
// script, the wasm gzipped and base64-encoded inside it, the icon as a data: URL. The file carries
// its own Content-Security-Policy with the hashes of its inline script and style, so it needs no
// 'unsafe-inline'. The language texts and the documents module, loaded on demand, come along as
// inert `text/plain` scripts.
//
// Used by scripts/post-build.mjs; also runs on its own after `node scripts/build.mjs`:
//   node scripts/build-single.mjs [dist folder] [output file]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

function only(dir, pattern, what) {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`${dir}: expected one ${what}, found ${JSON.stringify(found)}`);
  return join(dir, found[0]);
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The name the minified glue gives its init function, the module's default export
 * (`export{…,$c as default}`). A name may start with `$`, which `\b` would cut off ("c").
 */
export function initName(glue) {
  const name = glue.match(/export\s*\{[^}]*?(?<![\w$])([\w$]+)\s+as\s+default\b/)?.[1];
  if (!name) throw new Error('the JS glue has no default export (its init function)');
  return name;
}

/** The single file's HTML, from a built dist folder (or the build's staging folder). */
export function buildSingleFile(dir) {
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  // The theme, the app's CSS and the pages' CSS (scripts/styles.mjs) in one <style>, the theme
  // first; replace dist/theme.css and run this script again to give the file another theme. The
  // icons Designsystemet's CSS draws come back from their files as data: URLs. The review book
  // (gjennomgang.html) is not part of this file, so the start page's link to it goes.
  const css = [join(dir, 'theme.css'), only(dir, /^app-[0-9a-f]+\.css$/, 'stylesheet'), only(dir, /^pages-[0-9a-f]+\.css$/, "pages' stylesheet")]
    .map((file) => readFileSync(file, 'utf8')).join('')
    .replace(/url\((icons\/[0-9a-f]{16}\.svg)\)/g, (m, icon) =>
      `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(readFileSync(join(dir, icon), 'utf8'))}")`)
    + '.trees p:has(> a[href="gjennomgang.html"]) { display: none; }';
  const glue = readFileSync(only(dir, /^rundskrivveilederen-[0-9a-f]+\.js$/, 'JS glue'), 'utf8');
  const wasm = readFileSync(only(dir, /^rundskrivveilederen-[0-9a-f]+_bg\.wasm$/, 'wasm module'));
  const icon = readFileSync(join(dir, 'icon-32.png'));
  // The language texts the app loads on demand (src/platform/lang_files.rs) cannot be fetched from file://, so
  // they travel in the page as inert text, which the app reads by id.
  const texts = readdirSync(dir).filter((name) => /^(tekst-[a-z]{2}|rundskrivtekst|endringer-[a-z]{2})-[0-9a-f]{16}\.txt$/.test(name)).sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      // Raw text inside <script> ends at "</script" and "<!--" changes how it is parsed.
      if (/<\/script|<!--/i.test(text)) throw new Error(`${name} cannot be inlined: it contains </script or <!--`);
      return `<script type="text/plain" id="rv-${name}">${text}</script>`;
    });
  // The documents module (src/platform/documents.rs) likewise, base64-encoded: inert text until
  // the user exports, when the app decodes and instantiates it.
  const documents = readFileSync(only(dir, /^dokumenter-[0-9a-f]{16}\.wasm$/, 'documents module'));
  texts.push(`<script type="text/plain" id="rv-dokumenter">${documents.toString('base64')}</script>`);

  // The glue is an ES module; inlined, it must not import anything (wasm-bindgen snippets would).
  if (/^\s*import\b/m.test(glue)) throw new Error('the JS glue imports other files: inline them first');
  const init = initName(glue);

  const title = index.match(/<title>([^<]*)<\/title>/)?.[1] ?? 'Rundskrivveilederen';
  const description = index.match(/<meta\b[^>]*name=["']?description[^>]*>/)?.[0] ?? '';
  // The note for browsers that cannot run the app; its link to the static circular (not part of
  // this file) is sent to the circular's publication instead.
  const fallback = index.match(/<div\b[^>]*id=["']?rv-fallback[\s\S]*?<\/div>/)?.[0];
  if (!fallback) throw new Error('index.html has no #rv-fallback note');
  // The publication's address, as the static circular (built from the content) gives it.
  const publication = readFileSync(join(dir, 'rundskrivet.html'), 'utf8')
    .match(/<p class="verbatim-note">[^<]*<a href="(https:[^"]+)"/)?.[1];
  if (!publication) throw new Error("rundskrivet.html does not name the circular's publication");
  const note = fallback.replace(/href=["']?rundskrivet\.html["']?/g, `href="${publication}" rel="noreferrer"`);

  const script = `${glue}
// Starter: the wasm is gzipped and base64-encoded below; the browser unpacks it.
const fallback = document.getElementById('rv-fallback');
fallback?.classList.add('rv-booting');
try {
  if (typeof WebAssembly !== 'object' || typeof DecompressionStream !== 'function') {
    throw new Error('this browser lacks WebAssembly or DecompressionStream');
  }
  const packed = Uint8Array.from(atob(WASM_GZIP_BASE64), (c) => c.charCodeAt(0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  await ${init}({ module_or_path: await new Response(stream).arrayBuffer() });
  fallback?.remove();
} catch (error) {
  console.error('Rundskrivveilederen could not start:', error);
  fallback?.classList.replace('rv-booting', 'rv-failed');
}
`.replace('WASM_GZIP_BASE64', JSON.stringify(gzipSync(wasm, { level: 9 }).toString('base64')));
  for (const [what, text] of [['script', script], ['style', css]]) {
    if (new RegExp(`</${what}`, 'i').test(text)) throw new Error(`the inline ${what} contains </${what}`);
  }

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="nb" data-color-scheme="auto">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="${csp}">
${description}
<title>${title}</title>
<link rel="icon" href="data:image/png;base64,${icon.toString('base64')}">
<style>${css}</style>
<script type="module">${script}</script>
${texts.join('\n')}
</head>
<body>
${note}
</body>
</html>
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const dir = resolve(process.argv[2] ?? join(root, 'dist'));
  const out = resolve(process.argv[3] ?? join(root, 'dist-single', 'rundskrivveilederen.html'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, buildSingleFile(dir));
  console.log(`wrote ${out}`);
}
