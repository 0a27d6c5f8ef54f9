/**
 * npm run fuzz [-- --runs 10000 --seed 1]: the fuzz harness at full size. Prints runs, crashes
 * (shrunk by fast-check to a minimal case), the slowest case against the budget of 1 s per 100 KB,
 * and peak memory. Exit 1 on a crash or a case over budget.
 */
import fc from 'fast-check';
import { Linter } from '../../src/lint.js';
import { fuzzInputs, type FuzzInput } from './inputs.js';
import { crashed, lintOne } from './lint-one.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const runs = opt('runs', 1000);
const seed = opt('seed', 20261206);

// The budget: 1 s per 100 KB, and at least 1 s for any file under 100 KB.
const budgetMs = (input: FuzzInput) => 1000 * Math.max(1, Buffer.byteLength(input.text) / 102400);

const linter = new Linter({ useConfig: false, now: '2026-11-23', maxFileSize: 64 * 1048576 });
let count = 0;
const over: Array<{ input: FuzzInput; ms: number }> = [];
let slowest: { input: FuzzInput; ms: number; ratio: number } | null = null;

const started = performance.now();
const outcome = fc.check(
  fc.property(fuzzInputs(), (input) => {
    count++;
    const t = performance.now();
    const result = lintOne(linter, input);
    const ms = performance.now() - t;
    const ratio = ms / budgetMs(input);
    if (!slowest || ratio > slowest.ratio) slowest = { input, ms, ratio };
    if (ratio > 1) over.push({ input, ms });
    return crashed(result) === null;
  }),
  { numRuns: runs, seed },
);

const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB`;
const describe = (i: FuzzInput) => `${i.shape}, ${i.format}${i.stdin ? ' on stdin' : ''}, ${kb(i.text)}`;
console.log(`runs: ${count} (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (outcome.failed) {
  const [input] = outcome.counterexample ?? [];
  console.log(`crashes: 1 (the run stops at the first); minimal case after ${outcome.numShrinks} shrinks: ${input ? describe(input as FuzzInput) : outcome.errorInstance}`);
  if (input) console.log(`  its text: ${JSON.stringify((input as FuzzInput).text.slice(0, 300))}`);
} else console.log('crashes: 0');
const s = slowest as { input: FuzzInput; ms: number; ratio: number } | null;
if (s) console.log(`slowest against the budget: ${s.ms.toFixed(0)} ms for ${describe(s.input)} (${(s.ratio * 100).toFixed(0)}% of its budget)`);
console.log(`over budget (1 s per 100 KB): ${over.length}${over.length ? `: ${over.slice(0, 5).map((o) => `${describe(o.input)} ${o.ms.toFixed(0)} ms`).join('; ')}` : ''}`);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
process.exitCode = outcome.failed || over.length > 0 ? 1 : 0;
