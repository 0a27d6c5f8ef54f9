/** The command line as users run it: exit codes, stdout only for the report, one-line errors. */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { cli, FIXTURES, tmpDir } from './helpers.js';
import { threadCount, parseConcurrency } from '../src/cli/parallel.js';

const core = (f: string) => path.join(FIXTURES, 'core', f);

describe('exit codes and output', () => {
  it('0 for a clean policy, with no output', () => {
    const r = cli([core('clean.md'), '--now', '2026-11-23']);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('1 for errors; stylish shows rule id, message, docs link and a summary', () => {
    const r = cli([core('placeholder.md')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('   5:54  error    Template placeholder "YOUR_DOMAIN" is still in the policy.');
    expect(r.stdout).toContain('draft/placeholder');
    expect(r.stdout).toContain('https://github.com/policylint/policylint/blob/main/docs/rules/draft/placeholder.md');
    expect(r.stdout).toMatch(/\n✖ 12 problems \(5 errors, 7 warnings\)\n/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--format json prints only parseable JSON in the CATALOG shape', () => {
    const r = cli(['-f', 'json', core('placeholder.md'), core('clean.md')]);
    const data = JSON.parse(r.stdout);
    expect(data).toHaveLength(2);
    expect(Object.keys(data[0]).sort()).toEqual(['applicability', 'coverage', 'errorCount', 'fatalErrorCount', 'filePath', 'jurisdictions', 'messages', 'warningCount']);
    const m = data[0].messages.find((x: { ruleId: string }) => x.ruleId === 'draft/placeholder');
    expect(m).toMatchObject({ severity: 2, line: 3, column: 15, citation: 'FTC Act §5 (15 U.S.C. §45); GDPR Art. 12(1)' });
    expect(data[1].coverage.find((c: { requirement: string }) => c.requirement === 'common/retention').status).toBe('present');
  });

  it('--quiet drops warnings; --max-warnings turns warnings into exit 1', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'p.md');
    fs.writeFileSync(f, `${fs.readFileSync(core('clean.md'), 'utf8')}\n## Empty\n\n## More\n\nText.\n`);
    expect(cli([f]).code).toBe(0);
    expect(cli([f, '--max-warnings', '0']).code).toBe(1);
    expect(cli([f, '--quiet']).stdout).toBe('');
  });

  it('reads stdin with --stdin-filename choosing the format', () => {
    const r = cli(['-', '--stdin-filename', 'PRIVACY.txt', '-f', 'json'], { input: 'Privacy\nContact: privacy@YOUR_DOMAIN.com\n' });
    const data = JSON.parse(r.stdout);
    expect(data[0].filePath).toBe(path.resolve('PRIVACY.txt'));
    expect(data[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'draft/placeholder').map((m: { line: number }) => m.line)).toEqual([2]);
  });

  it('reads a Markdown policy on stdin named .txt as Markdown, as it would the file', () => {
    const input = '# Privacy\n\nWe store your user ID.\n\n## Contact\n\nQuestions:\n**@acmebot_team**\n';
    const data = JSON.parse(cli(['-', '--stdin-filename', 'PRIVACY.txt', '-f', 'json'], { input }).stdout);
    const ids = data[0].messages.map((m: { ruleId: string }) => m.ruleId);
    // Linted (its other gaps are reported), and its contact section read as one.
    expect(ids).toContain('common/retention');
    expect(ids).not.toContain('common/contact');
  });

  it('lints folders recursively and honours --ignore-pattern', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'docs/old'), { recursive: true });
    fs.copyFileSync(core('placeholder.md'), path.join(dir, 'docs/PRIVACY.md'));
    fs.copyFileSync(core('placeholder.md'), path.join(dir, 'docs/old/PRIVACY.md'));
    fs.writeFileSync(path.join(dir, 'docs/notes.js'), 'TODO');
    const all = JSON.parse(cli(['-f', 'json', 'docs'], { cwd: dir }).stdout);
    expect(all.map((r: { filePath: string }) => path.relative(dir, r.filePath))).toEqual(['docs/PRIVACY.md', 'docs/old/PRIVACY.md']);
    const some = JSON.parse(cli(['-f', 'json', 'docs', '--ignore-pattern', 'old/'], { cwd: dir }).stdout);
    expect(some.map((r: { filePath: string }) => path.relative(dir, r.filePath))).toEqual(['docs/PRIVACY.md']);
  });
});

