/**
 * Does a rule's requirement apply to this policy? Facts decide first: unlessFact (configured, or
 * established by the text: "collects no personal data"), then facts.hasDpo, facts.states; then the
 * text: a statement of fact (condition.statements, read as frames: not denied, not hypothetical) or
 * an affirmative trigger phrase, in a sentence without condition.exclude ("we post changes on our
 * website" names no website of the service). condition.alsoText must hold as well, whatever the
 * trigger. condition.whenConfigured makes it apply without a trigger where the user selected the
 * rule's pack. Every check kind honours the answer.
 */
import type { Evidence } from '../types.js';
import type { CompiledRule } from './compile.js';
import type { CheckContext } from './context.js';
import { findAnyStatement } from '../analysis/frames.js';
import { matchAny } from '../analysis/phrase.js';
import type { Sentence } from '../sections/model.js';
import { factHolds, whereSaid } from '../profile/model.js';

export type Applicability = { reason: string } | { triggers: Evidence[]; because?: string };

function listValues(v: string | string[]): string[] {
  return (Array.isArray(v) ? v : [v]).map((x) => x.toUpperCase());
}

export function applicability(rule: CompiledRule, ctx: CheckContext): Applicability {
  const cond = rule.file.condition;
  if (!cond) return { triggers: [] };
  const triggers: Evidence[] = [];
  let because: string | undefined;
  let holds = false;

  for (const name of cond.unlessFact === undefined ? [] : Array.isArray(cond.unlessFact) ? cond.unlessFact : [cond.unlessFact]) {
    const f = ctx.profile?.facts.get(name);
    if (factHolds(f)) return { reason: `the requirement does not apply: ${f!.title} (${whereSaid(f!)})` };
  }

  // A configured fact that says no is decisive; one that says yes is a trigger.
  if (cond.fact && ctx.facts[cond.fact] !== undefined) {
    if (!ctx.facts[cond.fact]) return { reason: `facts.${cond.fact} is false in the configuration` };
    holds = true;
    because = `facts.${cond.fact} is true`;
  }
  // Not configured: a fact the text establishes (rules/facts.json, "sells or shares personal
  // information") triggers it, quoting the sentence that says so; one statement list serves every
  // rule it gates.
  if (!holds && cond.fact && ctx.facts[cond.fact] === undefined) {
    const f = ctx.profile?.facts.get(cond.fact);
    if (factHolds(f) && f!.evidence) {
      holds = true;
      triggers.push(f!.evidence);
    }
  }
  // A law the user selected for the file is checked for everything it asks: a notice of a business
  // that chose that law owes the statement even where its text shows no trigger.
  if (!holds && cond.whenConfigured && ctx.profile?.packs.get(rule.pack)?.basis === 'configured') {
    holds = true;
    because = `the ${rule.pack} pack is selected in jurisdictions`;
  }
  const inc = cond.factIncludes;
  const list = inc ? ctx.facts[inc.fact] : undefined;
  if (inc && Array.isArray(list)) {
    const wanted = listValues(inc.value);
    const have = new Set(list.map((x) => String(x).toUpperCase()));
    const hit = wanted.find((w) => have.has(w));
    if (!hit) return { reason: `facts.${inc.fact} does not include ${wanted.join(' or ')}` };
    holds = true;
    because ??= `facts.${inc.fact} includes ${hit}`;
  }

  if (!holds) {
    const anyTrigger = rule.condition.length > 0 || rule.conditionStatements.length > 0 || cond.fact !== undefined || inc !== undefined;
    const excluded = rule.conditionExclude;
    const accept = excluded.length === 0 ? ctx.prose : (s: Sentence) => ctx.prose(s) && matchAny(excluded, s.tokens) === null;
    const said = rule.conditionStatements.length > 0 ? findAnyStatement(ctx.index, rule.conditionStatements, accept) : null;
    const hit = said?.sentence ?? (rule.condition.length > 0 ? ctx.index.firstAffirmed(rule.condition, accept)?.sentence : undefined);
    if (hit) triggers.push(ctx.evidenceOf(hit));
    else if (anyTrigger) {
      const why = cond.reason ?? 'nothing in the policy triggers this requirement';
      const facts = [cond.fact ? `set facts.${cond.fact} to true` : '', inc ? `list ${listValues(inc.value).join(' or ')} in facts.${inc.fact}` : '']
        .filter(Boolean)
        .join(' or ');
      return { reason: facts ? `${why}; ${facts} if it applies` : why };
    }
  }

  if (rule.conditionAlso.length > 0) {
    const also = ctx.index.firstAffirmed(rule.conditionAlso, ctx.prose);
    if (!also) return { reason: cond.reason ?? 'nothing in the policy triggers this requirement' };
    triggers.push(ctx.evidenceOf(also.sentence));
  }
  return { triggers, because };
}
