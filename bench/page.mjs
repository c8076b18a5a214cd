// The benchmark's pages: a fresh browser context per load (cold cache), with the helpers below
// installed in the page, and the waits for the app's interactive mark and for first paint.

/** A fresh context (nothing cached, no service worker) and its page, with `pageHelpers` and the
 * wasm's exports (for its memory) at hand; `errors` collects the page's uncaught errors. */
export async function freshPage(browser) {
  const context = await browser.newContext({ locale: 'nb-NO' });
  await context.addInitScript(() => {
    addEventListener('rundskrivveilederen-started', (e) => { window.__rvWasm = e.detail?.wasm; });
  });
  await context.addInitScript(pageHelpers);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** The address of a finished Altinn tree, as its share link gives it: made by walking the tree
 * once in a fresh page of the app at `url`. */
export async function sharedAltinnLink(browser, url) {
  const { context, page } = await freshPage(browser);
  await page.goto(url);
  await interactive(page);
  await page.evaluate(() => window.__bench.walkTree('altinn', 0));
  const hash = await page.evaluate(() => location.hash);
  await context.close();
  return hash;
}

/** ms from navigation start to the app's `performance.mark('rv-interactive')` (src/shell/mount.rs). */
export async function interactive(page) {
  await page.waitForFunction(() => performance.getEntriesByName('rv-interactive').length > 0);
  return page.evaluate(() => performance.getEntriesByName('rv-interactive')[0].startTime);
}

/** ms from navigation start to the static page's load event. */
export async function loaded(page) {
  await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
  return page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
}

/** ms from navigation start to the first contentful paint (Paint Timing). */
export async function firstContentfulPaint(page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
}

/** Code run inside the page: one tree step, a full walk, memory, search keystrokes. */
function pageHelpers() {
  const macrotask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  /** Resolves once `done()` holds, checking after every DOM change. */
  const until = (done) => new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); resolve(); }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  /** Resolves just after the browser has painted a frame. */
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => macrotask().then(resolve)));
  /** Times `act` as a user meets it. It starts just after a frame, as a click or keystroke does: a
   * user answers what is on the screen, and types slower than the screen refreshes. (Started back
   * to back instead, seven steps in ten measured the paint of the step before; docs/benchmark.md,
   * "What it measures".)
   * `dom`: ms until `done()` holds and every update Leptos queued has run (in microtasks, so all
   * have run before the following macrotask). `painted`: ms until the frame that shows it has
   * been painted, counting that frame's work (the app's animation-frame callbacks, style, layout,
   * paint) but not the wait for the display's next refresh. */
  async function timed(act, done) {
    await afterPaint();
    let frameStart = 0;
    let frameEnd = 0;
    const frame = new Promise((resolve) => requestAnimationFrame(() => {
      frameStart = performance.now();
      macrotask().then(() => { frameEnd = performance.now(); resolve(); });
    }));
    const start = performance.now();
    act();
    await until(done);
    await macrotask();
    const end = performance.now();
    await frame;
    // A frame that began before the DOM work ended (work longer than a frame) already showed it.
    const painted = frameStart < end ? Math.max(end, frameEnd) - start : end - start + (frameEnd - frameStart);
    return { dom: end - start, painted };
  }
  /** Resolves after the next hashchange has been handled and every update it caused is done:
   * Leptos renders in microtasks, which have all run before the following macrotask. */
  const routed = () => new Promise((resolve) => {
    addEventListener('hashchange', () => macrotask().then(resolve), { once: true });
  });
  /** Resolves once the page shows its texts: the first tree of a visit waits a moment for them
   * (docs/architecture.md, "Texts on demand"), which is not a step's time. */
  const textsShown = () => until(() => !document.querySelector('.texts-wait') && document.querySelector('form.question, .verdict'));
  /** Answers the question on screen and times the click on "Fortsett" until the next question or
   * the result is in the DOM, and painted (see `timed`). */
  async function step(choice, number) {
    const before = document.getElementById('page-heading')?.textContent;
    const field = document.getElementById('svar-tall');
    if (field) {
      field.value = String(number);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      const radios = document.querySelectorAll('input[name=svar]');
      const radio = radios[choice % radios.length];
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const moved = () => document.querySelector('.verdict') || document.getElementById('page-heading')?.textContent !== before;
    const time = await timed(() => document.querySelector('form.question button[type=submit]').click(), moved);
    return { ...time, result: !document.querySelector('form.question') };
  }
  /** Walks the tree `id` from a fresh start to its result; returns the step times. */
  async function walkTree(id, seed) {
    const done = routed();
    location.hash = `#/veiviser/${id}?svar=&n=${seed}`;
    await done;
    await textsShown();
    const times = [];
    for (let i = 0; i < 40 && !document.querySelector('.verdict'); i += 1) {
      times.push(await step(seed + i, (seed + i) % 2 ? 5 : 500));
    }
    if (!document.querySelector('.verdict')) throw new Error(`tree ${id} did not end`);
    return times;
  }
  /** Answers every question of the self-assessment, then opens its result; returns how many. */
  async function walkAssessment(seed) {
    const done = routed();
    location.hash = `#/egenvurdering?svar=&n=${seed}`;
    await done;
    await textsShown();
    let questions = 0;
    for (; questions < 200 && document.querySelector('form.question'); questions += 1) {
      await step(seed + questions, (seed + questions) % 2 ? 5 : 500);
    }
    const result = document.querySelector('a.button-link[href*="/resultat"]');
    if (!result) throw new Error(`the assessment did not reach its summary after ${questions} questions`);
    result.click();
    await until(() => document.querySelector('.checklist-group, .verdict'));
    await macrotask();
    return questions;
  }
  function wasmMemory() {
    return window.__rvWasm?.memory?.buffer.byteLength ?? null;
  }
  /** Types `query` one character at a time; times each keystroke until its results are in the DOM,
   * and painted (see `timed`). */
  async function typeQuery(query) {
    const input = document.getElementById('sok');
    const list = document.querySelector('ol.results');
    const times = [];
    for (let n = 1; n <= query.length; n += 1) {
      const prefix = query.slice(0, n);
      input.value = prefix;
      times.push(await timed(() => input.dispatchEvent(new Event('input', { bubbles: true })), () => list.dataset.query === prefix));
    }
    return times;
  }
  window.__bench = { step, walkTree, walkAssessment, wasmMemory, typeQuery, until, macrotask };
}