/**
 * The types every stage shares: one message model for all front ends (CLI, Action, LSP),
 * and the result shape of CATALOG.md's JSON contract.
 */

/** How to lint: the CLI's options, and the Node API's. */
export interface Options {
  /** Folder that relative paths and configuration lookup start from (default: process.cwd()). */
  cwd?: string;
  /** Use this configuration file instead of looking one up from each file. */
  configFile?: string;
  /** false: no configuration at all. */
  useConfig?: boolean;
  /** Packs to apply instead of detecting them from the text ('gdpr', 'ccpa', …). */
  jurisdictions?: string[];
  /** .gitignore-style patterns of files to skip, relative to cwd. */
  ignorePatterns?: string[];
  /** Extra folders of rule packs (JSON). */
  rulesDirs?: string[];
  /** Reference date for date rules, YYYY-MM-DD (default: today). */
  now?: string;
  /** Files over this many bytes get one fatal message instead (default 5 MB). */
  maxFileSize?: number;
}

/** 1 = warning, 2 = error, as in ESLint. */
export type Severity = 1 | 2;
export type SeveritySetting = 'off' | 'warn' | 'error';

export interface Evidence {
  line: number;
  column: number;
  text: string;
  /** The file it is in, when not the linted file itself (a main policy a notice hands a topic over to). */
  file?: string;
}

/** A replacement in the linted source, by UTF-16 offsets (what `--fix` and LSP code actions apply). */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  /** null for problems that belong to no rule (a file that could not be read, an unused directive has its own id). */
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  citation?: string;
  url?: string;
  /** Where the finding was seen, or for a missing disclosure what it was looked for near. */
  evidence?: Evidence[];
  /** Wording that would satisfy the rule (for missing disclosures). */
  suggestion?: string;
  fix?: Fix;
  /** True for problems that stopped the file from being linted at all. */
  fatal?: boolean;
}

export type CoverageStatus = 'present' | 'missing' | 'not-applicable';

export interface CoverageEntry {
  requirement: string;
  status: CoverageStatus;
  evidence?: Evidence[];
  reason?: string;
  /** The sentence that hands this requirement over to another policy. */
  reference?: Evidence;
}

/** Which laws reach the document and why (the profile stage), as the JSON report gives it. */
export interface Applicability {
  /** The language the policy is written in (the requirements are read in English). */
  language: { code: string; name: string };
  /** What kind of document it is, and why. */
  kind: { kind: string; reason: string; line?: number };
  /** Sentences that hand a topic over to another policy. */
  references: Array<{ line: number; text: string; topics: string[]; title?: string; target?: string; resolved?: string }>;
  packs: Array<{ pack: string; basis: 'configured' | 'fact' | 'addressed' | 'named' | 'none'; reason: string; line?: number; text?: string; via?: string }>;
  facts: Array<{ fact: string; value: unknown; source: 'config' | 'text'; line?: number; text?: string }>;
}

/** A finding a directive silenced: kept visible, with the directive's reason (ESLint's shape). */
export interface SuppressedMessage extends LintMessage {
  suppressions: Array<{ kind: 'directive' | 'external'; justification: string }>;
}

export interface LintResult {
  filePath: string;
  /** The laws whose packs ran (configured, a fact, or addressed). */
  jurisdictions: string[];
  applicability?: Applicability;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  coverage: CoverageEntry[];
  /** Findings that inline directives silenced, when there are any. */
  suppressedMessages?: SuppressedMessage[];
  /** The text that was linted (kept for formatters that show context and for --fix). */
  source?: string;
}

/** What a formatter needs to know about a rule (SARIF rule metadata, docs links). */
export interface RuleMeta {
  id: string;
  title: string;
  description: string;
  citation: string;
  url: string;
  defaultSeverity: Severity;
  suggestion?: string;
}

/** Everything a formatter receives: the results, and metadata for every rule that ran. */
export interface ReportContext {
  results: LintResult[];
  rules: Map<string, RuleMeta>;
  /** Folder that file paths are made relative to (the working directory, or GITHUB_WORKSPACE). */
  cwd: string;
}
