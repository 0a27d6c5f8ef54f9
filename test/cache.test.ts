/**
 * --cache: a second run over unchanged files reuses their results; a change to the file, its
 * configuration or a rule file lints it again. Whether a result came from the cache is seen by
 * marking the cached message: a reused result shows the mark, a fresh one does not.
 */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { cli, FIXTURES, tmpDir } from './helpers.js';

const legacy = fs.readFileSync(path.join(FIXTURES, 'core', 'placeholder.md'), 'utf8');
const MARK = 'Reused from the cache.';

function project() {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'PRIVACY.md'), legacy);
  const run = (...args: string[]) => cli(['-f', 'json', '--now', '2026-11-23', ...args, 'PRIVACY.md'], { cwd: dir });
  const cacheFile = path.join(dir, '.policylintcache');
  // Changes the first cached message, so a run that reuses the entry shows it.
  const mark = (file = cacheFile) => {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const entry = Object.values(data.files as Record<string, { outcome: { result: { messages: Array<{ message: string }> } } }>)[0];
    entry.outcome.result.messages[0].message = MARK;
    fs.writeFileSync(file, JSON.stringify(data));
  };
  const messages = (r: ReturnType<typeof cli>) => JSON.parse(r.stdout)[0].messages.map((m: { message: string }) => m.message) as string[];
  return { dir, run, cacheFile, mark, messages };
}

describe('--cache', () => {
  it('gives the same report, and reuses it while nothing changed', () => {
    const p = project();
    const plain = p.run();
    const first = p.run('--cache');
    expect(first.stdout).toBe(plain.stdout);
    expect(first.code).toBe(plain.code);
    expect(fs.existsSync(p.cacheFile)).toBe(true);
    expect(fs.readFileSync(p.cacheFile, 'utf8')).not.toContain('Acmefold Ltd ("we") runs this site'); // no policy text
    p.mark();
    expect(p.messages(p.run('--cache'))).toContain(MARK);
    expect(p.messages(p.run())).not.toContain(MARK); // without --cache, never read
  });

  it('lints again when the file changes', () => {
    const p = project();
    p.run('--cache');
    p.mark();
    fs.appendFileSync(path.join(p.dir, 'PRIVACY.md'), '\nOne more line.\n');
    expect(p.messages(p.run('--cache'))).not.toContain(MARK);
  });

  it('lints again when the configuration or a rule file changes', () => {
    const p = project();
    const rules = path.join(p.dir, 'packs');
    fs.cpSync(path.join(FIXTURES, 'packs/house'), rules, { recursive: true });
    p.run('--cache', '--rules-dir', rules);
    p.mark();
    expect(p.messages(p.run('--cache', '--rules-dir', rules))).toContain(MARK);
    const ruleFile = path.join(rules, 'house/no-forever.json');
    fs.writeFileSync(ruleFile, fs.readFileSync(ruleFile, 'utf8').replace('say how long data is kept', 'give a period'));
    expect(p.messages(p.run('--cache', '--rules-dir', rules))).not.toContain(MARK);
    p.mark();
    fs.writeFileSync(path.join(p.dir, '.policylintrc.json'), JSON.stringify({ rules: { 'draft/empty-section': 'off' } }));
    expect(p.messages(p.run('--cache', '--rules-dir', rules))).not.toContain(MARK);
  });

  it('--cache-location names a file or a folder; a broken cache is started afresh', () => {
    const p = project();
    expect(p.run('--cache', '--cache-location', 'tmp/').code).toBe(1);
    const inFolder = path.join(p.dir, 'tmp', '.policylintcache');
    expect(fs.existsSync(inFolder)).toBe(true);
    p.run('--cache', '--cache-location', 'lint.cache');
    expect(fs.existsSync(path.join(p.dir, 'lint.cache'))).toBe(true);
    fs.writeFileSync(inFolder, '{ not json');
    const r = p.run('--cache', '--cache-location', 'tmp/');
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(JSON.parse(fs.readFileSync(inFolder, 'utf8')).files).toBeDefined();
  });

  it('keeps no entry for a file that could not be linted', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'privacy.md'), Buffer.from([0, 1, 2, 0, 255, 0]));
    const r = cli(['--cache', 'privacy.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(dir, '.policylintcache'))).toBe(false);
  });
});
