/**
 * The one library call every front end (CLI, GitHub Action, language server) shares:
 * paths in, results out. load → parse → sections → rules.
 */
import path from 'node:path';
import { expandPaths, patternSelection, type Selection } from './load/expand.js';
import { relativePath } from './load/paths.js';
import { isPolicyName } from './load/policy-names.js';
import { changedSince } from './load/changed.js';
import { readPolicy, decodePolicy, LoadError, type LoadedPolicy } from './load/read.js';
import type { Format } from './load/format.js';
import { parse } from './parse/index.js';
import { buildDocument } from './sections/build.js';
import type { PolicyDocument } from './sections/model.js';
import { ConfigFinder, ConfigError, emptyConfig, type Config } from './config/load.js';
import { Registry, RuleError, builtinRulesDir } from './rules/registry.js';
import { lintDocument } from './rules/engine.js';
import { completeFromMainPolicies } from './sets.js';
import type { LintMessage, LintResult, Options, RuleMeta } from './types.js';
import { countMessages } from './rules/counts.js';
import { stage } from './timing.js';
import ignore, { type Ignore } from 'ignore';
import type { DocumentKind } from './profile/kind.js';
import { keyOf as cacheKey, type ResultCache } from './cache/results.js';
import { rulesPrint } from './cache/rules-print.js';

/** The public options (types.ts, the Node API's), and stdin for the CLI. */
export interface LintOptions extends Options {
  stdin?: { text: string; filename?: string };
  /** Only the files that differ from this git ref (load/changed.ts). */
  changedSince?: string;
}

export interface LintRun {
  results: LintResult[];
  /** Metadata of every rule that ran, for formatters. */
  rules: Map<string, RuleMeta>;
  /** One line each: what could not be linted and why. Any entry means exit code 2. */
  problems: string[];
  /** Problems that did not stop linting (invalid UTF-8). */
  warnings: string[];
}

export class UsageError extends Error {}

/** A file's cache key, the outcome the cache holds for it (if any), and the file as read. */
export interface CacheLookup {
  key?: string;
  outcome?: FileOutcome;
  loaded?: LoadedPolicy;
}

/** Registries are shared between files with the same pack folders. */
class Registries {
  private cache = new Map<string, Registry>();
  constructor(private extra: string[]) {}
  roots(config: Config): string[] {
    return [builtinRulesDir(), ...this.extra, ...config.packs];
  }
  get(config: Config): Registry {
    const roots = this.roots(config);
    const key = roots.join('\0');
    let r = this.cache.get(key);
    if (!r) {
      r = new Registry(roots);
      this.cache.set(key, r);
    }
    return r;
  }
}

