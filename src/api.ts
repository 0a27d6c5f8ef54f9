/**
 * The Node API, `import { lint, lintText, resolveConfig, format } from 'policylint'`. Results are
 * the JSON contract: the objects `--format json` prints. Nothing here writes to a file or prints.
 */
import path from 'node:path';
import { collectRun, lint as lintPaths, Linter, type LintOptions, type LintRun } from './lint.js';
import { ConfigFinder } from './config/load.js';
import { format as formatReport, FORMATS } from './report/index.js';
import { formatOf } from './load/format.js';
import { contractResult } from './report/json.js';
import type { LintResult, Options, RuleMeta } from './types.js';
import { VERSION as CURRENT_VERSION } from './version.js';

export type { Options, LintResult, LintMessage, CoverageEntry, CoverageStatus, Evidence, Fix, Applicability, RuleMeta, Severity } from './types.js';

export type FormatName = 'stylish' | 'json' | 'github' | 'sarif' | 'junit' | 'unix' | 'compact' | 'checkstyle' | 'markdown' | 'html';
/** The formatters, by name. */
export const FORMAT_NAMES: readonly FormatName[] = FORMATS;
/** This package's version. */
export const VERSION: string = CURRENT_VERSION;

export interface Report {
  /** One per file, in the JSON contract. */
  results: LintResult[];
  /** Metadata of every rule that reported or was checked. */
  rules: RuleMeta[];
  /** What could not be linted, one line each (the CLI exits 2 when there is any). */
  problems: string[];
  /** What was linted with a problem (invalid UTF-8). */
  warnings: string[];
  errorCount: number;
  warningCount: number;
}

function report(run: LintRun): Report {
  const results = run.results.map(contractResult);
  const count = (key: 'errorCount' | 'warningCount') => results.reduce((n, r) => n + r[key], 0);
  return { results, rules: [...run.rules.values()], problems: run.problems, warnings: run.warnings, errorCount: count('errorCount'), warningCount: count('warningCount') };
}

/** Lints files, folders (searched for policy files) and quoted globs, as the CLI does. */
export function lint(paths: string | string[], options: Options = {}): Report {
  return report(lintPaths(Array.isArray(paths) ? paths : [paths], options satisfies LintOptions));
}

/** Lints text as the file at filePath (its name picks the format and the configuration; default policy.md in cwd). */
export function lintText(text: string, options: Options & { filePath?: string } = {}): Report {
  const cwd = options.cwd ?? process.cwd();
  const filePath = path.resolve(cwd, options.filePath ?? 'policy.md');
  const linter = new Linter({ ...options, cwd });
  const outcome = linter.lintText(text, filePath, formatOf(filePath, text) ?? 'markdown');
  return report(collectRun([], [outcome], cwd));
}

/** The configuration that applies to a file: settings merged along `extends`, and the files they came from. */
export function resolveConfig(filePath: string, options: { cwd?: string; configFile?: string } = {}): Record<string, unknown> & { configFiles: string[] } {
  const cwd = options.cwd ?? process.cwd();
  const finder = new ConfigFinder(options.configFile && path.resolve(cwd, options.configFile));
  const { sources, ...config } = finder.forFile(path.resolve(cwd, filePath));
  return { ...config, configFiles: sources };
}

/** A report in one of the CLI's formats (FORMAT_NAMES). */
export function format(name: FormatName, from: Report, options: { color?: boolean; cwd?: string } = {}): string {
  if (!FORMATS.includes(name)) throw new Error(`unknown format "${name}"; one of ${FORMATS.join(', ')}`);
  return formatReport(name, { results: from.results, rules: new Map(from.rules.map((r) => [r.id, r])), cwd: options.cwd ?? process.cwd() }, { color: options.color ?? false, version: VERSION });
}
