/** Builds dist/builtin-rules.json (run by scripts/build.js): see snapshot.ts. */
import fs from 'node:fs';
import path from 'node:path';
import { recordPhrases, type PhraseSnapshot } from '../analysis/phrase.js';
import { useRuleSnapshot, type RuleSnapshot } from './snapshot.js';
import { checksum } from '../checksum.js';
import { Registry, builtinRulesDir } from './registry.js';

export function buildRuleSnapshot(): RuleSnapshot {
  const compiled: PhraseSnapshot = {};
  // Never from an existing dist/builtin-rules.json, which may be stale.
  useRuleSnapshot(undefined);
  recordPhrases(compiled);
  const root = builtinRulesDir();
  const registry = new Registry([root]);
  try {
    // Reads, validates and compiles every built-in pack: a file that fails stops the build.
    registry.allRules();
    registry.facts();
    registry.documents();
  } finally {
    recordPhrases(undefined);
  }
  const phrases: PhraseSnapshot = {};
  for (const source of Object.keys(compiled).sort()) phrases[source] = compiled[source];
  const validated: Record<string, string> = {};
  for (const pack of [...registry.packs.keys()].sort()) {
    for (const f of fs.readdirSync(path.join(root, pack)).filter((f) => f.endsWith('.json')).sort()) {
      validated[`${pack}/${f}`] = checksum(fs.readFileSync(path.join(root, pack, f), 'utf8'));
    }
  }
  for (const f of ['facts.json', 'documents.json']) validated[f] = checksum(fs.readFileSync(path.join(root, f), 'utf8'));
  return { phrases, validated };
}
