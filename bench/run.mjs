// The benchmark: measures the built app in headless Chromium on this machine and prints a table
// (and writes JSON). Run it through `./scripts/bench.sh`, which builds first.
//
// - transfer size of a first load (every file the page fetches; raw, gzip -9, brotli -11), and the
//   single-file build if one exists;
// - time to interactive (navigation start → the app's `rv-interactive` mark, set after it has
//   mounted and its handlers are attached) for the start page, a deep link to a point and a shared
//   link that restores a finished tree, each against a plain static HTML page holding the whole
//   circular (its load event): median and spread over several runs, in fresh browser contexts;
// - search latency per keystroke and tree step latency, measured inside the page;
// - wasm linear memory and JS heap after load, after walking every tree, and across many walks.
//
// Usage: node bench/run.mjs [--runs 7] [--walks 1000] [--json bench/out/bench.json]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { filesUnder, measure, sum } from './measure.mjs';
import os from 'node:os';
import { startServer, launch, ROOT, DIST } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 7));
const WALKS = Number(option('--walks', 1000));
const JSON_OUT = option('--json', join(ROOT, 'bench/out/bench.json'));
const STATIC_DIR = option('--static', join(ROOT, 'bench/out/static'));
// The single-file build (another engineer's work): the first of these folders that exists.
const SINGLE_DIRS = [process.env.SINGLE_DIST, 'dist-single', 'dist-enkelfil', 'dist-singlefile']
  .filter(Boolean).map((d) => resolve(ROOT, d));

/** The targets of the issue "Benchmarks with budgets"; the CI budget is in scripts/test.sh. */
const TARGETS = { firstLoadBrotli: 80 * 1024, ttiRatio: 1.5, searchP95: 1, stepP95: 16 };

