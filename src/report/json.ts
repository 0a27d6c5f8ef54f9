/** CATALOG.md's JSON contract: an array of ESLint-style results with coverage. */
import type { LintResult, ReportContext } from '../types.js';

/** A result as the contract has it: without the linted text, which stays in memory for --fix. */
export function contractResult({ source: _source, ...r }: LintResult): LintResult {
  return r;
}

export function formatJson(ctx: ReportContext): string {
  return JSON.stringify(ctx.results.map(contractResult), null, 2) + '\n';
}
