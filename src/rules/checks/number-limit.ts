/**
 * Number limit: a promise in the policy that breaks a number in the law, such as a breach notice
 * "within 60 days" where a state allows 30. The limit in force is the strictest of the limits whose
 * scope the configuration lists (facts.states), or of all of them when it lists none.
 */
import { matchAny } from '../../analysis/phrase.js';
import { findAges, findDurations, findMoney, toDays, type Quantity } from '../../analysis/quantities.js';
import type { LimitSpec } from '../types.js';
import type { CompiledRule } from '../compile.js';
import type { CheckContext, Finding } from '../context.js';

const UNIT_WORDS: Record<string, string> = {
  hour: 'hours', day: 'days', 'business-day': 'business days', week: 'weeks', month: 'months', year: 'years', age: 'years of age', currency: '',
};

export function describeLimit(l: LimitSpec): string {
  return `${l.value} ${UNIT_WORDS[l.unit]}${l.scope ? ` (${l.scope}${l.citation ? `, ${l.citation}` : ''})` : l.citation ? ` (${l.citation})` : ''}`.trim();
}

function comparable(value: number, unit: string): number {
  return unit === 'age' || unit === 'currency' ? value : toDays(value, unit);
}

/** The limits in force: those of the scopes the facts name, else all. */
export function limitsInForce(rule: CompiledRule, facts: Record<string, unknown>): LimitSpec[] {
  const all = rule.file.limits ?? [];
  const fact = rule.file.limitsFact ? facts[rule.file.limitsFact] : undefined;
  if (!Array.isArray(fact)) return all;
  const wanted = new Set(fact.map((s) => String(s).toUpperCase()));
  const chosen = all.filter((l) => !l.scope || wanted.has(l.scope.toUpperCase()));
  return chosen.length ? chosen : all;
}

function strictest(limits: LimitSpec[], compare: 'max' | 'min'): LimitSpec {
  return limits.reduce((best, l) => {
    const a = comparable(l.value, l.unit);
    const b = comparable(best.value, best.unit);
    return (compare === 'max' ? a < b : a > b) ? l : best;
  });
}

export function checkNumberLimit(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const compare = rule.file.compare ?? 'max';
  const limit = strictest(limitsInForce(rule, ctx.facts), compare);
  const bound = comparable(limit.value, limit.unit);
  const find = rule.file.quantity === 'age' ? findAges : rule.file.quantity === 'money' ? findMoney : findDurations;
  const out: Finding[] = [];
  for (const hit of ctx.index.find(rule.context, ctx.prose)) {
    const s = hit.sentence;
    if (rule.contextAll.length && !matchAny(rule.contextAll, s.tokens)) continue;
    if (rule.contextExclude.length && matchAny(rule.contextExclude, s.tokens)) continue;
    for (const q of find(s.text) as Quantity[]) {
      const v = comparable(q.value, q.unit);
      if (compare === 'max' ? v <= bound : v >= bound) continue;
      const [srcStart, srcEnd] = ctx.srcRange(s, s.start + q.start, s.start + q.end);
      out.push({
        message: rule.file.message.replace(/\{value\}/g, q.text).replace(/\{limit\}/g, describeLimit(limit)),
        srcStart,
        srcEnd,
        // A limit whose source nobody has checked may warn, never fail a build.
        severity: limit.verified === 'U' ? 'warn' : undefined,
        evidence: [ctx.evidenceOf(s)],
      });
    }
  }
  return out;
}
