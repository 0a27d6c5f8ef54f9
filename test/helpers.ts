/** Shared test helpers: lint a string through the library (with or without a configuration), or run the real CLI bundle. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter, type LintOptions } from '../src/lint.js';
import type { Format } from '../src/load/format.js';
import type { LintResult } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'fixtures');

/** Lints text in memory as the file at filePath, through the Linter every front end uses; a problem that stops the lint fails the test. */
export function lintSource(input: { text: string; filePath: string; format?: Format }, options: LintOptions = {}): { result: LintResult } {
  const outcome = new Linter(options).lintText(input.text, input.filePath, input.format);
  if (!outcome.result) throw new Error(outcome.problems.join('; '));
  return { result: outcome.result };
}

export function lintText(
  text: string,
  opts: { format?: Format; jurisdictions?: string[]; now?: string; filePath?: string } = {},
): LintResult {
  return lintSource(
    { text, filePath: opts.filePath ?? path.join(os.tmpdir(), `policy.${opts.format === 'text' ? 'txt' : opts.format === 'html' ? 'html' : 'md'}`), format: opts.format ?? 'markdown' },
    { useConfig: false, jurisdictions: opts.jurisdictions, now: opts.now ?? '2026-11-23' },
  ).result;
}

/** [ruleId, line] of every message, for exact assertions. */
export function found(r: LintResult, prefix = ''): Array<[string | null, number]> {
  return r.messages.filter((m) => (m.ruleId ?? '').startsWith(prefix)).map((m) => [m.ruleId, m.line]);
}

export function status(r: LintResult, requirement: string): string | undefined {
  return r.coverage.find((c) => c.requirement === requirement)?.status;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const p = spawnSync(process.execPath, [path.join(ROOT, 'bin/policylint.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
  });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-test-'));
}

/**
 * Lints text as PRIVACY.md in a temporary folder holding `.policylintrc.json` = config, plus any
 * other `files` (a rule pack, by path in the folder), through the CLI's configuration lookup.
 * The folder is removed afterwards.
 */
export function lintWithConfig(
  text: string,
  config: object,
  opts: { jurisdictions?: string[]; now?: string; files?: Record<string, string> } = {},
): LintResult {
  const dir = tmpDir();
  try {
    for (const [name, content] of Object.entries(opts.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    fs.writeFileSync(path.join(dir, '.policylintrc.json'), JSON.stringify(config));
    return lintSource({ text, filePath: path.join(dir, 'PRIVACY.md'), format: 'markdown' }, { jurisdictions: opts.jurisdictions, now: opts.now ?? '2026-11-23' }).result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
