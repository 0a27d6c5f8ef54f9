/**
 * Number limit: a promise in the policy that breaks a number in the law, such as a breach notice
 * "within 60 days" where a state allows 30. The limit in force is the strictest of the limits whose
 * scope the configuration lists (facts.states), or of all of them when it lists none.
 */
import { fillMessage, quoted } from '../message.js';
import { matchAny } from '../../analysis/phrase.js';
import { findAges, findDurations, findMoney, toDays, type Quantity } from '../../analysis/quantities.js';
import type { LimitSpec } from '../types.js';
import type { CompiledRule } from '../compile.js';
import type { CheckContext, Finding } from '../context.js';
import type { Sentence } from '../../sections/model.js';
import { rulesOut } from '../../analysis/search.js';
import { cellAt } from '../../analysis/tables.js';

const UNIT_WORDS: Record<string, string> = {
  hour: 'hours', day: 'days', 'business-day': 'business days', week: 'weeks', month: 'months', year: 'years', age: 'years of age', currency: '',
};

/** The limit in words for a message ("72 hours (NY)"); its citation goes in the finding's citation. */
export function describeLimit(l: LimitSpec): string {
  return `${l.value} ${UNIT_WORDS[l.unit]}${l.scope ? ` (${l.scope})` : ''}`.trim();
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

interface Named {
  limit: LimitSpec;
  /** Offset in s.text where the limit's context is named. */
  at: number;
}

/**
 * limits[].context: a sentence that names some limit's context (a regulator, "appeal") is compared
 * with the limits in force that it names, any other sentence with the limits without a context.
 * Null: the sentence names limits, none of them in force.
 */
function namedLimits(rule: CompiledRule, s: Sentence, inForce: LimitSpec[]): Named[] | null {
  const named: Named[] = [];
  let any = false;
  (rule.file.limits ?? []).forEach((limit, i) => {
    const m = rule.limitContexts[i].length > 0 ? matchAny(rule.limitContexts[i], s.tokens) : null;
    if (!m) return;
    any = true;
    if (inForce.includes(limit)) named.push({ limit, at: s.tokens[m.from].start - s.start });
  });
  return any && named.length === 0 ? null : named;
}

/** "the Superintendent within 72 hours and the ANPD within 3 business days": each number is compared with the nearest limit named before it. */
function nearest(named: Named[], at: number): LimitSpec[] {
  const before = named.filter((n) => n.at <= at);
  const pos = before.length ? Math.max(...before.map((n) => n.at)) : Math.min(...named.map((n) => n.at));
  return named.filter((n) => n.at === pos).map((n) => n.limit);
}

/**
 * A number in a table row is what its cell and its column's header say it is, not what the rest of
 * the row is about: "Active + 60 days" under "Retention", in the row of "Respond to inquiries", is
 * no response time.
 */
function cellOnTopic(rule: CompiledRule, ctx: CheckContext, s: Sentence, q: Quantity): boolean {
  const cell = cellAt(ctx.tableHeaders(), s.block, s.start + q.start, s.tokens);
  if (!cell) return true;
  // The row may say what the request is ("Access request | Response time | 30 days"); the cell and
  // its header must say what the number is.
  const words = [...cell.header, ...cell.tokens];
  return matchAny(rule.context, words) !== null && matchAny(rule.contextExclude, words) === null;
}

export function checkNumberLimit(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const compare = rule.file.compare ?? 'max';
  const inForce = limitsInForce(rule, ctx.facts);
  const scoped = rule.limitContexts.some((c) => c.length > 0);
  const general = scoped ? inForce.filter((l) => !l.context?.length) : inForce;
  const find = rule.file.quantity === 'age' ? findAges : rule.file.quantity === 'money' ? findMoney : findDurations;
  const out: Finding[] = [];
  for (const hit of ctx.index.find(rule.context, ctx.prose)) {
    const s = hit.sentence;
    // The item alone must be on topic: a lead-in's word ("Act" in "California Consumer Privacy
    // Act") is no sign it is. The lead-in may still rule it out (rulesOut).
    if (rule.contextAll.length && !matchAny(rule.contextAll, s.tokens)) continue;
    if (rulesOut(rule.contextExclude, s)) continue;
    // A number belongs to the law of its section: CCPA's 45 days in "US State Specific Information"
    // is no GDPR response time.
    if (rule.excludeSections.length && ctx.onTopic(s.block.section, rule.excludeSections)) continue;
    // Most sentences on the topic state no number: a cheaper test than matching every limit's context.
    const quantities = find(s.text) as Quantity[];
    if (quantities.length === 0) continue;
    const named = scoped ? namedLimits(rule, s, inForce) : [];
    if (named === null || (named.length === 0 && general.length === 0)) continue;
    for (const q of quantities) {
      if (!cellOnTopic(rule, ctx, s, q)) continue;
      const limit = strictest(named.length ? nearest(named, q.start) : general, compare);
      const bound = comparable(limit.value, limit.unit);
      const v = comparable(q.value, q.unit);
      if (compare === 'max' ? v <= bound : v >= bound) continue;
      const [srcStart, srcEnd] = ctx.srcRange(s, s.start + q.start, s.start + q.end);
      out.push({
        message: fillMessage(rule.file.message, { value: quoted('value', q.text), limit: describeLimit(limit) }),
        citation: limit.citation,
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
