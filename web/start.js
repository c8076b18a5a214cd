// Starts Rundskrivveilederen on index.html. An external module, because a `script-src 'self'`
// policy blocks Trunk's inline loader. scripts/post-build.mjs fills in the hashed file names and
// writes this file as start-<hash>.js.
const JS = '__JS__';
const WASM = '__WASM__';
// The documents module's name, for the app to fetch it on the first export (src/platform/documents.rs).
globalThis.__rundskrivveilederenDocuments = '__DOCUMENTS__';

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

function fail(error) {
  if (error) console.error('Rundskrivveilederen could not start:', error);
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
    // The event Trunk's own loader sends; the benchmark and the leak test read the wasm memory
    // from it.
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  } catch (error) {
    // A panic during the first render has already put up its own panel (src/ui/robust.rs),
    // with a way to start over; the app did start, so this is no loading failure.
    if (document.getElementById('noe-gikk-galt')) {
      fallback?.remove();
      return;
    }
    fail(error);
    return;
  }
  fallback?.remove();
  // Offline use (web/sw.js). Service workers need http(s); a failure only costs offline use.
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker
      .register(new URL('sw.js', import.meta.url))
      .catch((error) => console.warn('Rundskrivveilederen: no offline use:', error));
  }
}

start();
