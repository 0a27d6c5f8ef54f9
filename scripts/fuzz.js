#!/usr/bin/env node
// npm run fuzz [-- --runs 10000 --seed N]: bundles the harness (test/fuzz/run.ts, which lints in
// this process through the library) with esbuild, then runs it. See test/fuzz/run.ts.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules, so the bundle resolves the project's packages and finds its rules/ folder.
const dir = fs.mkdtempSync(path.join(root, 'node_modules', '.policylint-fuzz-'));
const out = path.join(dir, 'run.mjs');
try {
  await build({
    entryPoints: [path.join(root, 'test/fuzz/run.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
    // Packages stay packages (some load files next to themselves), resolved from the project.
    packages: 'external',
  });
  const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  process.exitCode = r.status ?? 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
