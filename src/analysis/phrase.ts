/**
 * Token phrases: the pattern language of rule files for disclosures and conditions.
 * A phrase compiles to a short list of slots matched against a sentence's tokens; the matcher is
 * a bounded walk from each start token, so matching is linear in the text whatever a rule says.
 *
 *   legal basis            stems in sequence ("legal bases" matches too)
 *   (delete|erase) data    alternatives for one word
 *   personal? data         optional word
 *   withdraw ... consent   up to 4 words between; "...8" up to 8 (at most 12)
 *   =us                    exact word, not stemmed
 *   rectif*                any word starting with "rectif"
 *   (right to be forgotten|erasure)   multi-word alternatives expand into separate phrases
 */
import { entryOf, stemNumber, tokenize, type Token } from './tokens.js';

/** id: the stem's number (stem), the word's (exact), -1 (prefix: matched by its text). */
export type Alt = { kind: 'stem' | 'exact' | 'prefix'; value: string; id: number };

function alt(kind: Alt['kind'], value: string): Alt {
  return { kind, value, id: kind === 'stem' ? stemNumber(value) : kind === 'exact' ? entryOf(value, true).word : -1 };
}
export type Slot = { alts: Alt[]; optional: boolean; gap: number };
export interface Phrase {
  source: string;
  slots: Slot[];
  /** The non-optional slots: a matching sentence contains one of each slot's alternatives. */
  required: Slot[];
}

// Every phrase object is made here, with the same fields in the same order: the search loop reads
// thousands of them per document, and one object shape keeps those reads monomorphic.
function phrase(source: string, slots: Slot[]): Phrase {
  return { source, slots, required: slots.filter((s) => !s.optional) };
}

export class PhraseError extends Error {}

const MAX_GAP = 12;
const MAX_SLOTS = 16;

function compileWord(word: string): Alt[][] {
  // Phrases are not regular expressions: "[sz]" would silently become two words that never match.
  if (/[[\]]/.test(word)) throw new PhraseError(`"${word}": phrases take words, (a|b) groups, word?, word*, =word and ...; not regular-expression syntax`);
  // A word may tokenize into several tokens ("e-mail", "6(1)"): each becomes its own slot.
  if (word.startsWith('=')) return tokenize(word.slice(1)).map((t) => [alt('exact', t.lower)]);
  if (word.endsWith('*')) {
    const toks = tokenize(word.slice(0, -1));
    if (toks.length === 0) throw new PhraseError(`"${word}": a prefix needs at least one letter`);
    return toks.map((t, i) => [i === toks.length - 1 ? alt('prefix', t.lower) : alt('stem', t.stem)]);
  }
  return tokenize(word).map((t) => [alt('stem', t.stem)]);
}

export function compilePhrase(source: string): Phrase {
  const slots: Slot[] = [];
  let pendingGap = 0;
  // Split on spaces outside parentheses so "(a b|c)" is one group.
  const words = source.trim().match(/\([^)]*\)\??|\S+/g) ?? [];
  for (const raw of words) {
    const gap = /^\.\.\.(\d*)$/.exec(raw);
    if (gap) {
      pendingGap = gap[1] ? Number(gap[1]) : 4;
      if (pendingGap > MAX_GAP) throw new PhraseError(`"${source}": a gap may span at most ${MAX_GAP} words`);
      continue;
    }
    let word = raw;
    let optional = false;
    if (word.endsWith('?') && word.length > 1) {
      optional = true;
      word = word.slice(0, -1);
    }
    let groups: Alt[][];
    if (word.startsWith('(') && word.endsWith(')')) {
      const alts = word.slice(1, -1).split('|').map((w) => compileWord(w.trim()));
      if (alts.some((a) => a.length !== 1)) throw new PhraseError(`"${source}": each alternative in (…) must be one word`);
      groups = [alts.map((a) => a[0]).flat()];
    } else {
      groups = compileWord(word);
    }
    if (groups.length === 0) continue;
    groups.forEach((alts, i) => {
      slots.push({ alts, optional: optional && groups.length === 1, gap: i === 0 ? pendingGap : 0 });
    });
    pendingGap = 0;
  }
  if (slots.length === 0) throw new PhraseError(`"${source}" has no words`);
  if (slots.length > MAX_SLOTS) throw new PhraseError(`"${source}" has more than ${MAX_SLOTS} words`);
  if (slots.every((s) => s.optional)) throw new PhraseError(`"${source}": at least one word must be required`);
  // Bounds the matcher's branching: (gap + 1) ^ gaps steps per start token at most.
  if (slots.filter((s) => s.gap > 0 || s.optional).length > 4) throw new PhraseError(`"${source}" has more than 4 gaps and optional words`);
  return phrase(source, slots);
}

const MAX_EXPANSIONS = 64;

