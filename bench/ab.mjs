// Two builds side by side under the slow device profile (bench/slow.mjs): each round loads every
// page from build A and from build B (in turn A first, then B first), then the static page, so the
// machine's drifting load hits both builds alike. For weighing one lever against the build
// without it, which two separate benchmark runs on this shared machine cannot do.
//
// Usage: node bench/ab.mjs <folder A> <folder B> [--rounds 7]
//   e.g. node bench/ab.mjs ../main/dist dist
import { slowLoad } from './slow.mjs';
import { sharedAltinnLink } from './page.mjs';
import { startBrotliServer } from './serve.mjs';
import { stats, progress } from './stats.mjs';
import { launch } from '../tests/browser/harness.mjs';

const [folderA, folderB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const at = process.argv.indexOf('--rounds');
const ROUNDS = at > 0 ? Number(process.argv[at + 1]) : 7;
if (!folderA || !folderB) {
  console.error('usage: node bench/ab.mjs <folder A> <folder B> [--rounds 7]');
  process.exit(2);
}
const browser = await launch();
const builds = { A: await startBrotliServer(folderA), B: await startBrotliServer(folderB) };
// Made in build A; both builds read the same address.
const sharedResult = await sharedAltinnLink(browser, builds.A.url);
const PAGES = { start: { hash: '#/' }, point: { hash: '#/punkt/1.6' }, result: { hash: sharedResult, ready: '.verdict' } };
const runs = {};
const record = (name, { time, fcp }) => {
  runs[name] ??= { time: [], fcp: [] };
  runs[name].time.push(time);
  runs[name].fcp.push(fcp);
};
for (let round = 0; round < ROUNDS; round += 1) {
  progress(`a/b round ${round + 1} of ${ROUNDS}`);
  for (const [page, { hash, ready }] of Object.entries(PAGES)) {
    for (const label of round % 2 ? ['B', 'A'] : ['A', 'B']) {
      record(`${label} ${page}`, await slowLoad(browser, builds[label].url + hash, { app: true, ready }));
    }
    record('static page', await slowLoad(browser, `${builds.A.url}rundskrivet.html`, { app: false }));
  }
}
await browser.close();
await Promise.all(Object.values(builds).map((server) => server.close()));

console.log(`A = ${folderA}, B = ${folderB}; ${ROUNDS} rounds, median (min–max), ms`);
const spread = (values) => {
  const s = stats(values);
  return `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`.padEnd(20);
};
console.log(`${''.padEnd(12)}${'interactive / load'.padEnd(20)}first contentful paint`);
for (const name of Object.keys(runs).sort()) console.log(`${name.padEnd(12)}${spread(runs[name].time)}${spread(runs[name].fcp)}`);
