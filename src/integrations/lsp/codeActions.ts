/**
 * Code actions for policylint diagnostics: disable the rule for a line, or for the file when the
 * finding is a missing disclosure (Markdown/HTML comment directive), insert the rule's suggested wording as a new section, apply a message's safe fix,
 * and fix all safe fixes in the document (source.fixAll.policylint).
 */
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { applyFixes } from '../../cli/fix.js';
import type { LintMessage } from '../../types.js';
import type { DocumentLint } from './documents.js';
import { LineIndex } from '../../sections/positions.js';

export const FIX_ALL_KIND = 'source.fixAll.policylint';
const QUICKFIX = 'quickfix';

// One request maps many offsets of the same text: its line index is kept until the text changes.
let indexed: { text: string; index: LineIndex } | undefined;
function positionAt(text: string, offset: number): { line: number; character: number } {
  if (indexed?.text !== text) indexed = { text, index: new LineIndex(text) };
  const p = indexed.index.point(offset);
  return { line: p.line - 1, character: p.column - 1 };
}

function endPosition(text: string): { line: number; character: number } {
  return positionAt(text, text.length);
}

/** The message a diagnostic in a code-action request stands for: the published one with the same rule and start. */
export function messageFor(state: DocumentLint, d: Diagnostic): LintMessage | undefined {
  if (!state.result) return undefined;
  const i = state.diagnostics.findIndex(
    (p) => (p.code ?? undefined) === (d.code ?? undefined) && p.range.start.line === d.range.start.line && p.range.start.character === d.range.start.character,
  );
  return i >= 0 ? state.result.messages[i] : undefined;
}

function disableAction(state: DocumentLint, uri: string, m: LintMessage, d: Diagnostic): CodeAction {
  // A missing disclosure is about the whole file and has no line of its own: only a disable that is
  // never re-enabled silences it (rules/directives.ts), wherever the finding is shown.
  const fileLevel = state.result?.coverage.some((c) => c.requirement === m.ruleId && c.status === 'missing') ?? false;
  const title = `Disable ${m.ruleId} for this ${fileLevel ? 'file' : 'line'}`;
  if (state.format === 'text') {
    // Plain text has no comment syntax, so a directive would become part of the policy's text.
    return { title, kind: QUICKFIX, diagnostics: [d], disabled: { reason: `plain text has no comment syntax: turn "${m.ruleId}" off in .policylintrc.json instead` } };
  }
  const line = Math.max(0, m.line - 1);
  const lineText = state.text.split('\n')[line] ?? '';
  const indent = /^[ \t]*/.exec(lineText)![0];
  const directive = fileLevel ? `policylint-disable ${m.ruleId}` : `policylint-disable-next-line ${m.ruleId}`;
  const edit: TextEdit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- ${directive} -->\n` };
  return { title, kind: QUICKFIX, diagnostics: [d], edit: { changes: { [uri]: [edit] } } };
}

/** Where a new section goes: before </body> in HTML, otherwise at the end of the document. */
function sectionEdit(state: DocumentLint, title: string, wording: string): TextEdit {
  const text = state.text;
  if (state.format === 'html') {
    const body = text.search(/<\/body>/i);
    const at = body >= 0 ? positionAt(text, body) : endPosition(text);
    return { range: { start: at, end: at }, newText: `<h2>${title}</h2>\n<p>${wording}</p>\n` };
  }
  const end = endPosition(text);
  const gap = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  const heading = state.format === 'markdown' ? `## ${title}` : title;
  return { range: { start: end, end }, newText: `${gap}${heading}\n\n${wording}\n` };
}

/**
 * The wording a suggestion quotes ('Add: "We keep …"'): only that goes into the policy, never the
 * instruction around it. Suggestions without a quote (fix-this-line advice) offer no section.
 */
export function suggestedWording(suggestion: string): string | null {
  const m = /"((?:\\"|[^"])+)"/.exec(suggestion);
  // <blank> would vanish as a tag in Markdown and HTML; [blank] stays visible and draft/placeholder
  // keeps reporting it until the writer fills it in.
  return m ? m[1].replace(/\\"/g, '"').replace(/<([^<>\n]+)>/g, '[$1]') : null;
}

function insertSectionAction(state: DocumentLint, uri: string, m: LintMessage, d: Diagnostic): CodeAction | null {
  const wording = m.suggestion && suggestedWording(m.suggestion);
  if (!wording || !m.ruleId) return null;
  const title = state.rules.get(m.ruleId)?.title ?? m.ruleId;
  return {
    title: `Insert a section for the missing disclosure (${m.ruleId})`,
    kind: QUICKFIX,
    diagnostics: [d],
    edit: { changes: { [uri]: [sectionEdit(state, title, wording)] } },
  };
}

function fixEdit(text: string, fix: { range: [number, number]; text: string }): TextEdit {
  return { range: { start: positionAt(text, fix.range[0]), end: positionAt(text, fix.range[1]) }, newText: fix.text };
}

/** Every safe fix in the document as one edit set, or null when there is none. */
export function fixAllAction(state: DocumentLint, uri: string): CodeAction | null {
  const messages = state.result?.messages ?? [];
  const { fixed } = applyFixes(state.text, messages);
  if (fixed.length === 0) return null;
  return {
    title: `Fix all safe policylint problems (${fixed.length})`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: fixed.map((m) => fixEdit(state.text, m.fix!)) } },
  };
}

export function codeActions(state: DocumentLint, uri: string, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(QUICKFIX)) {
    for (const d of diagnostics) {
      if (d.source !== 'policylint') continue;
      const m = messageFor(state, d);
      if (!m) continue;
      if (m.fix) actions.push({ title: m.ruleId ? `Fix ${m.ruleId}` : `Fix: ${m.message}`, kind: QUICKFIX, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: [fixEdit(state.text, m.fix)] } } });
      const section = insertSectionAction(state, uri, m, d);
      if (section) actions.push(section);
      if (m.ruleId) actions.push(disableAction(state, uri, m, d));
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const all = fixAllAction(state, uri);
    if (all) actions.push(all);
  }
  return actions;
}
