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

// "(i)", "(b)", "(3)": an item marker of an enumeration written inline, after a space or a colon.
const MARKER = /(?<=^|[\s:;,])\(([ivx]{1,4}|[a-j]|[1-9])\)(?=\s)/g;
// Each series an enumeration may use, keyed by its first marker.
const SERIES: Record<string, string[]> = {
  i: ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'],
  a: 'abcdefghij'.split(''),
  '1': '123456789'.split(''),
};

export interface Enumeration {
  lead: SentenceSpan;
  items: SentenceSpan[];
}

/**
 * "You have the right to request: (i) access to your data; (ii) a copy; or (iv) deletion." is a
 * list written as one sentence: each item is read with its lead-in, as a list item after a colon
 * is, so that "deletion" is not forty words away from "request". Only a series that starts at its
 * first marker and runs on in order counts: "Art. 6 (1) (f)" is a citation, not a list.
 */
export function splitEnumeration(text: string, span: SentenceSpan): Enumeration | null {
  const s = text.slice(span.start, span.end);
  const found: Array<{ at: number; marker: string }> = [];
  for (const m of s.matchAll(MARKER)) found.push({ at: m.index, marker: m[1] });
  if (found.length < 2) return null;
  const order = SERIES[found[0].marker];
  if (!order) return null;
  const items: number[] = [found[0].at];
  let next = 1;
  for (const f of found.slice(1)) {
    if (f.marker === order[next]) {
      items.push(f.at);
      next++;
    }
  }
  if (items.length < 2 || !/\p{L}/u.test(s.slice(0, items[0]))) return null;
  const spans: SentenceSpan[] = [];
  pushTrimmed(text, span.start, span.start + items[0], spans);
  items.forEach((at, i) => pushTrimmed(text, span.start + at, i + 1 < items.length ? span.start + items[i + 1] : span.end, spans));
  return spans.length === items.length + 1 ? { lead: spans[0], items: spans.slice(1) } : null;
}

/**
 * "We do not: - Sell or rent your data. - Use it for advertising." is a list whose markup was lost
 * (an HTML paragraph holding dash lines): a lead-in ending in a colon, then two or more items each
 * after a dash that follows the colon or an item's end. Each item is read with its lead-in, so
 * "Sell or rent your data" is denied, not affirmed.
 */
export function splitDashList(text: string): Enumeration | null {
  const colon = text.indexOf(':');
  if (colon < 3 || !/^\s+[-•–]\s+\S/.test(text.slice(colon + 1))) return null;
  // Each marker: where its spaces begin (the item before ends there) and where its item begins.
  const markers = [...text.slice(colon).matchAll(DASH_ITEM)].map((m) => ({ at: colon + m.index, item: colon + m.index + m[0].length }));
  if (markers.length < 2) return null;
  const lead: SentenceSpan[] = [];
  pushTrimmed(text, 0, colon + 1, lead);
  const items: SentenceSpan[] = [];
  markers.forEach((m, i) => pushTrimmed(text, m.item, markers[i + 1]?.at ?? text.length, items));
  return lead.length === 1 && items.length === markers.length ? { lead: lead[0], items } : null;
}

// A dash that opens an item: after the lead-in's colon or an item's closing mark, with spaces around.
const DASH_ITEM = /(?<=[:.;!?])\s+[-•–]\s+(?=\S)/g;
