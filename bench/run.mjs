// The benchmark: measures the built app in headless Chromium on this machine and prints a table
// (and writes JSON). Run it through `./scripts/bench.sh`, which builds first.
//
// - transfer size of a first load (every file the page fetches; raw, gzip -9, brotli -11), of each
//   deep link the same way, and of the single-file build if one exists;
// - time to interactive (navigation start → the app's `rv-interactive` mark, set after it has
//   mounted and its handlers are attached) for the start page, a deep link to a point and a shared
//   link that restores a finished tree, each against a plain static HTML page holding the whole
//   circular (its load event): median and spread over several runs, in fresh browser contexts;
// - search latency per keystroke and tree step latency, measured inside the page;
// - wasm linear memory and JS heap after load, after walking every tree, and across many walks;
// - the slow device profile (bench/slow.mjs): time to interactive and first contentful paint
//   against the static page with the CPU and network throttled and the files brotli-compressed,
//   and search and tree steps with the CPU slowed;
// - every target of issue #16 with ok or OVER (bench/targets.mjs).
//
// Usage: node bench/run.mjs [--runs 7] [--walks 1000] [--slow-rounds 5] [--json bench/out/bench.json]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import os from 'node:os';
import { filesUnder, measure, sum } from './measure.mjs';
import { stats, progress } from './stats.mjs';
import { freshPage, interactive, loaded, sharedAltinnLink } from './page.mjs';
import { searchLatency, treeIds, walkEveryTree, stepLatency } from './latency.mjs';
import { fetchedBy } from './fetched.mjs';
import { startBrotliServer } from './serve.mjs';
import { SLOW, slowLoads, slowLatency } from './slow.mjs';
import { LIMITS, targetRows } from './targets.mjs';
import { report } from './report.mjs';
import { startServer, launch, ROOT, DIST } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 7));
const WALKS = Number(option('--walks', 1000));
const SLOW_ROUNDS = Number(option('--slow-rounds', 5));
const JSON_OUT = option('--json', join(ROOT, 'bench/out/bench.json'));
const STATIC_DIR = option('--static', join(ROOT, 'bench/out/static'));
// The single-file build (another engineer's work): the first of these folders that exists.
const SINGLE_DIRS = [process.env.SINGLE_DIST, 'dist-single', 'dist-enkelfil', 'dist-singlefile']
  .filter(Boolean).map((d) => resolve(ROOT, d));

/** 30 queries people type (bench/queries.txt): words, inflections, compounds, two words, misses. */
const QUERIES = (await readFile(join(ROOT, 'bench/queries.txt'), 'utf8')).split('\n').filter(Boolean);

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

async function main() {
  const server = await startServer({ headers: ISOLATED });
  const staticServer = await startServer({ root: STATIC_DIR, headers: ISOLATED });
  const browser = await launch();
  const results = { date: new Date().toISOString(), machine: machine(), limits: LIMITS };
  const fresh = () => freshPage(browser);

  // A shared link that restores a finished tree: made by walking a tree once.
  progress('a shared link to a finished tree');
  const sharedLink = await sharedAltinnLink(browser, server.url);

  // 1. What a first load of the start page transfers, and each deep link.
  progress('first load and deep links');
  results.firstLoad = await fetchedBy(browser, server, '');
  const deepLinks = {
    point: ['#/punkt/1.6', '#page-heading'],
    paragraph: ['#/punkt/1.6/felleskomponenter-krav-altinn', '#page-heading'],
    treeQuestion: ['#/veiviser/altinn', 'form.question'],
    sharedResult: [sharedLink, '.verdict'],
    assessment: ['#/egenvurdering', '#page-heading'],
  };
  results.deepLinks = {};
  for (const [name, [hash, ready]] of Object.entries(deepLinks)) results.deepLinks[name] = await fetchedBy(browser, server, hash, ready);
  const single = SINGLE_DIRS.find((d) => existsSync(d));
  if (single) {
    const files = await filesUnder(single);
    const srows = await Promise.all(files.map(async (f) => measure(relative(single, f), await readFile(f))));
    results.singleFile = { dir: relative(ROOT, single), files: srows, total: sum(srows) };
  } else {
    results.singleFile = null;
  }

  // 2. Time to interactive, alternating the pages in each round so drift hits all alike.
  const pages = {
    start: '#/',
    point: '#/punkt/1.6/felleskomponenter-krav-altinn',
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
    tti.staticPage.push(await loaded(page));
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
    results.search = await searchLatency(page, QUERIES, 4);
    if (errors.length) throw new Error(errors.join('; '));
    await context.close();
    // The search function alone, natively (scripts/bench.sh runs crates/tools/src/bin/search_timing.rs).
    const native = join(dirname(JSON_OUT), 'search-native.json');
    if (existsSync(native)) results.search.nativeSearchOnly = JSON.parse(await readFile(native, 'utf8'));
  }

  // 4 and 5. Tree steps and memory: one page walks every tree, then many walks for a leak.
  progress('tree steps and memory');
  let trees;
  {
    const { context, page, errors } = await fresh();
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.goto(server.url);
    await interactive(page);
    trees = await treeIds(page);
    const memory = { afterLoad: { wasm: await page.evaluate(() => window.__bench.wasmMemory()), jsHeap: await heap() } };
    const steps = await walkEveryTree(page, trees, 3);
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
    results.treeSteps = stepLatency(steps, trees);
    results.memory = memory;
  }

  // 6. The slow device profile, from a server that sends dist/ brotli-compressed.
  progress('slow profile: compressing dist/ (brotli -11)');
  const brotliServer = await startBrotliServer(DIST);
  const slowPages = { start: { hash: '#/' }, point: { hash: '#/punkt/1.6' }, sharedResult: { hash: sharedLink, ready: '.verdict' } };
  results.slow = { profile: { ...SLOW, served: brotliServer.compressed }, ...(await slowLoads(browser, brotliServer, slowPages, SLOW_ROUNDS)) };
  Object.assign(results.slow, await slowLatency(browser, server, QUERIES, trees));

  await browser.close();
  await Promise.all([server.close(), staticServer.close(), brotliServer.close()]);
  results.machine.loadAtEnd = loadAverage();
  results.targets = targetRows(results);
  report(results);
  await mkdir(dirname(JSON_OUT), { recursive: true });
  await writeFile(JSON_OUT, JSON.stringify(results, null, 2));
  console.log(`\nJSON: ${relative(ROOT, JSON_OUT)}`);
}

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model.trim(), cores: cpus.length, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`, os: `${os.type()} ${os.release()}`, node: process.version, load: loadAverage() };
}

/** The 1, 5 and 15 minute load averages: the machine is shared, and its load moves the times. */
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

await main();
