/** The profile as the JSON report gives it: each pack's basis with its evidence line, and the facts. */
import type { Registry } from '../rules/registry.js';
import type { Applicability } from '../types.js';
import type { DocumentProfile } from './model.js';

export function describeProfile(profile: DocumentProfile, registry: Registry): Applicability {
  const packs = [...profile.packs.values()]
    .filter((b) => registry.packs.get(b.pack)?.meta.enabled !== 'always')
    .map((b) => ({
      pack: b.pack,
      basis: b.basis,
      reason: b.reason,
      ...(b.evidence ? { line: b.evidence.line, text: b.evidence.text } : {}),
      ...(b.via ? { via: b.via } : {}),
    }));
  const facts = [...profile.facts.values()].map((f) => ({
    fact: f.name,
    value: f.value,
    source: f.source,
    ...(f.evidence ? { line: f.evidence.line, text: f.evidence.text } : {}),
  }));
  const k = profile.kind;
  const kind = { kind: k.kind, reason: k.reason, ...(k.evidence ? { line: k.evidence.line } : {}) };
  const references = profile.references.map((r) => ({ line: r.evidence.line, text: r.evidence.text, topics: r.topics, ...(r.title ? { title: r.title } : {}), ...(r.target ? { target: r.target } : {}) }));
  const language = { code: profile.language.code, name: profile.language.name };
  return { language, kind, packs, facts, references };
}
