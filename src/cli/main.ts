/**
 * The command line: parses arguments, calls lint(), prints one report on stdout (or --output-file)
 * and one line per problem on stderr. Exit 0 clean, 1 errors (or too many warnings), 2 could not lint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { Linter, UsageError, type LintOptions } from '../lint.js';
import { relativePath } from '../load/paths.js';
import { lintConcurrently, parseConcurrency, runWorker } from './parallel.js';
import { format, FORMATS, type FormatName } from '../report/index.js';
import { FormatterError, loadFormatter, type CustomFormatter } from '../report/custom.js';
import { coverageText } from '../report/coverage.js';
import { contractResult } from '../report/json.js';
import { recount } from '../rules/counts.js';
import { ConfigFinder, ConfigError } from '../config/load.js';
import { Registry, RuleError, builtinRulesDir } from '../rules/registry.js';
import { listRules, explainRule } from './explain.js';
import { applyFixes } from './fix.js';
import { writeAtomically } from '../atomic-write.js';
import type { LintResult } from '../types.js';
import { parseSize } from '../load/read.js';
import { VERSION } from '../version.js';
import { bulkSuppress, unusedLine, type BulkOptions } from '../suppressions/bulk.js';
import { DEFAULT_SUPPRESSIONS_FILE, SuppressionsError } from '../suppressions/file.js';
import { ResultCache, cachePath, DEFAULT_CACHE_FILE } from '../cache/results.js';
import { checksum } from '../checksum.js';
import { enableTiming, stage, timingTable } from '../timing.js';

class ExitError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

function splitList(values: unknown): string[] | undefined {
  if (values === undefined) return undefined;
  const list = (Array.isArray(values) ? values : [values]).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);
  return list.length ? list : undefined;
}

function readStdin(): string {
  try {
    return fs.readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** --color/--no-color, then FORCE_COLOR (0 or false: off, any other value: on), then NO_COLOR, then a terminal. */
function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY);
}

function registryFor(argv: { rulesDir?: string | string[] }): Registry {
  return new Registry([builtinRulesDir(), ...(splitList(argv.rulesDir) ?? []).map((d) => path.resolve(d))]);
}

// Options that take one value: yargs gathers a repeated one into a list ("-f json -f stylish" would
// ask for the format "json,stylish"), so a second value is refused by name instead.
const ONE_VALUE = ['format', 'output-file', 'config', 'stdin-filename', 'max-warnings', 'max-file-size', 'now', 'print-config', 'changed-since', 'suppressions-location', 'cache-location', 'concurrency'];

function onceOnly(argv: Record<string, unknown>): void {
  for (const name of ONE_VALUE) {
    const v = argv[name];
    if (Array.isArray(v)) throw new ExitError(`--${name} was given more than once (${v.join(', ')}): give it once`, 2);
  }
}

