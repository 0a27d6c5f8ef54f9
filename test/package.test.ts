/**
 * The npm package as a user gets it: `npm pack`, installed from the tarball into an empty folder
 * (offline: it has no runtime dependencies), run as `npx policylint`, `npm exec` and imported as
 * `policylint`, with its types checked by tsc.
 */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tmpDir } from './helpers.js';

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
let consumer: string;
let packed: string[];

beforeAll(() => {
  const out = tmpDir();
  const pack = npm(['pack', '--json', '--pack-destination', out], ROOT);
  expect(pack.status).toBe(0);
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info.files.map((f) => f.path);
  consumer = tmpDir();
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  fs.writeFileSync(path.join(consumer, 'PRIVACY.md'), '# Privacy\n\nContact privacy@YOUR_DOMAIN.com.\n');
  const install = npm(['install', '--offline', path.join(out, info.filename)], consumer);
  expect(install.stderr).not.toMatch(/ERR!/);
  expect(install.status).toBe(0);
}, 180_000);

describe('the npm package', () => {
  it('ships the bundles, types, rules, licence and changelog, and no sources or tests', () => {
    for (const f of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'bin/policylint.js', 'dist/cli.cjs', 'dist/api.js', 'dist/api.d.ts', 'dist/types.d.ts', 'rules/common/contact.json']) expect(packed).toContain(f);
    expect(packed.filter((f) => /^(src|test|scripts|fixtures|eval)\//.test(f))).toEqual([]);
  });

  it('runs as npx policylint and npm exec', () => {
    const npx = spawnSync('npx', ['--no-install', 'policylint', '-f', 'json', 'PRIVACY.md'], { cwd: consumer, encoding: 'utf8' });
    expect(npx.status).toBe(1);
    expect(JSON.parse(npx.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('draft/placeholder');
    expect(npm(['exec', '--offline', '--', 'policylint', '--version'], consumer).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('imports as policylint: lint, lintText, resolveConfig and format, typed', () => {
    // The same program in TypeScript (type-checked against the shipped .d.ts) and in JavaScript (run).
    const program = (typed: boolean) => {
      const t = (annotation: string) => (typed ? annotation : '');
      return [
        `import { lint, lintText, resolveConfig, format, FORMAT_NAMES${t(', type Report')} } from 'policylint';`,
        `const files${t(': Report')} = lint('.', { now: '2026-11-23' });`,
        `const text${t(': Report')} = lintText('# Privacy\\n\\nWe are [Company Name].\\n', { filePath: 'legal/privacy.md', useConfig: false });`,
        "const config = resolveConfig('PRIVACY.md');",
        `const line = (r${t(': Report')}) => r.results.map((x) => \`\${x.filePath.split('/').pop()} \${x.errorCount}\`).join(',');`,
        "console.log(JSON.stringify({ files: line(files), text: text.results[0].messages.filter((m) => m.ruleId === 'draft/placeholder').map((m) => m.line), configFiles: config.configFiles, formats: FORMAT_NAMES, sarif: JSON.parse(format('sarif', files)).version }));",
      ].join('\n');
    };
    fs.writeFileSync(path.join(consumer, 'use.ts'), program(true));
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', path.join(ROOT, 'node_modules/@types'), 'use.ts'], { cwd: consumer, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    fs.writeFileSync(path.join(consumer, 'use.mjs'), program(false));
    const run = spawnSync(process.execPath, ['use.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ files: 'PRIVACY.md 5', text: [3], configFiles: [], formats: ['stylish', 'json', 'github', 'sarif', 'junit', 'unix', 'compact', 'checkstyle', 'markdown', 'html'], sarif: '2.1.0' });
  });
});
