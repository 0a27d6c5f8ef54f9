/**
 * Inline directives in Markdown and HTML comments, as ESLint has them:
 *   <!-- policylint-disable gdpr/dpo-contact -- we have no DPO -->   … <!-- policylint-enable -->
 *   <!-- policylint-disable-line draft/placeholder -->
 *   <!-- policylint-disable-next-line draft/placeholder -->
 * A directive that silenced nothing is reported, so stale ones do not pile up.
 */
import type { LineIndex } from '../sections/positions.js';
import type { LintMessage, SuppressedMessage } from '../types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  rules: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  srcStart: number;
  srcEnd: number;
  /** What follows " -- " in the comment: why the rule is off here. */
  reason?: string;
  used: Set<string>;
}

const COMMENT = /<!--\s*policylint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function parseDirectives(source: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(source); m; m = COMMENT.exec(source)) {
    const [body, ...why] = m[2].split(/\s--\s|\s--$/);
    const rules = body.split(/[\s,]+/).filter(Boolean);
    const reason = why.join(' -- ').trim();
    const start = lines.point(m.index);
    const end = lines.point(m.index + m[0].length);
    out.push({ kind: m[1] as DirectiveKind, rules, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, srcStart: m.index, srcEnd: m.index + m[0].length, ...(reason ? { reason } : {}), used: new Set() });
  }
  return out;
}

const covers = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/** The directive that silences a message, if any. */
function silencer(directives: Directive[], m: LintMessage & { documentLevel?: boolean }): Directive | undefined {
  const id = m.ruleId;
  if (!id) return undefined;
  let active: Directive | undefined;
  for (const d of directives) {
    if (!covers(d, id)) continue;
    if (d.kind === 'disable-line' && (d.line === m.line || d.endLine === m.line)) return d;
    if (d.kind === 'disable-next-line' && d.endLine + 1 === m.line) return d;
    // A finding about the whole document has no line of its own: a disable that is never
    // re-enabled silences it wherever it stands.
    if (m.documentLevel) {
      if (d.kind === 'disable') active = d;
      else if (d.kind === 'enable') active = undefined;
      continue;
    }
    if (d.line > m.line || (d.line === m.line && d.column > m.column)) continue;
    if (d.kind === 'disable') active = d;
    else if (d.kind === 'enable') active = undefined;
  }
  return active;
}

export interface Applied {
  kept: LintMessage[];
  unused: LintMessage[];
  /** What directives silenced, each with the directive that did and its reason (ESLint's suppressedMessages). */
  suppressed: SuppressedMessage[];
}

export function applyDirectives(
  directives: Directive[],
  messages: Array<LintMessage & { documentLevel?: boolean }>,
  unusedSeverity: 'off' | 'warn' | 'error',
  knownRule: (id: string) => boolean,
): Applied {
  const kept: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const m of messages) {
    const d = silencer(directives, m);
    if (!d) {
      kept.push(m);
      continue;
    }
    d.used.add(m.ruleId!);
    suppressed.push({ ...m, suppressions: [{ kind: 'directive', justification: d.reason ?? '' }] });
  }
  const unused: LintMessage[] = [];
  const severity = unusedSeverity === 'error' ? 2 : 1;
  for (const d of directives) {
    const at = { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
    for (const r of d.rules) {
      if (!knownRule(r)) unused.push({ ruleId: null, severity: 1, message: `Directive names an unknown rule "${r}".`, ...at });
    }
    if (unusedSeverity === 'off' || d.kind === 'enable') continue;
    const idle = d.rules.length === 0 ? d.used.size === 0 : d.rules.some((r) => !d.used.has(r) && knownRule(r));
    if (idle) {
      const names = d.rules.length === 0 ? 'any rule' : d.rules.filter((r) => !d.used.has(r)).map((r) => `'${r}'`).join(', ');
      unused.push({
        ruleId: null,
        severity,
        message: `Unused policylint-${d.kind} directive (no problems were reported from ${names}).`,
        ...at,
        fix: { range: [d.srcStart, d.srcEnd], text: '' },
      });
    }
  }
  return { kept, unused, suppressed };
}
