/**
 * The rule docs every diagnostic links to (docs/rules/<pack>/<rule>.md and docs/rules/README.md),
 * generated from the rule packs as the registry loads them, so they cannot drift from what a rule
 * does. scripts/gen-docs.js writes them and checks they are fresh.
 */
import { Registry } from './registry.js';
import type { CompiledRule } from './compile.js';
import { KIND_NAMES, exampleText, type PackFile } from './types.js';

const VERIFIED = { P: 'checked against the primary text', S: 'checked against a strong secondary source', U: 'unverified: reports at most a warning' };

const fence = (text: string) => ['```markdown', text, '```'].join('\n');
const code = (p: string) => `\`${p}\``;
const quoted = (p: string) => `"${p}"`;

function rulePage(pack: PackFile, compiled: CompiledRule): string {
  const rule = compiled.file;
  const kind = KIND_NAMES[rule.kind];
  const lines = [
    `# ${rule.id}`,
    '',
    `**${rule.title}**`,
    '',
    rule.description,
    '',
    '| | |',
    '|---|---|',
    `| Pack | \`${pack.name}\` (${pack.title}) |`,
    `| Kind | ${kind[0].toUpperCase()}${kind.slice(1)} |`,
    `| Citation | ${rule.citation}${rule.verified ? ` (${VERIFIED[rule.verified]})` : ''} |`,
    `| Default severity | ${compiled.meta.defaultSeverity === 2 ? 'error' : 'warning'} |`,
  ];
  if (rule.condition) {
    const when: string[] = [];
    if (rule.condition.text) when.push(`the policy says ${rule.condition.text.slice(0, 6).map(quoted).join(', ')}`);
    if (rule.condition.fact) when.push(`\`facts.${rule.condition.fact}\` is true in the configuration, or the text establishes it (rules/facts.json)`);
    const inc = rule.condition.factIncludes;
    if (inc) when.push(`\`facts.${inc.fact}\` includes ${([] as string[]).concat(inc.value).map(code).join(' or ')} (when \`facts.${inc.fact}\` is set, it decides)`);
    const also = rule.condition.alsoText ? `; and only if the policy also says ${rule.condition.alsoText.slice(0, 4).map(quoted).join(', ')}` : '';
    lines.push(`| Applies when | ${when.join(', or ') || 'always'}${also} |`);
  }
  if (rule.jurisdictions) lines.push(`| Runs with | the ${rule.jurisdictions.map(code).join(', ')} pack${rule.jurisdictions.length > 1 ? 's (any)' : ''} |`);
  if (rule.defersTo) lines.push(`| Defers to | ${rule.defersTo.map((id) => `[\`${id}\`](../${id}.md)`).join(', ')} (on a line they report) |`);
  lines.push('');
  if (rule.evidence) {
    const ev = rule.evidence;
    lines.push('## What counts as the disclosure', '');
    if (ev.phrases?.length) lines.push(`Any of these phrases (matched by word stem, in one sentence): ${ev.phrases.map(code).join(', ')}.`, '');
    if (ev.sectionHeadings?.length) {
      const inside = ev.inSection?.length ? `; inside them, also ${ev.inSection.map(code).join(', ')}` : '';
      lines.push(`Sections headed like ${ev.sectionHeadings.map(code).join(', ')} are on topic${inside}${ev.headingSuffices ? '; such a section with text under it counts by itself' : ''}.`, '');
    }
    if (ev.signals?.length) lines.push(`Also: ${ev.signals.join(', ')}.`, '');
    if (ev.citedLast?.length) lines.push(`A sentence with ${ev.citedLast.map(code).join(', ')} is cited only after the others.`, '');
    if (ev.weakPhrases?.length) lines.push(`Failing all of these, any of ${ev.weakPhrases.map(code).join(', ')} (cited last: such words often mean something else).`, '');
    if (ev.tableColumns?.length) lines.push(`A table with a column headed like ${ev.tableColumns.map(code).join(', ')}, with text under it.`, '');
    if (ev.addressBlock?.length) lines.push(`An address block: a line of its own naming ${ev.addressBlock.map(code).join(', ')}, with an e-mail or postal address in the lines after it.`, '');
    if (ev.nearPhrases?.length) lines.push(`Not enough, but quoted as the closest passage (the finding is then a warning): ${ev.nearPhrases.map(code).join(', ')}.`, '');
    if (ev.negated === 'ignored') lines.push('A negated statement ("we do not …") does not count.', '');
  }
  if (rule.patterns) {
    lines.push('## Patterns', '', 'Regular expressions (RE2 syntax, linear time):', '');
    for (const p of rule.patterns) lines.push(`- \`${p.regex.replace(/`/g, '\\`')}\`${p.severity === 'warn' ? ' (warning)' : ''}`);
    lines.push('');
  }
  if (rule.limits) {
    const named = rule.limits.some((l) => l.context);
    lines.push('## Limits', '', `| scope | limit | citation | verified |${named ? ' sentences naming |' : ''}`, `|---|---|---|---|${named ? '---|' : ''}`);
    for (const l of rule.limits) {
      const ctx = named ? ` ${(l.context ?? []).map((p) => code(p.replace(/\|/g, '\\|'))).join(', ')} |` : '';
      lines.push(`| ${l.scope ?? 'all'} | ${l.value} ${l.unit} | ${l.citation ?? ''} | ${l.verified ?? ''} |${ctx}`);
    }
    lines.push('');
  }
  if (rule.suggestion) lines.push('## How to comply', '', rule.suggestion, '');
  if (rule.examples?.compliant?.length) lines.push('## Compliant', '', ...rule.examples.compliant.map((e) => fence(exampleText(e))), '');
  if (rule.examples?.noncompliant?.length) lines.push('## Triggers the rule', '', ...rule.examples.noncompliant.map((e) => fence(exampleText(e))), '');
  if (rule.docs) lines.push(rule.docs, '');
  lines.push(`Disable it in a configuration file with \`"rules": { "${rule.id}": "off" }\`, or for one line with \`<!-- policylint-disable-next-line ${rule.id} -- reason -->\`.`, '');
  lines.push('<!-- Generated by scripts/gen-docs.js from rules/. Do not edit. -->', '');
  return lines.join('\n');
}

/** Each page's text by its path under docs/rules/ ("gdpr/legal-basis.md", "README.md"), from the built-in packs by default. */
export function ruleDocs(registry: Registry = new Registry()): Map<string, string> {
  const pages = new Map<string, string>();
  const index = ['# Rules', '', 'Generated from the rule files in `rules/`.', ''];
  for (const [name, pack] of registry.packs) {
    index.push(`## ${name}: ${pack.meta.title}`, '', pack.meta.description ?? '', '', '| rule | what | citation |', '|---|---|---|');
    for (const rule of registry.rules(name)) {
      const page = `${name}/${rule.file.id.slice(name.length + 1)}.md`;
      pages.set(page, rulePage(pack.meta, rule));
      index.push(`| [${rule.file.id}](${page}) | ${rule.file.title} | ${rule.file.citation} |`);
    }
    index.push('');
  }
  pages.set('README.md', index.join('\n'));
  return pages;
}
