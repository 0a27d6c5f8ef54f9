/**
 * Which laws reach a document, and why (model.ts, Basis). Configured jurisdictions decide alone.
 * Otherwise a pack's own data decides (rules/<pack>/pack.json): facts that put the document out of
 * reach (unlessFacts) or that the law requires (requires), facts that bring it in (appliesWith),
 * then the text: addressed, named or none.
 */
import type { Registry, Pack } from '../rules/registry.js';
import type { CheckContext } from '../rules/context.js';
import { contextTokens, type Section, type Sentence } from '../sections/model.js';
import type { Evidence } from '../types.js';
import { matchAny } from '../analysis/phrase.js';
import { findAnyStatement } from '../analysis/frames.js';
import type { Hit } from '../analysis/search.js';
import { inAddressRun } from '../analysis/signals.js';
import type { FactValue, PackBasis } from './model.js';
import { isActive, factHolds, whereSaid } from './model.js';

/** Addressed: a sentence, a heading, the law named under a heading for people abroad, or the law's vocabulary. */
function addressed(pack: Pack, ctx: CheckContext, facts: Map<string, FactValue>): { evidence: Evidence; how: string } | null {
  const a = pack.address;
  const ours = (s: Sentence) => ctx.bodyProse(s) && !otherLawParagraph(pack, s);
  const said = a.phrases.length ? ctx.index.firstAffirmed(a.phrases, ours) : null;
  if (said) return { evidence: ctx.evidenceOf(said.sentence), how: 'speaks to its people' };
  const claim = a.statements.length ? findAnyStatement(ctx.index, a.statements, ours) : null;
  if (claim) return { evidence: ctx.evidenceOf(claim.sentence), how: 'says it complies' };
  for (const sec of ctx.doc.sections) {
    if (!sec.heading || !sec.blocks.some((b) => b !== sec.heading)) continue;
    const heading = sec.heading.sentences[0];
    if (a.headings.length && matchAny(a.headings, heading.tokens) && !forOtherLaw(pack, ctx, sec)) return { evidence: ctx.evidenceOf(heading), how: 'has a section for its people' };
  }
  if (a.namedUnder.length && pack.detect.length) {
    const named = ctx.index.find(pack.detect, (s) => ours(s) && ctx.onTopic(s.block.section, a.namedUnder)).find((h) => !h.negated);
    if (named) return { evidence: ctx.evidenceOf(named.sentence), how: 'names it in a section for people abroad' };
  }
  // An operator that says it is established outside Europe borrows the law's words; its reach
  // abroad (GDPR Art. 3(2)) needs a statement to that law's people, which the checks above find.
  const outside = a.vocabularyUnlessFacts.find((f) => factHolds(facts.get(f)));
  if (a.vocabulary.length && !outside) {
    const term = ctx.index.firstAffirmed(a.vocabulary, ctx.prose);
    if (term && !(a.otherLaws.length && ctx.index.firstAffirmed(a.otherLaws, ctx.prose))) return { evidence: ctx.evidenceOf(term.sentence), how: 'uses its terms as its own framework' };
  }
  return null;
}

/**
 * A paragraph written for the same people under another law (Shine the Light: "California residents
 * may ask … for direct marketing. If you are a California resident, …") neither addresses nor names this one.
 */
function otherLawParagraph(pack: Pack, s: Sentence): boolean {
  const other = pack.address.exclude;
  return other.length > 0 && s.block.sentences.some((x) => matchAny(other, x.tokens) !== null);
}

/** A section under the law's heading written for another law of the same people (SOPIPA, Shine the Light) that never names this one. */
function forOtherLaw(pack: Pack, ctx: CheckContext, sec: Section): boolean {
  const other = pack.address.headingsOtherLaws;
  if (other.length === 0) return false;
  const inside = (s: Sentence) => within(s.block.section, sec);
  return ctx.index.find(other, inside).length > 0 && ctx.index.find(pack.detect, inside).length === 0;
}

function within(s: Section | null, sec: Section): boolean {
  for (; s; s = s.parent) if (s === sec) return true;
  return false;
}

/**
 * Does a word of the match lie inside an e-mail or web address in its sentence's block? Its words
 * name nothing ("gdpr@acme.co.uk" twice in a row reads "uk gdpr").
 */
