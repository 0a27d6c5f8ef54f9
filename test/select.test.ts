/**
 * Which files a run lints: files named, quoted globs' matches, and in folders the files named for a
 * policy or listed in a configuration's `files`, minus .gitignore, ignore patterns (each
 * configuration's relative to its own folder), node_modules and .git.
 */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, cli, tmpDir } from './helpers.js';
import { isPolicyName } from '../src/load/policy-names.js';

let dir: string;
const write = (rel: string, text = '# Privacy\n\nWe collect your e-mail address.\n') => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};

beforeAll(() => {
  dir = tmpDir();
  fs.mkdirSync(path.join(dir, '.git'));
  write('.gitignore', 'ignored/\n');
  write('.policylintrc.json', JSON.stringify({ files: ['legal/TELEMETRY.md'] }));
  for (const f of ['README.md', 'CHANGELOG.md', 'NOTICE.txt', 'PRIVACY.md', 'docs/cookie-policy.html', 'node_modules/pkg/privacy.md', 'ignored/privacy.md', 'legal/TELEMETRY.md', 'legal/terms.md', '.git/privacy.md']) write(f);
  write('sub/.policylintrc.json', JSON.stringify({ ignorePatterns: ['drafts/'] }));
  write('sub/privacy.md');
  write('sub/drafts/privacy.md');
});

const printed = (args: string[], cwd = dir) => cli(['--print-files', ...args], { cwd });

describe('a folder is searched for policies', () => {
  it('lints files named for a policy and those the configuration lists, and says why', () => {
    const r = printed(['.']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'PRIVACY.md: its name has "privacy"',
      'docs/cookie-policy.html: its name has "cookie"',
      'legal/TELEMETRY.md: the configuration\'s files has "legal/TELEMETRY.md" (.policylintrc.json)',
      'sub/privacy.md: its name has "privacy"',
    ]);
  });

  it("a nested configuration's ignorePatterns are relative to its own folder, from any working directory", () => {
    expect(printed(['sub']).stdout).toBe('sub/privacy.md: its name has "privacy"\n');
    expect(printed(['.'], path.join(dir, 'sub')).stdout).toBe('privacy.md: its name has "privacy"\n');
  });

  it('a README named on the command line is linted; a quoted glob lints what it matches', () => {
    expect(printed(['README.md']).stdout).toBe('README.md: named on the command line\n');
    expect(printed(['legal/*.md']).stdout).toBe('legal/TELEMETRY.md: matches "legal/*.md"\nlegal/terms.md: matches "legal/*.md"\n');
    const none = printed(['nope/*.md']);
    expect([none.code, none.stdout, none.stderr]).toEqual([2, '', 'policylint: nope/*.md: the pattern matches no file\n']);
  });

  it('linting the folder reports exactly those files', () => {
    const r = cli(['-f', 'json', '.'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => path.relative(dir, x.filePath).split(path.sep).join('/'));
    expect(files).toEqual(['PRIVACY.md', 'docs/cookie-policy.html', 'legal/TELEMETRY.md', 'sub/privacy.md']);
  });
});

describe('--changed-since', () => {
  it('narrows the run to the files that differ from a git ref: changed, staged or new', () => {
    const repo = tmpDir();
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    for (const f of ['PRIVACY.md', 'docs/cookie-policy.md', 'legal/privacy-uk.md']) {
      fs.mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
      fs.writeFileSync(path.join(repo, f), '# Privacy\n\nWe collect your e-mail address.\n');
    }
    git('add', '.');
    git('commit', '-q', '-m', 'policies');
    fs.appendFileSync(path.join(repo, 'PRIVACY.md'), '\nWe keep it for a year.\n');
    fs.writeFileSync(path.join(repo, 'legal/privacy-eu.md'), '# Privacy\n\nWe collect your name.\n');
    const r = cli(['--print-files', '--changed-since', 'HEAD', '.'], { cwd: repo });
    expect(r.stdout).toBe('PRIVACY.md: its name has "privacy", and changed since HEAD\nlegal/privacy-eu.md: its name has "privacy", and changed since HEAD\n');
    const bad = cli(['--changed-since', 'no-such-ref', '.'], { cwd: repo });
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/^policylint: --changed-since no-such-ref: [^\n]+\n$/);
  });
});

describe('one list of policy names', () => {
  const names = ['PRIVACY.md', 'privacy-policy.html', 'Cookie_Notice.txt', 'Datenschutz.md', 'data-protection.md', 'politique-de-confidentialite.md', 'privacidade.md', 'gdpr-notice.md', 'README.md', 'NOTICE.txt', 'terms.md', 'SECURITY.md', 'policy.md'];

  it('the pre-commit hook selects the files the CLI does', () => {
    const yaml = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const source = /^\s*files: \(\?i\)(.+)$/m.exec(yaml)![1];
    const hook = new RegExp(source, 'i');
    expect(names.filter((n) => hook.test(`legal/${n}`))).toEqual(names.filter(isPolicyName));
    expect(names.filter(isPolicyName)).toEqual(['PRIVACY.md', 'privacy-policy.html', 'Cookie_Notice.txt', 'Datenschutz.md', 'data-protection.md', 'politique-de-confidentialite.md', 'privacidade.md', 'gdpr-notice.md']);
  });
});
