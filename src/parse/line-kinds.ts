/**
 * What a single line of policy text looks like: a heading, a list item that lost its bullet,
 * a "Label: value" line, a lead-in that promises a list. Shared by the plain-text parser and the
 * empty-list check, so both agree on what counts as a list.
 */
const BULLET = /^\s*(?:[-*+•◦▪▫‣⁃·●○■□–—]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}\))\s+/i;
const NUMBERED = /^\s*((?:\d{1,2}\.)+\d{0,2}|\d{1,2}|[IVX]{1,5}\.|[A-Z]\.|(?:section|article|part)\s+\d+[.:]?)\s+(?=\S)/i;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'we', 'our', 'your', 'you', 'is', 'are', 'do', 'how', 'what', 'who', 'why', 'us', 'this', 'that', 'about', 'when', 'where', 'which', 'under']);

const CELL_VALUES = new Set(['yes', 'no', 'n/a', 'na', 'none', 'true', 'false', 'x', 'collected', 'optional', 'required', 'varies']);

export function bulletPrefix(line: string): string | null {
  return BULLET.exec(line)?.[0] ?? null;
}

export function numberedPrefix(line: string): string | null {
  return NUMBERED.exec(line)?.[0] ?? null;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** Does the text run on past a sentence's end ("We keep logs. They are deleted")? A title does not. */
export function holdsSentences(s: string): boolean {
  return /[.!?]\s+\S/.test(s);
}

export function isTitleCase(s: string): boolean {
  const ws = words(s);
  if (ws.length === 0) return false;
  if (!/^[\p{Lu}\d"“'(]/u.test(s.trim())) return false;
  if (s === s.toUpperCase() && /\p{Lu}{2}/u.test(s)) return true;
  const content = ws.filter((w) => !SMALL_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (content.length === 0) return true;
  const caps = content.filter((w) => /^["“'(]?[\p{Lu}\d]/u.test(w)).length;
  return caps / content.length >= 0.6;
}

/** A short line that names a section: "1. Who We Are", "YOUR RIGHTS", "How do we use your data?" */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 90 || /[@]|https?:\/\/|www\./i.test(t)) return false;
  if (bulletPrefix(t) || labelOf(t)) return false;
  const num = numberedPrefix(t);
  const rest = num ? t.slice(num.length).trim() : t;
  if (rest.length === 0) return false;
  const n = words(rest).length;
  if (n === 0) return false;
  // A cell of a table that lost its markup ("YES", "NO", "N/A") is not a title.
  if (n === 1 && CELL_VALUES.has(rest.toLowerCase().replace(/[^\p{L}/]/gu, ''))) return false;
  if (/[?]$/.test(rest)) return n <= 14 && /^[\p{Lu}]/u.test(rest);
  if (/[.,;:!"”]$/.test(rest)) return false;
  if (num) return n <= 12 && /^[\p{Lu}"“]/u.test(rest);
  return n <= 10 && isTitleCase(rest);
}

/** "Account data: name, e-mail and billing details." — a short label, a colon, a value. */
export function labelOf(line: string): string | null {
  const m = /^\s*([^:.!?]{1,60}?):\s+\S/.exec(line);
  if (!m) return null;
  const label = m[1].trim();
  const n = words(label).length;
  if (n === 0 || n > 6 || /^https?$/i.test(label)) return null;
  return label;
}

/** A line that ends in ':' and so promises what follows is a list. */
export function isLeadIn(line: string): boolean {
  // A line of words ending in ":"; not a URL scheme, and not a fence of colons ("::: info" ... ":::"
  // opens and closes a site generator's container).
  return /:\s*$/.test(line) && /\p{L}/u.test(line) && !/^\s*(https?|mailto):/i.test(line.trim()) && !/^\s*:::/.test(line);
}

/** Is this line, right after a lead-in, plausibly one item of the promised list? */
export function looksLikeListItem(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (bulletPrefix(t) || labelOf(t)) return true;
  const ws = words(t).length;
  // A fragment without closing punctuation ("Encryption of data at rest") is an item.
  if (!/[.!?]["”']?$/.test(t)) return ws <= 40;
  // One short sentence can be an item; a paragraph of prose is not.
  const sentences = t.split(/[.!?]+\s+(?=[\p{Lu}])/u).length;
  return sentences === 1 && ws <= 16;
}
