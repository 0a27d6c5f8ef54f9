/**
 * The bulk-suppressions file (ESLint's eslint-suppressions.json, with fingerprints): the findings a
 * team accepted when it adopted policylint on an existing policy. Keyed by file (relative to the
 * file's folder, with /) and rule; each entry counts the findings and fingerprints them, so a new
 * finding of the same rule in the same file is told apart from the accepted ones.
 */
import fs from 'node:fs';
import { writeAtomically } from '../atomic-write.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'policylint-suppressions.json';

export interface SuppressionEntry {
  count: number;
  /** One per accepted finding: the rule and the text it points at (see fingerprint.ts). */
  fingerprints?: string[];
}

/** file → rule id → entry. */
export type Suppressions = Record<string, Record<string, SuppressionEntry>>;

export class SuppressionsError extends Error {}

export function readSuppressions(file: string): Suppressions {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new SuppressionsError(`cannot read the suppressions file ${file}: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SuppressionsError(`the suppressions file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const problem = shapeProblem(data);
  if (problem) throw new SuppressionsError(`the suppressions file ${file} is malformed: ${problem}; regenerate it with --suppress-all`);
  return data as Suppressions;
}

function shapeProblem(data: unknown): string | null {
  if (!isObject(data)) return 'expected an object of files';
  for (const [file, rules] of Object.entries(data)) {
    if (!isObject(rules)) return `"${file}" is not an object of rules`;
    for (const [rule, entry] of Object.entries(rules)) {
      if (!isObject(entry) || !Number.isInteger(entry.count) || (entry.count as number) < 0) return `"${file}" → "${rule}" needs a whole "count"`;
      if (entry.fingerprints !== undefined && !(Array.isArray(entry.fingerprints) && entry.fingerprints.every((f) => typeof f === 'string'))) {
        return `"${file}" → "${rule}" has "fingerprints" that are not a list of strings`;
      }
    }
  }
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Sorted, one entry per line group, so the file diffs well in review; empty entries are left out. */
export function writeSuppressions(file: string, data: Suppressions): void {
  const sorted: Suppressions = {};
  for (const f of Object.keys(data).sort()) {
    const rules = Object.keys(data[f]).filter((r) => data[f][r].count > 0).sort();
    if (rules.length === 0) continue;
    sorted[f] = Object.fromEntries(rules.map((r) => [r, { count: data[f][r].count, ...(data[f][r].fingerprints?.length ? { fingerprints: [...data[f][r].fingerprints!].sort() } : {}) }]));
  }
  writeAtomically(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
