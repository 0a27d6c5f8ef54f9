/**
 * Reads the compiled phrases of the built-in packs (dist/phrases.json, written by scripts/build.js
 * with snapshot-build.ts) once per process; see compilePhrases.
 */
import fs from 'node:fs';
import { usePhraseSnapshot, type PhraseSnapshot } from '../analysis/phrase.js';

let loaded = false;
/** Uses the snapshot next to the running bundle, if there is one (there is none when run from src/). */
export function loadPhraseSnapshot(): void {
  if (loaded) return;
  loaded = true;
  let text: string;
  try {
    text = fs.readFileSync(new URL('./phrases.json', import.meta.url), 'utf8');
  } catch {
    return;
  }
  usePhraseSnapshot(JSON.parse(text) as PhraseSnapshot);
}

/** Compile every phrase from its source from now on (when building the snapshot itself). */
export function ignorePhraseSnapshot(): void {
  loaded = true;
  usePhraseSnapshot(undefined);
}
