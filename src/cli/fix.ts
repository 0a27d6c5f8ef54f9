/** --fix: applies non-overlapping fixes and replaces the file atomically (write a sibling, rename). */
import fs from 'node:fs';
import path from 'node:path';
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

export function writeAtomically(file: string, text: string): void {
  // Through symlinks: the file the link points to is replaced, and the link stays a link.
  const target = fs.realpathSync(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.policylint-${process.pid}.tmp`);
  const mode = fs.statSync(target).mode;
  fs.writeFileSync(tmp, text, { mode });
  fs.renameSync(tmp, target);
}
