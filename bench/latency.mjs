// Search keystrokes and tree steps as a user meets them, timed inside the page (bench/page.mjs,
// `timed`): the unthrottled figures and the slow profile's with the CPU slowed.
import { latency } from './stats.mjs';

/** Types every query character by character, `passes` times; the first pass warms up and is not
 * counted. Each keystroke's times. The page must be on `#/sok`. */
export async function searchKeystrokes(page, queries, passes) {
  const keystrokes = [];
  for (let pass = 0; pass < passes; pass += 1) {
    for (const q of queries) {
      const times = await page.evaluate((query) => window.__bench.typeQuery(query), q);
      if (pass > 0) keystrokes.push(...times);
    }
  }
  return keystrokes;
}

/** `searchKeystrokes`' latency figures. */
export async function searchLatency(page, queries, passes = 4) {
  const keystrokes = await searchKeystrokes(page, queries, passes);
  return { queries: queries.length, keystrokes: keystrokes.length, ...latency(keystrokes) };
}

/** The ids of the trees the start page lists (the page must be on `#/`). */
export const treeIds = (page) => page.$$eval('.tree-list a', (as) => as.map((a) => a.getAttribute('href').split('/').pop()));

/** Walks every tree `rounds` times; returns each step's times. */
export async function walkEveryTree(page, trees, rounds = 3) {
  const steps = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, id] of trees.entries()) {
      steps.push(...(await page.evaluate(([t, s]) => window.__bench.walkTree(t, s), [id, i + round])));
    }
  }
  return steps;
}

/** Tree-step latency over all steps, and apart for steps to a question and to a result. */
export function stepLatency(steps, trees) {
  const part = (result) => {
    const some = steps.filter((s) => s.result === result);
    return { steps: some.length, ...latency(some) };
  };
  return { steps: steps.length, trees: trees.length, ...latency(steps), toQuestion: part(false), toResult: part(true) };
}
