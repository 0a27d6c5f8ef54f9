/**
 * The default human format, after ESLint's stylish: a block per file, one line per problem with
 * line:column, severity, message, citation, rule id and the rule's docs link, then a summary.
 * Colour only when the caller says the stream is a terminal (and NO_COLOR is unset).
 */
import { Chalk } from 'chalk';
import path from 'node:path';
import type { ReportContext } from '../types.js';

export function formatStylish(ctx: ReportContext, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const r of ctx.results) {
    if (r.messages.length === 0) continue;
    lines.push(c.underline(path.relative(ctx.cwd, r.filePath) || r.filePath));
    for (const m of r.messages) {
      if (m.severity === 2) errors++;
      else warnings++;
      if (m.fix) fixable++;
      const where = `${m.line}:${m.column}`.padStart(7);
      const sev = m.severity === 2 ? c.red('error  ') : c.yellow('warning');
      const cite = m.citation ? c.dim(` [${m.citation}]`) : '';
      lines.push(`${where}  ${sev}  ${m.message.replace(/\s*\n\s*/g, ' ')}${cite}  ${c.dim(m.ruleId ?? '')}`);
      if (m.url) lines.push(`${' '.repeat(18)}${c.dim(m.url)}`);
    }
    lines.push('');
  }
  const total = errors + warnings;
  const suppressions = ctx.results.flatMap((r) => r.suppressedMessages ?? []);
  const inline = suppressions.filter((m) => m.suppressions.some((x) => x.kind === 'directive')).length;
  const baseline = suppressions.length - inline;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    lines.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
    if (fixable > 0) lines.push(c.dim(`  ${fixable} problem${fixable === 1 ? '' : 's'} can be fixed with --fix.`));
  }
  // Silenced findings stay countable: --format json lists them with each directive's reason.
  const plural = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;
  if (inline > 0) lines.push(c.dim(`  ${plural(inline)} suppressed by inline directives (--format json lists them).`));
  if (baseline > 0) lines.push(c.dim(`  ${plural(baseline)} accepted in the suppressions file (--format json lists them).`));
  if (total > 0 || suppressions.length > 0) lines.push('');
  return lines.join('\n');
}
