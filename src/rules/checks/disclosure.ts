/**
 * Required disclosure: is the thing said somewhere? Evidence is a sentence that says it (a phrase
 * anywhere; a weaker phrase inside an on-topic section; an on-topic section itself where the rule
 * allows), never a keyword alone in an unrelated place. Conditional requirements apply only when
 * the text or config facts trigger them.
 */
import { matchAny, type Phrase } from '../../analysis/phrase.js';
import { takeUpTo } from '../../analysis/search.js';
import { findStatements } from '../../analysis/frames.js';
import { lineOfText, sourceOffset, type Block, type Sentence } from '../../sections/model.js';
import type { CoverageEntry, Evidence } from '../../types.js';
import type { CompiledRule } from '../compile.js';
import { clip, type CheckContext, type Finding } from '../context.js';
import { POLICY_DATE_LABEL } from '../../analysis/dates.js';
import { applicability } from '../condition.js';
import { factHolds } from '../../profile/model.js';

export interface DisclosureOutcome {
  coverage: CoverageEntry;
  findings: Finding[];
}

const MAX_EVIDENCE = 3;
/** Rank added to a direct statement outside the sections about its topic (see add()). */
const OFF_TOPIC = 50;
/** Rank added to a sentence an evidence.citedLast phrase marks: after every other kind of evidence. */
const CITED_LAST = 10000;

