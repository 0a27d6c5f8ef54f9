/**
 * The GitHub Action (action.yml runs the bundle dist/action.js): a thin front end over lint().
 * It reads its inputs from INPUT_* variables, prints findings as workflow commands (annotations),
 * writes a SARIF file for code scanning, a Markdown job summary and step outputs, and fails the
 * step according to `fail-on`. With `only-changed`, annotations, summary, counts and the exit code
 * cover only lines the pull request (or push) changed; the SARIF file keeps every finding, since
 * code scanning works out by itself which alerts a pull request introduced.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore from 'ignore';
import { lint } from '../lint.js';
import { expandPaths } from '../load/expand.js';
import { isPolicyName } from '../load/policy-names.js';
import { formatGithub, workflowCommand } from '../report/github.js';
import { recount } from '../rules/counts.js';
import { formatSarif } from '../report/sarif.js';
import { relativePath } from '../load/paths.js';
import { POLICY_EXTENSIONS } from '../load/format.js';
import type { LintMessage, ReportContext } from '../types.js';
import { VERSION } from '../version.js';
import { bulkSuppress, unusedLine } from '../suppressions/bulk.js';
import { DEFAULT_SUPPRESSIONS_FILE, SuppressionsError } from '../suppressions/file.js';

const SUMMARY_ROWS = 200;

type FailOn = 'error' | 'warning' | 'never';

class InputError extends Error {}

/** As actions/toolkit's getInput: INPUT_<NAME>, spaces as underscores, upper case (hyphens stay). */
function input(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function booleanInput(name: string): boolean {
  const v = input(name).toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw new InputError(`input ${name} must be true or false, not "${v}"`);
}

const isPolicyFile = (f: string) => path.extname(f).toLowerCase() in POLICY_EXTENSIONS;

/**
 * The workspace's policy files (by extension, workspace-relative with `/`): tracked and
 * untracked-but-not-ignored ones, or the CLI's folder search when the workspace is not a git checkout.
 */
function workspacePolicies(root: string): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  // The extension first: most of a repository is not a policy, and that costs no file system call.
  if (git.status === 0) return git.stdout.split('\0').filter((f) => f && isPolicyFile(f) && fs.existsSync(path.join(root, f)));
  return expandPaths(['.'], root).files.map((f) => relativePath(root, f));
}

/**
 * `files`: paths (files or folders, passed to lint() as given) and patterns (anything with * ? [ or
 * a leading !), matched with .gitignore syntax against the workspace's files. Empty: every file
 * named for a policy (load/policy-names.ts), as the CLI's folder search and the pre-commit hook.
 */
