/** A result's counts follow from its messages: one way to count them, for the engine and for every filter after it (only-changed, --quiet, --fix). */
import type { LintMessage, LintResult } from '../types.js';

export function countMessages(messages: LintMessage[]): Pick<LintResult, 'errorCount' | 'warningCount' | 'fatalErrorCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else if (m.severity === 1) warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  return { errorCount, warningCount, fatalErrorCount };
}

/** The result with only `messages`, counted again (keys stay in the result's order, so JSON output does not change). */
export function recount(r: LintResult, messages: LintMessage[]): LintResult {
  return { ...r, messages, ...countMessages(messages) };
}
