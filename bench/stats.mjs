// Figures shared by the benchmark's parts: quantiles of timings, their summaries, and the units
// the tables print them in.

export const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};

/** p50, p95 and max of timings from `timed` in the page: in the DOM, and painted. */
export const latency = (samples) => {
  const dom = samples.map((s) => s.dom);
  const painted = samples.map((s) => s.painted);
  return {
    p50: quantile(dom, 0.5), p95: quantile(dom, 0.95), max: Math.max(...dom),
    painted: { p50: quantile(painted, 0.5), p95: quantile(painted, 0.95), max: Math.max(...painted) },
  };
};

export const stats = (values) => ({ n: values.length, median: quantile(values, 0.5), min: Math.min(...values), max: Math.max(...values) });
export const progress = (what) => process.stderr.write(`[bench] ${what}\n`);
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
