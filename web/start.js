// Starts Rundskrivveilederen on index.html. An external module, because a `script-src 'self'`
// policy blocks inline scripts. scripts/post-build.mjs fills in the hashed file names and writes
// this file as start-<hash>.js.
const JS = '__JS__';
const WASM = '__WASM__';
// The documents module's name, for the app to fetch it on the first export (src/platform/documents.rs).
globalThis.__rundskrivveilederenDocuments = '__DOCUMENTS__';

// The text files the first page needs beyond the start page's (docs/architecture.md, "Texts on
// demand"), fetched now, while the wasm loads, rather than after it: the app takes these promises
// (src/platform/lang_files.rs) and fetches itself whatever is not here. Which page needs what is
// `Route::needs_circular_words` and `needs_tree_texts`; bokmål's tree texts only for a visitor
// who will see bokmål (`Lang::from_browser`, a saved choice first). A wrong guess costs a fetch,
// never a wrong text: the app checks every file.
const WORDS = '__WORDS__';
const TREES_NB = '__TREES_NB__';
/** The page an address opens: `punkt` for `#/punkt/1.6`, '' for the start page. */
const pageOf = (hash) => hash.replace(/^#\/?/, '').split(/[/?]/)[0];
const page = pageOf(location.hash);
const bokmal = () => {
  let saved = null;
  try {
    saved = localStorage.getItem('rundskrivveilederen.lang');
  } catch {
    // Storage can be unavailable: then the browser's languages decide.
  }
  if (saved) return saved === 'nb';
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.split(/[-_]/)[0].toLowerCase();
    if (primary === 'nb' || primary === 'no') return true;
    if (primary === 'nn' || primary === 'en') return false;
  }
  return !navigator.languages?.length;
};
const prefetch = (name) => fetch(new URL(name, import.meta.url)).then((r) => (r.ok ? r.text() : null), () => null);
const early = {};
/** Fetches the text files `shownPage` needs, unless they are already on their way. */
function prefetchFor(shownPage) {
  if (['punkt', 'hele', 'sok', 'veiviser', 'egenvurdering'].includes(shownPage)) early[WORDS] ??= prefetch(WORDS);
  if (['veiviser', 'egenvurdering'].includes(shownPage) && bokmal()) early[TREES_NB] ??= prefetch(TREES_NB);
}
prefetchFor(page);
globalThis.__rundskrivveilederenTexts = early;

// The note for browsers where the app cannot start (index.html, style/app.css). This script
// running proves modules work, so the note's delayed appearance is no longer needed: hide it
// now, show it at once if loading fails, remove it once the app is up.
const fallback = document.getElementById('rv-fallback');

// The stylesheet of every page but the start page (pages-<hash>.css) waits, disabled, until the
// app shows something the start page does not have: another page (no list of trees in <main>)
// or an alert. An address that opens another page enables it at once, while the wasm loads.
// Watched from here rather than switched in the wasm, where the same few lines measured
// hundreds of bytes more (docs/theming.md).
const pageStyles = document.getElementById('rv-page-styles');
const needed = () => document.querySelector('.ds-alert') || (document.querySelector('main') && !document.querySelector('main .tree-list'));
if (pageStyles && /^#?\/?$/.test(location.hash)) {
  const watch = new MutationObserver(() => {
    if (needed()) {
      pageStyles.disabled = false;
      watch.disconnect();
    }
  });
  watch.observe(document.body, { childList: true, subtree: true });
} else if (pageStyles) {
  pageStyles.disabled = false;
}
fallback?.classList.add('rv-booting');

// The first view: the page as the app renders it for a bokmål visitor, made by the build
// (scripts/first-view.mjs) and shown before the wasm has arrived, so the visitor has its content
// and working links at once. Only where the app would open in bokmål: the start page, from
// index.html itself; a page of the circular (`#/punkt/1.6`, `#/punkt/1.6/<paragraph>`), from its
// file, fetched now, shown once it and the pages' stylesheet are in, unless the app is up by then
// (as it is at once for a visitor whose service worker has the app). Every other address (a
// tree's question or shared result, search, the self-assessment) and a point until its file is in
// get the frame: the start view's header and skip link with an empty <main>, so the page is there
// and its navigation works while the wasm loads. In the fallback note's place, which is out of the
// layout meanwhile and back if the app cannot start.
const firstViewTemplate = document.getElementById('rv-first-view');
let firstView = null;
let failed = false;
if (firstViewTemplate && bokmal()) {
  showViewOf(location.hash);
  addEventListener('hashchange', followAddress);
}

/** The first view for `hash`: the start view, or the frame and, for a point, its view once in. */
function showViewOf(hash) {
  const start = firstViewTemplate.content.firstElementChild;
  const shownPage = pageOf(hash);
  if (shownPage === '') {
    showFirstView(start.cloneNode(true));
    return;
  }
  showFirstView(frameOf(start, shownPage));
  if (shownPage === 'punkt' && !navigator.serviceWorker?.controller) showPageView(hash);
}

// A link followed in the first view, or Back, before the app is up: the first view follows the
// address as if the visit had begun there, so the visitor sees the click taken and the navigation
// marks the page; the app then opens it. From the app's mount on, the app follows the address.
function followAddress() {
  if (!firstView || failed) return;
  prefetchFor(pageOf(location.hash));
  showViewOf(location.hash);
}

/**
 * The start view without its page: <main> emptied, the footer gone (the app's differs from page to
 * page), the navigation marking the page the address opens the way src/shell/header.rs does.
 */
