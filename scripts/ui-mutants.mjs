// Mutants of the UI layer (src/), made by hand: cargo-mutants cannot run the browser tests, so
// each mutant here is one change a careless edit could make to what a user sees — a verdict's
// label, what goes in the checklist, the circular's quoted words, the focus after a step, the
// language marking — and the browser test that must notice it. For each: apply the change, build
// the release app (as scripts/test.sh does), run that test file, put the source back. A mutant is
// caught when the test fails; missed when it passes; unviable when the build fails.
//
// Too slow for CI (a release build per mutant, about 4 minutes each on 2 cores); run by hand
// after `./scripts/test.sh` has set everything up: node scripts/ui-mutants.mjs [name…]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * Each mutant: a name, the file, the exact text it replaces (once), and the browser test file that
 * must fail; `only`, the start of the one test in that file that looks (a long file runs faster).
 */
const MUTANTS = [
  {
    name: 'tree-verdict-label',
    what: "every verdict on a tree's result is labelled KRAV",
    file: 'src/pages/tree/result.rs',
    from: '{state.tr(outcome.verdict.label_key())}',
    to: '{state.tr(rundskriv_core::trees::Verdict::Krav.label_key())}',
    test: 'trees',
  },
  {
    name: 'tree-information-mixed-in',
    what: "another body's duty listed with the user's own verdicts",
    file: 'src/pages/tree/result.rs',
    from: 'partition(|&&o| OUTCOMES[o].verdict.is_users_own())',
    to: 'partition(|_| true)',
    test: 'trees',
  },
  {
    name: 'basis-first-quote-only',
    what: 'a verdict resting on several paragraphs quotes only the first',
    file: 'src/parts/basis.rs',
    from: 'cites.iter().map(|&c| quote(c)).collect()',
    to: 'cites.iter().take(1).map(|&c| quote(c)).collect()',
    test: 'trees',
  },
  {
    name: 'focus-stays-after-step',
    what: 'after a navigation the focus stays where it was',
    file: 'src/shell/app.rs',
    from: 'state.reveal_top();\n                state.focus("page-heading", false);',
    to: 'state.reveal_top();',
    test: 'a11y',
    only: 'every tree can be completed with the keyboard alone',
  },
  {
    name: 'checklist-drops-anbefalinger',
    what: "the checklist leaves out the anbefalinger instead of what does not apply",
    file: 'src/pages/assessment/result.rs',
    from: '.filter(|v| **v != Verdict::GjelderIkke)',
    to: '.filter(|v| **v != Verdict::Anbefaling)',
    test: 'assessment',
  },
  {
    name: 'checklist-point-not-bokmal',
    what: "the checklist's point headings (the circular's words) lose lang=\"nb\"",
    file: 'src/pages/assessment/checklist.rs',
    from: '<h3 class="point-heading" lang="nb">',
    to: '<h3 class="point-heading">',
    test: 'a11y',
    only: "lang: <html lang> follows the UI language",
  },
  {
    name: 'answer-change-link-goes-home',
    what: 'the "Endre" link next to an answer leads to the start page',
    file: 'src/parts/answer_summary.rs',
    from: '<a href=change aria-label=',
    to: '<a href="#/" aria-label=',
    test: 'trees',
  },
  {
    name: 'open-points-hidden',
    what: 'the questions answered "Vet ikke" are not listed as open points',
    file: 'src/parts/answer_summary.rs',
    from: '(!facts.is_empty()).then(',
    to: '(facts.len() > 99).then(',
    test: 'trees',
    only: 'each question answered "Vet ikke"',
  },
  {
    name: 'answers-always-bokmal',
    what: 'the answers on a result stay in bokmål whatever the UI language',
    file: 'src/parts/answer_summary.rs',
    from: 'answer_label(fact, answer, state.lang.get())',
    to: 'answer_label(fact, answer, rundskriv_core::ui_strings::Lang::Nb)',
    test: 'a11y',
    only: 'switching language on a result keeps the result and its answers',
  },
  // What loads the texts the first load leaves out (docs/architecture.md, "Texts on demand"):
  // natively every file is compiled in, so only the browser can notice these.
  {
    name: 'tree-texts-always-at-hand',
    what: "a tree shown before bokmål's tree texts are loaded (its questions blank)",
    file: 'crates/core/src/lang_texts.rs',
    from: 'pub fn trees_available(lang: Lang) -> bool {\n    file_text(lang).is_some()',
    to: 'pub fn trees_available(lang: Lang) -> bool {\n    let _ = lang;\n    true',
    test: 'texts',
    only: 'the start page fetches no text file',
  },
  {
    name: 'words-always-at-hand',
    what: "a page shown before the circular's words are loaded (its text blank)",
    file: 'crates/core/src/content_words.rs',
    from: 'pub fn available() -> bool {\n    text().is_some()',
    to: 'pub fn available() -> bool {\n    true',
    test: 'texts',
    only: 'the start page fetches no text file',
  },
  {
    name: 'texts-file-unchecked',
    what: "a language file used without checking it is this build's",
    file: 'crates/core/src/lang_texts.rs',
    from: '    verify(lang, &text)?;\n',
    to: '',
    test: 'delivery',
    only: 'nynorsk and English texts load when chosen',
  },
];