describe('bad input: one line on stderr, exit 2, other files still linted', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing path', ['nope.md'], /^policylint: nope\.md: no such file or folder$/],
    ['an empty file', [core('empty.md')], /empty\.md: the file is empty$/],
    ['a binary file', [core('binary.md')], /binary\.md: the file is binary, not a policy in Markdown, text or HTML$/],
    ['a folder with no policies', [path.join(FIXTURES, 'packs/house')], /the folder has no policy files/],
    ['an unknown jurisdiction', ['-j', 'atlantis', core('clean.md')], /unknown jurisdiction "atlantis"/],
    ['an invalid rule file', ['--rules-dir', path.join(FIXTURES, 'packs/bad-regex'), core('clean.md')], /backref\.json: invalid regular expression at patterns\[0\]\.regex/],
  ];
  for (const [what, args, pattern] of cases) {
    it(what, () => {
      const r = cli([...args, core('placeholder.md'), '-f', 'json']);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      if (/jurisdiction|rule file/.test(what)) return;
      // A file that could not be read is still in the report, with one fatal message (ESLint's shape).
      const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; ruleId: string | null }>; fatalErrorCount: number }>;
      const unreadable = /empty|binary/.test(what) ? [path.basename(args[0])] : [];
      expect(results.map((x) => path.basename(x.filePath))).toEqual([...unreadable, 'placeholder.md']);
      if (unreadable.length) expect([results[0].messages, results[0].fatalErrorCount]).toEqual([[expect.objectContaining({ fatal: true, ruleId: null, severity: 2, line: 1 })], 1]);
    });
  }

  it('invalid UTF-8 is linted with a warning, not refused', () => {
    const r = cli(['-f', 'json', core('latin1.md')]);
    expect(r.stderr).toBe('policylint: warning: ' + path.relative(process.cwd(), core('latin1.md')) + ': the file is not valid UTF-8; invalid bytes were read as U+FFFD\n');
    const data = JSON.parse(r.stdout);
    expect(data[0].messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 1 });
  });

  it('a configuration that is not JSON, and one naming an unknown rule', () => {
    const dir = tmpDir();
    fs.copyFileSync(core('clean.md'), path.join(dir, 'PRIVACY.md'));
    fs.writeFileSync(path.join(dir, '.policylintrc.json'), '{ rules: ');
    let r = cli(['PRIVACY.md'], { cwd: dir });
    expect([r.code, r.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(r.stderr).toMatch(/\.policylintrc\.json: configuration is not valid JSON/);
    fs.writeFileSync(path.join(dir, '.policylintrc.json'), '{ "rules": { "draft/nope": "off" } }');
    r = cli(['PRIVACY.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "draft\/nope"/);
    fs.writeFileSync(path.join(dir, '.policylintrc.json'), '{ "rules": { "draft/placeholder": "loud" } }');
    r = cli(['PRIVACY.md'], { cwd: dir });
    expect(r.stderr).toMatch(/invalid configuration at rules\.draft\/placeholder/);
  });

  it('an unknown option is a usage error', () => {
    const r = cli(['--frobnicate', core('clean.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policylint: Unknown argument: frobnicate/);
  });
});

describe('files are never written, except by --fix', () => {
  it('linting leaves the file as it was', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'p.md');
    fs.copyFileSync(core('placeholder.md'), f);
    const before = fs.statSync(f).mtimeMs;
    cli([f]);
    expect(fs.readFileSync(f, 'utf8')).toBe(fs.readFileSync(core('placeholder.md'), 'utf8'));
    expect(fs.statSync(f).mtimeMs).toBe(before);
  });

  it('--fix applies fixes and removes unused directives', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'p.md');
    fs.writeFileSync(f, '# Privacy\n\nText. <!-- policylint-disable-line draft/placeholder -->\n');
    cli([f, '--fix']);
    expect(fs.readFileSync(f, 'utf8')).toBe('# Privacy\n\nText. \n');
    expect(fs.readdirSync(dir)).toEqual(['p.md']);
  });

  it('--fix through a symlink writes the file it points to, and the link stays a link', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'p.md');
    fs.writeFileSync(target, '# Privacy\n\nText. <!-- policylint-disable-line draft/placeholder -->\n');
    const link = path.join(dir, 'PRIVACY.md');
    fs.symlinkSync(path.join('real', 'p.md'), link);
    cli([link, '--fix']);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('# Privacy\n\nText. \n');
    expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['p.md']);
  });
});

