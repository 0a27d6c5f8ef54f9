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

/** Is there a comma, semicolon, colon, parenthesis or dash in text[from..to)? */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // , ; : ( ) – —
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014) return true;
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
    out.push({ lower, stem: stem(lower), start: m.index, end, clauseBreak: hasBreak(text, last, m.index) });
    last = end;
  }
  return out;
}
