/**
 * Calendar dates in policy prose, and which of them is the policy's own date
 * ("Last updated: February 18, 2026", "Effective date: 1 March 2025", front matter `date:`).
 */
export interface FoundDate {
  /** UTC date; day 1 when only month and year are given. */
  date: Date | null;
  /** The text as written; date is null when it is not a real date ("2024-00-00", "February 30, 2025"). */
  text: string;
  start: number;
  end: number;
  precision: 'day' | 'month';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
// With a day and a year around it, a misspelt month ("29th Janurary 2025") is still a date; alone
// ("Marketing 2020") it is not, so only the day-month-year shapes take it.
const MONTH_OR_TYPO = MONTH.replace(/\)$/, '|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{3,6})');
const DATE = new RegExp(
  [
    `\\b${MONTH_OR_TYPO},?\\s+(\\d{1,2})(?:\\^?\\(?(?:st|nd|rd|th)\\)?)?,?\\s+(\\d{4})\\b`, // February 18, 2026; "September, 7th 2020"; "20^(th)" (superscript)
    `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?:of\\s+)?${MONTH_OR_TYPO}(?:,?\\s+|-)(\\d{4})\\b`, // 18 February 2026, 17-Feb-2026
    `\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])`, // 2026-02-18, 2024-6-26, 2024/06/26, 2020-07-11T21:00:00Z
    `\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b`, // 02/18/2026, 18.02.2026 or 06-01-2025
    `\\b${MONTH}(?:,\\s*|\\s+)(\\d{4})\\b`, // February 2026, "March,2023"
    `\\b(0?[1-9]|1[0-2])/(\\d{4})\\b`, // 05/2019
    `\\b(\\d{4})\\s+${MONTH}\\s+(\\d{1,2})\\b`, // 2017 Mar 17
  ].join('|'),
  'gi',
);

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function make(y: number, m: number, d: number): Date | null {
  if (m < 0 || m > 11 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCMonth() === m ? date : null;
}

// Every form of DATE has a four-digit year: text without one is skipped at the cost of a digit scan.
const YEAR = /\d{4}/;

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  if (!YEAR.test(text)) return out;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    let date: Date | null;
    let precision: FoundDate['precision'] = 'day';
    if (m[1]) date = make(+m[3], monthIndex(m[1]), +m[2]);
    else if (m[4]) date = make(+m[6], monthIndex(m[5]), +m[4]);
    else if (m[7]) date = make(+m[7], +m[8] - 1, +m[9]);
    else if (m[10]) {
      // Month/day order is ambiguous; US order first, then day/month.
      const a = +m[10], b = +m[11], y = +m[12];
      date = a <= 12 ? make(y, a - 1, b) : make(y, b - 1, a);
    } else if (m[13]) {
      date = make(+m[14], monthIndex(m[13]), 1);
      precision = 'month';
    } else if (m[15]) {
      date = make(+m[16], +m[15] - 1, 1);
      precision = 'month';
    } else date = make(+m[17], monthIndex(m[18]), +m[19]);
    out.push({ date, text: m[0], start: m.index, end: m.index + m[0].length, precision });
  }
  return out;
}

/** Labels between a policy-date label and a date that make the date another one ("Last Reviewed: … Next Review Date: July 14, 2025"). */
export const LATER_DATE_LABEL = /\bnext\s+(?:review|update|revision)|\breview\s+(?:by|due)|\bexpir(?:es|y|ation)|\bvalid\s+(?:until|through)/i;

/** Labels that make a date the policy's own date (with the Chinese, Japanese and Korean ones an English page may keep from its original). */
export const POLICY_DATE_LABEL =
  /\b(?:last\s+(?:updated?|modified|revised|reviewed|amended|changed|edited)|takes?\s+effect(?:\s+(?:on|from|as\s+of))?|(?:page|policy|notice)?\s*updated(?:\s+on)?|effective(?:\s+(?:date|as\s+of|from|on))?|revised(?:\s+on)?|revision\s+date|date\s+of\s+(?:last\s+)?(?:revision|update)|version\s+date|version(?=\s*:)|dated|draft\s+of|as\s+of|in\s+effect\s+(?:from|since|as\s+of))\b|更新日期|生效日期|最后更新|最終更新|施行日|改定日|최종\s*수정일|시행일/i;

