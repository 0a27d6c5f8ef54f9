/** Compiles every phrase of the built-in packs, for dist/phrases.json (run by scripts/build.js). */
import { compilePhrase, encodeSlots, expandPhrase, recordPhraseSources, type PhraseSnapshot } from '../analysis/phrase.js';
import { ignorePhraseSnapshot } from './snapshot.js';
import { Registry, builtinRulesDir } from './registry.js';

export function buildPhraseSnapshot(): PhraseSnapshot {
  const sources = new Set<string>();
  // Never from an existing dist/phrases.json, which may be stale.
  ignorePhraseSnapshot();
  recordPhraseSources(sources);
  try {
    new Registry([builtinRulesDir()]).allRules();
  } finally {
    recordPhraseSources(undefined);
  }
  const out: PhraseSnapshot = {};
  for (const source of [...sources].sort()) out[source] = expandPhrase(source).map((p) => encodeSlots(compilePhrase(p).slots));
  return out;
}
