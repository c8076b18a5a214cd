// Which of a build's files a first visit to the start page fetches: what the size budget
// (`bench/sizes.mjs --first-load --budget`, run by scripts/test.sh) counts. A browser test
// (tests/browser/delivery.test.mjs) loads the start page and fails when what it fetched and this
// list part ways, so a file that joins the first load cannot slip past the budget.

// The page, its start script, the wasm-bindgen glue, the wasm, the stylesheets (theme.css and
// app-<hash>.css; pages-<hash>.css is linked disabled and waits for any page but the start page)
// and the page icon (icon-32.png). Not the offline extras (service worker, manifest, the SVG and
// large PNG icons), the embed script or the no-wasm fallback page, which the normal path never
// downloads.
export const FIRST_LOAD = [/^index\.html$/, /^start-[0-9a-f]+\.js$/, /^rundskrivveilederen-[0-9a-f]+\.js$/, /^rundskrivveilederen-[0-9a-f]+_bg\.wasm$/, /^app-[0-9a-f]+\.css$/, /^theme\.css$/, /^icon-32\.png$/];

/** Whether `file` (a path inside the build's folder, `/` separated) is part of the first load. */
export const inFirstLoad = (file) => FIRST_LOAD.some((pattern) => pattern.test(file));
