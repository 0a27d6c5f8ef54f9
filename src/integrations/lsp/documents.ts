/**
 * Lints editor buffers through the CLI's Linter (nearest config from the document's folder
 * upwards), one Linter, and so one set of config and rule caches, per workspace folder. Keeps the
 * last result and its diagnostics per document for code actions, hover and the coverage command.
 * Never throws: what cannot be linted becomes a `problem`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { Linter } from '../../lint.js';
import { CONFIG_FILES } from '../../config/load.js';
import type { Registry } from '../../rules/registry.js';
import { contentFormat, formatFromName, type Format } from '../../load/format.js';
import type { LintResult, RuleMeta } from '../../types.js';
import { problemDiagnostic, toDiagnostics } from './diagnostics.js';

/**
 * Beyond this a buffer is not linted in the editor: one diagnostic says so (the CLI still lints it).
 * Linting is synchronous and ~10 s per MB was measured, which would freeze hover and code actions;
 * long real policies are under 100,000 characters.
 */
export const MAX_EDITOR_CHARS = 400_000;

export interface EditorDocument {
  uri: string;
  languageId: string;
  version: number;
  getText(): string;
}

export interface DocumentLint {
  uri: string;
  version: number;
  format: Format;
  filePath: string;
  text: string;
  result?: LintResult;
  rules: Map<string, RuleMeta>;
  /** Why the document could not be linted (bad config, binary, too large). */
  problem?: { message: string; kind: 'config' | 'input' | 'internal' };
  /** What is published: with a result, diagnostics[i] stands for result.messages[i]. */
  diagnostics: Diagnostic[];
}

const LANGUAGE_FORMATS: Record<string, Format> = { markdown: 'markdown', plaintext: 'text', html: 'html' };

export function uriToPath(uri: string, fallbackDir: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // fall through: an unusual file URI is linted under a made-up name
    }
  }
  // untitled:Untitled-1 and other schemes: pretend the buffer lives in the workspace folder.
  return path.join(fallbackDir, uri.replace(/^[a-z]+:/i, '').replace(/[\\/:]/g, '_') || 'untitled');
}

/** The format of a buffer, or null when it is not a policy policylint reads. */
export function formatOf(doc: { uri: string; languageId: string }): Format | null {
  return LANGUAGE_FORMATS[doc.languageId] ?? formatFromName(doc.uri);
}

export function isConfigFile(uriOrPath: string): boolean {
  return CONFIG_FILES.includes(path.basename(uriOrPath.replace(/^file:\/\//, '')));
}

/** Is filePath inside dir (or dir itself)? */
function inside(dir: string, filePath: string): boolean {
  const rel = path.relative(dir, filePath);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

export class DocumentLinter {
  private linters = new Map<string, Linter>();
  readonly last = new Map<string, DocumentLint>();

  /** `workspaceDirs` returns at least one folder: where untitled buffers are taken to live. */
  constructor(private workspaceDirs: () => string[], private options: { now?: string } = {}) {}

  setOptions(options: { now?: string }): void {
    this.options = options;
    this.linters.clear();
  }

  /** A configuration or rule pack changed: forget every cached config and compiled pack. */
  reset(): void {
    this.linters.clear();
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  /** The Linter of a workspace folder: the one lintWorkspace plans and lints that folder with. */
  linterFor(dir: string): Linter {
    let linter = this.linters.get(dir);
    if (!linter) {
      linter = new Linter({ cwd: dir, now: this.options.now });
      this.linters.set(dir, linter);
    }
    return linter;
  }

  /** The Linter of the innermost workspace folder holding the file, else of the first folder. */
  private linterOf(filePath: string): Linter {
    const dirs = this.workspaceDirs();
    const holding = dirs.filter((d) => inside(d, filePath)).sort((a, b) => b.length - a.length);
    return this.linterFor(holding[0] ?? dirs[0]);
  }

  /** The rule registry that applies to a document (for hover explanations). */
  registryFor(uri: string): Registry | undefined {
    const filePath = uriToPath(uri, this.workspaceDirs()[0]);
    try {
      return this.linterOf(filePath).registryFor(filePath);
    } catch {
      return undefined;
    }
  }

  lint(doc: EditorDocument): DocumentLint | null {
    const named = formatOf(doc);
    if (!named) return null;
    const text = doc.getText();
    // As the command line reads the file: a plain-text buffer written in Markdown is Markdown.
    const format = contentFormat(named, text);
    const filePath = uriToPath(doc.uri, this.workspaceDirs()[0]);
    const out: DocumentLint = { uri: doc.uri, version: doc.version, format, filePath, text, rules: new Map(), diagnostics: [] };
    this.last.set(doc.uri, out);
    // A README or a changelog is not a policy: only files named for one, or configured, are linted,
    // and new buffers not yet saved under any name (the client offers only untitled Markdown).
    if (!doc.uri.startsWith('untitled:') && !this.linterOf(filePath).selects(filePath)) return out;
    if (text.length > MAX_EDITOR_CHARS) {
      out.problem = { kind: 'input', message: `the document has ${text.length} characters, over the ${MAX_EDITOR_CHARS} the editor lints; run policylint on the command line for this file` };
    } else if (text.trim() !== '') {
      // A new, still empty buffer is not a problem worth a diagnostic, so it is not linted.
      const name = `${path.basename(filePath)} cannot be linted`;
      try {
        const outcome = this.linterOf(filePath).lintText(text, filePath, format, name);
        out.result = outcome.result;
        for (const r of outcome.rules) out.rules.set(r.id, r);
        const [problem] = outcome.problems;
        if (problem) out.problem = { kind: outcome.problemKind ?? 'config', message: problem };
      } catch (e) {
        out.problem = { kind: 'internal', message: `internal error: ${(e as Error).message}` };
      }
    }
    if (out.problem) out.diagnostics = [problemDiagnostic(out.problem.message, out.problem.kind === 'input' ? 3 : 1)];
    else if (out.result) out.diagnostics = toDiagnostics(out.result.messages, doc.uri, text);
    return out;
  }
}