/** Expands groups with multi-word alternatives ("(age of|aged)?") into one phrase per choice. */
export function expandPhrase(source: string): string[] {
  const group = /\(([^()]*)\)(\??)/g;
  let m: RegExpExecArray | null;
  while ((m = group.exec(source))) {
    const alts = m[1].split('|').map((a) => a.trim());
    // Groups of single words stay one slot; a group with any multi-token choice ("sub-processors") expands.
    if (alts.every((a) => tokenize(a.replace(/^=|\*$/g, '')).length === 1)) continue;
    if (m[2] === '?') alts.push('');
    const out: string[] = [];
    for (const a of alts) {
      const replaced = `${source.slice(0, m.index)}${a}${source.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
      if (replaced) out.push(...expandPhrase(replaced));
      if (out.length > MAX_EXPANSIONS) throw new PhraseError(`"${source}" expands into more than ${MAX_EXPANSIONS} phrases`);
    }
    return out;
  }
  return [source];
}

/**
 * Phrases of the built-in packs, compiled at build time (dist/builtin-rules.json, keyed by source):
 * compiling them with the stemmer took a quarter of a one-file run. A source not in the snapshot,
 * from an edited rule or a user pack, is compiled here as usual. Each compiled phrase is stored as
 * one string ("gap,optional,kind+value|kind+value …" per slot), which parses far faster than JSON
 * objects; token values never contain spaces, commas or bars.
 */
export type PhraseSnapshot = Record<string, string[]>;
let snapshot: PhraseSnapshot | undefined;
let recorder: PhraseSnapshot | undefined;
export function usePhraseSnapshot(s: PhraseSnapshot | undefined): void {
  snapshot = s;
}
/** Collects every phrase compilePhrases compiles, encoded by its source (to build the snapshot). */
export function recordPhrases(into: PhraseSnapshot | undefined): void {
  recorder = into;
}

const KINDS: Record<string, Alt['kind']> = { s: 'stem', e: 'exact', p: 'prefix' };

export function encodeSlots(slots: Slot[]): string {
  return slots.map((s) => `${s.gap},${s.optional ? 1 : 0},${s.alts.map((a) => a.kind[0] + a.value).join('|')}`).join(' ');
}

// Rules share words ("personal", "data", "(delete|erase)"): a slot is decoded once and the same
// object serves every phrase that has it (slots are never changed after compiling).
const decodedSlots = new Map<string, Slot>();

export function decodeSlots(code: string): Slot[] {
  return code.split(' ').map((part) => {
    let slot = decodedSlots.get(part);
    if (!slot) {
      const [gap, optional, alts] = part.split(',');
      // Same field order as compilePhrase's slots: one object shape for both.
      slot = { alts: alts.split('|').map((a) => alt(KINDS[a[0]], a.slice(1))), optional: optional === '1', gap: Number(gap) };
      decodedSlots.set(part, slot);
    }
    return slot;
  });
}

/** A rule file's phrase: one or more compiled phrases. */
export function compilePhrases(source: string): Phrase[] {
  if (snapshot && Object.hasOwn(snapshot, source)) return snapshot[source].map((code) => phrase(source, decodeSlots(code)));
  const compiled = expandPhrase(source).map((p) => phrase(source, compilePhrase(p).slots));
  if (recorder) recorder[source] = compiled.map((p) => encodeSlots(p.slots));
  return compiled;
}

function altMatches(a: Alt, t: Token): boolean {
  if (a.kind === 'stem') return t.stemId === a.id;
  if (a.kind === 'exact') return t.word === a.id;
  return t.lower.startsWith(a.value);
}

function slotMatches(s: Slot, t: Token): boolean {
  for (const a of s.alts) if (altMatches(a, t)) return true;
  return false;
}

/** End (exclusive token index) of a match of slots[k..] starting at token i, or -1. */
function walk(slots: Slot[], k: number, tokens: Token[], i: number): number {
  if (k === slots.length) return i;
  const s = slots[k];
  const maxSkip = k === 0 ? 0 : s.gap;
  for (let skip = 0; skip <= maxSkip && i + skip < tokens.length; skip++) {
    if (slotMatches(s, tokens[i + skip])) {
      const end = walk(slots, k + 1, tokens, i + skip + 1);
      if (end >= 0) return end;
    }
  }
  if (s.optional) return walk(slots, k + 1, tokens, i);
  return -1;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Token indexes [first, last + 1). */
  from: number;
  to: number;
}

/** The first match, among those that end after token `after` (a lead-in before a list item must not match alone). */
export function matchPhrase(phrase: Phrase, tokens: Token[], after = 0): PhraseMatch | null {
  for (let i = 0; i < tokens.length; i++) {
    const end = walk(phrase.slots, 0, tokens, i);
    if (end > i && end > after) return { phrase, from: i, to: end };
  }
  return null;
}

/**
 * The first match that starts at or after token `from` and ends by token `to` (exclusive), without
 * copying the tokens: frames read many clauses of one sentence.
 */
export function matchPhraseIn(phrase: Phrase, tokens: Token[], from: number, to = tokens.length): PhraseMatch | null {
  for (let i = from; i < to; i++) {
    const end = walk(phrase.slots, 0, tokens, i);
    if (end > i && end <= to) return { phrase, from: i, to: end };
  }
  return null;
}

export function matchAny(phrases: Phrase[], tokens: Token[]): PhraseMatch | null {
  for (const p of phrases) {
    const m = matchPhrase(p, tokens);
    if (m) return m;
  }
  return null;
}

