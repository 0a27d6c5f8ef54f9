/**
 * The GitHub Action as the runner runs it: `node dist/action.js` with a simulated runner
 * environment (workspace, pull_request event, step summary and output files, INPUT_* variables)
 * against a temporary git repository with two commits.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, cli, tmpDir } from './helpers.js';
import { parseDiff } from '../src/integrations/action.js';

const BEFORE = `# Privacy Policy

Questions go to privacy@YOUR_DOMAIN.
`;

// Line 5 arrives in the pull request; its placeholder carries text that tries to start workflow commands.
const INJECTED = '[Company Name ::set-output name=pwned::1 %0A::x]';
const AFTER = `${BEFORE}
Our legal name is ${INJECTED}.
`;

// Complete except for cookies: one warning (common/cookies), no error.
const WARN_ONLY = `# Privacy Policy

Last updated: 2 March 2026

Quillbyte Ltd ("we") operates the Quillbyte note-taking app and its website.

## Information we collect

We collect your email address and the notes you store with us.

## How we use your information

We use your information to provide and sync your notes.

## Sharing

We do not sell your data. We share data only with service providers that host our servers.

## Retention

We keep your notes for as long as your account is open and delete them within 30 days after you close it.

## Security

We encrypt your notes in transit and at rest.

## Your rights

You have the right to access, correct or delete your data. Email privacy@quillbyte.example to ask.

## Children

The app is not meant for children under 13.

## Changes to this policy

We will notify you of material changes to this policy by email.

## Contact

Quillbyte Ltd, 4 Harbour Lane, Bristol. privacy@quillbyte.example
`;

let work: string;
let repo: string;
let eventPath: string;
let base: string;
let head: string;

function git(...args: string[]): string {
  const p = spawnSync('git', ['-c', 'user.name=policylint test', '-c', 'user.email=test@policylint.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`git ${args.join(' ')}: ${p.stderr}`);
  return p.stdout.trim();
}

interface ActionRun {
  code: number | null;
  stdout: string;
  lines: string[];
  summary: string;
  outputs: Record<string, string>;
}

/** GITHUB_OUTPUT in the name<<delimiter form. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

let runs = 0;
function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): ActionRun {
  runs++;
  const summaryFile = path.join(work, `summary-${runs}.md`);
  const outputFile = path.join(work, `output-${runs}.txt`);
  // Nothing from a real runner (if the tests run inside one) may leak into the simulated one.
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')));
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    'INPUT_FILES': '',
    'INPUT_JURISDICTIONS': '',
    'INPUT_CONFIG': '',
    'INPUT_FAIL-ON': 'error',
    'INPUT_ONLY-CHANGED': 'false',
    'INPUT_SARIF-FILE': 'results/policylint.sarif',
    'INPUT_MAX-ANNOTATIONS': '10',
  });
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, extraEnv);
  // The runner starts the action in the workspace; another folder here proves paths do not depend on it.
  const p = spawnSync(process.execPath, [path.join(ROOT, 'dist/action.js')], { cwd: work, env, encoding: 'utf8' });
  return {
    code: p.status,
    stdout: p.stdout,
    lines: p.stdout.split('\n').filter(Boolean),
    summary: fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : '',
    outputs: fs.existsSync(outputFile) ? parseOutputs(fs.readFileSync(outputFile, 'utf8')) : {},
  };
}

const annotations = (r: ActionRun, level: string) => r.lines.filter((l) => l.startsWith(`::${level} file=`));

beforeAll(() => {
  work = tmpDir();
  repo = path.join(work, 'repo');
  fs.mkdirSync(repo);
  git('init', '-q');
  fs.writeFileSync(path.join(repo, 'PRIVACY.md'), BEFORE);
  fs.mkdirSync(path.join(repo, 'legal'));
  fs.writeFileSync(path.join(repo, 'legal', 'cookie-notice.md'), WARN_ONLY);
  // Not a policy by name: the default `files` leaves it alone.
  fs.writeFileSync(path.join(repo, 'README.md'), BEFORE);
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  base = git('rev-parse', 'HEAD');
  fs.writeFileSync(path.join(repo, 'PRIVACY.md'), AFTER);
  git('commit', '-q', '-a', '-m', 'second');
  head = git('rev-parse', 'HEAD');
  eventPath = path.join(work, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'topic' } } }));
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('GitHub Action (dist/action.js)', () => {
  it('annotates every finding, writes SARIF, summary and outputs, and fails on errors', () => {
    const r = runAction({});
    // PRIVACY.md: two placeholders and four missing required disclosures (errors), seven other
    // missing disclosures (warnings); legal/cookie-notice.md: common/cookies (a warning).

    const placeholders = annotations(r, 'error').filter((l) => l.includes('title=draft/placeholder'));
    expect(placeholders.map((l) => /,line=(\d+),/.exec(l)?.[1])).toEqual(['3', '5']);
    expect(placeholders[0]).toMatch(/^::error file=PRIVACY\.md,line=3,endLine=3,col=\d+,endColumn=\d+,title=draft\/placeholder::Template placeholder "YOUR_DOMAIN"/);
    expect(r.stdout).not.toContain('README.md');
    expect(r.lines.at(-1)).toBe('policylint: 2 files, 6 errors, 8 warnings');

    expect(r.outputs['error-count']).toBe('6');
    expect(r.outputs['warning-count']).toBe('8');
    expect(r.outputs['sarif-file']).toBe(path.join(repo, 'results', 'policylint.sarif'));
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(14);
    expect(sarif.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri).sort()).toEqual(['PRIVACY.md', 'legal/cookie-notice.md']);

    expect(r.summary).toMatch(/^## policylint\n\n2 policies checked: 6 errors, 8 warnings\.\n/);
    expect(r.summary).toContain('| Severity | File | Line | Rule | Message |');
    expect(r.summary).toMatch(/^\| error \| PRIVACY\.md \| 3 \| \[draft\/placeholder\]\(https:\/\/[^)]+\) \| Template placeholder "YOUR_DOMAIN" is still in the policy\. \|$/m);
    expect(r.summary).toMatch(/^\| warning \| legal\/cookie-notice\.md \| 1 \| \[common\/cookies\]/m);
    expect(r.summary).toContain('### Coverage per jurisdiction');
    expect(r.summary).toMatch(/^\| legal\/cookie-notice\.md \| common \| 11 \| 1 \| 0 \| common\/cookies \|$/m);
    expect(r.code).toBe(1);
  });

  it('keeps text from a policy inert: no workflow command of its own', () => {
    const r = runAction({});
    // Every line the runner sees is one of ours: an annotation, a notice, or a plain log line.
    for (const l of r.lines) expect(l).toMatch(/^(::(error|warning) file=[^:]*::|::notice::|policylint[: ])/);
    expect(r.lines.filter((l) => /^\s*::set-output/.test(l))).toEqual([]);
    const injected = annotations(r, 'error').find((l) => l.includes(',line=5,'));
    // `%` is escaped first, so the runner decodes %250A back to the literal text %0A, not a newline.
    expect(injected).toContain('Template placeholder "[Company Name ::set-output name=pwned::1 %250A::x]"');
    expect(r.outputs).not.toHaveProperty('pwned');
    // In the summary the text stays in its table cell.
    expect(r.summary).toContain(`| PRIVACY.md | 5 | [draft/placeholder]`);
    expect(r.summary).toContain(INJECTED);
  });

  it('only-changed: reports only findings on lines the pull request changed', () => {
    const r = runAction({ 'only-changed': 'true' });
    const errs = annotations(r, 'error');
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^::error file=PRIVACY\.md,line=5,.*title=draft\/placeholder::/);
    expect(annotations(r, 'warning')).toEqual([]);
    expect(r.outputs['error-count']).toBe('1');
    expect(r.outputs['warning-count']).toBe('0');
    expect(r.summary).toContain(`Only findings on lines changed between ${base.slice(0, 12)} and ${head.slice(0, 12)}`);
    expect(r.summary).not.toMatch(/\| PRIVACY\.md \| 3 \|/);
    // The SARIF file still has every finding; code scanning does its own filtering.
    expect(JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8')).runs[0].results).toHaveLength(14);
    expect(r.code).toBe(1);
  });

  it('only-changed without commits to compare reports everything, with a notice', () => {
    const pushEvent = path.join(work, 'push-event.json');
    fs.writeFileSync(pushEvent, JSON.stringify({ before: '0000000000000000000000000000000000000000', after: head }));
    const r = runAction({ 'only-changed': 'true' }, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent });
    expect(r.lines).toContain('::notice title=policylint::only-changed is set, but the event has no base and head commits to compare: every finding is reported.');
    expect(annotations(r, 'error').filter((l) => l.includes('title=draft/placeholder'))).toHaveLength(2);
  });

  it('fail-on: error, warning, never', () => {
    const warnOnly = { files: 'legal/*.md' };
    expect(runAction({ ...warnOnly, 'fail-on': 'error' }).code).toBe(0);
    const w = runAction({ ...warnOnly, 'fail-on': 'warning' });
    expect(annotations(w, 'warning').map((l) => /title=([^:]+)::/.exec(l)?.[1])).toEqual(['common/cookies']);
    expect(w.outputs['warning-count']).toBe('1');
    expect(w.code).toBe(1);
    expect(runAction({ 'fail-on': 'never' }).code).toBe(0);
  });

  it('max-annotations: the rest go to the log, with a notice', () => {
    const r = runAction({ 'max-annotations': '1' });
    expect(annotations(r, 'error')).toHaveLength(1);
    expect(annotations(r, 'warning')).toHaveLength(1);
    expect(r.lines.filter((l) => l.startsWith('policylint error ')).length).toBe(5);
    expect(r.lines.filter((l) => l.startsWith('policylint warning ')).length).toBe(7);
    expect(r.lines.find((l) => l.startsWith('::notice::'))).toMatch(/^::notice::5 more errors and 7 more warnings are not shown as annotations \(annotations limited to 1 of each type per step\)/);
  });

  it('suppressions-file: findings the repository accepted are not reported; one that no longer occurs fails the step', () => {
    const made = cli(['--suppress-all', '--suppressions-location', 'lint/accepted.json'], { cwd: repo });
    expect(made.code).toBe(0);
    const r = runAction({ 'suppressions-file': 'lint/accepted.json' });
    expect([r.code, r.outputs['error-count'], r.outputs['warning-count']]).toEqual([0, '0', '0']);
    expect(annotations(r, 'error')).toEqual([]);
    const sarif = JSON.parse(fs.readFileSync(path.join(repo, 'results/policylint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(sarif.runs[0].results.every((x: { suppressions?: Array<{ kind: string }> }) => x.suppressions?.[0].kind === 'external')).toBe(true);
    const file = path.join(repo, 'lint/accepted.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data['../PRIVACY.md']['draft/broken-link'] = { count: 1 };
    fs.writeFileSync(file, JSON.stringify(data));
    const stale = runAction({ 'suppressions-file': 'lint/accepted.json' });
    expect(stale.code).toBe(2);
    expect(stale.lines).toContain('::error title=policylint::1 suppression no longer occurs (../PRIVACY.md: draft/broken-link); remove it with --prune-suppressions');
    fs.rmSync(path.join(repo, 'lint'), { recursive: true, force: true });
  });

  it('rejects a bad input with an error, exit 2', () => {
    const r = runAction({ 'fail-on': 'sometimes' });
    expect(r.lines).toEqual(['::error title=policylint::input fail-on must be error, warning or never, not "sometimes"']);
    expect(r.code).toBe(2);
  });
});

describe('parseDiff', () => {
  it('collects added and changed lines per file, from git diff --unified=0', () => {
    const diff = [
      'diff --git a/PRIVACY.md b/PRIVACY.md',
      '--- a/PRIVACY.md',
      '+++ b/PRIVACY.md',
      '@@ -3 +3 @@ intro',
      '-old',
      '+new',
      '@@ -10,2 +9,0 @@',
      '@@ -20,0 +21,3 @@',
      'diff --git "a/legal/say \\"hi\\" \\303\\274.md" "b/legal/say \\"hi\\" \\303\\274.md"',
      '--- "a/legal/say \\"hi\\" \\303\\274.md"',
      '+++ "b/legal/say \\"hi\\" \\303\\274.md"',
      '@@ -0,0 +1,2 @@',
      'diff --git a/gone.md b/gone.md',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1,4 +0,0 @@',
    ].join('\n');
    const changed = parseDiff(diff);
    expect([...changed.keys()]).toEqual(['PRIVACY.md', 'legal/say "hi" ü.md']);
    expect([...changed.get('PRIVACY.md')!]).toEqual([3, 21, 22, 23]);
    expect([...changed.get('legal/say "hi" ü.md')!]).toEqual([1, 2]);
  });
});