function referenceDate(value: string | undefined): Date {
  if (!value) {
    const t = new Date();
    return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (isNaN(d.getTime())) throw new UsageError(`invalid date "${value}": use YYYY-MM-DD`);
  return d;
}

/** documentKinds: the first pattern (nearest configuration first) that names the file. */
function configuredKind(config: Config, filePath: string): DocumentKind | undefined {
  for (const { pattern, kind, base } of config.documentKinds) {
    const rel = path.relative(base, filePath);
    if (!rel.startsWith('..') && !path.isAbsolute(rel) && ignore().add(pattern).ignores(rel.split(path.sep).join('/'))) return kind as DocumentKind;
  }
  return undefined;
}

function checkConfig(config: Config, registry: Registry, jurisdictions: string[] | undefined): void {
  for (const id of Object.keys(config.rules)) {
    if (!registry.hasRule(id) && !registry.retired(id)) throw new ConfigError(`${config.sources[0] ?? 'configuration'}: unknown rule "${id}" in rules`);
  }
  for (const j of jurisdictions ?? config.jurisdictions ?? []) {
    if (!registry.packs.has(j)) throw new ConfigError(`unknown jurisdiction "${j}" (known: ${[...registry.packs.keys()].join(', ')})`);
  }
}

/** The section tree of a file; the mdast it was built from is not kept (no reference outlives this). */
function parseDocument(loaded: LoadedPolicy): PolicyDocument {
  const root = stage('parse', () => parse(loaded.text, loaded.format));
  return stage('sections', () => buildDocument(loaded.filePath, loaded.text, loaded.format, root));
}

function lintLoaded(loaded: LoadedPolicy, options: LintOptions, shared: { finder: ConfigFinder; registries: Registries }) {
  const config = options.useConfig === false ? emptyConfig() : shared.finder.forFile(loaded.filePath);
  const registry = shared.registries.get(config);
  checkConfig(config, registry, options.jurisdictions);
  const doc = parseDocument(loaded);
  const result = stage('rules', () =>
    lintDocument(doc, registry, config, {
      jurisdictions: options.jurisdictions,
      now: referenceDate(options.now ?? config.now),
      kind: configuredKind(config, loaded.filePath),
    }),
  );
  for (const w of loaded.warnings) {
    result.messages.unshift({ ruleId: null, severity: 1, message: `File read with problems: ${w}.`, line: 1, column: 1 });
    result.warningCount++;
  }
  result.source = loaded.text;
  const used = new Set(result.messages.map((m) => m.ruleId).concat(result.coverage.map((c) => c.requirement)));
  const rules = registry.allRulesLoaded().filter((r) => used.has(r.file.id)).map((r) => r.meta);
  return { result, rules, warnings: loaded.warnings };
}

const compiled = new WeakMap<object, Ignore>();

/** The first of a configuration's patterns (each relative to its base folder) that matches the file. */
function matches(patterns: Array<{ pattern: string; base: string }>, abs: string, isDir: boolean): { pattern: string } | null {
  for (const p of patterns) {
    const rel = relativePath(p.base, abs);
    if (rel === '' || rel.startsWith('..')) continue;
    let ig = compiled.get(p);
    if (!ig) compiled.set(p, (ig = ignore().add(p.pattern)));
    if (ig.ignores(isDir ? `${rel}/` : rel)) return p;
  }
  return null;
}

/** A file that could not be linted: one fatal message saying why, so every report lists the file. */
function fatalResult(filePath: string, message: string): LintResult {
  const messages: LintMessage[] = [{ ruleId: null, severity: 2, fatal: true, message: `Could not lint this file: ${message}.`, line: 1, column: 1 }];
  return { filePath, jurisdictions: [], messages, ...countMessages(messages), coverage: [] };
}

/** What linting one file produced: its result, or the problem that stopped it. */
export interface FileOutcome {
  result?: LintResult;
  rules: RuleMeta[];
  problems: string[];
  /** What stopped linting: the file itself (input), the configuration or rules (config), or a defect of ours (internal). */
  problemKind?: 'input' | 'config' | 'internal';
  warnings: string[];
}

/** Lints files one at a time with shared configuration lookup and rule registries. */
export class Linter {
  readonly cwd: string;
  private shared: { finder: ConfigFinder; registries: Registries };

  constructor(private options: LintOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.shared = {
      finder: new ConfigFinder(options.configFile && path.resolve(this.cwd, options.configFile)),
      registries: new Registries((options.rulesDirs ?? []).map((d) => path.resolve(this.cwd, d))),
    };
  }

  /**
   * The files the paths name (folders searched for policies, ignores applied), why each, and the
   * paths that name none.
   */
  plan(paths: string[]): { files: string[]; reasons: Map<string, string>; problems: string[] } {
    const { files, reasons, problems } = expandPaths(paths.filter((p) => p !== '-'), this.cwd, this.selection());
    const ref = this.options.changedSince;
    if (ref === undefined) return { files, reasons, problems: problems.map(([p, why]) => `${p}: ${why}`) };
    let changed: Set<string>;
    try {
      changed = changedSince(ref, this.cwd);
    } catch (e) {
      throw new UsageError(`--changed-since ${ref}: ${(e as Error).message}`);
    }
    const kept = files.filter((f) => changed.has(f));
    for (const f of kept) reasons.set(f, `${reasons.get(f)}, and changed since ${ref}`);
    return { files: kept, reasons, problems: problems.map(([p, why]) => `${p}: ${why}`) };
  }

  /**
   * Whether a folder search would lint this file: named for a policy or in its configuration's
   * files, and not ignored. The language server lints only such files (a README gets nothing).
   */
  selects(filePath: string): boolean {
    const abs = path.resolve(this.cwd, filePath);
    if (this.options.useConfig !== false) {
      try {
        this.shared.finder.forFile(abs);
      } catch {
        // Lint it: linting is what reports the broken configuration.
        return true;
      }
    }
    const selection = this.selection();
    return !selection.ignored(abs, false) && (isPolicyName(abs) || selection.extra(abs) !== null);
  }

  /** --ignore-pattern (relative to cwd), and each file's configuration: its ignorePatterns and files, relative to its own folder. */
  private selected?: Selection;

  private selection(): Selection {
    // The options do not change: the language server asks for every keystroke, so it is built once.
    return (this.selected ??= this.makeSelection());
  }

  private makeSelection(): Selection {
    const cli = patternSelection(this.cwd, this.options.ignorePatterns ?? []);
    if (this.options.useConfig === false) return cli;
    const config = (abs: string): Config | null => {
      try {
        return this.shared.finder.forFile(abs);
      } catch {
        // A broken configuration is reported with the first file that uses it.
        return null;
      }
    };
    return {
      ignored: (abs, isDir) => cli.ignored(abs, isDir) || matches(config(abs)?.ignorePatterns ?? [], abs, isDir) !== null,
      extra: (abs) => {
        const c = config(abs);
        const hit = matches(c?.files ?? [], abs, false);
        return hit ? `the configuration's files has "${hit.pattern}" (${relativePath(this.cwd, c!.sources[0])})` : null;
      },
    };
  }

  lintFile(file: string): FileOutcome {
    return this.handle(path.relative(this.cwd, file) || file, file, () => readPolicy(file, undefined, this.sizeLimit(file)));
  }

  /**
   * With --cache: the file's cache key (its text, configuration, rules and the options that change
   * findings) and, when the cache holds that key, the outcome kept for it. A file that cannot be
   * read or configured gets no key: linting it reports why.
   */
  fromCache(cache: ResultCache, file: string): CacheLookup {
    let loaded: LoadedPolicy;
    let key: string;
    try {
      loaded = readPolicy(file, undefined, this.sizeLimit(file));
      const config = this.options.useConfig === false ? emptyConfig() : this.shared.finder.forFile(file);
      const roots = this.shared.registries.roots(config);
      const rules = (this.rulesPrints[roots.join('\0')] ??= rulesPrint(roots));
      const { jurisdictions, now } = this.options;
      key = cacheKey([loaded.format, loaded.text, loaded.warnings, config, rules, jurisdictions, referenceDate(now ?? config.now).toISOString(), configuredKind(config, file)]);
    } catch {
      return {};
    }
    const outcome = cache.get(file, key);
    if (outcome?.result) outcome.result.source = loaded.text;
    return { key, outcome, loaded };
  }

  /** Lints a file already read (a cache miss): the same outcome as lintFile, without reading it again. */
  lintRead(file: string, loaded: LoadedPolicy): FileOutcome {
    return this.handle(path.relative(this.cwd, file) || file, file, () => loaded);
  }

  private rulesPrints: Record<string, string> = {};

  lintStdin(): FileOutcome {
    const { stdin } = this.options;
    const filePath = stdin?.filename ? path.resolve(this.cwd, stdin.filename) : path.join(this.cwd, '<stdin>');
    // Named or not, the format is read as for a file: from the name, unless the content says otherwise.
    return this.lintText(stdin?.text ?? '', filePath, undefined, stdin?.filename ?? '<stdin>');
  }

  /**
   * Lints text already in memory (an editor buffer) as the file at filePath, with its configuration.
   * `name` is what a problem reading the text starts with (default: the path relative to cwd).
   */
  lintText(text: string, filePath: string, format?: Format, name = path.relative(this.cwd, filePath) || filePath): FileOutcome {
    return this.handle(name, filePath, () => decodePolicy(Buffer.from(text, 'utf8'), filePath, format, this.sizeLimit(filePath)));
  }

  /** --max-file-size, then the file's configuration (maxFileSize), then the default. */
  private sizeLimit(filePath: string): number | undefined {
    if (this.options.maxFileSize !== undefined) return this.options.maxFileSize;
    return this.options.useConfig === false ? undefined : this.shared.finder.forFile(filePath).maxFileSize;
  }

  /** The rule registry for a file (an editor's hover explains rules from it). Throws ConfigError/RuleError. */
  registryFor(filePath: string): Registry {
    return this.shared.registries.get(this.options.useConfig === false ? emptyConfig() : this.shared.finder.forFile(filePath));
  }

  /**
   * Lints one file; whatever stops it (unreadable input, or a defect of ours) stops only that file,
   * which still gets a result: one fatal message, as ESLint reports it. A configuration or rule
   * problem belongs to the run, not the file.
   */
  private handle(name: string, filePath: string, load: () => LoadedPolicy): FileOutcome {
    try {
      const { result, rules, warnings } = lintLoaded(stage('read', load), this.options, this.shared);
      return { result, rules, problems: [], warnings: warnings.map((w) => `${name}: ${w}`) };
    } catch (e) {
      if (e instanceof ConfigError || e instanceof RuleError || e instanceof UsageError) return { rules: [], problems: [e.message], problemKind: 'config', warnings: [] };
      const input = e instanceof LoadError;
      const why = input ? e.message : `internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
      return { result: fatalResult(filePath, why), rules: [], problems: [`${name}: ${why}`], problemKind: input ? 'input' : 'internal', warnings: [] };
    }
  }
}

/** A run's report: the planning problems, then each file's outcome in order, notices completed by their main policies. */
export function collectRun(problems: string[], outcomes: FileOutcome[], cwd = process.cwd()): LintRun {
  const run: LintRun = { results: [], rules: new Map(), problems: [...problems], warnings: [] };
  for (const o of outcomes) {
    if (o.result) run.results.push(o.result);
    for (const r of o.rules) run.rules.set(r.id, r);
    run.problems.push(...o.problems);
    run.warnings.push(...o.warnings);
  }
  completeFromMainPolicies(run.results, cwd);
  return run;
}

export function lint(paths: string[], options: LintOptions = {}): LintRun {
  const linter = new Linter(options);
  const { files, problems } = linter.plan(paths);
  const stdin = paths.includes('-') ? [linter.lintStdin()] : [];
  return collectRun(problems, [...stdin, ...files.map((f) => linter.lintFile(f))], linter.cwd);
}

export { Registries, ConfigFinder };
