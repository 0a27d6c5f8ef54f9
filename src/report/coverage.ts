/**
 * The coverage checklist as text: per requirement, present (with the lines that say it), missing
 * (and why it applies) or not applicable (and why not). `policylint --coverage` prints it after the
 * stylish report; the language server's showCoverage command returns it.
 */
import type { LintResult } from '../types.js';

export function coverageCounts(result: LintResult | undefined): Record<'present' | 'missing' | 'not-applicable', number> {
  const counts = { present: 0, missing: 0, 'not-applicable': 0 };
  for (const c of result?.coverage ?? []) counts[c.status]++;
  return counts;
}

/** `shownPath`: the file as the reader knows it; `problem`: why it could not be linted, if so. */
export function coverageText(shownPath: string, result: LintResult | undefined, problem?: string): string {
  const counts = coverageCounts(result);
  const lines = [
    `Coverage of ${shownPath}`,
    `Jurisdictions: ${result?.jurisdictions.length ? result.jurisdictions.join(', ') : 'none detected (draft and common rules only)'}`,
    `${counts.present} present, ${counts.missing} missing, ${counts['not-applicable']} not applicable`,
    '',
  ];
  if (problem) lines.push(`Not linted: ${problem}`);
  for (const c of result?.coverage ?? []) {
    lines.push(`${c.status.padEnd(14)} ${c.requirement}${c.reason ? ` (${c.reason})` : ''}`);
    for (const e of c.evidence ?? []) lines.push(`    line ${e.line}: ${e.text}`);
  }
  return lines.join('\n') + '\n';
}
