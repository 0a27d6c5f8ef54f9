/**
 * The pre-commit hook, for real: pre-commit installs this repository the way users get it
 * (`npm install -g` of a git checkout, no build step) and runs it on a policy in another repository.
 *
 * pre-commit only installs committed files (plus uncommitted edits of tracked ones), so the test
 * snapshots the working tree (every file git would commit, with its current content: the bundle in
 * dist/ as built, .pre-commit-hooks.yaml even before it is committed) into a temporary repository
 * and points `pre-commit try-repo` at that. try-repo installs the hook
 * into a throw-away store on every call, so the test makes two calls, not more.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tmpDir } from './helpers.js';

const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';

const PLACEHOLDER = `# Privacy Policy

Questions about this policy go to privacy@YOUR_DOMAIN.
`;

const CLEAN = `# Privacy Policy

Last updated: 2 March 2026

Quillbyte Ltd ("we") operates the Quillbyte note-taking app.

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

## Cookies

We use only the cookies needed to keep you signed in.

## Children

The app is not meant for children under 13.

## Changes to this policy

We will notify you of material changes to this policy by email.

## Contact

Quillbyte Ltd, 4 Harbour Lane, Bristol. privacy@quillbyte.example
`;

function git(cwd: string, ...args: string[]): string {
  const p = spawnSync('git', ['-c', 'user.name=policylint test', '-c', 'user.email=test@policylint.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${p.stderr}`);
  return p.stdout;
}

/** Every file git would commit from the working tree, copied as it is now, committed in a fresh repository. */
function snapshotRepository(to: string): void {
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const f of files) {
    const from = path.join(ROOT, f);
    if (!fs.existsSync(from) || !fs.statSync(from).isFile()) continue; // deleted but not yet committed
    fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    fs.copyFileSync(from, path.join(to, f));
  }
  git(to, 'init', '-q');
  git(to, 'add', '-A');
  git(to, 'commit', '-q', '-m', 'snapshot of the working tree');
}

describe('pre-commit hook', () => {
  if (!available) {
    if (inCI) {
      it('has pre-commit installed in CI', () => {
        throw new Error('the pre-commit binary is not on PATH: CI must install it (see .ci/apt-packages)');
      });
    } else {
      // eslint-disable-next-line no-console
      console.warn('test/precommit.test.ts: skipped, pre-commit is not installed (apt-get install pre-commit); CI runs it.');
      it.skip('runs the policylint hook through pre-commit (pre-commit not installed)', () => undefined);
    }
    return;
  }

  let work: string;
  let hookRepo: string;
  let userRepo: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    work = tmpDir();
    hookRepo = path.join(work, 'hook');
    userRepo = path.join(work, 'user');
    fs.mkdirSync(hookRepo);
    fs.mkdirSync(userRepo);
    snapshotRepository(hookRepo);
    git(userRepo, 'init', '-q');
    fs.writeFileSync(path.join(userRepo, 'PRIVACY.md'), PLACEHOLDER);
    fs.mkdirSync(path.join(userRepo, 'legal'));
    fs.writeFileSync(path.join(userRepo, 'legal', 'privacy-policy.md'), CLEAN);
    // Not a policy by name: the hook's default `files` pattern leaves it alone.
    fs.writeFileSync(path.join(userRepo, 'README.md'), PLACEHOLDER);
    git(userRepo, 'add', '-A');
    env = {
      ...process.env,
      PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'),
      PRE_COMMIT_COLOR: 'never',
      NO_COLOR: '1',
      // The npm cache is warm after `npm ci`; do not ask the registry about every package again.
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
  });

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  function tryRepo(...files: string[]): SpawnSyncReturns<string> {
    const p = spawnSync('pre-commit', ['try-repo', hookRepo, 'policylint', '--files', ...files], { cwd: userRepo, env, encoding: 'utf8', timeout: 280_000 });
    if (p.error) throw p.error;
    return p;
  }

  it('fails a policy with a placeholder and prints the diagnostic', () => {
    const p = tryRepo('PRIVACY.md');
    const out = p.stdout + p.stderr;
    expect(out).not.toMatch(/An error has occurred/);
    expect(out).toMatch(/^policylint\.+Failed$/m);
    expect(out).toMatch(/^- exit code: 1$/m);
    expect(out).toMatch(/^PRIVACY\.md$/m);
    expect(out).toMatch(/^\s+3:\d+\s+error\s+.*"YOUR_DOMAIN".*draft\/placeholder$/m);
    expect(p.status).toBe(1);
  }, 300_000);

  // try-repo installs the hook afresh on every call (it uses a throw-away store), so the passing
  // case and the `files` filter share one call: README.md holds a placeholder too, and the run
  // passes only because the default pattern does not hand it to the hook.
  it('passes a complete policy and leaves files that are not policies alone', () => {
    const p = tryRepo('legal/privacy-policy.md', 'README.md');
    const out = p.stdout + p.stderr;
    expect(out).toMatch(/^policylint\.+Passed$/m);
    expect(out).not.toMatch(/YOUR_DOMAIN/);
    expect(p.status).toBe(0);
  }, 300_000);
});
