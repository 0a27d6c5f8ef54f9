/**
 * Checkstyle XML (ESLint's `checkstyle` format), which Jenkins, GitLab code quality converters and
 * reviewdog read: one <file> per linted file, one <error> per finding.
 */
import { relativePath } from '../load/paths.js';
import type { ReportContext } from '../types.js';
import { attrs } from './xml.js';

export function formatCheckstyle(ctx: ReportContext): string {
  const files = ctx.results.map((r) => {
    const errors = r.messages.map((m) => {
      const severity = m.fatal || m.severity === 2 ? 'error' : 'warning';
      const source = m.ruleId ? `policylint.rules.${m.ruleId}` : 'policylint';
      return `    <error${attrs({ line: m.line, column: m.column, severity, message: m.message, source })} />`;
    });
    return [`  <file${attrs({ name: relativePath(ctx.cwd, r.filePath) })}>`, ...errors, '  </file>'].join('\n');
  });
  return ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">', ...files, '</checkstyle>', ''].join('\n');
}
