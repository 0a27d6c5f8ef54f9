/**
 * LintMessage → LSP Diagnostic: a pure mapping (the unified-language-server shape). Rule id as
 * `code`, docs link as `codeDescription.href`, citation in the message, evidence as related
 * information. Lines and columns are 1-based in policylint and 0-based in LSP.
 */
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { Evidence, LintMessage } from '../../types.js';

export const SOURCE = 'policylint';

function lineLength(lines: string[], line0: number): number {
  return (lines[line0] ?? '').replace(/\r$/, '').length;
}

function messageRange(m: LintMessage, lines: string[]): Range {
  const line = Math.max(0, m.line - 1);
  const character = Math.max(0, m.column - 1);
  if (m.endLine !== undefined && m.endColumn !== undefined) {
    return { start: { line, character }, end: { line: Math.max(line, m.endLine - 1), character: Math.max(0, m.endColumn - 1) } };
  }
  // No end: underline the rest of the line, so the finding is visible in every editor.
  return { start: { line, character }, end: { line, character: Math.max(character, lineLength(lines, line)) } };
}

function evidenceInfo(uri: string, e: Evidence): DiagnosticRelatedInformation {
  const line = Math.max(0, e.line - 1);
  const character = Math.max(0, e.column - 1);
  return { location: { uri, range: { start: { line, character }, end: { line, character: character + e.text.length } } }, message: e.text };
}

export function toDiagnostic(m: LintMessage, uri: string, lines: string[]): Diagnostic {
  const d: Diagnostic = {
    range: messageRange(m, lines),
    // 1 = Error, 2 = Warning in LSP; policylint's 2 = error, 1 = warning.
    severity: m.severity === 2 ? 1 : 2,
    source: SOURCE,
    message: m.citation ? `${m.message} (${m.citation})` : m.message,
  };
  if (m.ruleId) d.code = m.ruleId;
  if (m.url) d.codeDescription = { href: m.url };
  if (m.evidence?.length) d.relatedInformation = m.evidence.map((e) => evidenceInfo(uri, e));
  return d;
}

export function toDiagnostics(messages: LintMessage[], uri: string, text: string): Diagnostic[] {
  const lines = text.split('\n');
  return messages.map((m) => toDiagnostic(m, uri, lines));
}

/** One diagnostic on the first line that says why the document could not be linted. */
export function problemDiagnostic(message: string, severity: 1 | 2 | 3 = 2): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, source: SOURCE, message: `policylint: ${message}` };
}
