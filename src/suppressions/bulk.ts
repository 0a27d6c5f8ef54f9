/**
 * Bulk suppressions for a run, as ESLint's --suppress-all, --suppress-rule, --prune-suppressions,
 * --suppressions-location and --pass-on-unpruned-suppressions do for the CLI (the Action only
 * applies the file): record or prune the file first, then apply it, so the report shows only
 * findings beyond the accepted ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../types.js';
import { DEFAULT_SUPPRESSIONS_FILE, readSuppressions, writeSuppressions } from './file.js';
import { applySuppressions, prune, record, type Unused } from './apply.js';

export interface BulkOptions {
  all?: boolean;
  rules?: string[];
  prune?: boolean;
  location?: string;
  passOnUnpruned?: boolean;
}

export interface BulkOutcome {
  results: LintResult[];
  /** Entries that accept more findings than occur: the run fails unless they are pruned or passed. */
  unused: Unused[];
}

export function bulkSuppress(results: LintResult[], opts: BulkOptions, cwd: string): BulkOutcome {
  const file = path.resolve(cwd, opts.location ?? DEFAULT_SUPPRESSIONS_FILE);
  const base = path.dirname(file);
  const exists = fs.existsSync(file);
  const writing = opts.all || opts.rules?.length || opts.prune;
  if (!exists && !writing) return { results, unused: [] };
  let data = readSuppressions(file);
  if (opts.all || opts.rules?.length) data = record(data, results, base, opts.all ? undefined : new Set(opts.rules));
  if (opts.prune) data = prune(data, results, base);
  if (writing) writeSuppressions(file, data);
  const applied = applySuppressions(results, data, base, path.relative(cwd, file) || path.basename(file));
  return { results: applied.results, unused: opts.passOnUnpruned ? [] : applied.unused };
}

/** One line for stderr: which entries no longer occur, and how to remove them. */
export function unusedLine(unused: Unused[]): string {
  const total = unused.reduce((n, u) => n + u.count, 0);
  const byFile = new Map<string, string[]>();
  for (const u of unused) byFile.set(u.file, [...(byFile.get(u.file) ?? []), `${u.rule}${u.count > 1 ? ` ×${u.count}` : ''}`]);
  const files = [...byFile];
  const shown = files.slice(0, 3).map(([file, rules]) => `${file}: ${rules.join(', ')}`).join('; ');
  const more = files.length > 3 ? `; and ${files.length - 3} more files` : '';
  return `${total} suppression${total === 1 ? ' no longer occurs' : 's no longer occur'} (${shown}${more}); remove ${total === 1 ? 'it' : 'them'} with --prune-suppressions`;
}
