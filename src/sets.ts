/**
 * Policies that go together: a supplement or notice that hands topics over to its main policy
 * (references with a relative link, profile/references.ts) is completed by that policy when both
 * are linted in one run. Each handed-over requirement then takes the main policy's answer (present,
 * with its evidence and file; or left to the main policy's own finding), and the note that the
 * other policy was not linted goes.
 */
import path from 'node:path';
import type { LintResult } from './types.js';
import { countMessages } from './rules/counts.js';

function candidates(from: string, target: string): string[] {
  const base = path.resolve(path.dirname(from), decodeURI(target));
  return [base, `${base}.md`, path.join(base, 'index.md'), path.join(base, 'README.md')];
}

export function completeFromMainPolicies(results: LintResult[], cwd: string): void {
  const byPath = new Map(results.map((r) => [path.resolve(r.filePath), r]));
  for (const r of results) {
    let changed = false;
    for (const ref of r.applicability?.references ?? []) {
      if (!ref.target) continue;
      const main = candidates(r.filePath, ref.target).map((p) => byPath.get(p)).find((x) => x && x !== r);
      if (!main) continue;
      const where = path.relative(cwd, main.filePath) || main.filePath;
      for (const c of r.coverage) {
        if (c.reference?.line !== ref.line) continue;
        const there = main.coverage.find((x) => x.requirement === c.requirement);
        if (there?.status === 'present') {
          c.status = 'present';
          c.evidence = (there.evidence ?? []).map((e) => ({ ...e, file: where }));
          c.reason = `found in ${where}, which line ${ref.line} hands it over to`;
        } else {
          c.reason = `left to ${where} (linted in the same run), which line ${ref.line} hands it over to`;
        }
      }
      r.messages = r.messages.filter((m) => !(m.ruleId === 'common/cross-reference' && m.line === ref.line));
      ref.resolved = where;
      changed = true;
    }
    if (changed) Object.assign(r, countMessages(r.messages));
  }
}
