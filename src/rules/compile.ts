/**
 * Compiles a validated rule file: phrases into token patterns, regular expressions into linear-time
 * matchers (regex.ts), so a user's rule pack cannot hang a CI job. Any problem names the rule file
 * and the JSON path.
 */
import { compilePattern, type TextPattern } from './regex.js';
import { compilePhrases, PhraseError, type Phrase } from '../analysis/phrase.js';
import { compileStatement, type Statement } from '../analysis/frames.js';
import type { RuleFile, PatternSpec, EvidenceSpec } from './types.js';
import type { RuleMeta, Severity } from '../types.js';

export const DOCS_BASE = 'https://github.com/policylint/policylint/blob/main/docs/rules/';

export class RuleError extends Error {}

export interface CompiledPattern {
  spec: PatternSpec;
  /** Compiled on first use: most patterns of a pack never meet a candidate line in a given policy. */
  readonly re: TextPattern;
  /** notAround: a match with this just before (or after) it is skipped. */
  readonly notBefore?: TextPattern;
  readonly notAfter?: TextPattern;
  /** skipIfDocument: the pattern is not used on a document whose source matches this. */
  readonly skipIf?: TextPattern;
}

/** A regex compiled on first use (undefined when the rule gives none). */
function lazy(regex: string | undefined, caseSensitive: boolean, where: string, source: string, builtin: boolean): () => TextPattern | undefined {
  let re: TextPattern | undefined;
  return () => (regex === undefined ? undefined : (re ??= compileRegex(regex, caseSensitive, where, source, builtin)));
}

function lazyPattern(spec: PatternSpec, where: string, source: string, builtin: boolean): CompiledPattern {
  const at = where.replace(/\.regex$/, '');
  const re = lazy(spec.regex, spec.caseSensitive ?? false, where, source, builtin);
  const before = lazy(spec.notAround?.before, false, `${at}.notAround.before`, source, builtin);
  const after = lazy(spec.notAround?.after, false, `${at}.notAround.after`, source, builtin);
  const skip = lazy(spec.skipIfDocument, false, `${at}.skipIfDocument`, source, builtin);
  return {
    spec,
    get re() {
      return re()!;
    },
    get notBefore() {
      return before();
    },
    get notAfter() {
      return after();
    },
    get skipIf() {
      return skip();
    },
  };
}

export interface CompiledEvidence {
  phrases: Phrase[];
  /** Statements read as frames (a "we do not sell" with no exception, say). */
  statements: Statement[];
  sectionHeadings: Phrase[];
  inSection: Phrase[];
  /** Sufficient anywhere, but cited last: words that name the disclosure as often as something else. */
  weakPhrases: Phrase[];
  /** A sentence holding one of these still counts, but is cited after every other. */
  citedLast: Phrase[];
  /** Not sufficient, but the closest passage when nothing counts: the finding is a warning quoting it. */
  nearPhrases: Phrase[];
  /** A table column headed like one of these, with text under it, is the disclosure. */
  tableColumns: Phrase[];
  /** A short line naming who answers, followed by an address: an address block. */
  addressBlock: Phrase[];
  exclude: Phrase[];
  excludeSections: Phrase[];
  /** Headings of sections written for this rule's own law (its pack's address.headings): never "elsewhere". */
  ownSections: Phrase[];
  /** Words of a template slot that stands where the disclosure belongs. */
  slots: Phrase[];
}

export interface CompiledRule {
  file: RuleFile;
  pack: string;
  source: string;
  meta: RuleMeta;
  evidence: CompiledEvidence;
  condition: Phrase[];
  /** condition.statements, read as frames. */
  conditionStatements: Statement[];
  /** condition.exclude: a sentence with one of these triggers nothing. */
  conditionExclude: Phrase[];
  /** condition.alsoText: one of these must be present too. */
  conditionAlso: Phrase[];
  patterns: CompiledPattern[];
  context: Phrase[];
  contextAll: Phrase[];
  contextExclude: Phrase[];
  /** number-limit: sentences in sections headed like these are not read (another law's section). */
  excludeSections: Phrase[];
  /** limits[i].context, compiled (empty: the limit has none). */
  limitContexts: Phrase[][];
  unless: Map<PatternSpec, Phrase[]>;
}