async function main(args: string[], host: CliHost): Promise<number> {
  const parser = yargs(args)
    .scriptName('policylint')
    .usage('$0 [files..]\n\nLint privacy policies (Markdown, text, HTML) for missing disclosures, template leftovers and promises that break the law.')
    .command('$0 [files..]', 'lint files, folders (recursively) or - for stdin', (y) => y.positional('files', { type: 'string', array: true }))
    .command('rules', 'list the rules, by pack')
    .command('explain <rule>', 'explain what a rule checks, its citation and compliant wording', (y) => y.positional('rule', { type: 'string' }))
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `output format: ${FORMATS.join(', ')}, or an ESLint formatter (a package eslint-formatter-NAME, or ./file.js)` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'write the report to this file instead of stdout' })
    .option('config', { alias: 'c', type: 'string', describe: 'use this configuration file (no lookup)' })
    .option('config-lookup', { type: 'boolean', default: true, describe: 'look up configuration files (--no-config-lookup: ignore them)' })
    .option('jurisdiction', { alias: 'j', type: 'string', describe: 'packs to apply, comma-separated (default: detected from the text)' })
    .option('ignore-pattern', { type: 'string', describe: '.gitignore-style pattern of files to skip' })
    .option('rules-dir', { type: 'string', describe: 'extra folder of rule packs (JSON)' })
    .option('stdin-filename', { type: 'string', describe: 'file name to report for stdin (its extension picks the format)' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'report errors only' })
    .option('max-warnings', { type: 'number', describe: 'exit 1 when there are more warnings than this' })
    .option('max-file-size', { type: 'string', describe: 'skip files bigger than this, each with one fatal message (5MB; 500KB, 1048576)' })
    .option('fix', { type: 'boolean', describe: 'apply safe fixes to the files, atomically' })
    .option('now', { type: 'string', describe: 'reference date for date rules (YYYY-MM-DD)' })
    .option('print-config', { type: 'string', describe: 'print the configuration that applies to this file and exit' })
    .option('print-files', { type: 'boolean', describe: 'print the files that would be linted, each with why, and exit' })
    .option('changed-since', { type: 'string', describe: 'lint only files that differ from this git ref (committed since, staged, or new): for pre-commit and pull requests' })
    .option('coverage', { type: 'boolean', describe: 'after the stylish report, print each file\'s checklist of requirements: present (with the lines), missing, not applicable (with why)' })
    .option('suppress-all', { type: 'boolean', describe: 'accept every current finding: record them in the suppressions file, so only new ones fail' })
    .option('suppress-rule', { type: 'string', describe: 'accept the current findings of this rule (repeatable, or comma-separated)' })
    .option('prune-suppressions', { type: 'boolean', describe: 'remove suppressions whose findings no longer occur' })
    .option('suppressions-location', { type: 'string', describe: `the suppressions file (default: ${DEFAULT_SUPPRESSIONS_FILE} in the working folder)` })
    .option('pass-on-unpruned-suppressions', { type: 'boolean', describe: 'do not fail when suppressions no longer occur' })
    .option('cache', { type: 'boolean', describe: `keep each file's results between runs (in ${DEFAULT_CACHE_FILE}): unchanged files, configuration and rules are not linted again` })
    .option('cache-location', { type: 'string', describe: `the cache file, or a folder for ${DEFAULT_CACHE_FILE}` })
    .option('color', { type: 'boolean', describe: 'force colour on or off' })
    .option('concurrency', { type: 'string', describe: 'threads that lint, the main one included: a number, auto (one per CPU, at most 4, 8 files each at least) or off (default)' })
    .strictOptions()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      // yargs writes some messages over several lines ("Invalid values:\n  Argument: format, …"): one line.
      throw new ExitError((err?.message ?? msg).split('\n').map((s) => s.trim()).filter(Boolean).join(' '), 2);
    });
  const argv = await parser.parseAsync();
  if (argv.help || argv.version) return 0;
  onceOnly(argv);
  const maxWarnings = argv.maxWarnings as number | undefined;
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new ExitError('invalid --max-warnings: give a whole number, 0 or more', 2);
  }
  const command = String(argv._[0] ?? '');
  const jurisdictions = splitList(argv.jurisdiction);

  if (command === 'rules') {
    process.stdout.write(listRules(registryFor(argv), jurisdictions));
    return 0;
  }
  if (command === 'explain') {
    const rule = registryFor(argv).rule(String(argv.rule));
    if (!rule) throw new ExitError(`unknown rule "${argv.rule}"; see policylint rules`, 2);
    process.stdout.write(explainRule(rule));
    return 0;
  }
  if (argv.printConfig !== undefined) {
    const finder = new ConfigFinder(argv.config && path.resolve(argv.config));
    const { sources, ...config } = finder.forFile(path.resolve(argv.printConfig));
    process.stdout.write(JSON.stringify({ ...config, configFiles: sources }, null, 2) + '\n');
    return 0;
  }

  // yargs does not keep a lone "-" as a positional; it means stdin.
  const files = [...((argv.files as string[] | undefined) ?? []), ...(args.includes('-') && !(argv.files as string[] | undefined)?.includes('-') ? ['-'] : [])];
  const paths = files.length ? files.map(String) : ['.'];
  const options: LintOptions = {
    configFile: argv.config,
    useConfig: argv.configLookup === false && !argv.config ? false : undefined,
    jurisdictions,
    ignorePatterns: argv.ignorePattern === undefined ? undefined : ([] as string[]).concat(argv.ignorePattern),
    rulesDirs: splitList(argv.rulesDir),
    now: argv.now,
    stdin: paths.includes('-') ? { text: readStdin(), filename: argv.stdinFilename } : undefined,
    maxFileSize: maxFileSize(argv.maxFileSize as string | undefined),
    changedSince: argv.changedSince as string | undefined,
  };
  if (argv.printFiles) return printFiles(paths, options);
  let concurrency;
  try {
    concurrency = parseConcurrency(argv.concurrency);
  } catch (e) {
    throw new ExitError((e as Error).message, 2);
  }
  if (argv.coverage && argv.format !== 'stylish') throw new ExitError('--coverage prints a checklist after the stylish report; --format json already gives each file its coverage', 2);
  // A formatter the user names is loaded before linting: a bad name stops the run at once.
  const custom = await customFormatter(String(argv.format), host);
  // Likewise a rule --suppress-rule does not know.
  const suppressing = bulkOptions(argv, () => registryFor(argv));
  enableTiming(!!process.env.TIMING);
  const bundle = fileURLToPath(import.meta.url);
  const cache = argv.cache ? openCache(argv.cacheLocation as string | undefined, bundle) : undefined;
  const run = await lintConcurrently(paths, options, concurrency, bundle, cache);
  const unsaved = cache?.save();
  if (unsaved) run.warnings.push(unsaved);
  for (const w of run.warnings) process.stderr.write(`policylint: warning: ${w}\n`);
  for (const p of new Set(run.problems)) process.stderr.write(`policylint: ${p}\n`);

  if (argv.fix) fixFiles(run.results);
  const bulk = bulkSuppress(run.results, suppressing, process.cwd());
  const linted = bulk.results;
  const results: LintResult[] = argv.quiet ? linted.map((r) => recount(r, r.messages.filter((m) => m.severity === 2))) : linted;
  const ctx = { results, rules: run.rules, cwd: process.cwd() };
  const report = custom
    ? await custom(results.map(contractResult), { cwd: ctx.cwd, rulesMeta: Object.fromEntries(run.rules) })
    : stage('report', () => format(argv.format as FormatName, ctx, { color: argv.outputFile ? false : useColor(process.stdout, argv.color), version: VERSION }) + (argv.coverage ? checklists(results) : ''));
  if (argv.outputFile) {
    fs.mkdirSync(path.dirname(path.resolve(argv.outputFile)), { recursive: true });
    fs.writeFileSync(argv.outputFile, report);
  } else process.stdout.write(report);
  if (process.env.TIMING) process.stderr.write(timingTable());

  if (bulk.unused.length > 0) process.stderr.write(`policylint: ${unusedLine(bulk.unused)}\n`);
  if (run.problems.length > 0 || bulk.unused.length > 0) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = linted.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (argv.maxWarnings !== undefined && warnings > argv.maxWarnings) {
    process.stderr.write(`policylint: ${warnings} warnings, more than --max-warnings ${argv.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** The cache belongs to this build: its checksum and version are the cache's `tool`. */
function openCache(location: string | undefined, bundle: string): ResultCache {
  let build = '';
  try {
    build = checksum(fs.readFileSync(bundle));
  } catch {
    // Unreadable (never expected): the version alone names the build.
  }
  return new ResultCache(cachePath(process.cwd(), location), `policylint ${VERSION} ${build}`);
}

function bulkOptions(argv: Record<string, unknown>, registry: () => Registry): BulkOptions {
  const rules = splitList(argv.suppressRule);
  const unknown = rules && rules.find((id) => !registry().rule(id));
  if (unknown) throw new ExitError(`unknown rule "${unknown}" in --suppress-rule; see policylint rules`, 2);
  return {
    all: argv.suppressAll as boolean | undefined,
    rules,
    prune: argv.pruneSuppressions as boolean | undefined,
    location: argv.suppressionsLocation as string | undefined,
    passOnUnpruned: argv.passOnUnprunedSuppressions as boolean | undefined,
  };
}

/** --coverage: each file's checklist, after the stylish report. */
function checklists(results: LintResult[]): string {
  return results.map((r) => `\n${coverageText(relativePath(process.cwd(), r.filePath), r)}`).join('');
}

async function customFormatter(name: string, host: CliHost): Promise<CustomFormatter | null> {
  if ((FORMATS as readonly string[]).includes(name)) return null;
  try {
    return await loadFormatter(name, process.cwd(), FORMATS, host.importModule);
  } catch (e) {
    if (e instanceof FormatterError) throw new ExitError(e.message, 2);
    throw e;
  }
}

/** --print-files: the files a run would lint, relative to cwd, each with why it was chosen. */
function printFiles(paths: string[], options: LintOptions): number {
  const { files, reasons, problems } = new Linter(options).plan(paths);
  for (const f of files) process.stdout.write(`${relativePath(process.cwd(), f)}: ${reasons.get(f)}\n`);
  for (const p of problems) process.stderr.write(`policylint: ${p}\n`);
  return problems.length > 0 ? 2 : 0;
}

function maxFileSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = parseSize(value);
  if (bytes === null) throw new ExitError(`invalid --max-file-size "${value}": give a size such as 5MB, 500KB or 1048576`, 2);
  return bytes;
}

function fixFiles(results: LintResult[]): void {
  for (const r of results) {
    if (!r.source || !r.messages.some((m) => m.fix) || !fs.existsSync(r.filePath)) continue;
    const { output, fixed } = applyFixes(r.source, r.messages);
    if (fixed.length === 0) continue;
    writeAtomically(r.filePath, output);
    const gone = new Set(fixed);
    // In place: the report and the warning count read run.results after fixing.
    Object.assign(r, recount(r, r.messages.filter((m) => !gone.has(m))));
  }
}

/** What the process that runs the CLI provides: import() for user formatters (bin/policylint.js). */
export interface CliHost {
  importModule?: (url: string) => Promise<unknown>;
}

export async function runCli(args: string[] = hideBin(process.argv), host: CliHost = {}): Promise<number> {
  try {
    return await main(args, host);
  } catch (e) {
    const known = e instanceof ExitError || e instanceof ConfigError || e instanceof RuleError || e instanceof UsageError || e instanceof SuppressionsError;
    const msg = (e as Error).message.split('\n')[0];
    process.stderr.write(`policylint: ${known ? msg : `internal error: ${msg}`}\n`);
    if (!known && process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 2;
  }
}

/** A lint worker thread's entry: lintConcurrently starts workers that load this bundle and call it. */
export function runWorkerThread(): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  runWorker(parentPort!, (workerData as { options: LintOptions }).options);
}
