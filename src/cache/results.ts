/**
 * --cache: each file's lint outcome, kept between runs (ESLint's .eslintcache). An entry is used
 * only when its key matches: the file's text and format, the configuration that applies to it,
 * the rule set, the options that change findings (jurisdictions, the reference date, the document
 * kind) and the build of policylint (the cache file's `tool`). Anything else is linted again. The
 * policy text is not stored: a hit takes it from the file just read.
 *
 * A cache that cannot be read is started afresh; one that cannot be written costs only the next
 * run's time. Neither stops a run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileOutcome } from '../lint.js';
import { writeAtomically } from '../atomic-write.js';

export const DEFAULT_CACHE_FILE = '.policylintcache';

interface Entry {
  key: string;
  outcome: FileOutcome;
}

interface CacheFile {
  tool: string;
  files: Record<string, Entry>;
}

/** --cache-location: a file, or a folder (an existing one, or a path ending in a separator) to put .policylintcache in. */
export function cachePath(cwd: string, location: string | undefined): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (fs.existsSync(abs) && fs.statSync(abs).isDirectory());
  return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
}

export function keyOf(parts: unknown[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export class ResultCache {
  private files: Record<string, Entry> = {};
  private changed = false;

  constructor(readonly file: string, private readonly tool: string) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      // Another build's results may differ: start afresh.
      if (data?.tool === tool && data.files && typeof data.files === 'object') this.files = data.files;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  get(filePath: string, key: string): FileOutcome | undefined {
    const e = this.files[filePath];
    return e?.key === key ? structuredClone(e.outcome) : undefined;
  }

  /** Only clean outcomes are kept: a file that could not be linted is tried again next time. */
  set(filePath: string, key: string, outcome: FileOutcome): void {
    if (!outcome.result || outcome.problems.length > 0) return;
    const { source: _text, ...result } = outcome.result;
    this.files[filePath] = { key, outcome: { ...outcome, result } };
    this.changed = true;
  }

  /** Writes the cache (atomically), dropping files that no longer exist. Returns a warning, if any. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    for (const f of Object.keys(this.files)) if (!fs.existsSync(f)) delete this.files[f];
    try {
      writeAtomically(this.file, JSON.stringify({ tool: this.tool, files: this.files } satisfies CacheFile));
      return undefined;
    } catch (e) {
      return `could not write the cache ${this.file}: ${(e as Error).message}`;
    }
  }
}
