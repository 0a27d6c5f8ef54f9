/**
 * The profile stage, between sections/ and rules/: what a document is and which laws reach it,
 * decided once per document and handed to every rule. Facts first (configured, then said in the
 * text), then each pack's basis (packs.ts), which reads the facts; the document's kind (kind.ts)
 * and the references that hand a topic over to another policy (references.ts).
 */
import type { Registry } from '../rules/registry.js';
import type { CheckContext } from '../rules/context.js';
import { decideFacts } from './facts.js';
import { decidePacks } from './packs.js';
import type { DocumentProfile } from './model.js';
import { decideKind, type DocumentKind } from './kind.js';
import { findReferences } from './references.js';
import { decideLanguage } from './language.js';

export function profileDocument(
  ctx: CheckContext,
  registry: Registry,
  configured: { facts: Record<string, unknown>; jurisdictions?: string[]; kind?: DocumentKind },
): DocumentProfile {
  const docs = registry.documents();
  const language = decideLanguage(ctx);
  const kind = decideKind(docs, ctx, configured.kind);
  const facts = decideFacts(registry.facts(), ctx, configured.facts);
  const packs = decidePacks(registry, ctx, facts, configured.jurisdictions);
  return { language, kind, facts, packs, references: kind.kind === 'stub' ? [] : findReferences(docs, ctx, kind.kind) };
}

export { isActive } from './model.js';
export type { DocumentProfile, PackBasis, FactValue, Basis } from './model.js';
export { kindTitle, DOCUMENT_KINDS, type DocumentKind } from './kind.js';
