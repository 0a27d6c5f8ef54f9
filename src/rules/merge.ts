/**
 * One defect, one finding: rules that ask for the same disclosure (rule.sameDisclosure, most
 * specific law first) report it once. The first rule of the group with a missing finding keeps it
 * and names the laws of the others; their coverage entries stay, each missing.
 */
import { extend } from './message.js';
import type { Registry } from './registry.js';
import type { Run } from './run.js';

export function mergeSameDisclosure(run: Run, registry: Registry): void {
  const kept = new Map<string, { index: number; others: string[] }>();
  const drop = new Set<number>();
  run.findings.forEach(({ rule, finding }, index) => {
    const group = rule.file.sameDisclosure;
    if (!group || !finding.documentLevel) return;
    const key = group.join(' ');
    const first = kept.get(key);
    if (!first) return void kept.set(key, { index, others: [] });
    const rank = (id: string) => group.indexOf(id);
    const firstId = run.findings[first.index].rule.file.id;
    if (rank(rule.file.id) < rank(firstId)) {
      drop.add(first.index);
      kept.set(key, { index, others: [firstId, ...first.others] });
    } else {
      drop.add(index);
      first.others.push(rule.file.id);
    }
  });
  for (const { index, others } of kept.values()) {
    if (others.length === 0) continue;
    const f = run.findings[index].finding;
    const laws = others.map((id) => registry.packs.get(id.split('/')[0])?.meta.shortTitle ?? (id.startsWith('common/') ? 'the baseline' : id)).join(' and ');
    run.findings[index] = { ...run.findings[index], finding: { ...f, message: extend(f.message, `; ${laws} ask${others.length === 1 ? 's' : ''} for it too`) } };
  }
  run.findings = run.findings.filter((_, i) => !drop.has(i));
}
