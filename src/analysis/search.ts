/**
 * Finds phrase matches across a document. An inverted index from stems to sentences means a rule
 * with hundreds of phrases only walks the few sentences that share a word with each phrase.
 */
import { matchPhrase, requiredKeys, type Phrase, type PhraseMatch } from './phrase.js';
import { isNegated } from './negation.js';
import type { Sentence } from '../sections/model.js';

export interface Hit {
  sentence: Sentence;
  match: PhraseMatch;
  negated: boolean;
}

export class TextIndex {
  private byStem = new Map<string, number[]>();
  private byWord = new Map<string, number[]>();
  private prefixCache = new Map<string, number[]>();

  constructor(readonly sentences: Sentence[]) {
    for (const s of sentences) {
      for (const t of s.tokens) {
        push(this.byStem, t.stem, s.index);
        push(this.byWord, t.lower, s.index);
      }
    }
  }

  private candidates(phrase: Phrase): number[] {
    const ids = new Set<number>();
    for (const alt of requiredKeys(phrase)) {
      const list =
        alt.kind === 'stem' ? this.byStem.get(alt.value) : alt.kind === 'exact' ? this.byWord.get(alt.value) : this.prefix(alt.value);
      if (list) for (const id of list) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b);
  }

  private prefix(p: string): number[] {
    let list = this.prefixCache.get(p);
    if (!list) {
      const ids = new Set<number>();
      for (const [w, l] of this.byWord) if (w.startsWith(p)) for (const id of l) ids.add(id);
      list = [...ids];
      this.prefixCache.set(p, list);
    }
    return list;
  }

  /** Every sentence (in document order) where one of the phrases matches; first phrase wins per sentence. */
  find(phrases: Phrase[], accept: (s: Sentence) => boolean = () => true): Hit[] {
    const hits = new Map<number, Hit>();
    for (const phrase of phrases) {
      for (const id of this.candidates(phrase)) {
        if (hits.has(id)) continue;
        const sentence = this.sentences[id];
        if (!accept(sentence)) continue;
        const match = matchPhrase(phrase, sentence.tokens);
        if (match) hits.set(id, { sentence, match, negated: isNegated(sentence.tokens, match.from, match.to) });
      }
    }
    return [...hits.values()].sort((a, b) => a.sentence.index - b.sentence.index);
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}
