// Where a search keystroke's time goes: Chromium's CPU profile (sampled every 50 µs) while every
// query of bench/queries.txt is typed three times, a keystroke at a time (after one unprofiled
// pass), split into the app's glue and wasm, the browser's other functions (DOM calls, timers,
// the benchmark's own helpers) and its internal work ("program": style, layout, paint, tasks).
//
// Usage: node bench/profile-search.mjs [dist folder]
import { readFile } from 'node:fs/promises';
import { startServer, launch } from '../tests/browser/harness.mjs';
import { freshPage, interactive } from './page.mjs';

const QUERIES = (await readFile(new URL('queries.txt', import.meta.url), 'utf8')).split('\n').filter(Boolean);
const PASSES = 3;
const browser = await launch();
const server = await startServer(process.argv[2] ? { root: process.argv[2] } : {});
const { context, page } = await freshPage(browser);
await page.goto(`${server.url}#/sok`);
await interactive(page);
const typeAll = async () => {
  let keystrokes = 0;
  for (const q of QUERIES) keystrokes += (await page.evaluate((query) => window.__bench.typeQuery(query), q)).length;
  return keystrokes;
};
await typeAll();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
let keystrokes = 0;
for (let pass = 0; pass < PASSES; pass += 1) keystrokes += await typeAll();
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const self = new Map();
const appFunctions = new Map();
const add = (map, name, ms) => map.set(name, (map.get(name) ?? 0) + ms);
profile.samples.forEach((id, i) => {
  const { functionName, url } = frames.get(id);
  const ms = profile.timeDeltas[i] / 1000;
  const app = /rundskrivveilederen-[0-9a-f]+(_bg\.wasm|\.js)$/.test(url);
  if (app) add(appFunctions, functionName || '(anonymous)', ms);
  add(self, /^\((idle|program|garbage collector)\)$/.test(functionName) ? functionName
    : app ? 'the app (glue and wasm)' : 'other functions (DOM calls, timers, the benchmark)', ms);
});
const show = (map, top) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
  .forEach(([name, ms]) => console.log(`${(ms / keystrokes).toFixed(3).padStart(8)}  ${name}`));
console.log(`${keystrokes} keystrokes; ms a keystroke, self time:`);
show(self, Infinity);
console.log("the app's functions that took most (wasm functions by index: the release build has no names):");
show(appFunctions, 8);