// The tools scripts/setup.sh installs: wasm-bindgen, and npm's wasm-opt (scripts/build.mjs).
const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${join(homedir(), '.cargo/bin')}:${process.env.PATH}` };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const chosen = process.argv.slice(2);
const mutants = chosen.length ? MUTANTS.filter((m) => chosen.includes(m.name)) : MUTANTS;
if (chosen.length && mutants.length !== chosen.length) {
  console.error(`unknown mutant name; the names are: ${MUTANTS.map((m) => m.name).join(', ')}`);
  process.exit(2);
}
const seed = run('cargo', ['run', '--quiet', '-p', 'rundskriv-tools', '--bin', 'seed_json']);
if (!seed.ok) throw new Error(`seed_json failed:\n${seed.output}`);
writeFileSync(join(ROOT, 'target/seed.json'), seed.output);

// One handler for the whole run: Ctrl-C puts back the file the current mutant changed.
let restoreOnInterrupt = () => {};
process.on('SIGINT', () => {
  restoreOnInterrupt();
  process.exit(130);
});

const rows = [];
for (const mutant of mutants) {
  const path = join(ROOT, mutant.file);
  const original = readFileSync(path, 'utf8');
  // A mutant whose text is gone (the code moved on) must be rewritten, not silently skipped.
  if (original.split(mutant.from).length !== 2) {
    rows.push([mutant.name, 'NOT FOUND', `${mutant.file} no longer holds the text once`]);
    continue;
  }
  const restore = () => writeFileSync(path, original);
  restoreOnInterrupt = restore;
  try {
    writeFileSync(path, original.replace(mutant.from, mutant.to));
    const started = Date.now();
    const build = run('node', ['scripts/build.mjs']);
    let outcome;
    if (!build.ok) {
      outcome = 'unviable';
      console.error(build.output.split('\n').filter((l) => /error/i.test(l)).slice(0, 5).join('\n'));
    }
    else {
      const only = mutant.only ? [`--test-name-pattern=^${mutant.only.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`] : [];
      const tests = run('node', ['--test', '--test-concurrency=1', ...only, `tests/browser/${mutant.test}.test.mjs`]);
      outcome = tests.ok ? 'MISSED' : 'caught';
    }
    rows.push([mutant.name, outcome, `${mutant.what} (${mutant.test}.test.mjs, ${Math.round((Date.now() - started) / 1000)} s)`]);
  } finally {
    restore();
    restoreOnInterrupt = () => {};
  }
  console.log(rows.at(-1).join(' | '));
}
// dist/ must not be left holding the last mutant's build.
if (!run('node', ['scripts/build.mjs']).ok) console.error('the final build of the real code failed');
console.log('\n| mutant | outcome | what it changes (test file, time) |\n|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const bad = rows.filter(([, outcome]) => outcome !== 'caught').length;
console.log(`\n${rows.length - bad} of ${rows.length} caught`);
process.exitCode = bad ? 1 : 0;
