// The benchmark's printed tables, from the results that bench/run.mjs also writes as JSON.
import { kb, ms } from './stats.mjs';
import { DEEP_LINK_LABELS, printTargets } from './targets.mjs';

const line = (...cells) => console.log(cells.join(' | '));
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const painted = (x) => `; painted p50 ${ms(x.painted.p50)}, p95 ${ms(x.painted.p95)}`;

function latencyLines(search, treeSteps, native) {
  line('search per keystroke'.padEnd(24), `p50 ${ms(search.p50)}, p95 ${ms(search.p95)}, max ${ms(search.max)}${painted(search)} (keystroke → results in DOM; ${search.keystrokes} keystrokes, ${search.queries} queries)`);
  if (native) line('  search function alone'.padEnd(24), `p50 ${ms(native.p50)}, p95 ${ms(native.p95)}, max ${ms(native.max)} (native, release; index built in ${ms(native.index_ms)})`);
  line('tree step'.padEnd(24), `p50 ${ms(treeSteps.p50)}, p95 ${ms(treeSteps.p95)}, max ${ms(treeSteps.max)}${painted(treeSteps)} (click → next question in DOM; ${treeSteps.steps} steps in ${treeSteps.trees} trees)`);
  for (const [label, part] of [['  to a question', treeSteps.toQuestion], ['  to a result', treeSteps.toResult]]) {
    line(label.padEnd(24), `p50 ${ms(part.p50)}, p95 ${ms(part.p95)}${painted(part)} (${part.steps} steps)`);
  }
}

function slowLines(s) {
  const p = s.profile;
  console.log(`\nSlow device profile: CPU ${p.cpuSlowdown}× slower, ${(p.downloadBytesPerSecond * 8 / 1e6).toFixed(1)} Mbit/s down, ${Math.round(p.uploadBytesPerSecond * 8 / 1e3)} kbit/s up, ${p.roundTripMs} ms round trip, cache off, fresh context per load; dist/ served brotli -11 (${p.served.files} files, ${kb(p.served.raw)} → ${kb(p.served.brotli)})`);
  console.log(`${s.rounds} rounds, app and static page in turn: median (min–max)`);
  line(''.padEnd(14), 'interactive / load'.padEnd(34), 'first contentful paint'.padEnd(34), 'ratio to static');
  for (const [name, a] of Object.entries(s.app)) {
    line(name.padEnd(14), spread(a.tti).padEnd(34), spread(a.fcp).padEnd(34), `${s.ratio[name].toFixed(2)} × load, ${s.fcpRatio[name].toFixed(2)} × paint`);
  }
  line('staticPage'.padEnd(14), spread(s.staticPage.load).padEnd(34), spread(s.staticPage.fcp).padEnd(34), `${s.staticPage.load.n} loads`);
  console.log('\nSlow profile: latency with the CPU slowed (network not throttled)');
  latencyLines(s.search, s.treeSteps);
}

export function report(r) {
  console.log(`\nRundskrivveilederen benchmark, ${r.date.slice(0, 10)}, ${r.machine.cpu} (${r.machine.cores} cores), load average ${r.machine.load} at the start, ${r.machine.loadAtEnd} at the end\n`);
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
  console.log('\nDeep links: everything the page fetched on a cold load');
  line('page'.padEnd(44), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9), 'files beyond the start page\'s, brotli');
  const startFiles = new Set(r.firstLoad.files.map((f) => f.file));
  for (const [name, label] of Object.entries(DEEP_LINK_LABELS)) {
    const d = r.deepLinks[name];
    const extra = d.files.filter((f) => !startFiles.has(f.file)).map((f) => `${f.file} ${kb(f.brotli)}`).join(', ');
    line(label.padEnd(44), kb(d.total.raw).padStart(9), kb(d.total.gzip).padStart(9), kb(d.total.brotli).padStart(9), extra || '(the same files)');
  }
  console.log(`\nTime to interactive, unthrottled, served uncompressed, ${r.tti.start.n} runs each: median (min–max)`);
  for (const k of ['start', 'point', 'sharedResult', 'staticPage']) {
    const ratio = r.tti.ratio[k] ? `  ${r.tti.ratio[k].toFixed(2)} × static` : '';
    line(k.padEnd(14), `${spread(r.tti[k])}${ratio}`);
  }
  console.log('\nLatency measured inside the page, unthrottled');
  latencyLines(r.search, r.treeSteps, r.search.nativeSearchOnly);
  console.log('\nMemory (wasm linear memory / JS heap after GC)');
  const m = r.memory;
  line('after load'.padEnd(24), `${kb(m.afterLoad.wasm)} / ${kb(m.afterLoad.jsHeap)}`);
  line(`after all ${m.afterEveryTree.trees} trees ×3`.padEnd(24), `${kb(m.afterEveryTree.wasm)} / ${kb(m.afterEveryTree.jsHeap)}`);
  line('then a full assessment'.padEnd(24), `${kb(m.afterAssessment.wasm)} / ${kb(m.afterAssessment.jsHeap)} (${m.afterAssessment.questions} questions, then the result)`);
  for (const w of m.walks) line(`after ${w.walks} more walks`.padEnd(24), `${kb(w.wasm)} / ${kb(w.jsHeap)}`);
  slowLines(r.slow);
  printTargets(r.targets);
}
