/** Rule and pack files as the JSON schemas in rules/ define them (validated before use). */
import type { StatementSpec } from '../analysis/frames.js';
import type { DocumentKind } from '../profile/kind.js';
export type Phrases = string[];

export interface Condition {
  text?: Phrases;
  statements?: StatementSpec[];
  unlessFact?: string | string[];
  fact?: string;
  factIncludes?: { fact: string; value: string | string[] };
  exclude?: Phrases;
  alsoText?: Phrases;
  whenConfigured?: boolean;
  reason?: string;
}

/** A rule example: a text, or a text with what its test pins (see rules/schema.json, definitions.example). */
export type Example = string | { text: string; line?: number; status?: 'present' | 'not-applicable'; jurisdictions?: string[] };

export function exampleText(e: Example): string {
  return typeof e === 'string' ? e : e.text;
}

export interface PatternSpec {
  regex: string;
  caseSensitive?: boolean;
  message?: string;
  suggestion?: string;
  fix?: string;
  severity?: 'warn' | 'error';
  scope?: Array<'text' | 'link-targets' | 'headings' | 'code'>;
  unless?: Phrases;
  notAround?: { before?: string; after?: string };
  skipIfDocument?: string;
  unlessFact?: string;
  literals?: string[];
}

export interface LimitSpec {
  scope?: string;
  value: number;
  unit: 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year' | 'age' | 'currency';
  citation?: string;
  verified?: 'P' | 'S' | 'U';
  note?: string;
  context?: Phrases;
}

export interface EvidenceSpec {
  phrases?: Phrases;
  statements?: StatementSpec[];
  sectionHeadings?: Phrases;
  inSection?: Phrases;
  weakPhrases?: Phrases;
  citedLast?: Phrases;
  nearPhrases?: Phrases;
  tableColumns?: Phrases;
  addressBlock?: Phrases;
  headingSuffices?: boolean;
  signals?: Array<'policy-date' | 'email' | 'postal-address' | 'phone' | 'url' | 'handle' | 'organisation-name' | 'list'>;
  signalsAnywhere?: Array<'organisation-name' | 'email' | 'postal-address' | 'phone' | 'url'>;
  exclude?: Phrases;
  excludeSections?: Phrases;
  negated?: 'counts' | 'ignored';
  minMatches?: number;
  slots?: Phrases;
  satisfiedBy?: string[];
}

export interface RuleFile {
  id: string;
  kind: 'disclosure' | 'forbidden-pattern' | 'number-limit' | 'date' | 'structure' | 'applicability';
  title: string;
  description: string;
  citation: string;
  verified?: 'P' | 'S' | 'U';
  severity?: 'warn' | 'error';
  message: string;
  suggestion?: string;
  docs?: string;
  examples?: { compliant?: Example[]; noncompliant?: Example[] };
  evidence?: EvidenceSpec;
  condition?: Condition;
  jurisdictions?: string[];
  runsWhereNamed?: boolean;
  sameDisclosure?: string[];
  documents?: DocumentKind[];
  topic?: string;
  defersTo?: string[];
  marksSlot?: boolean;
  patterns?: PatternSpec[];
  quantity?: 'duration' | 'age' | 'money';
  context?: Phrases;
  contextAll?: Phrases;
  contextExclude?: Phrases;
  excludeSections?: Phrases;
  compare?: 'max' | 'min';
  limits?: LimitSpec[];
  limitsFact?: string;
  check?: 'empty-list' | 'empty-section' | 'broken-link' | 'mismatched-entity' | 'invalid-date' | 'stale-date' | 'stub' | 'cross-reference' | 'language';
  options?: Record<string, unknown>;
}

export interface PackFile {
  name: string;
  title: string;
  description?: string;
  shortTitle?: string;
  enabled: 'always' | 'detected' | 'explicit';
  detect?: string[];
  address?: { phrases?: Phrases; statements?: StatementSpec[]; headings?: Phrases; namedUnder?: Phrases; vocabulary?: Phrases; vocabularyUnlessFacts?: string[]; otherLaws?: Phrases; exclude?: Phrases; headingsOtherLaws?: Phrases };
  appliesWith?: string[];
  requires?: { facts: string[]; reason: string };
  unlessFacts?: string[];
  documents?: DocumentKind[];
  implies?: string[];
}

/** What each check kind is called in `policylint explain` and the rule docs. */
export const KIND_NAMES: Record<RuleFile['kind'], string> = {
  disclosure: 'required disclosure',
  'forbidden-pattern': 'forbidden pattern',
  'number-limit': 'number limit',
  date: 'date check',
  structure: 'structure check',
  applicability: 'applicability note',
};
