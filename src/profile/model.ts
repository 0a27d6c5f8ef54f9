/** What a document is and which laws reach it: decided once per document, read by every rule. */
import type { Evidence } from '../types.js';
import type { KindDecision } from './kind.js';
import type { PolicyReference } from './references.js';
import type { LanguageDecision } from './language.js';

/**
 * Why a law's pack applies, strongest first: configured (jurisdictions in config or
 * --jurisdiction), a fact (configured, or said in the text: an operator established in the EU),
 * addressed (the policy speaks to that law's people or claims compliance), named (the law is only
 * mentioned: one note, no findings), none.
 */
export type Basis = 'configured' | 'fact' | 'addressed' | 'named' | 'none';

export interface PackBasis {
  pack: string;
  basis: Basis;
  /** One sentence saying why, for the JSON report and the applicability note. */
  reason: string;
  evidence?: Evidence;
  /** The pack that brought this one in (uk-gdpr brings gdpr; a law pack brings conflict). */
  via?: string;
}

export interface FactValue {
  name: string;
  title: string;
  value: unknown;
  source: 'config' | 'text';
  evidence?: Evidence;
}

export interface DocumentProfile {
  language: LanguageDecision;
  kind: KindDecision;
  packs: Map<string, PackBasis>;
  facts: Map<string, FactValue>;
  /** Sentences that hand a topic over to another policy. */
  references: PolicyReference[];
}

/** Does the fact hold: set, and not false or an empty list? */
export function factHolds(f: FactValue | undefined): boolean {
  return !!f && f.value !== false && f.value !== undefined && !(Array.isArray(f.value) && f.value.length === 0);
}

/** Where a fact was established, for a reason: the configuration or the line that says it. */
export function whereSaid(f: FactValue): string {
  return f.source === 'config' ? `facts.${f.name} is set in the configuration` : `line ${f.evidence!.line}`;
}

/** Bases whose rules run: the law reaches the document. */
export function isActive(b: Basis): boolean {
  return b === 'configured' || b === 'fact' || b === 'addressed';
}
