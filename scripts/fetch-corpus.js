#!/usr/bin/env node
// Fetches the real-corpus texts (eval/real-corpus/manifest.json) at their pinned commits into
// eval/real-corpus/texts/ (git-ignored: the policies belong to their authors). Files already there
// are kept.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'eval/real-corpus');
const { files } = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
fs.mkdirSync(path.join(dir, 'texts'), { recursive: true });
let fetched = 0;
let failed = 0;
for (const f of files) {
  const out = path.join(dir, 'texts', f.file);
  if (fs.existsSync(out)) continue;
  const url = `https://raw.githubusercontent.com/${f.repo}/${f.commit}/${f.path.split('/').map(encodeURIComponent).join('/')}`;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    fs.writeFileSync(out, Buffer.from(await res.arrayBuffer()));
    fetched++;
  } catch (e) {
    failed++;
    console.error(`${f.file}: ${url}: ${e.message}`);
  }
}
console.log(`real corpus: ${files.length} files, ${fetched} fetched, ${failed} failed`);
process.exit(failed ? 1 : 0);
