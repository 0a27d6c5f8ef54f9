/**
 * Bulk suppressions at work: recording the findings of a run as accepted (--suppress-all,
 * --suppress-rule), pruning what no longer occurs (--prune-suppressions), and applying the file to
 * a run, so that only findings beyond the accepted ones fail.
 *
 * A finding is accepted when its fingerprint is on record for its file and rule. A finding whose
 * message quotes the text it points at (a placeholder, a promise) is fingerprinted by the rule and
 * that text: it survives lines moving and a reworded message, and a finding on new or changed text
 * is new. Any other (a missing disclosure, which points at the title) is fingerprinted by its
 * message without numbers, so editing the title changes nothing; as a later version may reword the
 * message, such a finding also takes the place of an unmatched fingerprint of its rule. An entry
 * written by hand with a count and no fingerprints accepts the rule's findings while there are no
 * more than the count (ESLint's rule).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { recount } from '../rules/counts.js';
import type { LintMessage, LintResult, SuppressedMessage } from '../types.js';
import type { SuppressionEntry, Suppressions } from './file.js';

export interface Unused {
  file: string;
  rule: string;
  count: number;
}

const flat = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The text the finding points at, when its message quotes it (the finding is about that text). */
function quotedText(m: LintMessage, lineStarts: number[], source: string): string | null {
  const start = offset(lineStarts, m.line, m.column);
  const end = m.endLine === undefined ? start : offset(lineStarts, m.endLine, m.endColumn ?? 1);
  const pointed = flat(source.slice(start, Math.max(start, end)));
  // A long quote is cut in the message: its opening words are enough to tell.
  return pointed && flat(m.message).includes(pointed.slice(0, 20)) ? pointed : null;
}

function fingerprint(m: LintMessage, quoted: string | null): string {
  const what = quoted ?? m.message.replace(/\d+/g, '#');
  return crypto.createHash('sha256').update(`${m.ruleId}\n${what}`).digest('hex').slice(0, 16);
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function offset(starts: number[], line: number, column: number): number {
  return (starts[line - 1] ?? starts[starts.length - 1]) + column - 1;
}

/** The findings that may be accepted: rule findings, not files that could not be linted. */
function suppressible(r: LintResult): LintMessage[] {
  return r.messages.filter((m) => m.ruleId !== null && !m.fatal);
}

interface Printed {
  message: LintMessage;
  print: string;
  /** The message does not quote what the finding points at: its fingerprint is the message. */
  byMessage: boolean;
}

function byRule(r: LintResult): Map<string, Printed[]> {
  const starts = lineStartsOf(r.source ?? '');
  const out = new Map<string, Printed[]>();
  for (const m of suppressible(r)) {
    const list = out.get(m.ruleId!) ?? [];
    const quoted = quotedText(m, starts, r.source ?? '');
    list.push({ message: m, print: fingerprint(m, quoted), byMessage: quoted === null });
    out.set(m.ruleId!, list);
  }
  return out;
}

export function keyOf(filePath: string, base: string): string {
  return path.relative(base, filePath).split(path.sep).join('/');
}

/** --suppress-all (rules undefined) or --suppress-rule: the run's findings become the accepted ones. */
export function record(data: Suppressions, results: LintResult[], base: string, rules?: Set<string>): Suppressions {
  const out: Suppressions = structuredClone(data);
  for (const r of results) {
    const key = keyOf(r.filePath, base);
    // --suppress-all replaces what the file had: what no longer occurs goes with it.
    const entries = rules ? { ...(out[key] ?? {}) } : {};
    for (const [rule, found] of byRule(r)) {
      if (rules && !rules.has(rule)) continue;
      entries[rule] = { count: found.length, fingerprints: found.map((f) => f.print) };
    }
    out[key] = entries;
  }
  return out;
}

/** --prune-suppressions: entries of the linted files shrink to what still occurs. */
export function prune(data: Suppressions, results: LintResult[], base: string): Suppressions {
  const out: Suppressions = structuredClone(data);
  for (const r of results) {
    const key = keyOf(r.filePath, base);
    if (!out[key] || r.messages.some((m) => m.fatal)) continue;
    const found = byRule(r);
    for (const [rule, entry] of Object.entries(out[key])) {
      const list = found.get(rule) ?? [];
      if (!entry.fingerprints) {
        out[key][rule] = { count: Math.min(entry.count, list.length) };
        continue;
      }
      // What is still accepted, under the fingerprints it has now.
      const kept = accept(list, entry).accepted.map((f) => f.print);
      out[key][rule] = { count: kept.length, fingerprints: kept };
    }
  }
  return out;
}

function takeOne(list: string[], item: string): boolean {
  const i = list.indexOf(item);
  if (i === -1) return false;
  list.splice(i, 1);
  return true;
}

/**
 * The run with the accepted findings moved to suppressedMessages (kind "external", as SARIF calls
 * a suppression kept outside the file), and the entries that accepted more than now occurs.
 */
export function applySuppressions(results: LintResult[], data: Suppressions, base: string, fileName: string): { results: LintResult[]; unused: Unused[] } {
  const unused: Unused[] = [];
  const out = results.map((r) => {
    const key = keyOf(r.filePath, base);
    const entries = data[key];
    if (!entries || r.messages.some((m) => m.fatal)) return r;
    const accepted = new Set<LintMessage>();
    const found = byRule(r);
    for (const [rule, entry] of Object.entries(entries)) {
      const outcome = accept(found.get(rule) ?? [], entry);
      if (outcome.unused > 0) unused.push({ file: key, rule, count: outcome.unused });
      for (const f of outcome.accepted) accepted.add(f.message);
    }
    if (accepted.size === 0) return r;
    const suppressed: SuppressedMessage[] = [...accepted].map((m) => ({ ...m, suppressions: [{ kind: 'external', justification: fileName }] }));
    return { ...recount(r, r.messages.filter((m) => !accepted.has(m))), suppressedMessages: [...(r.suppressedMessages ?? []), ...suppressed] };
  });
  return { results: out, unused };
}

/** The findings of one file and rule that an entry accepts, and how many of its places are unused. */
function accept(list: Printed[], entry: SuppressionEntry): { accepted: Printed[]; unused: number } {
  if (!entry.fingerprints) {
    return list.length <= entry.count ? { accepted: list, unused: entry.count - list.length } : { accepted: [], unused: 0 };
  }
  const left = [...entry.fingerprints];
  const accepted = list.filter((f) => takeOne(left, f.print));
  const reworded = list.filter((f) => f.byMessage && !accepted.includes(f)).slice(0, left.length);
  return { accepted: [...accepted, ...reworded], unused: left.length - reworded.length };
}
