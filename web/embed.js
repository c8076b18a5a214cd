// Embeds Rundskrivveilederen in any page:
//
//   <script type="module" src="https://example.org/verktoy/rundskriv/embed.js"></script>
//   <div data-rundskriv-veileder data-start="altinn" data-lang="nn"></div>
//
// `data-theme` points a widget at another theme file (docs/theming.md); by default it takes the
// theme.css next to this script, the one the standalone app uses.
//
// Every element with `data-rundskriv-veileder` gets a widget in its shadow root (see docs/deploying.md,
// "Embedded in a host page", for the attributes). Pages that add elements later call
// `Rundskrivveilederen.mount(element, { start, lang, routing })`. scripts/post-build.mjs fills in
// the hashed file names; this file keeps its name so host pages can point to it.
const JS = '__JS__';
const WASM = '__WASM__';
const DOCUMENTS = '__DOCUMENTS__';
const CSS = '__CSS__';
const PAGES_CSS = '__PAGES_CSS__';
const THEME_CSS = '__THEME_CSS__';

// The folder this script was loaded from holds the app: its files, and the standalone app that
// copied links lead to.
const here = new URL('./', import.meta.url);

// Tells the app's `main` not to mount itself on the host page's body (src/ui/embed.rs), and the
// documents module's name, which the app fetches from this folder (src/platform/documents.rs).
globalThis.__rundskrivveilederenEmbed = true;
globalThis.__rundskrivveilederenDocuments = DOCUMENTS;

let loading;
function load() {
  loading ??= import(new URL(JS, here).href).then(async (app) => {
    await app.default({ module_or_path: new URL(WASM, here) });
    return app;
  });
  return loading;
}

/** Mounts a widget in `element`; `options` as the data attributes: start, lang, routing, theme
 * (a theme file's address, relative to the host page). */
export async function mount(element, { theme, ...options } = {}) {
  const app = await load();
  app.mount_widget(element, {
    shareBase: here.href,
    theme: theme ? new URL(theme, document.baseURI).href : new URL(THEME_CSS, here).href,
    stylesheet: new URL(CSS, here).href,
    pages: new URL(PAGES_CSS, here).href,
    ...options,
  });
}

async function mountAll() {
  for (const element of document.querySelectorAll('[data-rundskriv-veileder]:not([data-rundskriv-mounted])')) {
    const { start, lang, routing, theme } = element.dataset;
    try {
      await mount(element, { start, lang, routing, theme });
    } catch (error) {
      // The element's own content (e.g. a link to the app) stays in place.
      console.error('Rundskrivveilederen could not start:', error);
    }
  }
}

globalThis.Rundskrivveilederen = { mount };

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAll, { once: true });
} else {
  mountAll();
}
