#!/usr/bin/env node
// Generates docs/rules/<pack>/<rule>.md and docs/rules/README.md from the rule files, so the docs
// every diagnostic links to cannot drift from what the rule does. `--check` fails when they are stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from './import-source.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs/rules');
const check = process.argv.includes('--check');

const { ruleDocs } = await importSource(root, 'src/rules/docs.ts');
const docs = ruleDocs();
const pages = new Map([...docs].map(([rel, text]) => [path.join(outDir, ...rel.split('/')), text]));

const stale = [...pages].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text);
const existing = fs.existsSync(outDir) ? fs.readdirSync(outDir, { recursive: true }).map((f) => path.join(outDir, f)).filter((f) => f.endsWith('.md')) : [];
const orphans = existing.filter((f) => !pages.has(f));
if (check) {
  if (stale.length || orphans.length) {
    console.error(`stale rule docs: ${[...stale.map(([f]) => f), ...orphans].map((f) => path.relative(root, f)).join(', ')}; run npm run docs`);
    process.exit(1);
  }
} else {
  for (const [file, text] of stale) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  for (const f of orphans) fs.rmSync(f);
}
