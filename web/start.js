// Starts Rundskrivveilederen on index.html. An external module, because a `script-src 'self'`
// policy blocks Trunk's inline loader. scripts/post-build.mjs fills in the hashed file names and
// writes this file as start-<hash>.js.
const JS = '__JS__';
const WASM = '__WASM__';

// The note for browsers where the app cannot start (index.html, style/app.css). This script
// running proves modules work, so the note's delayed appearance is no longer needed: hide it
// now, show it at once if loading fails, remove it once the app is up.
const fallback = document.getElementById('rv-fallback');

// The stylesheet of every page but the start page waits, disabled, until a page needs it; an
// address that opens such a page needs it now, while the wasm loads (src/platform/dom.rs).
if (!/^#?\/?$/.test(location.hash)) document.getElementById('rv-page-styles')?.removeAttribute('disabled');
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