function inAddress(h: Hit): boolean {
  const tokens = contextTokens(h.sentence);
  const leadLength = h.sentence.leadIn?.tokens.length ?? 0;
  // Lead-in tokens are offsets in the lead-in's block, the rest in the sentence's own.
  for (let i = h.match.from; i < h.match.to; i++) {
    const text = (i < leadLength ? h.sentence.leadIn!.block : h.sentence.block).text;
    if (inAddressRun(text, tokens[i].start, tokens[i].end)) return true;
  }
  return false;
}

function textBasis(name: string, pack: Pack, ctx: CheckContext, facts: Map<string, FactValue>): PackBasis {
  const title = pack.meta.shortTitle ?? name.toUpperCase();
  const a0 = pack.address;
  // A pack with nothing to find in the text (conflict) is on only with the law packs that bring it in.
  if (!pack.detect.length && !a0.phrases.length && !a0.statements.length && !a0.headings.length && !a0.vocabulary.length && !pack.meta.appliesWith?.length) {
    return { pack: name, basis: 'none', reason: 'on only with a law pack that brings it in' };
  }
  for (const f of pack.meta.unlessFacts ?? []) {
    const v = facts.get(f);
    if (factHolds(v)) return { pack: name, basis: 'none', reason: `the ${title} does not apply: ${v!.title} (${whereSaid(v!)})`, evidence: v!.evidence };
  }
  const req = pack.meta.requires;
  if (req && !req.facts.some((f) => factHolds(facts.get(f)))) return { pack: name, basis: 'none', reason: `the ${title} does not apply: ${req.reason}` };
  for (const f of pack.meta.appliesWith ?? []) {
    const v = facts.get(f);
    if (factHolds(v)) return { pack: name, basis: 'fact', reason: `the ${title} applies: ${v!.title} (${whereSaid(v!)})`, evidence: v!.evidence };
  }
  const a = addressed(pack, ctx, facts);
  if (a) return { pack: name, basis: 'addressed', reason: `the policy ${a.how} (line ${a.evidence.line})`, evidence: a.evidence };
  const named = pack.detect.length ? ctx.index.find(pack.detect, (s) => ctx.prose(s) && !otherLawParagraph(pack, s)).find((h) => !h.negated && !inAddress(h)) : undefined;
  if (named) {
    const evidence = ctx.evidenceOf(named.sentence);
    return { pack: name, basis: 'named', reason: `the policy names the ${title} (line ${evidence.line}) but does not address its people`, evidence };
  }
  return { pack: name, basis: 'none', reason: `the policy does not name the ${title}` };
}

export function decidePacks(registry: Registry, ctx: CheckContext, facts: Map<string, FactValue>, selected: string[] | undefined): Map<string, PackBasis> {
  const out = new Map<string, PackBasis>();
  const bring = (name: string, b: PackBasis) => {
    const prev = out.get(name);
    if (prev && isActive(prev.basis)) return;
    if (prev && prev.basis === 'named' && b.basis === 'named') return;
    out.set(name, b);
    if (b.basis === 'none') return;
    // A named law brings in its conflict checks too, as warnings (engine.ts): a promise that breaks
    // the number of a law the policy itself names is worth a look even where its reach is unclear.
    for (const implied of registry.packs.get(name)?.meta.implies ?? []) {
      if (registry.packs.has(implied)) bring(implied, { pack: implied, basis: b.basis, reason: `brought in by the ${name} pack`, via: name, evidence: b.evidence });
    }
  };
  for (const [name, pack] of registry.packs) if (pack.meta.enabled === 'always') bring(name, { pack: name, basis: 'configured', reason: 'on for every policy' });
  if (selected && selected.length > 0) {
    for (const name of selected) bring(name, { pack: name, basis: 'configured', reason: 'selected by jurisdictions' });
  } else {
    for (const [name, pack] of registry.packs) {
      if (pack.meta.enabled !== 'detected' || out.has(name)) continue;
      bring(name, textBasis(name, pack, ctx, facts));
    }
  }
  for (const name of registry.packs.keys()) if (!out.has(name)) out.set(name, { pack: name, basis: 'none', reason: selected?.length ? 'not among the selected jurisdictions' : 'not detected' });
  return out;
}
