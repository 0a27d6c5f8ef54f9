/**
 * workspace/executeCommand: policylint.lintDocument, policylint.lintWorkspace and
 * policylint.showCoverage. Each returns plain JSON, so any client can show it its own way.
 */
import type { CoverageEntry } from '../../types.js';
import type { DocumentLint } from './documents.js';
import { coverageCounts, coverageText } from '../../report/coverage.js';

export const COMMANDS = {
  lintDocument: 'policylint.lintDocument',
  lintWorkspace: 'policylint.lintWorkspace',
  showCoverage: 'policylint.showCoverage',
} as const;

export interface CoverageReport {
  uri: string;
  jurisdictions: string[];
  coverage: CoverageEntry[];
  counts: Record<'present' | 'missing' | 'not-applicable', number>;
  /** The same report as text, for clients that just print it. */
  text: string;
}

/** The URI a command was invoked for: a string, `{ uri }`, or the client's active document. */
export function uriArgument(args: unknown[] | undefined, fallback: string | undefined): string | undefined {
  const a = args?.[0];
  if (typeof a === 'string') return a;
  if (a && typeof a === 'object' && typeof (a as { uri?: unknown }).uri === 'string') return (a as { uri: string }).uri;
  return fallback;
}

export function coverageReport(state: DocumentLint): CoverageReport {
  const coverage = state.result?.coverage ?? [];
  const text = coverageText(state.filePath, state.result, state.problem?.message);
  return { uri: state.uri, jurisdictions: state.result?.jurisdictions ?? [], coverage, counts: coverageCounts(state.result), text };
}
