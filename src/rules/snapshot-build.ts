/** Compiles every phrase of the built-in packs, for dist/phrases.json (run by scripts/build.js). */
import { recordPhrases, type PhraseSnapshot } from '../analysis/phrase.js';
import { ignorePhraseSnapshot } from './snapshot.js';
import { Registry, builtinRulesDir } from './registry.js';

export function buildPhraseSnapshot(): PhraseSnapshot {
  const compiled: PhraseSnapshot = {};
  // Never from an existing dist/phrases.json, which may be stale.
  ignorePhraseSnapshot();
  recordPhrases(compiled);
  try {
    new Registry([builtinRulesDir()]).allRules();
  } finally {
    recordPhrases(undefined);
  }
  const out: PhraseSnapshot = {};
  for (const source of Object.keys(compiled).sort()) out[source] = compiled[source];
  return out;
}
