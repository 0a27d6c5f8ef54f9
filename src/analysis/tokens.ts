/**
 * Word tokens with offsets and Porter stems. Every phrase in a rule file and every sentence of a
 * policy go through this one tokenizer, so "e-mail" in a rule and "e-mail" in a policy agree.
 */
// The natural package index pulls in database drivers and prints to stdout; the stemmer alone is tiny.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

export interface Token {
  /** Lower-case surface form, curly apostrophes made straight. */
  lower: string;
  stem: string;
  start: number;
  end: number;
  /** A comma, semicolon, colon or dash stands between this token and the one before. */
  clauseBreak: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const stemCache = new Map<string, string>();

export function stem(lower: string): string {
  let s = stemCache.get(lower);
  if (s === undefined) {
    // Possessives and contractions stem by their base word: "company's" → "compani".
    const base = lower.replace(/'s$/, '');
    s = /^\d/.test(base) ? base : PorterStemmer.stem(base);
    if (stemCache.size < 200_000) stemCache.set(lower, s);
  }
  return s;
}

const BREAK = /[,;:()\u2013\u2014]/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    const between = text.slice(last, m.index);
    out.push({ lower, stem: stem(lower), start: m.index, end: m.index + m[0].length, clauseBreak: BREAK.test(between) });
    last = m.index + m[0].length;
  }
  return out;
}
