// The slow device profile: a slow phone or a busy laptop on a poor mobile connection. The CPU
// slowed 4× (CDP Emulation.setCPUThrottlingRate); 1.6 Mbit/s down, 750 kbit/s up and 150 ms
// round trip (Network.emulateNetworkConditions), the cache off, each load in a fresh context;
// `dist/` served brotli-compressed (bench/serve.mjs). App pages and the static page
// (`rundskrivet.html`, the build's plain page of the whole circular) load in turn, so drift in
// the machine's load hits both alike. Search and tree steps are then timed with the CPU slowed.
import { freshPage, interactive, loaded, firstContentfulPaint } from './page.mjs';
import { searchLatency, walkEveryTree, stepLatency } from './latency.mjs';
import { stats, progress } from './stats.mjs';
import { sentCompressed } from './serve.mjs';

export const SLOW = {
  cpuSlowdown: 4,
  downloadBytesPerSecond: 200_000, // 1.6 Mbit/s
  uploadBytesPerSecond: 93_750, // 750 kbit/s
  roundTripMs: 150,
  cache: 'disabled',
};

/** Slows the page's CPU and, with `network`, its connection, and turns its cache off. Must come
 * before the page navigates. */
async function throttle(context, page, { network = true } = {}) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpuSlowdown });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW.roundTripMs,
      downloadThroughput: SLOW.downloadBytesPerSecond,
      uploadThroughput: SLOW.uploadBytesPerSecond,
    });
  }
  return cdp;
}

/** One cold load under the profile: the app's time to interactive, or the static page's load
 * event, and the first contentful paint. Fails if a file that should come compressed did not (a
 * browser that stopped asking for brotli would make the figures wrong, not slow). */
export async function slowLoad(browser, url, { app, ready }) {
  const { context, page, errors } = await freshPage(browser);
  page.on('response', (res) => {
    const { pathname } = new URL(res.url());
    if (sentCompressed(pathname) && res.headers()['content-encoding'] !== 'br') errors.push(`${pathname} came without brotli`);
  });
  await throttle(context, page);
  await page.goto(url, { waitUntil: 'commit' });
  const time = app ? await interactive(page) : await loaded(page);
  const fcp = await firstContentfulPaint(page);
  if (ready) await page.waitForSelector(ready);
  await context.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { time, fcp };
}

/** `rounds` rounds of: each app page of `pages` ({ name: { hash, ready } }), each followed by
 * the static page. */
export async function slowLoads(browser, server, pages, rounds) {
  const app = Object.fromEntries(Object.keys(pages).map((name) => [name, { tti: [], fcp: [] }]));
  const staticPage = { load: [], fcp: [] };
  for (let round = 0; round < rounds; round += 1) {
    progress(`slow profile, round ${round + 1} of ${rounds}`);
    for (const [name, { hash, ready }] of Object.entries(pages)) {
      const a = await slowLoad(browser, server.url + hash, { app: true, ready });
      app[name].tti.push(a.time);
      app[name].fcp.push(a.fcp);
      const s = await slowLoad(browser, `${server.url}rundskrivet.html`, { app: false });
      staticPage.load.push(s.time);
      staticPage.fcp.push(s.fcp);
    }
  }
  const summary = (runs) => ({ ...stats(runs), runs });
  const out = { rounds, staticPage: { load: summary(staticPage.load), fcp: summary(staticPage.fcp) }, app: {}, ratio: {}, fcpRatio: {} };
  for (const [name, { tti, fcp }] of Object.entries(app)) {
    out.app[name] = { tti: summary(tti), fcp: summary(fcp) };
    out.ratio[name] = out.app[name].tti.median / out.staticPage.load.median;
    out.fcpRatio[name] = out.app[name].fcp.median / out.staticPage.fcp.median;
  }
  return out;
}

/** Search keystrokes (one warm-up pass, two measured) and tree steps (every tree twice) in one
 * page with the CPU slowed; the network is not throttled, it plays no part in these. */
export async function slowLatency(browser, server, queries, trees) {
  progress('slow profile: search and tree steps, CPU slowed');
  const { context, page, errors } = await freshPage(browser);
  await page.goto(`${server.url}#/sok`);
  await interactive(page);
  await throttle(context, page, { network: false });
  const search = await searchLatency(page, queries, 3);
  const steps = await walkEveryTree(page, trees, 2);
  await context.close();
  if (errors.length) throw new Error(errors.join('; '));
  return { search, treeSteps: stepLatency(steps, trees) };
}
