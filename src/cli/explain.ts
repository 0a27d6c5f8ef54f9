/** `policylint rules` and `policylint explain RULE`: what each rule checks, from its rule file. */
import type { CompiledRule } from '../rules/compile.js';
import type { Registry } from '../rules/registry.js';
import { KIND_NAMES, exampleText } from '../rules/types.js';

export function listRules(registry: Registry, jurisdictions: string[] | undefined): string {
  const lines: string[] = [];
  for (const [name, pack] of registry.packs) {
    if (jurisdictions && jurisdictions.length && pack.meta.enabled !== 'always' && !jurisdictions.includes(name)) continue;
    const when = pack.meta.enabled === 'always' ? 'always on' : pack.meta.enabled === 'detected' ? 'on when the policy names the law, or with --jurisdiction' : 'with --jurisdiction';
    lines.push(`${name}: ${pack.meta.title} (${when})`);
    for (const r of registry.rules(name)) {
      const sev = r.meta.defaultSeverity === 2 ? 'error' : 'warn ';
      lines.push(`  ${r.file.id.padEnd(40)} ${sev}  ${r.file.title}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function explainRule(rule: CompiledRule): string {
  const f = rule.file;
  const out = [
    `${f.id}: ${f.title}`,
    '',
    f.description,
    '',
    `Kind:      ${KIND_NAMES[f.kind]}`,
    `Citation:  ${f.citation}${f.verified === 'U' ? ' (unverified: reports at most a warning)' : ''}`,
    `Severity:  ${rule.meta.defaultSeverity === 2 ? 'error' : 'warning'}`,
    `Docs:      ${rule.meta.url}`,
  ];
  if (f.condition) out.push(`Applies:   ${f.condition.reason ? `only when triggered (${f.condition.reason})` : 'only when triggered'}`);
  if (f.evidence?.phrases?.length) out.push('', `Looks for: ${f.evidence.phrases.slice(0, 8).map((p) => `"${p}"`).join(', ')}${f.evidence.phrases.length > 8 ? ', …' : ''}`);
  if (f.suggestion) out.push('', 'Compliant wording must contain:', `  ${f.suggestion}`);
  if (f.examples?.compliant?.length) out.push('', 'Example of compliant wording:', ...f.examples.compliant.slice(0, 2).map((e) => `  ${exampleText(e).replace(/\n/g, '\n  ')}`));
  if (f.examples?.noncompliant?.length) out.push('', 'Example that triggers the rule:', ...f.examples.noncompliant.slice(0, 2).map((e) => `  ${exampleText(e).replace(/\n/g, '\n  ')}`));
  return out.join('\n') + '\n';
}
