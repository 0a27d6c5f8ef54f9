/**
 * Lints editor buffers through lintSource() with the CLI's configuration lookup (nearest config
 * from the document's folder upwards). Keeps the last result per document for code actions,
 * hover and the coverage command. Never throws: what cannot be linted becomes a `problem`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource, ConfigFinder, Registries, UsageError } from '../../lint.js';
import { LoadError } from '../../load/read.js';
import { ConfigError, CONFIG_FILES } from '../../config/load.js';
import { RuleError, type Registry } from '../../rules/registry.js';
import { formatFromName, type Format } from '../../load/format.js';
import type { LintResult, RuleMeta } from '../../types.js';

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

export class DocumentLinter {
  private shared = { finder: new ConfigFinder(), registries: new Registries([]) };
  readonly last = new Map<string, DocumentLint>();

  constructor(private workspaceDir: () => string, private options: { now?: string } = {}) {}

  setOptions(options: { now?: string }): void {
    this.options = options;
  }

  /** A configuration or rule pack changed: forget every cached config and compiled pack. */
  reset(): void {
    this.shared = { finder: new ConfigFinder(), registries: new Registries([]) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  /** The rule registry that applies to a document (for hover explanations). */
  registryFor(uri: string): Registry | undefined {
    try {
      return this.shared.registries.get(this.shared.finder.forFile(uriToPath(uri, this.workspaceDir())));
    } catch {
      return undefined;
    }
  }

  lint(doc: EditorDocument): DocumentLint | null {
    const format = formatOf(doc);
    if (!format) return null;
    const text = doc.getText();
    const filePath = uriToPath(doc.uri, this.workspaceDir());
    const out: DocumentLint = { uri: doc.uri, version: doc.version, format, filePath, text, rules: new Map() };
    this.last.set(doc.uri, out);
    if (text.length > MAX_EDITOR_CHARS) {
      out.problem = { kind: 'input', message: `the document has ${text.length} characters, over the ${MAX_EDITOR_CHARS} the editor lints; run policylint on the command line for this file` };
      return out;
    }
    // A new, still empty buffer is not a problem worth a diagnostic.
    if (text.trim() === '') return out;
    try {
      const { result, rules } = lintSource({ text, filePath, format }, { now: this.options.now }, this.shared);
      out.result = result;
      for (const r of rules) out.rules.set(r.id, r);
    } catch (e) {
      if (e instanceof LoadError) out.problem = { kind: 'input', message: `${path.basename(filePath)} cannot be linted: ${e.message}` };
      else if (e instanceof ConfigError || e instanceof RuleError || e instanceof UsageError) out.problem = { kind: 'config', message: e.message };
      else out.problem = { kind: 'internal', message: `internal error: ${(e as Error).message}` };
    }
    return out;
  }
}