function frameOf(start, page) {
  const frame = start.cloneNode(true);
  frame.querySelector('main')?.replaceChildren();
  frame.querySelector('footer')?.remove();
  const current = { punkt: '#/innhold', innhold: '#/innhold', hele: '#/hele', sok: '#/sok' }[page];
  for (const link of frame.querySelectorAll('nav a[href]')) {
    if (link.getAttribute('href') === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  return frame;
}

function showFirstView(root) {
  root.dataset.firstView = '';
  const shown = firstView;
  firstView = root;
  if (shown) {
    // A point's view in the frame's place: the same header, the focus kept on what it was on.
    keepFocus(shown, root, () => shown.replaceWith(root));
    return;
  }
  // The note is gone once the app has started, which can be before a point's view arrives.
  document.body.insertBefore(root, fallback?.isConnected ? fallback : null);
  // Out of the layout meanwhile: below the first view, its hidden lines would lengthen the page,
  // which lets a paragraph near the end scroll higher than it can once the app is up.
  if (fallback) fallback.hidden = true;
  handOverOnMount();
}

async function showPageView(hash) {
  const [, key = '', paragraph] = hash.replace(/^#\/?/, '').split('?')[0].split('/');
  let pages;
  try {
    pages = JSON.parse(firstViewTemplate.dataset.pages ?? '{}');
  } catch {
    return;
  }
  const name = Object.hasOwn(pages, key) ? pages[key] : null;
  if (!name) return;
  const styled = !pageStyles || pageStyles.sheet ? null : new Promise((resolve) => {
    pageStyles.addEventListener('load', resolve, { once: true });
    pageStyles.addEventListener('error', resolve, { once: true });
  });
  const [html] = await Promise.all([prefetch(name), styled]);
  if (!html || failed || location.hash !== hash || !firstView?.isConnected) return;
  const holder = document.createElement('template');
  holder.innerHTML = html;
  const root = holder.content.firstElementChild;
  if (!root?.classList.contains('rv-app')) return;
  showFirstView(root);
  // Where the app will put it: it scrolls a paragraph's address to that paragraph the same way.
  if (paragraph) document.getElementById(decodeURIComponent(paragraph))?.scrollIntoView();
}

/**
 * Runs `swap`, which puts `to` in `from`'s place, and moves the focus the visitor had in `from`
 * to the element of `to` that matches it: the same link, the same button; else the page's
 * heading (the visitor had meanwhile followed a link to another page).
 */
function keepFocus(from, to, swap) {
  const focused = from.contains(document.activeElement) ? document.activeElement : null;
  const href = focused?.getAttribute('href');
  const text = focused?.textContent;
  swap();
  if (!focused) return;
  const same = href
    ? [...to.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === href)
    : [...to.querySelectorAll(focused.localName)].find((e) => e.textContent === text);
  // A frame has no heading: its <main> (tabindex -1) holds the focus until the app's heading can.
  (same ?? to.querySelector('#page-heading') ?? to.querySelector('main'))?.focus({ preventScroll: true });
}

// The app mounts its own root beside the first view; in the same task, before anything is
// painted, the first view goes and the focus moves to the app's element that matches the one the
// visitor had reached (`keepFocus`). The scroll position stays, the app's view being the same
// markup, once the browser's scroll anchoring is off for that frame: anchored to an element of the
// first view, which goes, it would scroll elsewhere.
function handOverOnMount() {
  const watch = new MutationObserver(() => {
    const app = [...document.body.children].find((e) => e.classList.contains('rv-app') && !e.hasAttribute('data-first-view'));
    if (!app) return;
    watch.disconnect();
    removeEventListener('hashchange', followAddress);
    const root = document.documentElement.style;
    root.overflowAnchor = 'none';
    requestAnimationFrame(() => requestAnimationFrame(() => root.removeProperty('overflow-anchor')));
    const shown = firstView;
    firstView = null;
    keepFocus(shown, app, () => shown.remove());
  });
  watch.observe(document.body, { childList: true });
}

function fail(error) {
  failed = true;
  removeEventListener('hashchange', followAddress);
  if (error) console.error('Rundskrivveilederen could not start:', error);
  // The first view's links lead nowhere without the app: the note says what to do instead.
  firstView?.remove();
  if (fallback) fallback.hidden = false;
  fallback?.classList.replace('rv-booting', 'rv-failed');
}

async function start() {
  if (typeof WebAssembly !== 'object') {
    fail();
    return;
  }
  try {
    const { default: init } = await import(`./${JS}`);
    const wasm = await init({ module_or_path: new URL(WASM, import.meta.url) });
    // The app has started; the benchmark and the leak test read the wasm memory from it.
    dispatchEvent(new CustomEvent('rundskrivveilederen-started', { detail: { wasm } }));
  } catch (error) {
    // A panic during the first render has already put up its own panel (src/ui/robust.rs),
    // with a way to start over; the app did start, so this is no loading failure.
    if (document.getElementById('noe-gikk-galt')) {
      failed = true;
      fallback?.remove();
      firstView?.remove();
      return;
    }
    fail(error);
    return;
  }
  fallback?.remove();
  // Offline use (web/sw.js). Service workers need http(s); a failure only costs offline use.
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    // A page a worker served is that worker's build. When a newer build's worker takes over
    // (web/sw.js claims open pages), this page is the older build, whose files may be gone from
    // the server: the app says so and offers to reload (src/shell/update_notice.rs).
    if (navigator.serviceWorker.controller) {
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        globalThis.__rundskrivveilederenUpdate = true;
        dispatchEvent(new CustomEvent('rundskrivveilederen-update'));
      }, { once: true });
    }
    navigator.serviceWorker
      .register(new URL('sw.js', import.meta.url))
      .catch((error) => console.warn('Rundskrivveilederen: no offline use:', error));
  }
}

start();