function resolveFiles(root: string, entries: string[]): string[] {
  const isPattern = (e: string) => /[*?[]/.test(e) || e.startsWith('!');
  const paths = entries.filter((e) => !isPattern(e));
  const patterns = entries.filter(isPattern);
  if (entries.length === 0) {
    return workspacePolicies(root).filter((f) => isPolicyName(f)).sort();
  }
  if (patterns.length === 0) return paths;
  const matcher = ignore().add(patterns);
  const matched = workspacePolicies(root).filter((f) => matcher.ignores(f));
  return [...paths, ...matched.sort()];
}

/** Lines added or changed per file (workspace-relative, `/`), from `git diff --unified=0 base...head`. */
export function parseDiff(diff: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  let current: Set<number> | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') {
        current = null;
        continue;
      }
      const name = target.startsWith('"') ? unquote(target) : target;
      const file = name.replace(/^b\//, '');
      current = changed.get(file) ?? new Set();
      changed.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  return changed;
}

/** git's C-style quoting of unusual file names ("b/caf\303\251.md"). */
function unquote(s: string): string {
  const body = s.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

interface Range {
  base: string;
  head: string;
}

/** Base and head of the change this run is about, from the event payload. */
function eventRange(): Range | null {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !fs.existsSync(file)) return null;
  const event = JSON.parse(fs.readFileSync(file, 'utf8'));
  const pr = event.pull_request;
  if (pr?.base?.sha && pr?.head?.sha) return { base: pr.base.sha, head: pr.head.sha };
  // A push: `before` is all zeros when the branch is new, and then there is nothing to compare with.
  if (typeof event.before === 'string' && typeof event.after === 'string' && !/^0+$/.test(event.before)) {
    return { base: event.before, head: event.after };
  }
  return null;
}

function changedLines(root: string, range: Range): Map<string, Set<number>> {
  const p = spawnSync(
    'git',
    ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--find-renames', `${range.base}...${range.head}`, '--'],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (p.status !== 0) {
    throw new InputError(
      `only-changed: git diff ${range.base}...${range.head} failed (${(p.stderr || String(p.error)).trim().split('\n')[0]}); check out with fetch-depth: 0 so both commits are present`,
    );
  }
  return parseDiff(p.stdout);
}

/** A finding is on a changed line when any line it spans was added or changed. */
function onChangedLine(m: LintMessage, lines: Set<number> | undefined): boolean {
  if (!lines) return false;
  if (!(m.line >= 1)) return m.fatal === true;
  const end = m.endLine !== undefined && m.endLine >= m.line ? m.endLine : m.line;
  for (let l = m.line; l <= end; l++) if (lines.has(l)) return true;
  return false;
}

/** Text for a Markdown table cell: no HTML, no row or column breaks. */
function cell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

function summary(ctx: ReportContext, counts: { errors: number; warnings: number }, note: string | null): string {
  const out: string[] = ['## policylint', ''];
  const files = ctx.results.length;
  out.push(`${files} ${files === 1 ? 'policy' : 'policies'} checked: ${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}, ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}.`);
  if (note) out.push('', note);
  const rows = ctx.results.flatMap((r) => r.messages.map((m) => ({ r, m })));
  if (rows.length > 0) {
    out.push('', '### Findings', '', '| Severity | File | Line | Rule | Message |', '| --- | --- | --- | --- | --- |');
    for (const { r, m } of rows.slice(0, SUMMARY_ROWS)) {
      const severity = m.fatal || m.severity === 2 ? 'error' : 'warning';
      const url = m.url ?? (m.ruleId ? ctx.rules.get(m.ruleId)?.url : undefined);
      const rule = m.ruleId ? (url ? `[${cell(m.ruleId)}](${url})` : cell(m.ruleId)) : '';
      out.push(`| ${severity} | ${cell(relativePath(ctx.cwd, r.filePath))} | ${m.line >= 1 ? m.line : ''} | ${rule} | ${cell(m.message)} |`);
    }
    if (rows.length > SUMMARY_ROWS) out.push('', `… and ${rows.length - SUMMARY_ROWS} more; see the job log or the SARIF file.`);
  }
  const coverage = ctx.results.flatMap((r) => {
    const byPack = new Map<string, { present: number; missing: string[]; na: number }>();
    for (const c of r.coverage) {
      const pack = c.requirement.split('/')[0];
      const e = byPack.get(pack) ?? { present: 0, missing: [], na: 0 };
      if (c.status === 'present') e.present++;
      else if (c.status === 'missing') e.missing.push(c.requirement);
      else e.na++;
      byPack.set(pack, e);
    }
    return [...byPack].map(([pack, e]) => ({ file: relativePath(ctx.cwd, r.filePath), pack, ...e }));
  });
  if (coverage.length > 0) {
    out.push('', '### Coverage per jurisdiction', '', '| File | Jurisdiction | Present | Missing | Not applicable | Missing requirements |', '| --- | --- | --- | --- | --- | --- |');
    for (const c of coverage) {
      out.push(`| ${cell(c.file)} | ${cell(c.pack)} | ${c.present} | ${c.missing.length} | ${c.na} | ${c.missing.map(cell).join(', ')} |`);
    }
  }
  return out.join('\n') + '\n';
}

/** A message about the run itself (not a finding in a file), titled policylint. */
function logCommand(level: 'error' | 'warning' | 'notice', message: string): string {
  return workflowCommand(level, [['title', 'policylint']], message) + '\n';
}

/** name<<delimiter form, as actions/toolkit writes it: safe for any value, including newlines. */
function outputEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

export function runAction(): number {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const failOn = (input('fail-on') || 'error').toLowerCase() as FailOn;
  if (!['error', 'warning', 'never'].includes(failOn)) throw new InputError(`input fail-on must be error, warning or never, not "${failOn}"`);
  const maxText = input('max-annotations') || '10';
  const maxAnnotations = Number(maxText);
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0) throw new InputError(`input max-annotations must be a whole number, not "${maxText}"`);
  const onlyChanged = booleanInput('only-changed');
  const jurisdictions = list(input('jurisdictions'));
  const config = input('config');
  // Unset (not run by the runner, which always passes action.yml's defaults): the same default.
  const sarifInput = process.env['INPUT_SARIF-FILE'] === undefined ? 'policylint.sarif' : input('sarif-file');
  const suppressionsInput = process.env['INPUT_SUPPRESSIONS-FILE'] === undefined ? DEFAULT_SUPPRESSIONS_FILE : input('suppressions-file');

  const files = resolveFiles(workspace, list(input('files')));
  if (files.length === 0) {
    process.stdout.write(logCommand('warning', 'No policy files found to lint; set the files input.'));
  }
  const run = lint(files, {
    cwd: workspace,
    configFile: config || undefined,
    jurisdictions: jurisdictions.length ? jurisdictions : undefined,
  });
  for (const w of run.warnings) process.stdout.write(logCommand('warning', w));
  for (const p of run.problems) process.stdout.write(logCommand('error', p));

  // The findings the repository accepted (policylint --suppress-all) are not reported, as on the
  // command line; a suppression that no longer occurs fails the step until it is pruned.
  const accepted = suppressionsInput ? bulkSuppress(run.results, { location: suppressionsInput }, workspace) : { results: run.results, unused: [] };
  if (accepted.unused.length > 0) process.stdout.write(logCommand('error', unusedLine(accepted.unused)));
  let results = accepted.results;
  let note: string | null = null;
  if (onlyChanged) {
    const range = eventRange();
    if (range) {
      const changed = changedLines(workspace, range);
      results = results.map((r) => recount(r, r.messages.filter((m) => onChangedLine(m, changed.get(relativePath(workspace, r.filePath))))));
      note = `Only findings on lines changed between ${range.base.slice(0, 12)} and ${range.head.slice(0, 12)} are reported here; the SARIF file has them all.`;
    } else {
      note = 'only-changed is set, but the event has no base and head commits to compare: every finding is reported.';
      process.stdout.write(logCommand('notice', note));
    }
  }

  const ctx: ReportContext = { results, rules: run.rules, cwd: workspace };
  process.stdout.write(formatGithub(ctx, { maxPerType: maxAnnotations }));

  let sarifFile = '';
  if (sarifInput) {
    sarifFile = path.resolve(workspace, sarifInput);
    fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
    fs.writeFileSync(sarifFile, formatSarif({ results: accepted.results, rules: run.rules, cwd: workspace }, VERSION));
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  process.stdout.write(`policylint: ${results.length} ${results.length === 1 ? 'file' : 'files'}, ${errors} errors, ${warnings} warnings\n`);

  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary(ctx, { errors, warnings }, note));
  if (process.env.GITHUB_OUTPUT) {
    fs.appendFileSync(
      process.env.GITHUB_OUTPUT,
      outputEntry('error-count', String(errors)) + outputEntry('warning-count', String(warnings)) + outputEntry('sarif-file', sarifFile),
    );
  }

  if (run.problems.length > 0 || accepted.unused.length > 0) return 2;
  if (failOn === 'error' && errors > 0) return 1;
  if (failOn === 'warning' && errors + warnings > 0) return 1;
  return 0;
}

function main(): void {
  try {
    process.exitCode = runAction();
  } catch (e) {
    const known = e instanceof InputError || e instanceof SuppressionsError;
    const msg = (e as Error).message;
    process.stdout.write(logCommand('error', known ? msg : `internal error: ${msg}`));
    process.exitCode = 2;
  }
}

/** Run when this module is the program (the runner's `node dist/action.js`), not when a test imports it. */
function isEntry(): boolean {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) main();
