/** The committed bundle and generated validators must match the sources: pre-commit and the Action run them. */
import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DOCS_BASE } from '../src/rules/compile.js';
import { ROOT } from './helpers.js';

describe('build output', () => {
  it('dist/ and src/generated/ are fresh', () => {
    const p = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
  }, 60000);
});

describe('lazy chunks', () => {
  // Run the real bin in a child, then list the CommonJS chunks it required (bar the loader, code-cache.cjs, which every run needs).
  const loaded = (args: string[]) => {
    const probe = `process.argv = [process.execPath, "policylint", ...${JSON.stringify(args)}]; const { createRequire } = await import('node:module'); await import(${JSON.stringify(path.join(ROOT, 'bin/policylint.js'))}); process.on('exit', () => process.stderr.write(Object.keys(createRequire(import.meta.url).cache).map((f) => path.basename(f)).filter((f) => f.endsWith('.cjs') && f !== 'code-cache.cjs').sort().join(',')));`;
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', `import path from 'node:path'; ${probe}`], { cwd: ROOT, encoding: 'utf8' });
    return p.stderr;
  };
  it('a Markdown lint loads neither the HTML parser, RE2, the help layout nor the entity table', () => {
    expect(loaded(['--no-config-lookup', path.join(ROOT, 'fixtures/core/clean.md')])).toBe('');
  });
  it('each is loaded when needed: --help lays out text, an HTML policy is parsed', () => {
    expect(loaded(['--help'])).toBe('string-width.cjs');
    expect(loaded(['--no-config-lookup', path.join(ROOT, 'fixtures/core/entities.md')]).split(',')).toContain('entities.cjs');
    // (This policy also meets a built-in pattern that runs on RE2.)
    expect(loaded(['--no-config-lookup', path.join(ROOT, 'fixtures/core/placeholder.html')]).split(',')).toContain('html.cjs');
  });
});

describe('rule docs', () => {
  it('docs/rules is generated from the current rule files', () => {
    const p = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gen-docs.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
  });

  it('every finding links to the generated page in the repository package.json names', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const repo = String(pkg.repository.url).replace(/^git\+/, '').replace(/\.git$/, '');
    expect(DOCS_BASE).toBe(`${repo}/blob/main/docs/rules/`);
    expect(pkg.homepage.startsWith(repo)).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'docs/rules/draft/placeholder.md'))).toBe(true);
  });
});
