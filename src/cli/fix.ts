/** --fix: applies non-overlapping fixes (main.ts writes the result with atomic-write.ts). */
import type { LintMessage } from '../types.js';

export function applyFixes(source: string, messages: LintMessage[]): { output: string; fixed: LintMessage[] } {
  const fixes = messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0]);
  let out = '';
  let at = 0;
  const fixed: LintMessage[] = [];
  for (const m of fixes) {
    const [from, to] = m.fix!.range;
    if (from < at) continue;
    out += source.slice(at, from) + m.fix!.text;
    at = to;
    fixed.push(m);
  }
  return { output: out + source.slice(at), fixed };
}
