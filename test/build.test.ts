/** The committed bundle and generated validators must match the sources: pre-commit and the Action run them. */
import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers.js';

describe('build output', () => {
  it('dist/ and src/generated/ are fresh', () => {
    const p = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
  }, 60000);
});

describe('rule docs', () => {
  it('docs/rules is generated from the current rule files', () => {
    const p = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gen-docs.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
  });
});
