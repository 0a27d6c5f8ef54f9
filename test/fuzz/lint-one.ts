/** One fuzz case through the path every file takes (read checks, parse, lint), as a file or as stdin. */
import path from 'node:path';
import type { FileOutcome, Linter } from '../../src/lint.js';
import type { FuzzInput } from './inputs.js';

const EXT = { markdown: 'md', text: 'txt', html: 'html' } as const;

export function lintOne(linter: Linter, input: FuzzInput): FileOutcome {
  if (input.stdin) return linter.lintText(input.text, path.join(linter.cwd, '<stdin>'), input.format, '<stdin>');
  return linter.lintText(input.text, path.join(linter.cwd, `policy.${EXT[input.format]}`), input.format);
}

/** A crash: a defect of ours stopped the file (an input the linter refuses is no crash). */
export function crashed(outcome: FileOutcome): string | null {
  return outcome.problemKind === 'internal' ? outcome.problems.join('; ') : null;
}
