// Rundskrivveilederen's service worker: after one visit the app works without a network.
//
// Every file of one build is kept in one cache named after the build's version (a hash of the
// files, written by scripts/post-build.mjs). A new build installs by downloading its complete set
// into a new cache (`addAll` is all or nothing); only then does it take over and delete the old
// caches, so a page never gets a mix of old and new files. Requests are answered from the cache
// first; anything not in it (the static circular, embed.js) goes to the network.
const VERSION = __VERSION__;
const FILES = __FILES__;

// Files named after their content (the build's 16-hex hashes) cannot be stale, so the
// copy the page just downloaded may come from the HTTP cache; every other file is revalidated
// with the server, so the set is one build.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|txt)$/;

const SCOPE = self.registration.scope;
// Two copies of the app under different paths of one origin keep separate caches.
const PREFIX = `rundskrivveilederen:${SCOPE}:`;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await cache.addAll(FILES.map((file) => new Request(new URL(file, SCOPE), {
        cache: HASHED.test(file) ? 'default' : 'no-cache',
      })));
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
    // The app loads its files at start; later it fetches only its text files: bokmål's tree
    // texts, the circular's words, another language's texts (src/platform/lang_files.rs). A page
    // of the old version that asks for those after the new one took over gets them from the
    // server if it still has them; if not, it stays in the language it shows, or the page that
    // needed them says they could not be had and offers to try again: nothing breaks silently.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!url.href.startsWith(SCOPE)) return;
  // The app's own addresses carry no query; the fragment never reaches the worker.
  let key = url.origin + url.pathname;
  if (request.mode === 'navigate' && key === SCOPE) key = `${SCOPE}index.html`;
  event.respondWith((async () => {
    // theme.css is the agency's to replace without a new build: the network first, the cache when
    // offline (docs/theming.md).
    if (key === `${SCOPE}theme.css`) {
      try {
        const fresh = await fetch(request, { cache: 'no-cache' });
        if (fresh.ok) {
          (await caches.open(CACHE)).put(key, fresh.clone()).catch(() => {});
          return fresh;
        }
      } catch {
        // Offline: the copy from the cache below.
      }
    }
    try {
      const hit = await caches.match(key, { cacheName: CACHE });
      if (hit) return hit;
    } catch {
      // Storage can be unavailable (private modes, quota): then the network answers.
    }
    return fetch(request);
  })());
});
