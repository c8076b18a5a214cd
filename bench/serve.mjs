// The slow profile's server: a folder served as a static host serves it, with the wasm and the
// text formats brotli-compressed (quality 11, as hosts pre-compress; computed once, at start) and
// sent with `Content-Encoding: br` to a browser that accepts it.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { filesUnder, brotli } from './measure.mjs';
import { startServer } from '../tests/browser/harness.mjs';

/** What a static host compresses: the wasm and the text formats the app and the static page load. */
const COMPRESSED = new Set(['.wasm', '.js', '.css', '.html', '.txt']);

/** Whether a URL's path names a file this server sends compressed (`/` is index.html). */
export const sentCompressed = (pathname) => pathname.endsWith('/') || COMPRESSED.has(extname(pathname));

/** Serves `root` as `startServer` does (the hosting CSP and `headers`), compressed. The result's
 * `compressed` says how many files are sent compressed and their bytes raw and as sent. */
export async function startBrotliServer(root, { headers = {} } = {}) {
  const compressed = new Map();
  let raw = 0;
  for (const file of await filesUnder(root)) {
    if (!COMPRESSED.has(extname(file))) continue;
    const body = await readFile(file);
    raw += body.length;
    compressed.set(file, brotli(body));
  }
  const server = await startServer({
    root,
    headers,
    encode: (file, _body, req) => {
      const br = compressed.get(file);
      if (!br) return undefined;
      const accepts = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
      return accepts ? { body: br, headers: { 'content-encoding': 'br', vary: 'Accept-Encoding' } } : { headers: { vary: 'Accept-Encoding' } };
    },
  });
  const sent = [...compressed.values()].reduce((t, b) => t + b.length, 0);
  return Object.assign(server, { compressed: { files: compressed.size, raw, brotli: sent } });
}
