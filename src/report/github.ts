/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
 * Policy text ends up in messages, so every byte of it is escaped the way the runner unescapes,
 * and nothing from a policy can start a workflow command of its own.
 */
import { relativePath } from '../load/paths.js';
import type { LintMessage, ReportContext } from '../types.js';

/** GitHub shows at most this many annotations of each type (error, warning, notice) per step. */
export const ANNOTATIONS_PER_TYPE = 10;

type Level = 'error' | 'warning';

interface Finding {
  level: Level;
  file: string;
  message: LintMessage;
  text: string;
}

/** As actions/toolkit's escapeData: `%` first, or an escape already in the text would be decoded by the runner. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As actions/toolkit's escapeProperty: `,` separates properties and `:` ends them. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::command key=value,…::message`, as actions/toolkit's issueCommand writes it. Every workflow
 * command policylint prints is made here, so none can skip the escaping.
 */
export function workflowCommand(command: string, properties: Array<[string, string | number]>, message: string): string {
  const list = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

function messageText(m: LintMessage, ctx: ReportContext): string {
  const rule = m.ruleId ? ctx.rules.get(m.ruleId) : undefined;
  const citation = m.citation ?? rule?.citation;
  const url = m.url ?? rule?.url;
  return m.message + (citation ? ` (${citation})` : '') + (url ? ` — ${url}` : '');
}

function annotation(f: Finding): string {
  const { line, endLine, column, endColumn, ruleId } = f.message;
  const props: [string, string | number][] = [['file', f.file]];
  // Line 0 means "no position" (a file that could not be read): the annotation then names only the file.
  if (line >= 1) {
    props.push(['line', line]);
    if (endLine !== undefined && endLine >= line) props.push(['endLine', endLine]);
    if (column >= 1) props.push(['col', column]);
    if (endColumn !== undefined && endColumn >= 1) props.push(['endColumn', endColumn]);
  }
  props.push(['title', ruleId ?? 'policylint']);
  return workflowCommand(f.level, props, f.text);
}

/**
 * A finding that did not fit in the annotations, as an ordinary log line. The runner trims leading
 * whitespace before looking for `::`, so the line starts with a word; it also honours the legacy
 * `##[command]` form anywhere in a plain line, so that bracket is escaped too.
 */
function logLine(f: Finding): string {
  const { line, column, ruleId } = f.message;
  const where = line >= 1 ? `${f.file}:${line}${column >= 1 ? `:${column}` : ''}` : f.file;
  const text = `policylint ${f.level} ${where} ${ruleId ?? 'policylint'}: ${f.text}`;
  return escapeData(text).replace(/##\[/g, '##%5B');
}

function count(n: number, noun: string): string {
  return `${n} more ${noun}${n === 1 ? '' : 's'}`;
}

export interface GithubOptions {
  /** Annotations of each type before the rest become log lines (at most GitHub's own limit). */
  maxPerType?: number;
}

export function formatGithub(ctx: ReportContext, options: GithubOptions = {}): string {
  const limit = Math.max(0, Math.min(ANNOTATIONS_PER_TYPE, Math.floor(options.maxPerType ?? ANNOTATIONS_PER_TYPE)));
  const findings: Finding[] = ctx.results.flatMap((r) =>
    r.messages.map((message) => ({
      level: message.fatal || message.severity === 2 ? ('error' as const) : ('warning' as const),
      file: relativePath(ctx.cwd, r.filePath),
      message,
      text: messageText(message, ctx),
    })),
  );
  const errors = findings.filter((f) => f.level === 'error');
  const warnings = findings.filter((f) => f.level === 'warning');
  const dropped = [...errors.slice(limit), ...warnings.slice(limit)];
  const lines = [...errors.slice(0, limit), ...warnings.slice(0, limit)].map(annotation);
  if (dropped.length > 0) {
    lines.push(...dropped.map(logLine));
    const droppedErrors = Math.max(0, errors.length - limit);
    const droppedWarnings = Math.max(0, warnings.length - limit);
    const more = [droppedErrors && count(droppedErrors, 'error'), droppedWarnings && count(droppedWarnings, 'warning')]
      .filter(Boolean)
      .join(' and ');
    const notice =
      `${more} ${dropped.length === 1 ? 'is' : 'are'} not shown as annotations (${limit === ANNOTATIONS_PER_TYPE ? `GitHub shows ${limit}` : `annotations limited to ${limit}`} of each type per step); ` +
      'the full list is in the job log above and in the SARIF file.';
    lines.push(workflowCommand('notice', [], notice));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
