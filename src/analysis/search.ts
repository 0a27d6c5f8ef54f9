/**
 * Finds phrase matches across a document. An inverted index from stems to sentences means a rule
 * with hundreds of phrases only walks the sentences that contain every required word of a phrase:
 * "personal? data ... sell" visits the few sentences with "sell", not every sentence with "data".
 */
import { matchAny, matchPhrase, type Alt, type Phrase, type PhraseMatch, type Slot } from './phrase.js';
import { isNegated } from './negation.js';
import { deniedRow } from './frames.js';
import { wordText } from './tokens.js';
import { compareCodeUnits } from '../order.js';
import { contextTokens, type Sentence } from '../sections/model.js';

export interface Hit {
  sentence: Sentence;
  match: PhraseMatch;
  negated: boolean;
}

const NONE: readonly number[] = [];

export class TextIndex {
  // Keyed by the vocabulary's numbers for stems and words (tokens.ts).
  private byStem = new Map<number, number[]>();
  private byWord = new Map<number, number[]>();
  private prefixCache = new Map<string, readonly number[]>();
  // Compiled phrases are shared by every document, so a slot's sentence list is cached by identity.
  private slotCache = new Map<Slot, readonly number[]>();

  /** Sentences a find() has matched, marked with that call's number. */
  private taken: Uint32Array;
  private calls = 0;

  constructor(readonly sentences: Sentence[]) {
    for (const s of sentences) {
      for (const t of contextTokens(s)) {
        // -1: a word or stem past the vocabulary's limit, which no phrase can name (tokens.ts).
        if (t.stemId >= 0) push(this.byStem, t.stemId, s.index);
        if (t.word >= 0) push(this.byWord, t.word, s.index);
      }
    }
    this.taken = new Uint32Array(sentences.length);
  }

  private postings(alt: Alt): readonly number[] {
    if (alt.kind === 'stem') return this.byStem.get(alt.id) ?? NONE;
    if (alt.kind === 'exact') return this.byWord.get(alt.id) ?? NONE;
    return this.prefix(alt.value);
  }

  /** Sorted ids of sentences containing one of the slot's alternatives. */
  private slotSentences(slot: Slot): readonly number[] {
    if (slot.alts.length === 1) return this.postings(slot.alts[0]);
    let list = this.slotCache.get(slot);
    if (!list) {
      list = this.union(slot.alts.map((a) => this.postings(a)));
      this.slotCache.set(slot, list);
    }
    return list;
  }

  private marks?: Uint8Array;
  /** Union of ascending id lists, ascending. */
  private union(lists: (readonly number[])[]): readonly number[] {
    const nonEmpty = lists.filter((l) => l.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? NONE;
    const marks = (this.marks ??= new Uint8Array(this.sentences.length));
    let lo = Infinity;
    let hi = -1;
    for (const l of nonEmpty) {
      for (const id of l) marks[id] = 1;
      lo = Math.min(lo, l[0]);
      hi = Math.max(hi, l[l.length - 1]);
    }
    const out: number[] = [];
    for (let id = lo; id <= hi; id++) {
      if (marks[id]) {
        out.push(id);
        marks[id] = 0;
      }
    }
    return out;
  }

  /** Does the document hold one of the slot's alternatives? Answered without building the union. */
  private present(slot: Slot): boolean {
    for (const a of slot.alts) {
      if (a.kind === 'prefix' ? this.prefix(a.value).length > 0 : (a.kind === 'stem' ? this.byStem : this.byWord).has(a.id)) return true;
    }
    return false;
  }

  /** Sentences that contain a token for every required slot, rarest slot first. */
  private candidates(phrase: Phrase): readonly number[] {
    const required = phrase.required;
    // Most phrases have a word the document never uses: find that out before merging any lists.
    for (const slot of required) if (!this.present(slot)) return NONE;
    if (required.length === 1) return this.slotSentences(required[0]);
    const lists = required.map((slot) => this.slotSentences(slot));
    lists.sort((a, b) => a.length - b.length);
    let out = lists[0];
    for (let i = 1; i < lists.length && out.length > 0; i++) out = intersect(out, lists[i]);
    return out;
  }

  /** The document's words, sorted, and each one's sentences (for prefixes). */
  private words?: Array<{ text: string; list: number[] }>;
  private prefix(p: string): readonly number[] {
    let list = this.prefixCache.get(p);
    if (!list) {
      // Words sharing a prefix sit together in sorted order: binary-search the first, walk the run.
      const words = (this.words ??= this.sortedWords());
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (words[mid].text < p) lo = mid + 1;
        else hi = mid;
      }
      const lists: number[][] = [];
      for (let i = lo; i < words.length && words[i].text.startsWith(p); i++) lists.push(words[i].list);
      list = this.union(lists);
      this.prefixCache.set(p, list);
    }
    return list;
  }

  private sortedWords(): Array<{ text: string; list: number[] }> {
    return [...this.byWord].map(([word, list]) => ({ text: wordText(word), list })).sort((a, b) => compareCodeUnits(a.text, b.text));
  }

