// The mutation score per crate from cargo-mutants' outcomes (target/mutants/<crate>/mutants.out/),
// against the goal of 90 % of viable mutants caught, and every missed mutant that docs/mutants.md
// does not argue as equivalent. Usage: node scripts/mutants-summary.mjs model compiler core
import { existsSync, readFileSync } from 'node:fs';

const GOAL = 0.9;
// Only the section that argues equivalents counts; the survivors listed elsewhere are not argued.
const doc = readFileSync('docs/mutants.md', 'utf8');
const start = doc.indexOf('### Missed mutants that cannot change behaviour');
const end = doc.indexOf('\n## ', start);
const argued = start < 0 ? '' : doc.slice(start, end < 0 ? undefined : end);
const crates = process.argv.slice(2);
let unexplained = 0;

console.log('| crate | mutants | unviable | viable | caught | missed | timeout | score | goal | minutes |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---:|');
const survivors = [];
for (const crate of crates) {
    const dir = `target/mutants/${crate}/mutants.out`;
    if (!existsSync(`${dir}/outcomes.json`)) {
        console.log(`| ${crate} | not run | | | | | | | | |`);
        continue;
    }
    const read = (file) => JSON.parse(readFileSync(file, 'utf8')).outcomes.filter((o) => o.scenario !== 'Baseline' && o.scenario.Mutant);
    // A second pass (the compiler's missed mutants with the core's tests too, scripts/mutants.sh)
    // decides the mutants it ran again.
    const again = `target/mutants/${crate}/with-core/mutants.out/outcomes.json`;
    const rerun = new Map(existsSync(again) ? read(again).map((o) => [o.scenario.Mutant.name, o]) : []);
    const mutants = read(`${dir}/outcomes.json`).map((o) => rerun.get(o.scenario.Mutant.name) ?? o);
    const count = (summary) => mutants.filter((o) => o.summary === summary).length;
    const caught = count('CaughtMutant');
    const missed = count('MissedMutant');
    const timeout = count('Timeout');
    const unviable = count('Unviable');
    const viable = caught + missed + timeout;
    // A timeout means the mutant made a test hang: the tests noticed (cargo-mutants counts it apart).
    const score = viable ? (caught + timeout) / viable : 1;
    const seconds = existsSync(`target/mutants/${crate}/seconds`)
        ? Number(readFileSync(`target/mutants/${crate}/seconds`, 'utf8'))
        : NaN;
    console.log(
        `| ${crate} | ${mutants.length} | ${unviable} | ${viable} | ${caught} | ${missed} | ${timeout} | ` +
            `${(score * 100).toFixed(1)} % | ${score >= GOAL ? 'ok' : 'BELOW'} | ${Number.isNaN(seconds) ? '—' : (seconds / 60).toFixed(0)} |`,
    );
    for (const o of mutants.filter((o) => o.summary === 'MissedMutant')) {
        const name = o.scenario.Mutant.name;
        // docs/mutants.md names each argued mutant by its text without the line:column, which moves.
        const key = name.replace(/^([^:]+):\d+:\d+: /, '$1: ');
        const isArgued = argued.includes(key);
        if (!isArgued) unexplained += 1;
        survivors.push(`${isArgued ? 'argued  ' : 'MISSED  '} ${name}`);
    }
}
if (survivors.length) console.log(`\nSurviving mutants:\n${survivors.join('\n')}`);
console.log(`\n${unexplained} surviving mutant(s) neither killed nor argued in docs/mutants.md`);
process.exitCode = unexplained ? 1 : 0;
