/**
 * Topics handed over to another policy. A missing disclosure whose topic a reference hands over
 * ("see the 'Your rights' section of our Privacy Policy") is not reported: it is looked for in that
 * policy. Each reference that so took a requirement away gives one note (common/cross-reference),
 * since the other policy was not linted with this file. A requirement met by others together
 * (evidence.satisfiedBy: a notice at collection is its categories, purposes, sale and retention)
 * is present when they are.
 */
import type { CoverageEntry, Evidence } from '../types.js';
import type { PolicyReference } from '../profile/references.js';
import type { Registry } from './registry.js';
import type { Run } from './run.js';
import { checkCrossReference } from './checks/structure.js';

function dropFindings(run: Run, id: string): void {
  run.findings = run.findings.filter((f) => f.rule.file.id !== id || !f.finding.documentLevel);
}

function cover(run: Run, entry: CoverageEntry, ref: PolicyReference): void {
  entry.status = 'not-applicable';
  entry.reason = `left to another policy: line ${ref.evidence.line} hands ${ref.title ? `"${ref.title}"` : 'this topic'} over to it`;
  entry.reference = ref.evidence;
  dropFindings(run, entry.requirement);
}

function satisfied(run: Run, registry: Registry): void {
  const byId = new Map(run.coverage.map((c) => [c.requirement, c]));
  for (const entry of run.coverage) {
    const parts = registry.rule(entry.requirement)?.file.evidence?.satisfiedBy;
    if (entry.status !== 'missing' || !parts) continue;
    const met = parts.map((id) => byId.get(id));
    if (!met.every((c) => c && (c.status === 'present' || c.reference))) continue;
    entry.status = 'present';
    entry.evidence = met.flatMap((c) => c!.evidence ?? (c!.reference ? [c!.reference] : [])).slice(0, 3) as Evidence[];
    delete entry.reason;
    dropFindings(run, entry.requirement);
  }
}

export function handOver(run: Run, registry: Registry): void {
  // Each reference, with the topics it took requirements away from (named in its note).
  const used = new Map<PolicyReference, Set<string>>();
  for (const entry of run.coverage) {
    if (entry.status !== 'missing') continue;
    const topic = registry.rule(entry.requirement)?.file.topic;
    const ref = topic ? run.profile.references.find((r) => r.topics.includes(topic)) : undefined;
    if (!ref || !topic) continue;
    cover(run, entry, ref);
    if (!used.has(ref)) used.set(ref, new Set());
    used.get(ref)!.add(topic);
  }
  satisfied(run, registry);
  const rule = registry.rule('common/cross-reference');
  if (!rule || run.config.rules[rule.file.id]?.severity === 'off' || used.size === 0) return;
  for (const f of checkCrossReference(rule, run.ctx, used)) run.findings.push({ rule, finding: f });
}
