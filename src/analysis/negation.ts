/**
 * Is a matched statement negated? "We do not sell", "we never share", "no automated decisions".
 * Looks back a few words within the same clause, and into the match itself ("sell ... not").
 */
import type { Token } from './tokens.js';

const NEGATORS = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'none', 'without', 'cannot', "don't", "doesn't", "didn't", "won't",
  "isn't", "aren't", "can't", "wouldn't", "shouldn't", "haven't", "hasn't", 'nothing', 'nobody',
]);

const WINDOW = 5;

/** Decided once per word (tokens.ts keeps the answer as Token.negator). */
export function isNegatorWord(lower: string): boolean {
  return NEGATORS.has(lower) || lower.endsWith("n't");
}

export function isNegated(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].negator) return true;
  return negatedBefore(tokens, from);
}

/**
 * A negator in the few words before, in the same clause. A later alternative of a denied list is
 * denied too: in "we do not receive any personal data or user-generated content", the look-back
 * from "user-generated content" continues from its "or" (English "not A or B" denies both).
 */
function negatedBefore(tokens: Token[], from: number): boolean {
  for (let i = from - 1; i >= 0 && i >= from - WINDOW; i--) {
    if (tokens[i].negator) return true;
    if (tokens[i + 1].clauseBreak) break;
    if (tokens[i].lower === 'or' && !tokens[i].clauseBreak) return negatedBefore(tokens, i);
  }
  return false;
}
