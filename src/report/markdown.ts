/**
 * Markdown, for a CI job summary or a pull-request comment: the totals, then a table of the
 * findings of each file with its links to the rule docs. Policy text in a cell cannot end the cell
 * or the table.
 */
import { relativePath } from '../load/paths.js';
import type { LintMessage, ReportContext } from '../types.js';

/** A table cell: pipes escaped, lines joined, Markdown and HTML that could change the table made inert. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s*\n\s*/g, ' ');
}

function row(m: LintMessage, ctx: ReportContext): string {
  const level = m.fatal || m.severity === 2 ? 'error' : 'warning';
  const url = m.url ?? (m.ruleId ? ctx.rules.get(m.ruleId)?.url : undefined);
  const rule = m.ruleId ? (url ? `[${m.ruleId}](${url})` : m.ruleId) : '';
  return `| ${m.line} | ${level} | ${rule} | ${cell(m.message)} |`;
}

export function formatMarkdown(ctx: ReportContext): string {
  const errors = ctx.results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = ctx.results.reduce((n, r) => n + r.warningCount, 0);
  const out = [`## policylint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${ctx.results.length} file${ctx.results.length === 1 ? '' : 's'}`, ''];
  for (const r of ctx.results) {
    const file = cell(relativePath(ctx.cwd, r.filePath));
    if (r.messages.length === 0) {
      out.push(`### ${file}`, '', 'No problems.', '');
      continue;
    }
    out.push(`### ${file}`, '', '| Line | Severity | Rule | Message |', '|---:|---|---|---|', ...r.messages.map((m) => row(m, ctx)), '');
  }
  return `${out.join('\n')}`;
}
