/**
 * Runs the rules over one document: the profile stage decides what the document is and which laws
 * reach it; the packs' rules that apply to that kind of document run (check kinds produce findings,
 * every disclosure rule adds its coverage entry); topics handed over to another policy are left to
 * it; a missing disclosure whose place a template slot holds names the slot; config decides severities, directives silence.
 */
import type { PolicyDocument } from '../sections/model.js';
import type { CoverageEntry, LintMessage, LintResult, Severity, SuppressedMessage } from '../types.js';
import type { Config } from '../config/load.js';
import type { CompiledRule } from './compile.js';
import { CheckContext, type Finding } from './context.js';
import { checkDisclosure } from './checks/disclosure.js';
import { applicability } from './condition.js';
import { checkForbidden } from './checks/forbidden.js';
import { checkNumberLimit } from './checks/number-limit.js';
import { checkDate } from './checks/date.js';
import { checkStructure } from './checks/structure.js';
import { checkApplicability } from './checks/applicability.js';
import { describeProfile } from '../profile/report.js';
import { parseDirectives, applyDirectives } from './directives.js';
import { profileDocument, isActive, kindTitle, DOCUMENT_KINDS, type DocumentKind, type DocumentProfile } from '../profile/index.js';
import { handOver } from './references.js';
import type { Run } from './run.js';
import { mergeSameDisclosure } from './merge.js';
import { nameSlots } from './slots.js';
import { countMessages } from './counts.js';
import { compareCodeUnits } from '../order.js';
import { stage } from '../timing.js';
import type { Registry } from './registry.js';

export interface EngineOptions {
  jurisdictions?: string[];
  now: Date;
  /** The document's kind, where the configuration says (documentKinds). */
  kind?: DocumentKind;
}

function severityFor(rule: CompiledRule, config: Config, finding: Finding): Severity | 0 {
  const setting = config.rules[rule.file.id]?.severity;
  if (setting === 'off') return 0;
  if (setting) return setting === 'warn' ? 1 : 2;
  if (finding.severity === 'warn') return 1;
  return rule.meta.defaultSeverity;
}

function findingsOf(rule: CompiledRule, ctx: CheckContext): Finding[] {
  switch (rule.file.kind) {
    case 'forbidden-pattern':
      return checkForbidden(rule, ctx);
    case 'number-limit':
      return checkNumberLimit(rule, ctx);
    case 'date':
      return checkDate(rule, ctx);
    case 'structure':
      return checkStructure(rule, ctx);
    default:
      return [];
  }
}

function runRule(rule: CompiledRule, ctx: CheckContext): { findings: Finding[]; coverage?: CoverageEntry } {
  // A disclosure reports its applicability as coverage.
  if (rule.file.kind === 'disclosure') {
    const { coverage, findings } = checkDisclosure(rule, ctx);
    return { findings, coverage };
  }
  // Other kinds stay silent where the rule does not apply. Most find nothing, so the condition
  // (a search of the document) is asked only when there is a finding to keep or drop.
  const findings = findingsOf(rule, ctx);
  if (findings.length > 0 && rule.file.condition && 'reason' in applicability(rule, ctx)) return { findings: [] };
  return { findings };
}

/**
 * rule.jurisdictions: a rule that compares a promise with a law runs where that law reaches the
 * document ('active'), or, as a warning, where the policy only names it ('named').
 */
function scope(rule: CompiledRule, profile: DocumentProfile): 'active' | 'named' | null {
  const laws = rule.file.jurisdictions;
  if (!laws) return 'active';
  const bases = laws.map((p) => profile.packs.get(p)?.basis ?? 'none');
  if (bases.some(isActive)) return 'active';
  return bases.includes('named') && rule.file.runsWhereNamed !== false ? 'named' : null;
}

/** rule.defersTo: a finding on a line where a more specific rule already reports one is dropped. */
function deferred(m: LintMessage, all: LintMessage[], defersTo: Map<string, string[]>): boolean {
  const to = defersTo.get(m.ruleId ?? '');
  return !!to && all.some((n) => n !== m && to.includes(n.ruleId ?? '') && n.line <= m.endLine! && m.line <= n.endLine!);
}

/** The packs whose rules run, in registry order, and the laws among them for the report. */
function activePacks(registry: Registry, profile: DocumentProfile): { packs: string[]; jurisdictions: string[] } {
  // Active packs, and packs a named law brings in (their law-bound rules run as warnings).
  const packs = [...registry.packs.keys()].filter((p) => {
    const b = profile.packs.get(p);
    return !!b && (isActive(b.basis) || (b.basis === 'named' && !!b.via));
  });
  // The laws: packs with something of their own to find in a text (not conflict, which only comes with them).
  const isLaw = (p: string) => {
    const pack = registry.packs.get(p)!;
    return pack.meta.enabled !== 'always' && (pack.detect.length > 0 || !!pack.meta.address);
  };
  const jurisdictions = packs.filter((p) => isLaw(p) && isActive(profile.packs.get(p)!.basis));
  return { packs, jurisdictions };
}

/** A law the policy only names: its requirements are listed as not applicable, and its applicability rule gives one note. */
function namedLaws(run: Run, registry: Registry): void {
  for (const [pack, basis] of run.profile.packs) {
    if (basis.basis !== 'named' || !registry.packs.has(pack)) continue;
    for (const rule of registry.rules(pack)) {
      if (run.config.rules[rule.file.id]?.severity === 'off') continue;
      if (rule.file.kind === 'disclosure') run.coverage.push({ requirement: rule.file.id, status: 'not-applicable', reason: `${basis.reason}; add "${pack}" to jurisdictions to check it` });
      // In another language the note could not tell whether the policy addresses that law's people:
      // the language note stands for every requirement.
      if (rule.file.kind === 'applicability' && run.profile.language.english) for (const f of checkApplicability(rule, run.ctx, basis)) run.findings.push({ rule, finding: f });
    }
  }
}