/** A list of phrases from a rule-set file; a bad one is a RuleError naming the file and where in it. */
export function compilePhraseList(list: string[] | undefined, where: string, source: string): Phrase[] {
  return (list ?? []).flatMap((p, i) => {
    try {
      return compilePhrases(p);
    } catch (e) {
      if (e instanceof PhraseError) throw new RuleError(`${source}: invalid phrase at ${where}[${i}]: ${e.message}`);
      throw e;
    }
  });
}

export function compileRegex(regex: string, caseSensitive: boolean, where: string, source: string, builtin = false): TextPattern {
  try {
    return compilePattern(regex, caseSensitive, builtin);
  } catch (e) {
    const why = (e as Error).message.split('\n')[0];
    throw new RuleError(`${source}: invalid regular expression at ${where} (${why}); patterns are RE2: no backreferences or lookaround`);
  }
}

export function defaultSeverity(rule: RuleFile): Severity {
  // An unverified citation may not fail a build: at most a warning until someone checks it.
  if (rule.verified === 'U') return 1;
  return rule.severity === 'warn' ? 1 : 2;
}

/**
 * eager (user packs): compile regular expressions now, on RE2, so a broken pack fails at load with
 * its file and JSON path. Built-in packs are compiled by the test suite, and lazily at run time.
 */
export function compileRule(rule: RuleFile, pack: string, source: string, eager = true): CompiledRule {
  const phrases = (list: string[] | undefined, where: string) => compilePhraseList(list, where, source);
  const ev: EvidenceSpec = rule.evidence ?? {};
  const unless = new Map<PatternSpec, Phrase[]>();
  const patterns = (rule.patterns ?? []).map((spec, i) => {
    if (spec.unless) unless.set(spec, phrases(spec.unless, `patterns[${i}].unless`));
    const p = lazyPattern(spec, `patterns[${i}].regex`, source, !eager);
    if (eager) void [p.re, p.notBefore, p.notAfter, p.skipIf];
    return p;
  });
  return {
    file: rule,
    pack,
    source,
    meta: {
      id: rule.id,
      title: rule.title,
      description: rule.description,
      citation: rule.citation,
      url: `${DOCS_BASE}${rule.id}.md`,
      defaultSeverity: defaultSeverity(rule),
      suggestion: rule.suggestion,
    },
    evidence: {
      phrases: phrases(ev.phrases, 'evidence.phrases'),
      statements: (ev.statements ?? []).map((st, i) => compileStatement(st, phrases, `evidence.statements[${i}]`)),
      sectionHeadings: phrases(ev.sectionHeadings, 'evidence.sectionHeadings'),
      inSection: phrases(ev.inSection, 'evidence.inSection'),
      weakPhrases: phrases(ev.weakPhrases, 'evidence.weakPhrases'),
      citedLast: phrases(ev.citedLast, 'evidence.citedLast'),
      nearPhrases: phrases(ev.nearPhrases, 'evidence.nearPhrases'),
      tableColumns: phrases(ev.tableColumns, 'evidence.tableColumns'),
      addressBlock: phrases(ev.addressBlock, 'evidence.addressBlock'),
      exclude: phrases(ev.exclude, 'evidence.exclude'),
      excludeSections: phrases(ev.excludeSections, 'evidence.excludeSections'),
      ownSections: [],
      slots: phrases(ev.slots, 'evidence.slots'),
    },
    condition: phrases(rule.condition?.text, 'condition.text'),
    conditionStatements: (rule.condition?.statements ?? []).map((st, i) => compileStatement(st, phrases, `condition.statements[${i}]`)),
    conditionExclude: phrases(rule.condition?.exclude, 'condition.exclude'),
    conditionAlso: phrases(rule.condition?.alsoText, 'condition.alsoText'),
    patterns,
    context: phrases(rule.context, 'context'),
    contextAll: phrases(rule.contextAll, 'contextAll'),
    contextExclude: phrases(rule.contextExclude, 'contextExclude'),
    excludeSections: phrases(rule.excludeSections, 'excludeSections'),
    limitContexts: (rule.limits ?? []).map((l, i) => phrases(l.context, `limits[${i}].context`)),
    unless,
  };
}
