/** The CLI bundle's V8 code cache: kept per build, refused code falls back to a compile, never in the way. */
import { describe, it, expect, beforeEach } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheDir, loadBundle } from '../src/cli/code-cache.js';
import { ROOT } from './helpers.js';

let dir: string;
let bundle: string;
let env: NodeJS.ProcessEnv;
const cacheFiles = () => fs.readdirSync(path.join(dir, 'cache')).filter((f) => f.endsWith('.v8cache'));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-code-cache-'));
  bundle = path.join(dir, 'bundle.cjs');
  fs.writeFileSync(bundle, 'exports.answer = 41 + 1;\nexports.dir = __dirname;\n');
  env = { POLICYLINT_CACHE_DIR: path.join(dir, 'cache') };
});

// Each load runs in a fresh Node, as the CLI does: within one process V8 reuses its own compiled
// scripts and never looks at the cache file. The child uses the built loader (build.test.ts keeps
// dist/ in step with src/).
function load(env: NodeJS.ProcessEnv, save = true): { cache: string; answer: number } {
  const code = `const b = require(${JSON.stringify(path.join(ROOT, 'dist/code-cache.cjs'))}).loadBundle(${JSON.stringify(bundle)}); ${save ? 'b.save();' : ''} console.log(JSON.stringify({ cache: b.cache, answer: b.exports.answer }));`;
  const p = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir, ...env } });
  expect(p.stderr).toBe('');
  return JSON.parse(p.stdout);
}

describe('loadBundle', () => {
  it('compiles on the first run, keeps the code after it, and uses it on the next', () => {
    expect(load(env)).toEqual({ cache: 'miss', answer: 42 });
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).toMatch(new RegExp(`^bundle-[0-9a-f]+-${fs.statSync(bundle).size}-${process.version}-${process.arch}\\.v8cache$`));
    expect(load(env)).toEqual({ cache: 'hit', answer: 42 });
  });

  it('a rebuilt bundle of the same length gets its own cache, and the old one is dropped', () => {
    load(env);
    const old = cacheFiles()[0];
    fs.writeFileSync(bundle, 'exports.answer = 41 + 2;\nexports.dir = __dirname;\n');
    expect(load(env)).toEqual({ cache: 'miss', answer: 43 });
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).not.toBe(old);
  });

  it('a damaged cache file is refused and the bundle compiled; saving replaces it', () => {
    load(env);
    const file = path.join(dir, 'cache', cacheFiles()[0]);
    fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, 7));
    expect(load(env)).toEqual({ cache: 'rejected', answer: 42 });
    expect(load(env)).toEqual({ cache: 'hit', answer: 42 });
  });

  it('POLICYLINT_NO_CODE_CACHE turns it off; an unusable folder only costs the compile', () => {
    expect(load({ ...env, POLICYLINT_NO_CODE_CACHE: '1' })).toEqual({ cache: 'off', answer: 42 });
    expect(fs.existsSync(path.join(dir, 'cache'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'cache'), 'a file where the folder would be');
    expect(load(env)).toEqual({ cache: 'miss', answer: 42 });
  });

  it('in this process: the exports, and __dirname of the bundle', () => {
    const b = loadBundle(bundle, { POLICYLINT_NO_CODE_CACHE: '1' });
    expect(b.exports).toEqual({ answer: 42, dir });
  });
});

describe('cacheDir', () => {
  it('is $POLICYLINT_CACHE_DIR, else $XDG_CACHE_HOME/policylint, else ~/.cache/policylint', () => {
    expect(cacheDir({ POLICYLINT_CACHE_DIR: '/tmp/pl', XDG_CACHE_HOME: '/x' })).toBe('/tmp/pl');
    expect(cacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/policylint');
    expect(cacheDir({})).toBe(path.join(os.homedir(), '.cache', 'policylint'));
    expect(cacheDir({ POLICYLINT_NO_CODE_CACHE: '1', POLICYLINT_CACHE_DIR: '/tmp/pl' })).toBeUndefined();
    // A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
    expect(cacheDir({ XDG_CACHE_HOME: 'relative' })).toBe(path.join(os.homedir(), '.cache', 'policylint'));
  });

  it('never a folder relative to where the linter runs, even with HOME empty', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-cwd-'));
    const p = spawnSync(process.execPath, [path.join(ROOT, 'bin/policylint.js'), '--version'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '', XDG_CACHE_HOME: '' } });
    expect(p.status).toBe(0);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});

describe('the CLI', () => {
  const run = () =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin/policylint.js'), '-f', 'json', '--no-config-lookup', '--now', '2026-11-23', path.join(ROOT, 'fixtures/core/clean.md')], {
      encoding: 'utf8',
      env: { ...process.env, POLICYLINT_CACHE_DIR: path.join(dir, 'cache'), POLICYLINT_NO_CODE_CACHE: '' },
    });

  it('writes the cache once and then runs from it with the same report', () => {
    const first = run();
    expect(first.status).toBe(0);
    expect(cacheFiles()).toEqual([expect.stringMatching(/^cli-/)]);
    const file = path.join(dir, 'cache', cacheFiles()[0]);
    const before = fs.statSync(file);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // Not rewritten: V8 took the cached code (code made under other V8 flags would be refused and rewritten).
    const after = fs.statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });
});