/** Why a rule does not run on this document, or null when it does; 'named' caps its findings at warnings. */
function excluded(rule: CompiledRule, registry: Registry, run: Run): { reason: string } | { reach: 'active' | 'named' } {
  const lang = run.profile.language;
  // Requirements are read in English: a policy in another language gets the language note instead.
  if (!lang.english && rule.pack !== 'draft' && rule.file.check !== 'language') return { reason: `not checked: the policy is in ${lang.name}, and the requirements are read in English` };
  const kind = run.profile.kind.kind;
  const documents = rule.file.documents ?? registry.packs.get(rule.pack)!.meta.documents ?? DOCUMENT_KINDS.filter((k) => k !== 'stub');
  if (!documents.includes(kind)) {
    return { reason: kind === 'stub' ? `not checked: ${run.profile.kind.reason}` : `a ${kindTitle(kind)} need not say this (${run.profile.kind.reason}); the main policy should` };
  }
  const active = isActive(run.profile.packs.get(rule.pack)!.basis);
  const reach = active || rule.file.jurisdictions ? scope(rule, run.profile) : null;
  if (reach === null) return { reason: `applies only where the ${rule.file.jurisdictions?.join(', ') ?? rule.pack} pack(s) apply` };
  return { reach };
}

function runPacks(run: Run, registry: Registry, packs: string[]): void {
  for (const pack of packs) {
    for (const rule of registry.rules(pack)) {
      if (run.config.rules[rule.file.id]?.severity === 'off' || rule.file.kind === 'applicability') continue;
      const why = excluded(rule, registry, run);
      if ('reason' in why) {
        if (rule.file.kind === 'disclosure') run.coverage.push({ requirement: rule.file.id, status: 'not-applicable', reason: why.reason });
        continue;
      }
      const { findings, coverage } = runRule(rule, run.ctx);
      if (coverage) run.coverage.push(coverage);
      for (const f of findings) run.findings.push({ rule, finding: why.reach === 'named' ? { ...f, severity: 'warn' } : f });
    }
  }
}

function toMessage(doc: PolicyDocument, rule: CompiledRule, f: Finding, severity: Severity): LintMessage & { documentLevel?: boolean } {
  const start = doc.lines.point(f.srcStart);
  // A document-level finding spans the first line, so editors can underline something.
  const endOffset = f.srcEnd > f.srcStart ? f.srcEnd : f.srcStart + Math.max(1, doc.source.indexOf('\n', f.srcStart) - f.srcStart);
  const end = doc.lines.point(Math.min(endOffset, doc.source.length));
  return {
    ruleId: rule.file.id,
    severity,
    message: f.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    citation: f.citation ?? rule.file.citation,
    url: rule.meta.url,
    ...(f.evidence ? { evidence: f.evidence } : {}),
    // A check may word its own (fill a slot in); otherwise the rule's "how to comply" applies.
    ...(f.suggestion ?? rule.file.suggestion ? { suggestion: f.suggestion ?? rule.file.suggestion } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.documentLevel ? { documentLevel: true } : {}),
  };
}

export function lintDocument(doc: PolicyDocument, registry: Registry, config: Config, options: EngineOptions): LintResult {
  const ctx = new CheckContext(doc, config.facts, options.now);
  const profile = stage('profile', () => profileDocument(ctx, registry, { facts: config.facts, jurisdictions: options.jurisdictions ?? config.jurisdictions, kind: options.kind }));
  ctx.useProfile(profile);
  const { packs, jurisdictions } = activePacks(registry, profile);
  const run: Run = { ctx, profile, config, findings: [], coverage: [] };
  namedLaws(run, registry);
  runPacks(run, registry, packs);
  handOver(run, registry);
  nameSlots(run);
  mergeSameDisclosure(run, registry);
  const messages: Array<LintMessage & { documentLevel?: boolean }> = [];
  const defersTo = new Map<string, string[]>();
  for (const { rule, finding } of run.findings) {
    const severity = severityFor(rule, config, finding);
    if (severity === 0) continue;
    if (rule.file.defersTo) defersTo.set(rule.file.id, rule.file.defersTo);
    messages.push(toMessage(doc, rule, finding, severity));
  }
  const reported = defersTo.size ? messages.filter((m) => !deferred(m, messages, defersTo)) : messages;
  const directives = doc.format === 'text' ? [] : parseDirectives(doc.source, doc.lines);
  const { kept, unused, suppressed } = applyDirectives(directives, reported, config.reportUnusedDisableDirectives, (id) => registry.hasRule(id) || registry.retired(id) !== undefined);
  const all = [...kept, ...unused].map((m) => {
    const { documentLevel: _drop, ...rest } = m as LintMessage & { documentLevel?: boolean };
    return rest;
  });
  // Rule ids in code-unit order (not localeCompare: locale-independent, and no ICU collator to load).
  all.sort((a, b) => a.line - b.line || a.column - b.column || compareCodeUnits(a.ruleId ?? '', b.ruleId ?? ''));
  return {
    filePath: doc.filePath,
    jurisdictions,
    applicability: describeProfile(profile, registry),
    messages: all,
    ...countMessages(all),
    coverage: run.coverage,
    ...(suppressed.length ? { suppressedMessages: suppressed.map(({ documentLevel: _drop, ...m }: SuppressedMessage & { documentLevel?: boolean }) => m) } : {}),
  };
}
