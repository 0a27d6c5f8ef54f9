/**
 * Finds and reads configuration: the nearest .policylintrc.json, policylint.config.json or
 * package.json "policylint" key above each linted file, following "extends". Validated by the
 * schema in src/config/schema.json; every problem becomes one ConfigError line.
 */
import fs from 'node:fs';
import { parseSize } from '../load/read.js';
import path from 'node:path';
import { validateConfig } from '../generated/validators.js';
import { describeErrors } from './errors.js';

export type RuleSetting = 'off' | 'warn' | 'error';

export interface Config {
  rules: Record<string, { severity: RuleSetting; options?: Record<string, unknown> }>;
  jurisdictions?: string[];
  packs: string[];
  /** .gitignore-style patterns, each relative to the folder of the file that gave it. */
  ignorePatterns: Array<{ pattern: string; base: string }>;
  /** files: patterns of policy files beyond the names policies have (load/policy-names.ts), relative likewise. */
  files: Array<{ pattern: string; base: string }>;
  /** documentKinds: a pattern, relative to the folder of the file that gave it, to a document kind. */
  documentKinds: Array<{ pattern: string; kind: string; base: string }>;
  facts: Record<string, unknown>;
  now?: string;
  /** Bytes: files bigger than this are not linted (one fatal message each). */
  maxFileSize?: number;
  reportUnusedDisableDirectives: RuleSetting;
  /** Files this configuration came from, nearest first. */
  sources: string[];
}

export class ConfigError extends Error {}

export const CONFIG_FILES = ['.policylintrc.json', 'policylint.config.json', 'package.json'];

export function emptyConfig(): Config {
  return { rules: {}, packs: [], ignorePatterns: [], files: [], documentKinds: [], facts: {}, reportUnusedDisableDirectives: 'warn', sources: [] };
}

function normaliseSeverity(v: unknown): RuleSetting {
  if (v === 0 || v === 'off') return 'off';
  if (v === 1 || v === 'warn') return 'warn';
  return 'error';
}

interface RawConfig {
  extends?: string | string[];
  rules?: Record<string, unknown>;
  jurisdictions?: string[];
  packs?: string[];
  ignorePatterns?: string[];
  files?: string[];
  documentKinds?: Record<string, string>;
  facts?: Record<string, unknown>;
  now?: string;
  maxFileSize?: number | string;
  reportUnusedDisableDirectives?: RuleSetting;
}

function readRaw(file: string): RawConfig | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read configuration (${(e as NodeJS.ErrnoException).code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: configuration is not valid JSON (${(e as Error).message})`);
  }
  if (path.basename(file) === 'package.json') {
    data = (data as Record<string, unknown>)?.policylint;
    if (data === undefined) return null;
  }
  if (!validateConfig(data)) throw new ConfigError(`${file}: invalid configuration ${describeErrors(validateConfig.errors)}`);
  return data as RawConfig;
}

/** Reads one configuration file with everything it extends (later settings win). */
export function loadConfigFile(file: string, seen: Set<string> = new Set()): Config | null {
  const abs = path.resolve(file);
  if (seen.has(abs)) throw new ConfigError(`${abs}: "extends" loops back to this file`);
  seen.add(abs);
  const raw = readRaw(abs);
  if (!raw) return null;
  const dir = path.dirname(abs);
  const config = emptyConfig();
  const bases = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  for (const b of bases) {
    const base = loadConfigFile(path.resolve(dir, b), seen);
    if (base) merge(config, base);
  }
  merge(config, {
    rules: Object.fromEntries(
      Object.entries(raw.rules ?? {}).map(([id, v]) => [id, Array.isArray(v) ? { severity: normaliseSeverity(v[0]), options: v[1] as Record<string, unknown> } : { severity: normaliseSeverity(v) }]),
    ),
    jurisdictions: raw.jurisdictions,
    packs: (raw.packs ?? []).map((p) => path.resolve(dir, p)),
    ignorePatterns: (raw.ignorePatterns ?? []).map((pattern) => ({ pattern, base: dir })),
    files: (raw.files ?? []).map((pattern) => ({ pattern, base: dir })),
    documentKinds: Object.entries(raw.documentKinds ?? {}).map(([pattern, kind]) => ({ pattern, kind, base: dir })),
    facts: raw.facts ?? {},
    now: raw.now,
    maxFileSize: sizeSetting(raw.maxFileSize, abs),
    reportUnusedDisableDirectives: raw.reportUnusedDisableDirectives ?? config.reportUnusedDisableDirectives,
    sources: [abs],
  });
  return config;
}

function sizeSetting(value: number | string | undefined, file: string): number | undefined {
  if (value === undefined) return undefined;
  const bytes = typeof value === 'number' ? (Number.isInteger(value) && value > 0 ? value : null) : parseSize(value);
  if (bytes === null) throw new ConfigError(`${file}: invalid maxFileSize ${JSON.stringify(value)}: give a size such as "5MB", "500KB" or a number of bytes`);
  return bytes;
}

function merge(into: Config, from: Config): void {
  Object.assign(into.rules, from.rules);
  if (from.jurisdictions) into.jurisdictions = from.jurisdictions;
  into.packs.push(...from.packs.filter((p) => !into.packs.includes(p)));
  into.ignorePatterns.push(...from.ignorePatterns);
  into.files.push(...from.files);
  // Later (nearer) settings are looked at first.
  into.documentKinds.unshift(...from.documentKinds);
  Object.assign(into.facts, from.facts);
  if (from.now) into.now = from.now;
  if (from.maxFileSize !== undefined) into.maxFileSize = from.maxFileSize;
  into.reportUnusedDisableDirectives = from.reportUnusedDisableDirectives;
  into.sources = [...from.sources, ...into.sources];
}

/** The nearest configuration above a folder, cached per folder. */
export class ConfigFinder {
  private cache = new Map<string, Config>();
  constructor(private explicit?: string) {}

  forFile(filePath: string): Config {
    if (this.explicit) return this.cached(`explicit:${this.explicit}`, () => loadConfigFile(this.explicit!) ?? emptyConfig());
    return this.forDir(path.dirname(path.resolve(filePath)));
  }

  private cached(key: string, make: () => Config): Config {
    let c = this.cache.get(key);
    if (!c) {
      c = make();
      this.cache.set(key, c);
    }
    return c;
  }

  private forDir(dir: string): Config {
    return this.cached(dir, () => {
      for (const name of CONFIG_FILES) {
        const file = path.join(dir, name);
        if (fs.existsSync(file)) {
          const c = loadConfigFile(file);
          if (c) return c;
        }
      }
      const parent = path.dirname(dir);
      return parent === dir ? emptyConfig() : this.forDir(parent);
    });
  }
}