  /**
   * Ids of the sentences that may hold one of the phrases: every required word is there, order and
   * gaps unchecked. A cheap superset of matching(), for ruling sentences out before reading them.
   */
  mayHold(phrases: Phrase[]): Set<number> {
    const out = new Set<number>();
    for (const phrase of phrases) for (const id of this.candidates(phrase)) out.add(id);
    return out;
  }

  /** Ids of the sentences where one of the phrases matches (no negation, no match details). */
  matching(phrases: Phrase[], accept: (s: Sentence) => boolean): Set<number> {
    const found = new Set<number>();
    for (const phrase of phrases) {
      for (const id of this.candidates(phrase)) {
        if (found.has(id)) continue;
        const sentence = this.sentences[id];
        if (accept(sentence) && match(phrase, sentence)) found.add(id);
      }
    }
    return found;
  }

  /**
   * Offers take() the sentences where a phrase matches, phrase by phrase, each phrase's in document
   * order, and leaves a phrase once `enough` of its candidates are taken (now or before: `taken`):
   * see takeUpTo.
   */
  takeFirst(phrases: Phrase[], enough: number, accept: (s: Sentence) => boolean, taken: (id: number) => boolean, take: (s: Sentence, phraseIndex: number) => boolean): void {
    phrases.forEach((phrase, i) => {
      takeUpTo(this.candidates(phrase), enough, taken, (id) => {
        const s = this.sentences[id];
        return accept(s) && match(phrase, s) !== null && take(s, i);
      });
    });
  }

  /**
   * The first of find()'s hits that is not negated, without the rest: a phrase stops at its first
   * such hit, and later phrases look only at sentences before it.
   */
  firstAffirmed(phrases: Phrase[], accept: (s: Sentence) => boolean): Hit | null {
    let best: Hit | null = null;
    const call = ++this.calls;
    for (const phrase of phrases) {
      for (const id of this.candidates(phrase)) {
        if (best && id >= best.sentence.index) break;
        const hit = this.hitAt(phrase, id, call, accept);
        if (hit && !hit.negated) {
          best = hit;
          break;
        }
      }
    }
    return best;
  }

  /**
   * The phrase's hit in sentence `id` for search number `call`, if no earlier phrase of the search
   * took the sentence. A matched sentence is taken even when negated: its first matching phrase decides.
   */
  private hitAt(phrase: Phrase, id: number, call: number, accept: (s: Sentence) => boolean): Hit | null {
    if (this.taken[id] === call) return null;
    const sentence = this.sentences[id];
    if (!accept(sentence)) return null;
    const m = match(phrase, sentence);
    if (!m) return null;
    this.taken[id] = call;
    return { sentence, match: m, negated: isNegated(contextTokens(sentence), m.from, m.to) || deniedByLeadIn(sentence, m.from) || deniedRow(sentence) };
  }

  /** Every sentence (in document order) where one of the phrases matches; first phrase wins per sentence. */
  find(phrases: Phrase[], accept: (s: Sentence) => boolean = () => true): Hit[] {
    const hits: Hit[] = [];
    const call = ++this.calls;
    for (const phrase of phrases) {
      for (const id of this.candidates(phrase)) {
        const hit = this.hitAt(phrase, id, call, accept);
        if (hit) hits.push(hit);
      }
    }
    return hits.length > 1 ? hits.sort((a, b) => a.sentence.index - b.sentence.index) : hits;
  }
}

/**
 * "Your data is never:" then "- used for profiling": a lead-in that ends in a denial denies each
 * item it introduces (the colon between them ends the look-back of isNegated).
 */
function deniedByLeadIn(s: Sentence, from: number): boolean {
  const lead = s.leadIn?.tokens;
  if (!lead || from < lead.length) return false;
  return lead.slice(-2).some((t) => t.negator);
}

/** A phrase in a sentence, or across its lead-in and it (ending in the sentence: the lead-in alone is its own hit). */
function match(phrase: Phrase, s: Sentence): PhraseMatch | null {
  return matchPhrase(phrase, contextTokens(s), s.leadIn?.tokens.length ?? 0);
}

/**
 * Does one of the phrases rule the sentence out? Read with a list item's lead-in ("Under the CCPA,
 * you may request:"), which may withhold a finding from its items. A lead-in never makes one:
 * what a finding requires, or what counts as evidence, is read in the item alone.
 */
export function rulesOut(phrases: Phrase[], s: Sentence): boolean {
  return phrases.length > 0 && matchAny(phrases, contextTokens(s)) !== null;
}

/**
 * Offers take() the items in order (sentences, or their ids, in document order) until `enough` are
 * taken, counting those taken before (taken()): nothing after that point can be among the first
 * `enough` taken, so where only those matter, the rest is never looked at.
 */
export function takeUpTo<T>(items: Iterable<T>, enough: number, taken: (item: T) => boolean, take: (item: T) => boolean): void {
  let n = 0;
  for (const item of items) {
    if ((taken(item) || take(item)) && ++n >= enough) return;
  }
}

function push(map: Map<number, number[]>, key: number, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/** Intersection of two ascending id lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}
