/** Compiles every phrase of the built-in packs, for dist/phrases.json (run by scripts/build.js). */
import { compilePhrase, expandPhrase, recordPhraseSources, usePhraseSnapshot, type PhraseSnapshot } from '../analysis/phrase.js';
import { Registry, builtinRulesDir } from './registry.js';

export function buildPhraseSnapshot(): PhraseSnapshot {
  const sources = new Set<string>();
  usePhraseSnapshot(undefined);
  recordPhraseSources(sources);
  try {
    new Registry([builtinRulesDir()]).allRules();
  } finally {
    recordPhraseSources(undefined);
  }
  const out: PhraseSnapshot = {};
  for (const source of [...sources].sort()) out[source] = expandPhrase(source).map((p) => ({ slots: compilePhrase(p).slots }));
  return out;
}
