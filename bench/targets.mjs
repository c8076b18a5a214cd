// The targets of issue #16 "Performance", each with the figure of this run and ok or OVER.
// Benchmarks only: no test asserts a time (the CI size budget is in scripts/test.sh).
import { kb, ms } from './stats.mjs';

export const LIMITS = {
  firstLoadBrotli: 80 * 1024,
  deepLinkBrotli: 120 * 1024,
  slowTtiRatio: 1.3,
  slowFcpRatio: 1,
  searchP95Dom: 1,
  searchP95Painted: 8,
  stepP95Painted: 16,
  walks: 1000,
};

/** The deep links whose first load is held to `deepLinkBrotli`, as bench/run.mjs names them. */
export const DEEP_LINK_LABELS = {
  point: 'a point #/punkt/1.6',
  paragraph: 'a paragraph #/punkt/1.6/felleskomponenter-krav-altinn',
  treeQuestion: 'a tree question #/veiviser/altinn',
  sharedResult: 'a shared result',
  assessment: 'the self-assessment #/egenvurdering',
};
const SLOW_LABELS = { start: 'start page', point: 'a point', sharedResult: 'a shared result' };

/** One row per target: what it is, this run's figure (as printed, and as a number against its
 * limit), and whether it is met. */
export function targetRows(r) {
  const rows = [];
  const row = (target, value, ok, figure, limit) => rows.push({ target, value, ok, figure, limit });
  const fl = r.firstLoad.total.brotli;
  row('first load of the start page (bokmål) ≤ 80 KB brotli', kb(fl), fl <= LIMITS.firstLoadBrotli, fl, LIMITS.firstLoadBrotli);
  for (const [name, label] of Object.entries(DEEP_LINK_LABELS)) {
    const b = r.deepLinks[name].total.brotli;
    row(`deep link: ${label} ≤ 120 KB brotli`, kb(b), b <= LIMITS.deepLinkBrotli, b, LIMITS.deepLinkBrotli);
  }
  const s = r.slow;
  for (const [name, label] of Object.entries(SLOW_LABELS)) {
    row(`slow profile: ${label}, interactive ≤ 1.3 × static page's load`, `${s.ratio[name].toFixed(2)} ×`, s.ratio[name] <= LIMITS.slowTtiRatio, s.ratio[name], LIMITS.slowTtiRatio);
  }
  for (const [name, label] of Object.entries(SLOW_LABELS)) {
    const fcp = s.app[name].fcp.median;
    const ok = s.fcpRatio[name] <= LIMITS.slowFcpRatio;
    row(`slow profile: ${label}, first contentful paint ≤ static page's`, `${Math.round(fcp)} vs ${Math.round(s.staticPage.fcp.median)} ms`, ok, s.fcpRatio[name], LIMITS.slowFcpRatio);
  }
  row('search keystroke p95 ≤ 1 ms in the DOM (unthrottled)', ms(r.search.p95), r.search.p95 <= LIMITS.searchP95Dom, r.search.p95, LIMITS.searchP95Dom);
  row('search keystroke p95 ≤ 8 ms painted (unthrottled)', ms(r.search.painted.p95), r.search.painted.p95 <= LIMITS.searchP95Painted, r.search.painted.p95, LIMITS.searchP95Painted);
  row('tree step p95 ≤ 16 ms painted (unthrottled)', ms(r.treeSteps.painted.p95), r.treeSteps.painted.p95 <= LIMITS.stepP95Painted, r.treeSteps.painted.p95, LIMITS.stepP95Painted);
  const m = r.memory;
  const walks = m.walks.at(-1).walks;
  // The target is 1,000 walks; a shorter run (--walks) checks what it walked and says so.
  const short = walks < LIMITS.walks ? ` (only ${walks} walked)` : '';
  row(`wasm memory flat across 1,000 walks${short}`, `${m.wasmGrowth} B, walks ${m.growthFrom}–${walks}`, m.wasmGrowth === 0, m.wasmGrowth, 0);
  return rows;
}

export function printTargets(rows) {
  console.log('\nTargets of issue #16');
  const width = Math.max(...rows.map((t) => t.target.length));
  for (const t of rows) console.log([t.target.padEnd(width), t.value.padStart(22), t.ok ? 'ok' : 'OVER'].join(' | '));
}
