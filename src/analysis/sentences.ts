/**
 * Splits a block's text into sentences, keeping offsets. Abbreviations common in policies
 * ("e.g.", "Inc.", "U.S.", "No. 5") do not end a sentence.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREV = new Set([
  'e.g', 'i.e', 'etc', 'inc', 'ltd', 'llc', 'co', 'corp', 'no', 'nos', 'art', 'arts', 'sec', 'para', 'mr', 'mrs', 'ms',
  'dr', 'st', 'vs', 'u.s', 'u.k', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'approx', 'cf', 'ca', 'cal', 'civ', 'reg', 'seq', 'et al', 'fig', 'p', 'pp', 'gmbh', 's.a', 'b.v', 'n.v',
]);

const END = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|[.!?]+["'”’)\]]*$/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const before = text.slice(Math.max(start, m.index - 12), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREV.has(word) || /^\p{L}$/u.test(word))) continue;
    const end = m.index + m[0].length;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
