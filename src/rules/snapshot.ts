/**
 * What the build worked out about the built-in packs (dist/builtin-rules.json, written by
 * scripts/build.js with snapshot-build.ts), read once per process:
 * - their phrases, compiled (see compilePhrases);
 * - a checksum of each file that passed schema validation, so a run need not validate it again.
 *   A file whose bytes differ (an edited rule, before a rebuild) is validated as usual, and files
 *   outside the built-in folder always are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { usePhraseSnapshot, type PhraseSnapshot } from '../analysis/phrase.js';
import { checksum } from '../checksum.js';

export interface RuleSnapshot {
  phrases: PhraseSnapshot;
  /** Path under the built-in rules/ folder ("gdpr/legal-basis.json") → CRC-32 of its text, hex. */
  validated: Record<string, string>;
}

let loaded = false;
let validated: { root: string; checksums: Record<string, string> } | undefined;

/** Uses the snapshot next to the running bundle, if there is one (there is none when run from src/). */
export function loadRuleSnapshot(builtinRoot: string): void {
  if (loaded) return;
  loaded = true;
  let text: string;
  try {
    text = fs.readFileSync(new URL('./builtin-rules.json', import.meta.url), 'utf8');
  } catch {
    return;
  }
  useRuleSnapshot(JSON.parse(text) as RuleSnapshot, builtinRoot);
}

/** Trust `snapshot` for the files under `root` (or nothing, with undefined). */
export function useRuleSnapshot(snapshot: RuleSnapshot | undefined, root = ''): void {
  loaded = true;
  usePhraseSnapshot(snapshot?.phrases);
  validated = snapshot ? { root: root.endsWith(path.sep) ? root : root + path.sep, checksums: snapshot.validated } : undefined;
}


/** Did the build validate exactly this text for this file? */
export function validatedAtBuild(file: string, text: string): boolean {
  // The registry joins rule paths onto the root it was given, so a prefix test suffices (and
  // path.relative, cold, cost milliseconds a run).
  if (!validated || !file.startsWith(validated.root)) return false;
  const key = file.slice(validated.root.length).split(path.sep).join('/');
  return Object.hasOwn(validated.checksums, key) && validated.checksums[key] === checksum(text);
}