// "'Partners' means the companies …": a definition names a thing, it does not disclose a practice.
const DEFINITION = /^\W*[\p{L}\s()]{1,40}["”']?\s*(?:means|refers to|shall mean|is defined as)\b/iu;

export function checkDisclosure(rule: CompiledRule, ctx: CheckContext): DisclosureOutcome {
  const id = rule.file.id;
  const applies = applicability(rule, ctx);
  if ('reason' in applies) return { coverage: { requirement: id, status: 'not-applicable', reason: applies.reason }, findings: [] };

  const spec = rule.file.evidence ?? {};
  const ev = rule.evidence;
  // The sentence's own words only: an exclusion drops evidence, and a lead-in ("We use cookies
  // for:") must not drop the items under it, which would make a disclosure look missing.
  const exclude = (s: Sentence) => ev.exclude.length > 0 && matchAny(ev.exclude, s.tokens) !== null;
  // Keyed by sentence (dates by negative keys); only the first few become Evidence objects.
  // rank: how directly it says it (0 a phrase or statement, 1 a weaker phrase in an on-topic
  // section, 2 a signal such as an e-mail address, 3 an on-topic heading): the report shows the
  // most direct evidence first.
  const evidence = new Map<number, { at: number; rank: number; make: () => Evidence }>();
  // A section about another jurisdiction ("Your rights in the EEA") is no evidence for this one.
  const otherSections = ev.excludeSections;
  // So is a list item whose lead-in names one ("In the EEA and the UK, you have the right:").
  // A section for several jurisdictions, this rule's among them ("Information for EU and California
  // users"), is not elsewhere.
  const own = (s: Sentence) => ev.ownSections.length > 0 && ctx.onTopic(s.block.section, ev.ownSections);
  const ownLeadIn = (lead: Sentence) => ev.ownSections.length > 0 && matchAny(ev.ownSections, lead.tokens) !== null;
  const elsewhere = (s: Sentence) =>
    (ctx.onTopic(s.block.section, otherSections) && !own(s)) || (s.leadIn !== undefined && matchAny(otherSections, s.leadIn.tokens) !== null && !ownLeadIn(s.leadIn));
  const topical = (s: Sentence) => ctx.onTopic(s.block.section, ev.sectionHeadings);
  const add = (s: Sentence, rank = 0): boolean => {
    if (evidence.has(s.index)) return true;
    if (otherSections.length > 0 && elsewhere(s)) return false;
    const weaker = s.block.kind === 'heading' ? 3000 : DEFINITION.test(s.text) ? 2000 : 0;
    // Of two sentences that say it, the one in the section about it is the one to cite: an
    // introduction's "what information we collect" only announces the list that follows.
    const aside = rank < 500 && ev.sectionHeadings.length > 0 && !topical(s) ? OFF_TOPIC : 0;
    // A sentence about something else that names it ("you may opt out of the sale") comes last.
    const last = ev.citedLast.length > 0 && matchAny(ev.citedLast, s.tokens) !== null ? CITED_LAST : 0;
    evidence.set(s.index, { at: sourceOffset(s.block, s.start), rank: rank + weaker + aside + last, make: () => ctx.evidenceOf(s) });
    return true;
  };
  const countNegated = spec.negated !== 'ignored';
  // Only the first few pieces of evidence are reported, or minMatches of them counted: each source
  // stops looking once it has that many. Not when negated matches are ignored: whether a sentence
  // counts then depends on which phrase matches it first, so every match is needed.
  const enough = Math.max(MAX_EVIDENCE, spec.minMatches ?? 1);
  const taken = (id: number) => evidence.has(id);
  const fromPhrases = (phrases: typeof ev.phrases, accept: (s: Sentence) => boolean, rank: number) => {
    if (countNegated) {
      // Each phrase stops at its first few hits, so the section about the topic is searched
      // first: an introduction's "what information we collect" must not use up the places
      // the section's own sentences would have taken.
      if (ev.sectionHeadings.length > 0 && rank < 500) ctx.index.takeFirst(phrases, enough, (s) => accept(s) && topical(s), taken, (s, i) => !exclude(s) && add(s, rank + i));
      ctx.index.takeFirst(phrases, enough, accept, taken, (s, i) => !exclude(s) && add(s, rank + i));
      return;
    }
    for (const h of ctx.index.find(phrases, accept)) {
      if (!h.negated && !exclude(h.sentence)) add(h.sentence, rank + Math.max(0, phrases.indexOf(h.match.phrase)));
    }
  };

  fromPhrases(ev.phrases, ctx.prose, 0);
  for (const st of ev.statements) {
    for (const r of findStatements(ctx.index, st, (s) => ctx.prose(s) && !taken(s.index), enough)) if (!exclude(r.sentence)) add(r.sentence, 100);
  }
  if (ev.inSection.length > 0) fromPhrases(ev.inSection, (s) => ctx.prose(s) && topical(s), 500);
  // A table's column ("Why", "Who we disclose it to") gives the disclosure row by row.
  if (ev.tableColumns.length > 0) {
    for (const t of ctx.tableHeaders()) {
      const column = t.columns.some((c) => c.filled && matchAny(ev.tableColumns, c.tokens) !== null);
      if (column && t.block.sentences.length > 0 && !exclude(t.block.sentences[0])) add(t.block.sentences[0], 200);
    }
  }
  // "NSS Data Protection Officer", then its street, town and "Email: …" on lines of their own.
  if (ev.addressBlock.length > 0) {
    for (const s of addressBlocks(ctx, ev.addressBlock)) if (!exclude(s)) add(s, 300);
  }
  if (spec.signals?.length) {
    // The policy date is the document's, not a sentence's: it is looked up below.
    const inSentences = spec.signals.filter((name) => name !== 'policy-date');
    if (inSentences.length > 0) {
      const where = ev.sectionHeadings.length > 0 ? ctx.sentencesOnTopic(ev.sectionHeadings) : ctx.doc.sentences;
      const hasSignal = (s: Sentence) => inSentences.some((name) => (name === 'list' ? s.block.kind === 'listItem' : ctx.signal(name, s)));
      takeUpTo(where, enough, (s) => taken(s.index), (s) => ctx.prose(s) && hasSignal(s) && add(s, 800));
    }
    const anywhere = spec.signalsAnywhere ?? [];
    if (anywhere.length > 0 && evidence.size < enough) {
      takeUpTo(ctx.doc.sentences, enough, (s) => taken(s.index), (s) => ctx.prose(s) && anywhere.some((name) => ctx.signal(name, s)) && add(s, 800));
    }
    if (spec.signals.includes('policy-date')) {
      // A generator's template: "Last updated: {{effective_date}}" is a date once rendered.
      if (factHolds(ctx.profile?.facts.get('generatorTemplate'))) {
        for (const e of renderedDates(ctx)) evidence.set(-1 - ctx.doc.lines.lineStart(e.line), { at: ctx.doc.lines.lineStart(e.line), rank: 0, make: () => e });
      }
      // A date that is not a calendar date ("2024-00-00") states none.
      for (const d of ctx.policyDates().filter((x) => x.date !== null)) {
        evidence.set(-1 - d.srcStart, {
          at: d.srcStart,
          rank: 0,
          make: () => {
            // The whole line shows the date with its label ("Last updated: March 3, 2026").
            const at = ctx.sourceLine(d.srcStart);
            const line = at.text.replace(/[*_#>`|]/g, '').replace(/\s+/g, ' ').trim();
            return { ...at, text: line.length > 160 ? d.text : line };
          },
        });
      }
    }
  }
  if (spec.headingSuffices) {
    for (const sec of ctx.doc.sections) {
      if (sec.heading && ctx.onTopic(sec, ev.sectionHeadings) && sec.blocks.some((b) => b !== sec.heading && b.sentences.some(ctx.prose))) {
        add(sec.heading.sentences[0], 900);
      }
    }
  }

  // Words that say it as often as something else ("provided by" names suppliers too): evidence
  // when nothing more direct is found, and never cited before what is.
  if (ev.weakPhrases.length > 0 && evidence.size < enough) fromPhrases(ev.weakPhrases, ctx.prose, 4000);

  const found = [...evidence.values()].sort((a, b) => a.rank - b.rank || a.at - b.at);
  if (found.length >= (spec.minMatches ?? 1)) {
    return { coverage: { requirement: id, status: 'present', evidence: found.slice(0, MAX_EVIDENCE).map((e) => e.make()) }, findings: [] };
  }

  return missing(rule, ctx, applies.triggers, applies.because, found.length);
}


// "**Last updated:** {YYYY-MM-DD}": a date's label at the start of a line, with no date after it.
const LABEL_LINE = new RegExp(`^\\W*(?:${POLICY_DATE_LABEL.source})\\W*:`, 'i');

/**
 * Where the disclosure belongs: for the policy date, a date label left without a date (a template's
 * slot); a sentence that comes close (evidence.nearPhrases); otherwise the first section on its
 * topic that has text, if the policy has one.
 */
function closestSection(rule: CompiledRule, ctx: CheckContext): Evidence | undefined {
  if (rule.file.evidence?.signals?.includes('policy-date')) {
    const slot = ctx.doc.blocks.slice(0, 15).flatMap((b) => b.sentences).find((s) => LABEL_LINE.test(s.text));
    if (slot) return ctx.evidenceOf(slot);
  }
  if (rule.evidence.nearPhrases.length > 0) {
    const near = ctx.index.firstAffirmed(rule.evidence.nearPhrases, ctx.prose);
    if (near) return ctx.evidenceOf(near.sentence);
  }
  if (rule.evidence.sectionHeadings.length === 0) return undefined;
  const sec = ctx.doc.sections.find((x) => x.heading && ctx.onTopic(x, rule.evidence.sectionHeadings) && x.blocks.some((b) => b !== x.heading));
  return sec?.heading ? ctx.evidenceOf(sec.heading.sentences[0]) : undefined;
}

/**
 * A date rule whose closest passage is a date line ("Last updated: 2023", "Effective:") says what
 * the line lacks: "states no date … Closest: "Last updated: 2023"" read as a contradiction.
 */
function dateLine(rule: CompiledRule, near: Evidence | undefined): string | undefined {
  if (!near || !rule.file.evidence?.signals?.includes('policy-date') || !LABEL_LINE.test(near.text)) return undefined;
  return `${rule.file.title}: the line "${clip(near.text, 50)}" (line ${near.line}) gives no full date.`;
}

/**
 * The finding for a missing disclosure: an error when nothing comes close, a warning when the
 * policy has a section on its topic (the closest passage, named in the message) or part of the
 * evidence it needs.
 */
function missing(rule: CompiledRule, ctx: CheckContext, triggers: Evidence[], because: string | undefined, partial: number): DisclosureOutcome {
  const id = rule.file.id;
  const near = closestSection(rule, ctx);
  const needed = rule.file.evidence?.minMatches ?? 1;
  const message = dateLine(rule, near) ?? `${rule.file.message}${partial ? ` Only ${partial} of the ${needed} needed were found.` : ''}${near ? ` Closest: "${clip(near.text, 50)}" (line ${near.line}).` : ''}`;
  // Without a trigger of its own, a requirement of a law the text brought in by a fact (a service
  // directed to children) applies because of that fact's sentence.
  const basis = ctx.profile?.packs.get(rule.pack);
  const fromFact = basis?.basis === 'fact' && basis.evidence ? [basis.evidence] : [];
  const trigger = triggers.length ? triggers : fromFact;
  const why = trigger.length ? `applies because of line${trigger.length > 1 ? 's' : ''} ${trigger.map((t) => t.line).join(' and ')}` : because ? `applies because ${because}` : undefined;
  const evidence = [...(near ? [near] : []), ...trigger];
  const at = ctx.doc.bodyStart;
  return {
    coverage: { requirement: id, status: 'missing', ...(why ? { reason: why } : {}) },
    findings: [{ message, srcStart: at, srcEnd: at, evidence: evidence.length ? evidence : undefined, documentLevel: true, ...(near || partial ? { severity: 'warn' as const } : {}) }],
  };
}

// A date line whose value is a template variable: "**Last updated:** {{effective_date}}". The
// label is any a dated line may have (analysis/dates.ts).
const RENDERED_DATE = new RegExp(`^[ \\t>*_#|-]*(?:${POLICY_DATE_LABEL.source})[ \\t*_:|–-]*\\{\\{[ \\t]*[\\w.]+[ \\t]*\\}\\}`, 'gim');

function renderedDates(ctx: CheckContext): Evidence[] {
  const out: Evidence[] = [];
  for (const m of ctx.doc.source.matchAll(RENDERED_DATE)) {
    const p = ctx.doc.lines.point(m.index);
    out.push({ line: p.line, column: p.column, text: m[0].replace(/[*#>|]/g, '').replace(/\s+/g, ' ').trim() });
  }
  return out;
}

const ADDRESS_BLOCK_LINES = 5;

// Short title-like lines are read as headings the markup does not mark (inferred): in an address
// block they are its lines.
const addressLine = lineOfText;

/** Short lines naming who answers ("NSS Data Protection Officer") with an e-mail or postal address in the lines after them. */
function addressBlocks(ctx: CheckContext, names: Phrase[]): Sentence[] {
  const out: Sentence[] = [];
  const blocks = ctx.doc.blocks;
  blocks.forEach((b, i) => {
    const s = b.sentences[0];
    if ((!addressLine(b) && b.kind !== 'listItem') || b.sentences.length !== 1 || matchAny(names, s.tokens) === null) return;
    // "Data Protection Officer: privacy@acme.example", a line or a list item: the name and its address together.
    if (s.tokens.length <= 12 && (ctx.signal('email', s) || ctx.signal('postal-address', s))) {
      out.push(s);
      return;
    }
    if (!addressLine(b) || s.tokens.length > 8) return;
    for (let k = i + 1; k < blocks.length && k <= i + ADDRESS_BLOCK_LINES && addressLine(blocks[k]); k++) {
      if (blocks[k].sentences.some((x) => ctx.signal('email', x) || ctx.signal('postal-address', x))) {
        out.push(s);
        return;
      }
    }
  });
  return out;
}
