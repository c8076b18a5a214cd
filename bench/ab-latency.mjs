// Search keystrokes and tree steps of two builds side by side, unthrottled: each round types
// every query of bench/queries.txt and walks every tree once in a fresh page of build A and of
// build B (in turn A first, then B first), so the machine's drifting load hits both alike. For
// weighing a lever on the interaction targets of #16, as bench/ab.mjs does for loads.
//
// Usage: node bench/ab-latency.mjs <folder A> <folder B> [--rounds 4] [--slow]
//   --slow: the CPU slowed 4× as in the slow device profile (bench/slow.mjs)
import { readFile } from 'node:fs/promises';
import { startServer, launch } from '../tests/browser/harness.mjs';
import { freshPage, interactive } from './page.mjs';
import { searchKeystrokes, treeIds, walkEveryTree } from './latency.mjs';
import { latency, progress } from './stats.mjs';
import { SLOW } from './slow.mjs';

const [folderA, folderB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const at = process.argv.indexOf('--rounds');
const ROUNDS = at > 0 ? Number(process.argv[at + 1]) : 4;
if (!folderA || !folderB) {
  console.error('usage: node bench/ab-latency.mjs <folder A> <folder B> [--rounds 4]');
  process.exit(2);
}
const SLOWED = process.argv.includes('--slow');
const QUERIES = (await readFile(new URL('queries.txt', import.meta.url), 'utf8')).split('\n').filter(Boolean);
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

const browser = await launch();
const builds = { A: await startServer({ root: folderA, headers: ISOLATED }), B: await startServer({ root: folderB, headers: ISOLATED }) };
const samples = { A: { search: [], step: [] }, B: { search: [], step: [] } };
for (let round = 0; round < ROUNDS; round += 1) {
  progress(`a/b latency round ${round + 1} of ${ROUNDS}`);
  for (const label of round % 2 ? ['B', 'A'] : ['A', 'B']) {
    const { context, page, errors } = await freshPage(browser);
    if (SLOWED) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpuSlowdown });
    await page.goto(`${builds[label].url}#/sok`);
    await interactive(page);
    samples[label].search.push(...(await searchKeystrokes(page, QUERIES, 2)));
    await page.evaluate(() => { location.hash = '#/'; });
    await page.waitForSelector('.tree-list a');
    samples[label].step.push(...(await walkEveryTree(page, await treeIds(page), 1)));
    if (errors.length) throw new Error(`${label}: ${errors.join('; ')}`);
    await context.close();
  }
}
await browser.close();
await Promise.all(Object.values(builds).map((server) => server.close()));

const ms = (v) => `${v.toFixed(2)} ms`;
console.log(`A = ${folderA}, B = ${folderB}; ${ROUNDS} rounds, ${SLOWED ? `CPU slowed ${SLOW.cpuSlowdown}×` : 'unthrottled'}, p50 / p95`);
for (const [what, name] of [['search', 'search keystroke'], ['step', 'tree step']]) {
  for (const label of ['A', 'B']) {
    const l = latency(samples[label][what]);
    console.log(`${label} ${name.padEnd(18)} in the DOM ${ms(l.p50)} / ${ms(l.p95)}, painted ${ms(l.painted.p50)} / ${ms(l.painted.p95)} (${samples[label][what].length})`);
  }
}
