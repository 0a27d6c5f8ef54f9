/**
 * The profile stage, between sections/ and rules/: what a document is and which laws reach it,
 * decided once per document and handed to every rule. Facts first (configured, then said in the
 * text), then each pack's basis (packs.ts), which reads the facts.
 */
import type { Registry } from '../rules/registry.js';
import type { CheckContext } from '../rules/context.js';
import { decideFacts } from './facts.js';
import { decidePacks } from './packs.js';
import type { DocumentProfile } from './model.js';

export function profileDocument(ctx: CheckContext, registry: Registry, configuredFacts: Record<string, unknown>, selected: string[] | undefined): DocumentProfile {
  const facts = decideFacts(registry.facts(), ctx, configuredFacts);
  const packs = decidePacks(registry, ctx, facts, selected);
  return { facts, packs };
}

export { isActive } from './model.js';
export type { DocumentProfile, PackBasis, FactValue, Basis } from './model.js';