describe('options read as a user means them', () => {
  it('a bad --max-warnings or --format is one line and exit 2', () => {
    const warnings = cli(['--max-warnings', 'abc', core('clean.md')]);
    expect([warnings.code, warnings.stdout, warnings.stderr]).toEqual([2, '', 'policylint: invalid --max-warnings: give a whole number, 0 or more\n']);
    const format = cli(['-f', 'teapot', core('clean.md')]);
    expect([format.code, format.stdout]).toEqual([2, '']);
    expect(format.stderr).toBe('policylint: unknown format "teapot": not one of stylish, json, github, sarif, junit, unix, compact, checkstyle, markdown, html, and no eslint-formatter-teapot or teapot package in node_modules\n');
  });

  it('an option that takes one value, given twice, is one line and exit 2; a repeatable one is not refused', () => {
    const twice = cli(['-f', 'json', '--format', 'stylish', core('clean.md')]);
    expect([twice.code, twice.stdout, twice.stderr]).toEqual([2, '', 'policylint: --format was given more than once (json, stylish): give it once\n']);
    expect(cli(['--ignore-pattern', 'a/', '--ignore-pattern', 'b/', core('clean.md')]).code).toBe(0);
  });

  it('-f unix, compact, checkstyle and markdown are formats of their own', () => {
    expect(cli(['-f', 'unix', core('placeholder.md')]).stdout).toMatch(/placeholder\.md:\d+:\d+: .+ \[Error\/draft\/placeholder\]\n/);
    expect(cli(['-f', 'compact', core('placeholder.md')]).stdout).toMatch(/placeholder\.md: line \d+, col \d+, Error - .+ \(draft\/placeholder\)\n/);
    expect(cli(['-f', 'checkstyle', core('placeholder.md')]).stdout).toContain('source="policylint.rules.draft/placeholder"');
    expect(cli(['-f', 'markdown', core('placeholder.md')]).stdout).toMatch(/^## policylint: \d+ errors?, \d+ warnings? in 1 file\n/);
  });

  it('-f loads an ESLint formatter the user names: a file (CommonJS or ESM) or an eslint-formatter-NAME package', () => {
    const dir = tmpDir();
    fs.copyFileSync(core('placeholder.md'), path.join(dir, 'PRIVACY.md'));
    fs.writeFileSync(path.join(dir, 'count.cjs'), "module.exports = (results, ctx) => results.map((r) => `${r.filePath.split('/').pop()} ${r.errorCount} ${typeof ctx.rulesMeta['draft/placeholder'].url}`).join('\\n') + '\\n';\n");
    fs.writeFileSync(path.join(dir, 'count.mjs'), "export default async (results) => `files: ${results.length}\\n`;\n");
    fs.mkdirSync(path.join(dir, 'node_modules', 'eslint-formatter-tiny'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'eslint-formatter-tiny', 'package.json'), '{ "name": "eslint-formatter-tiny", "main": "index.js" }');
    fs.writeFileSync(path.join(dir, 'node_modules', 'eslint-formatter-tiny', 'index.js'), "module.exports = (results) => 'tiny\\n';\n");
    const errors = JSON.parse(cli(['-f', 'json', 'PRIVACY.md'], { cwd: dir }).stdout)[0].errorCount;
    expect(cli(['-f', './count.cjs', 'PRIVACY.md'], { cwd: dir })).toMatchObject({ code: 1, stdout: `PRIVACY.md ${errors} string\n` });
    expect(cli(['-f', './count.mjs', 'PRIVACY.md'], { cwd: dir }).stdout).toBe('files: 1\n');
    expect(cli(['-f', 'tiny', 'PRIVACY.md'], { cwd: dir }).stdout).toBe('tiny\n');
    const missing = cli(['-f', './nope.js', 'PRIVACY.md'], { cwd: dir });
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/^policylint: cannot load formatter "\.\/nope\.js" \([^)]*nope\.js\): [^\n]+\n$/);
  });

  it('--coverage prints each file\'s checklist after the stylish report; with another format it is a usage error', () => {
    const r = cli(['--coverage', '--jurisdiction', 'gdpr', core('placeholder.md')]);
    const at = r.stdout.indexOf('\nCoverage of ');
    expect(at).toBeGreaterThan(0);
    const checklist = r.stdout.slice(at + 1).split('\n');
    expect(checklist[0]).toMatch(/^Coverage of .*placeholder\.md$/);
    expect(checklist[1]).toBe('Jurisdictions: gdpr');
    const [present, missing, na] = /^(\d+) present, (\d+) missing, (\d+) not applicable$/.exec(checklist[2])!.slice(1).map(Number);
    const listed = checklist.filter((l) => /^(present|missing|not-applicable) /.test(l));
    expect(listed.length).toBe(present + missing + na);
    expect(listed.filter((l) => l.startsWith('missing ')).length).toBe(missing);
    const wrong = cli(['--coverage', '-f', 'json', core('placeholder.md')]);
    expect([wrong.code, wrong.stdout, wrong.stderr]).toEqual([2, '', 'policylint: --coverage prints a checklist after the stylish report; --format json already gives each file its coverage\n']);
  });

  it('FORCE_COLOR colours a report that is not going to a terminal; FORCE_COLOR=0 does not', () => {
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[/;
    expect(cli([core('placeholder.md')], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(cli([core('placeholder.md')], { env: { NO_COLOR: '', FORCE_COLOR: '0' } }).stdout).not.toMatch(ansi);
    expect(cli([core('placeholder.md')], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain('draft/placeholder');
  });
});

describe('TIMING', () => {
  it('TIMING=1 prints where the time went on stderr, after a report that still parses; without it, nothing', () => {
    const r = cli(['-f', 'json', core('placeholder.md')], { env: { TIMING: '1' } });
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.pop()).toMatch(/^peak resident memory: \d+ MB$/);
    const rows = lines.map((line) => line.split(/\s{2,}/));
    expect(rows.map(([name]) => name)).toEqual(['stage', 'read', 'parse', 'sections', 'profile', 'rules', 'report', 'other (start-up, configuration, finding files)', 'total']);
    // Each stage: its time, its share, and the heap in use after it.
    for (const row of rows.slice(1, -2)) expect(row.slice(1)).toEqual([expect.stringMatching(/^\d+ ms$/), expect.stringMatching(/^\d+\.\d%$/), expect.stringMatching(/^\d+ MB$/)]);
    expect(rows[rows.length - 2].slice(1)).toEqual([expect.stringMatching(/^\d+ ms$/), expect.stringMatching(/^\d+\.\d%$/)]);
    expect(cli(['-f', 'json', core('placeholder.md')]).stderr).toBe('');
  });
});

describe('rules, explain, print-config', () => {
  it('lists rules and explains one', () => {
    expect(cli(['rules']).stdout).toContain('draft/placeholder');
    const e = cli(['explain', 'draft/cloudflare-email']);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('Citation:  FTC Act §5');
    expect(e.stdout).toContain('Example of compliant wording:');
    expect(cli(['explain', 'nope/x']).code).toBe(2);
  });

  it('prints the configuration found from a file upwards, with extends and package.json', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'legal/eu'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'base.json'), '{ "facts": { "hasDpo": true }, "rules": { "common/cookies": "off" } }');
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "x", "policylint": { "extends": "./base.json", "rules": { "draft/empty-section": "error" } } }');
    fs.writeFileSync(path.join(dir, 'legal/eu/policylint.config.json'), '{ "jurisdictions": ["common"] }');
    const top = JSON.parse(cli(['--print-config', 'legal/PRIVACY.md'], { cwd: dir }).stdout);
    expect(top.rules).toEqual({ 'common/cookies': { severity: 'off' }, 'draft/empty-section': { severity: 'error' } });
    expect(top.facts).toEqual({ hasDpo: true });
    const eu = JSON.parse(cli(['--print-config', 'legal/eu/PRIVACY.md'], { cwd: dir }).stdout);
    expect(eu.jurisdictions).toEqual(['common']);
    expect(eu.configFiles).toEqual([path.join(dir, 'legal/eu/policylint.config.json')]);
  });
});