/** 30 queries people type (bench/queries.txt): words, inflections, compounds, two words, misses. */
const QUERIES = (await readFile(join(ROOT, 'bench/queries.txt'), 'utf8')).split('\n').filter(Boolean);

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
/** p50, p95 and max of timings from `timed` in the page: in the DOM, and painted. */
const latency = (samples) => {
  const dom = samples.map((s) => s.dom);
  const painted = samples.map((s) => s.painted);
  return {
    p50: quantile(dom, 0.5), p95: quantile(dom, 0.95), max: Math.max(...dom),
    painted: { p50: quantile(painted, 0.5), p95: quantile(painted, 0.95), max: Math.max(...painted) },
  };
};
const stats = (values) => ({ n: values.length, median: quantile(values, 0.5), min: Math.min(...values), max: Math.max(...values) });
const progress = (what) => process.stderr.write(`[bench] ${what}\n`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

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

async function main() {
  const server = await startServer({ headers: ISOLATED });
  const staticServer = await startServer({ root: STATIC_DIR, headers: ISOLATED });
  const browser = await launch();
  const results = { date: new Date().toISOString(), machine: machine(), targets: TARGETS };

  async function fresh() {
    const context = await browser.newContext({ locale: 'nb-NO' });
    await context.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => { window.__rvWasm = e.detail?.wasm; });
    });
    await context.addInitScript(pageHelpers);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  }
  async function interactive(page) {
    await page.waitForFunction(() => performance.getEntriesByName('rv-interactive').length > 0);
    return page.evaluate(() => performance.getEntriesByName('rv-interactive')[0].startTime);
  }

  // 1. What a first load of the start page transfers.
  progress('first load');
  {
    const { context, page } = await fresh();
    const fetched = [];
    page.on('requestfinished', (req) => {
      const url = req.url();
      if (url.startsWith(server.origin)) fetched.push(decodeURIComponent(new URL(url).pathname));
    });
    await page.goto(server.url);
    await interactive(page);
    await page.waitForLoadState('networkidle');
    await context.close();
    const rows = [];
    for (const path of [...new Set(fetched)]) {
      const file = path === '/' ? 'index.html' : path.slice(1);
      rows.push(measure(file, await readFile(join(DIST, file))));
    }
    results.firstLoad = { files: rows, total: sum(rows) };
    const single = SINGLE_DIRS.find((d) => existsSync(d));
    if (single) {
      const files = await filesUnder(single);
      const srows = await Promise.all(files.map(async (f) => measure(relative(single, f), await readFile(f))));
      results.singleFile = { dir: relative(ROOT, single), files: srows, total: sum(srows) };
    } else {
      results.singleFile = null;
    }
  }

  // A shared link that restores a finished tree: made by walking a tree once.
  let sharedLink;
  progress('a shared link to a finished tree');
  {
    const { context, page } = await fresh();
    await page.goto(server.url);
    await interactive(page);
    await page.evaluate(() => window.__bench.walkTree('altinn', 0));
    sharedLink = await page.evaluate(() => location.hash);
    await context.close();
  }

  // 2. Time to interactive, alternating the pages in each round so drift hits all alike.
  const pages = {
    start: '#/',
    point: '#/punkt/1.6/1-6-krav-altinn',
    sharedResult: sharedLink,
  };
  const tti = { start: [], point: [], sharedResult: [], staticPage: [] };
  for (let run = 0; run < RUNS; run += 1) {
    progress(`time to interactive, run ${run + 1} of ${RUNS}`);
    for (const [name, hash] of Object.entries(pages)) {
      const { context, page, errors } = await fresh();
      await page.goto(server.url + hash);
      tti[name].push(await interactive(page));
      if (name === 'sharedResult') await page.waitForSelector('.verdict');
      if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
      await context.close();
    }
    const { context, page } = await fresh();
    await page.goto(staticServer.url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
    tti.staticPage.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
    await context.close();
  }
  results.tti = Object.fromEntries(Object.entries(tti).map(([k, v]) => [k, { ...stats(v), runs: v }]));
  results.tti.ratio = Object.fromEntries(Object.keys(pages).map((k) => [k, results.tti[k].median / results.tti.staticPage.median]));

  // 3. Search: each query typed character by character; one warm-up pass, then three measured.
  progress('search');
  {
    const { context, page, errors } = await fresh();
    await page.goto(`${server.url}#/sok`);
    await interactive(page);
    const keystrokes = [];
    for (let pass = 0; pass < 4; pass += 1) {
      for (const q of QUERIES) {
        const times = await page.evaluate((query) => window.__bench.typeQuery(query), q);
        if (pass > 0) keystrokes.push(...times);
      }
    }
    if (errors.length) throw new Error(errors.join('; '));
    await context.close();
    results.search = { queries: QUERIES.length, keystrokes: keystrokes.length, ...latency(keystrokes) };
    // The search function alone, natively (scripts/bench.sh runs crates/tools/src/bin/search_timing.rs).
    const native = join(dirname(JSON_OUT), 'search-native.json');
    if (existsSync(native)) results.search.nativeSearchOnly = JSON.parse(await readFile(native, 'utf8'));
  }

  // 4 and 5. Tree steps and memory: one page walks every tree, then many walks for a leak.
  progress('tree steps and memory');
  {
    const { context, page, errors } = await fresh();
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.goto(server.url);
    await interactive(page);
    const trees = await page.$$eval('.tree-list a', (as) => as.map((a) => a.getAttribute('href').split('/').pop()));
    const memory = { afterLoad: { wasm: await page.evaluate(() => window.__bench.wasmMemory()), jsHeap: await heap() } };
    const steps = [];
    for (let round = 0; round < 3; round += 1) {
      for (const [i, id] of trees.entries()) {
        steps.push(...(await page.evaluate(([t, s]) => window.__bench.walkTree(t, s), [id, i + round])));
      }
    }
    memory.afterEveryTree = { trees: trees.length, wasm: await page.evaluate(() => window.__bench.wasmMemory()), jsHeap: await heap() };
    const questions = await page.evaluate(() => window.__bench.walkAssessment(0));
    memory.afterAssessment = { questions, wasm: await page.evaluate(() => window.__bench.wasmMemory()), jsHeap: await heap() };
    const checkpoints = [10, 100, 200, 300, 500, 700, WALKS].filter((n, i, a) => n <= WALKS && a.indexOf(n) === i);
    memory.walks = [];
    let done = 0;
    for (const checkpoint of checkpoints) {
      for (; done < checkpoint; done += 1) {
        await page.evaluate(([t, s]) => window.__bench.walkTree(t, s), [trees[done % trees.length], done]);
      }
      progress(`${done} walks`);
      memory.walks.push({ walks: done, wasm: await page.evaluate(() => window.__bench.wasmMemory()), jsHeap: await heap() });
    }
    if (errors.length) throw new Error(errors.join('; '));
    await context.close();
    const from = memory.walks.find((w) => w.walks === 100) ?? memory.walks[0];
    const to = memory.walks[memory.walks.length - 1];
    memory.wasmGrowth = to.wasm - from.wasm;
    memory.growthFrom = from.walks;
    const part = (result) => {
      const some = steps.filter((s) => s.result === result);
      return { steps: some.length, ...latency(some) };
    };
    results.treeSteps = { steps: steps.length, trees: trees.length, ...latency(steps), toQuestion: part(false), toResult: part(true) };
    results.memory = memory;
  }

  await browser.close();
  await server.close();
  await staticServer.close();
  report(results);
  await mkdir(dirname(JSON_OUT), { recursive: true });
  await writeFile(JSON_OUT, JSON.stringify(results, null, 2));
  console.log(`\nJSON: ${relative(ROOT, JSON_OUT)}`);
}

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model.trim(), cores: cpus.length, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`, os: `${os.type()} ${os.release()}`, node: process.version, load: os.loadavg().map((l) => l.toFixed(2)).join(' ') };
}

function report(r) {
  const line = (...cells) => console.log(cells.join(' | '));
  const verdict = (ok) => (ok ? 'ok' : 'OVER');
  console.log(`\nRundskrivveilederen benchmark, ${r.date.slice(0, 10)}, ${r.machine.cpu} (${r.machine.cores} cores), load ${r.machine.load}\n`);
  console.log('First load (start page): what the page fetched');
  line('file'.padEnd(44), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9));
  for (const f of r.firstLoad.files) line(f.file.padEnd(44), kb(f.raw).padStart(9), kb(f.gzip).padStart(9), kb(f.brotli).padStart(9));
  const t = r.firstLoad.total;
  line('total'.padEnd(44), kb(t.raw).padStart(9), kb(t.gzip).padStart(9), kb(t.brotli).padStart(9));
  if (r.singleFile) {
    const s = r.singleFile.total;
    line(`single-file build (${r.singleFile.dir})`.padEnd(44), kb(s.raw).padStart(9), kb(s.gzip).padStart(9), kb(s.brotli).padStart(9));
  } else {
    line('single-file build'.padEnd(44), 'not built'.padStart(9));
  }
  console.log(`\nTime to interactive, ${r.tti.start.n} runs each: median (min–max)`);
  for (const k of ['start', 'point', 'sharedResult', 'staticPage']) {
    const s = r.tti[k];
    const ratio = r.tti.ratio[k] ? `  ${r.tti.ratio[k].toFixed(2)} × static` : '';
    line(k.padEnd(14), `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})${ratio}`);
  }
  console.log('\nLatency measured inside the page');
  const painted = (x) => `; painted p50 ${ms(x.painted.p50)}, p95 ${ms(x.painted.p95)}`;
  line('search per keystroke'.padEnd(24), `p50 ${ms(r.search.p50)}, p95 ${ms(r.search.p95)}, max ${ms(r.search.max)}${painted(r.search)} (keystroke → results in DOM; ${r.search.keystrokes} keystrokes, ${r.search.queries} queries)`);
  const native = r.search.nativeSearchOnly;
  if (native) line('  search function alone'.padEnd(24), `p50 ${ms(native.p50)}, p95 ${ms(native.p95)}, max ${ms(native.max)} (native, release; index built in ${ms(native.index_ms)})`);
  line('tree step'.padEnd(24), `p50 ${ms(r.treeSteps.p50)}, p95 ${ms(r.treeSteps.p95)}, max ${ms(r.treeSteps.max)}${painted(r.treeSteps)} (click → next question in DOM; ${r.treeSteps.steps} steps in ${r.treeSteps.trees} trees)`);
  for (const [label, part] of [['  to a question', r.treeSteps.toQuestion], ['  to a result', r.treeSteps.toResult]]) {
    line(label.padEnd(24), `p50 ${ms(part.p50)}, p95 ${ms(part.p95)}${painted(part)} (${part.steps} steps)`);
  }
  console.log('\nMemory (wasm linear memory / JS heap after GC)');
  const m = r.memory;
  line('after load'.padEnd(24), `${kb(m.afterLoad.wasm)} / ${kb(m.afterLoad.jsHeap)}`);
  line(`after all ${m.afterEveryTree.trees} trees ×3`.padEnd(24), `${kb(m.afterEveryTree.wasm)} / ${kb(m.afterEveryTree.jsHeap)}`);
  line('then a full assessment'.padEnd(24), `${kb(m.afterAssessment.wasm)} / ${kb(m.afterAssessment.jsHeap)} (${m.afterAssessment.questions} questions, then the result)`);
  for (const w of m.walks) line(`after ${w.walks} more walks`.padEnd(24), `${kb(w.wasm)} / ${kb(w.jsHeap)}`);
  console.log('\nTargets');
  line('first load ≤ 80 KB brotli'.padEnd(34), kb(t.brotli).padStart(9), verdict(t.brotli <= TARGETS.firstLoadBrotli));
  for (const k of ['start', 'point', 'sharedResult']) {
    line(`TTI ${k} ≤ 1.5 × static`.padEnd(34), `${r.tti.ratio[k].toFixed(2)} ×`.padStart(9), verdict(r.tti.ratio[k] <= TARGETS.ttiRatio));
  }
  line('search p95 ≤ 1 ms (in the DOM)'.padEnd(34), ms(r.search.p95).padStart(9), verdict(r.search.p95 <= TARGETS.searchP95));
  line('tree step p95 ≤ 16 ms (in the DOM)'.padEnd(34), ms(r.treeSteps.p95).padStart(9), verdict(r.treeSteps.p95 <= TARGETS.stepP95));
  line('tree step p95 ≤ 16 ms (painted)'.padEnd(34), ms(r.treeSteps.painted.p95).padStart(9), verdict(r.treeSteps.painted.p95 <= TARGETS.stepP95));
  line(`no wasm growth, walks ${m.growthFrom}–${m.walks.at(-1).walks}`.padEnd(34), `${m.wasmGrowth} B`.padStart(9), verdict(m.wasmGrowth === 0));
}

await main();
