/**
 * One line per finding, for editors and tools that read compiler-style output: `unix`
 * (path:line:column: message [Error/rule]) and `compact` (ESLint's: path: line L, col C, Error -
 * message (rule)), each ending with the number of problems. Paths are relative to cwd.
 */
import { relativePath } from '../load/paths.js';
import type { LintMessage, ReportContext } from '../types.js';

type Style = 'unix' | 'compact';

function line(style: Style, file: string, m: LintMessage): string {
  const level = m.fatal || m.severity === 2 ? 'Error' : 'Warning';
  // One line each: a message never carries a newline into the next finding's place.
  const text = m.message.replace(/\s*\n\s*/g, ' ');
  const rule = m.ruleId ?? 'fatal';
  if (style === 'unix') return `${file}:${m.line}:${m.column}: ${text} [${level}/${rule}]`;
  return `${file}: line ${m.line}, col ${m.column}, ${level} - ${text} (${rule})`;
}

export function formatLines(ctx: ReportContext, style: Style): string {
  const out: string[] = [];
  for (const r of ctx.results) {
    const file = relativePath(ctx.cwd, r.filePath);
    for (const m of r.messages) out.push(line(style, file, m));
  }
  if (out.length === 0) return '';
  return `${out.join('\n')}\n\n${out.length} problem${out.length === 1 ? '' : 's'}\n`;
}
