/**
 * A short, seeded fuzz run (npm run fuzz runs 10,000 at full size and prints timings): every input,
 * damaged or pathological, in every format, as a file or as stdin, is linted or refused with one
 * fatal message; none reaches a defect of ours.
 */
import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { Linter } from '../src/lint.js';
import { fuzzInputs } from './fuzz/inputs.js';
import { crashed, lintOne } from './fuzz/lint-one.js';

describe('fuzzed inputs', () => {
  it('are linted, or refused with one fatal message, and never crash', () => {
    const linter = new Linter({ useConfig: false, now: '2026-11-23' });
    fc.assert(
      fc.property(fuzzInputs(0.05), (input) => {
        const outcome = lintOne(linter, input);
        expect(crashed(outcome)).toBeNull();
        // Linted or refused, the file is in the report.
        expect(outcome.result).toBeDefined();
        if (outcome.problems.length > 0) expect(outcome.result!.messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null })]);
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });
});
