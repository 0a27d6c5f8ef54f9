/**
 * Word tokens with offsets and Porter stems. Every phrase in a rule file and every sentence of a
 * policy go through this one tokenizer, so "e-mail" in a rule and "e-mail" in a policy agree.
 */
// The natural package index pulls in database drivers and prints to stdout; the stemmer alone is tiny.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { isNegatorWord } from './negation.js';

export interface Token {
  /** Lower-case surface form, curly apostrophes made straight. */
  lower: string;
  stem: string;
  /** Numbers for the word (lower) and its stem, the same in every document: compared as integers. */
  word: number;
  stemId: number;
  /** "not", "never", "don't" …: see negation.ts. */
  negator: boolean;
  start: number;
  end: number;
  /** A comma, semicolon, colon or dash stands between this token and the one before. */
  clauseBreak: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const NUMBER_SIGN = /^\.\s?\d/;
const NOT_A_LIMIT = /^[\s,]+limit(?:ed|ation)\b/i;

/** What is known of a word, once per process: its stem, and numbers for both. */
interface Entry {
  lower: string;
  stem: string;
  word: number;
  stemId: number;
  negator: boolean;
}

// Words get an entry for the life of the process: the search index and the phrase matcher then
// compare numbers, not strings. Policies repeat a small vocabulary (about 100 bytes a word), but a
// language server lives long and a file can be full of unique strings: past the limit, a new word
// is numbered -1 and not kept. Its stem keeps its number if some word or rule phrase has it, so
// phrases still match it; only prefix alternatives ("rectif*") no longer see such a word.
let limit = 500_000;
const vocabulary = new Map<string, Entry>();
const stemIds = new Map<string, number>();
const wordTexts: string[] = [];

/** The number of a stem (a phrase's stem alternative too), given one even if no word has it yet. */
export function stemNumber(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stemIds.size;
    stemIds.set(stem, id);
  }
  return id;
}

/** A word's entry; `keep`: always number it (a rule phrase's own words), whatever the limit. */
export function entryOf(lower: string, keep = false): Entry {
  let e = vocabulary.get(lower);
  if (e === undefined) {
    // Possessives and contractions stem by their base word: "company's" → "compani".
    const base = lower.replace(/'s$/, '');
    const stem = /^\d/.test(base) ? base : PorterStemmer.stem(base);
    if (!keep && vocabulary.size >= limit) return { lower, stem, word: -1, stemId: stemIds.get(stem) ?? -1, negator: isNegatorWord(lower) };
    e = { lower, stem, word: vocabulary.size, stemId: stemNumber(stem), negator: isNegatorWord(lower) };
    vocabulary.set(lower, e);
    wordTexts.push(lower);
  }
  return e;
}

/** How many words the vocabulary keeps (tests set a small limit). */
export function setVocabularyLimit(words: number): void {
  limit = words;
}

/** The word a number stands for. */
export function wordText(word: number): string {
  return wordTexts[word];
}

/** Is there a comma, semicolon, colon, parenthesis or dash in text[from..to)? */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // , ; : ( ) – — and | (a table cell's edge)
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014 || c === 124) return true;
  }
  return false;
}

/** Tokens of text[from..to), with offsets in text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let last = from;
  // The span is lower-cased once, and tokens sliced from it, unless lower-casing changes its length
  // ("İ" becomes two characters): then each token is lower-cased on its own.
  const span = text.slice(from, to);
  const lowered = span.toLowerCase();
  const aligned = lowered.length === span.length;
  const curly = span.includes('’');
  // One shared regex: tokenize runs for every phrase of every rule, and compiling a regex per call
  // cost more than the matching. Safe to share: nothing here calls back into tokenize.
  const re = WORD;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(to, m.index + m[0].length);
    let lower = aligned ? lowered.slice(m.index - from, end - from) : text.slice(m.index, end).toLowerCase();
    if (curly && lower.includes('’')) lower = lower.replace(/’/g, "'");
    const e = entryOf(lower);
    // "Federal Law No. 152-FZ", "Art. 6 No. 1": "No." before a number is "number", not a denial.
    // "including but not limited to your name", "including without limitation": what follows is affirmed.
    const negator =
      e.negator && !(lower === 'no' && NUMBER_SIGN.test(text.slice(end, end + 4))) && !((lower === 'not' || lower === 'without') && NOT_A_LIMIT.test(text.slice(end, end + 16)));
    out.push({ lower: e.lower, stem: e.stem, word: e.word, stemId: e.stemId, negator, start: m.index, end, clauseBreak: hasBreak(text, last, m.index) });
    last = end;
  }
  return out;
}