describe('--concurrency', () => {
  // 17 policies, one of which cannot be read.
  const dir = tmpDir();
  const sources = ['placeholder.md', 'clean.md', 'placeholder.txt', 'placeholder.html', 'lost-lists.txt'];
  for (let i = 0; i < 16; i++) fs.copyFileSync(core(sources[i % sources.length]), path.join(dir, `privacy-p${String(i).padStart(2, '0')}${path.extname(sources[i % sources.length])}`));
  fs.writeFileSync(path.join(dir, 'privacy-p16.md'), '');

  it('several threads report exactly what one thread reports, in the same order', () => {
    const one = cli(['-f', 'json', '--now', '2026-11-23', '--concurrency', 'off', dir]);
    const two = cli(['-f', 'json', '--now', '2026-11-23', '--concurrency', '2', dir]);
    const three = cli(['-f', 'json', '--now', '2026-11-23', '--concurrency', '3', dir]);
    expect(one.code).toBe(2);
    expect(JSON.parse(one.stdout)).toHaveLength(17);
    expect(JSON.parse(one.stdout)[16].messages).toEqual([expect.objectContaining({ fatal: true, message: 'Could not lint this file: the file is empty.' })]);
    expect([two.code, two.stdout, two.stderr]).toEqual([one.code, one.stdout, one.stderr]);
    expect([three.code, three.stdout, three.stderr]).toEqual([one.code, one.stdout, one.stderr]);
    expect(one.stderr).toMatch(/^policylint: \S*p16\.md: [^\n]*empty[^\n]*\n$/);
  });

  it('counts the main thread among the threads; auto gives each thread 8 files at least, on at most 4 threads', () => {
    expect([threadCount('off', 100), threadCount(3, 100), threadCount(3, 2), threadCount(1, 50)]).toEqual([1, 3, 2, 1]);
    expect([threadCount('auto', 100, 2), threadCount('auto', 100, 16), threadCount('auto', 20, 16), threadCount('auto', 10, 8)]).toEqual([2, 4, 2, 1]);
    expect([parseConcurrency(undefined), parseConcurrency('auto'), parseConcurrency('4')]).toEqual(['off', 'auto', 4]);
  });

  it('a bad value is a one-line usage error', () => {
    const r = cli(['--concurrency', 'many', core('clean.md')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'policylint: --concurrency takes a whole number of threads, "auto" or "off" (got "many")\n']);
  });
});
