/**
 * Numbers with units in policy prose: durations ("within 72 hours", "thirty (30) days",
 * "10 business days", "one month"), ages ("under the age of 16", "13 years of age") and money.
 */
export type DurationUnit = 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year';

export interface Quantity {
  value: number;
  unit: DurationUnit | 'age' | 'currency';
  start: number;
  end: number;
  text: string;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, single: 1,
};

// Longer words first: an alternation takes the first that matches, and "six" would cut "sixteen" short.
const NUMBER_WORD = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|single)';
// "thirty (30)", "30", "thirty", "1,000"
const NUMBER = `(?:${NUMBER_WORD}\\s*\\(\\s*\\d{1,6}\\s*\\)|\\d{1,3}(?:,\\d{3})+|\\d{1,6}(?:\\.\\d+)?|${NUMBER_WORD})`;

export function parseNumber(s: string): number | null {
  const paren = /\(\s*(\d+)\s*\)/.exec(s);
  if (paren) return Number(paren[1]);
  const t = s.trim().toLowerCase();
  if (/^[\d,.]+$/.test(t)) return Number(t.replace(/,/g, ''));
  const parts = t.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    if (!(p in SMALL)) return null;
    total += SMALL[p];
  }
  return total;
}

const UNIT = '(hours?|hrs?|(?:business|working|calendar)\\s+days?|days?|weeks?|months?|years?)';
const DURATION = new RegExp(`\\b(${NUMBER})(?:\\s*-\\s*|\\s+)${UNIT}\\b`, 'gi');

function unitOf(raw: string): DurationUnit {
  const u = raw.toLowerCase();
  if (u.startsWith('h')) return 'hour';
  if (/^(business|working)/.test(u)) return 'business-day';
  if (u.includes('day')) return 'day';
  if (u.startsWith('w')) return 'week';
  if (u.startsWith('m')) return 'month';
  return 'year';
}

// Every duration ends in a unit word: text without one is skipped before the long pattern runs.
const UNIT_GUARD = /h(?:ou)?r|day|week|month|year/i;

export function findDurations(text: string): Quantity[] {
  const out: Quantity[] = [];
  if (!UNIT_GUARD.test(text)) return out;
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const value = parseNumber(m[1]);
    // "a day" is a rate, not a deadline, unless it follows "within"/"after".
    if (value === null) continue;
    if (/^(a|an|single)$/i.test(m[1]) && !/\b(within|after|in|of)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ value, unit: unitOf(m[2]), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Roughly in days, to compare limits stated in different units (business days count as 7/5). */
export function toDays(value: number, unit: string): number {
  switch (unit) {
    case 'hour': return value / 24;
    case 'business-day': return (value * 7) / 5;
    case 'week': return value * 7;
    case 'month': return value * 30;
    case 'year': return value * 365;
    default: return value;
  }
}

const AGE = new RegExp(
  `\\b(?:(?:under|below|younger than|less than|over|above|older than|at least)\\s+(?:the\\s+age\\s+of\\s+|age\\s+)?(${NUMBER})|(?:aged?|age of)\\s+(${NUMBER})|(${NUMBER})\\s*(?:years?\\s+(?:of\\s+age|old)|\\+))`,
  'gi',
);

// An age kept (6 to 25) is written with a digit or starts with one of these words; number words
// start at a word boundary in AGE. Text with neither is skipped before the long pattern runs.
const AGE_GUARD = /\d|\b(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)/i;

export function findAges(text: string): Quantity[] {
  const out: Quantity[] = [];
  if (!AGE_GUARD.test(text)) return out;
  AGE.lastIndex = 0;
  for (let m = AGE.exec(text); m; m = AGE.exec(text)) {
    const value = parseNumber(m[1] ?? m[2] ?? m[3]);
    if (value === null || value < 6 || value > 25) continue;
    out.push({ value, unit: 'age', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const MONEY = /(?:[$€£]\s?(\d{1,6}(?:[.,]\d{1,2})?)|\b(\d{1,6}(?:[.,]\d{1,2})?)\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)/gi;

export function findMoney(text: string): Quantity[] {
  const out: Quantity[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    out.push({ value: Number((m[1] ?? m[2]).replace(',', '.')), unit: 'currency', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
