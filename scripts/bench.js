#!/usr/bin/env node
// Prints speed figures (no pass/fail): lint throughput over a generated corpus against a bare remark
// parse of the same files and against markdownlint-cli2 (default rules) side by side, where the time
// goes by stage (TIMING=1), what each law pack adds, single-file CLI wall time, 1,000 policies and a
// 20 MB policy. Usage: npm run bench [-- --files 200 --no-large --no-thousand]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--files') + 1]) || 150;
const large = !args.includes('--no-large');
const thousand = !args.includes('--no-thousand');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-bench-'));

// A deterministic generator: policies of about 20 KB assembled from varied sections.
let seed = 42;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = (a) => a[rand(a.length)];
const NAMES = ['Tidewell', 'Lumenfold', 'Orbitra', 'Quillstone', 'Brightmoor'];
const DATA = ['name', 'e-mail address', 'postal address', 'phone number', 'IP address', 'device identifiers', 'payment details', 'usage data', 'location', 'support messages'];
const PURPOSES = ['to provide the service', 'to process payments', 'to send service e-mails', 'to keep the service secure', 'to improve features', 'to comply with the law'];
function paragraph() {
  const s = [];
  for (let i = 0; i < 4 + rand(4); i++) {
    s.push(pick([
      `We collect your ${pick(DATA)} and ${pick(DATA)} ${pick(PURPOSES)}.`,
      `We keep ${pick(DATA)} for ${1 + rand(36)} months and then delete it.`,
      `We share ${pick(DATA)} with our hosting provider, who processes it on our behalf.`,
      `You can ask us to access, correct or delete your ${pick(DATA)} at any time.`,
      `Our legal basis for processing ${pick(DATA)} is the performance of our contract with you.`,
      `We use cookies to keep you signed in and to measure how the service is used.`,
      `All data is encrypted in transit and at rest, and access is limited to staff who need it.`,
    ]));
  }
  return s.join(' ');
}
function policy(i) {
  const name = pick(NAMES);
  const out = [`# ${name} Privacy Policy`, '', `Last updated: March ${1 + (i % 28)}, 2026`, '', `${name} Ltd ("we", "us") operates the ${name} app.`, ''];
  const heads = ['What we collect', 'How we use your data', 'Who we share it with', 'How long we keep it', 'Security', 'Cookies', 'Your rights', 'Children', 'International transfers', 'Changes', 'Contact'];
  while (out.join('\n').length < 20000) {
    out.push(`## ${pick(heads)}`, '');
    for (let p = 0; p < 2 + rand(3); p++) out.push(paragraph(), '');
    if (rand(3) === 0) out.push('We collect:', '', ...DATA.slice(0, 3 + rand(5)).map((d) => `- ${d}`), '');
  }
  out.push('## Contact', '', `Write to privacy@${name.toLowerCase()}.example.org.`, '');
  return out.join('\n').replace('example.org', 'app');
}

const files = [];
for (let i = 0; i < count; i++) {
  const f = path.join(dir, `privacy-policy-${String(i).padStart(4, '0')}.md`);
  fs.writeFileSync(f, policy(i));
  files.push(f);
}
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const mb = bytes / 1048576;

function timeParse(list) {
  const p = unified().use(remarkParse);
  for (const f of list.slice(0, 5)) p.parse(fs.readFileSync(f, 'utf8'));
  const t = performance.now();
  for (const f of list) p.parse(fs.readFileSync(f, 'utf8'));
  return (performance.now() - t) / 1000;
}

// The same parse as a command: a fresh Node process that reads and parses each file (a list, or
// one file) once, bundled with esbuild like the CLI, so that neither pays for resolving modules.
// Like a lint run, it pays for start-up and a cold JIT.
const parseBundle = path.join(dir, 'bare-parse.mjs');
await build({
  stdin: {
    contents: `
import fs from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
const p = unified().use(remarkParse);
const arg = process.argv[2];
for (const f of arg.endsWith('.json') ? JSON.parse(fs.readFileSync(arg, 'utf8')) : [arg]) p.parse(fs.readFileSync(f, 'utf8'));
`,
    resolveDir: root,
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: parseBundle,
  logLevel: 'warning',
});
function timeParseProcess(arg) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [parseBundle, arg], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bare parse process failed: ${r.stderr.slice(0, 300)}`);
  return (performance.now() - t) / 1000;
}

// markdownlint-cli2 with its default rules, run as its users run it: a glob from the folder.
const markdownlint = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
function timeMarkdownlint(cwd, glob) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [markdownlint, glob], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const secs = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`markdownlint-cli2 exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return secs;
}

function timeNode() {
  const t = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return (performance.now() - t) / 1000;
}

function timeCli(argv) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bin/policylint.js'), ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const secs = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`policylint exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return secs;
}

const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const fmt = (x, d = 3) => x.toFixed(d);

console.log(`corpus: ${count} generated Markdown policies, ${fmt(mb, 2)} MB, in ${dir}; ${os.availableParallelism()} CPUs`);
const listFile = path.join(dir, 'files.json');
fs.writeFileSync(listFile, JSON.stringify(files));
// The machine's speed drifts (a shared host): each round takes the parse process and every lint
// variant in turn, so a slow spell weighs on all of them alike; the figures are medians of 3 rounds.
// The default run is one thread; the worker-thread line is the same work with --concurrency 2.
const runs = [['packs detected', []], ['packs detected, 2 threads', ['--concurrency', '2']], ['-j gdpr', ['-j', 'gdpr']], ['-j ccpa', ['-j', 'ccpa']]];
const parseTimes = [];
const parseProcessTimes = [];
const markdownlintTimes = [];
const lintTimes = runs.map(() => []);
for (let round = 0; round < 3; round++) {
  parseTimes.push(timeParse(files));
  parseProcessTimes.push(timeParseProcess(listFile));
  markdownlintTimes.push(timeMarkdownlint(dir, '*.md'));
  runs.forEach(([, extraArgs], i) => lintTimes[i].push(timeCli(['-f', 'json', '--no-config-lookup', dir, ...extraArgs])));
}
const parse = median(parseTimes);
console.log(`bare remark parse:        ${fmt(parse)} s  (${fmt(mb / parse, 2)} MB/s; in this process, warmed up: the strict baseline)`);
const parseProcess = median(parseProcessTimes);
console.log(`bare parse as a process:  ${fmt(parseProcess)} s  (${fmt(mb / parseProcess, 2)} MB/s; bundled; node start-up and a cold JIT, like a lint run)`);
const mdl = median(markdownlintTimes);
console.log(`markdownlint-cli2:        ${fmt(mdl)} s  (${fmt(mb / mdl, 2)} MB/s; default rules, the same files)`);
let base = 0;
runs.forEach(([label], i) => {
  const secs = median(lintTimes[i]);
  if (!base) base = secs;
  const change = ((secs - base) / base) * 100;
  const extra = label.startsWith('-j') ? `  (${change >= 0 ? '+' : ''}${fmt(change, 1)}% against detected packs)` : '';
  console.log(`lint ${label.padEnd(26)} ${fmt(secs)} s  (${fmt(mb / secs, 2)} MB/s, ${fmt(secs / parse, 2)}x the bare parse, ${fmt(secs / parseProcess, 2)}x the parse process, ${fmt(secs / mdl, 2)}x markdownlint-cli2)${extra}`);
});
// --cache: a first run fills it, a second over the same unchanged files reuses every result.
{
  const cacheFile = path.join(os.tmpdir(), `policylint-bench-cache-${process.pid}`);
  const args = ['-f', 'json', '--no-config-lookup', '--cache', '--cache-location', cacheFile, dir];
  const filling = timeCli(args);
  const reuse = median([0, 1, 2].map(() => timeCli(args)));
  fs.rmSync(cacheFile, { force: true });
  console.log(`--cache, ${count} unchanged files: first run ${fmt(filling)} s, second ${fmt(reuse)} s (${fmt(reuse / mdl, 2)}x markdownlint-cli2)`);
}
// Where the time goes: one more run with TIMING=1, which prints each stage's share on stderr.
const timing = spawnSync(process.execPath, [path.join(root, 'bin/policylint.js'), '-f', 'json', '--no-config-lookup', dir], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, TIMING: '1' } });
console.log(`where the time goes (TIMING=1, packs detected):\n${timing.stderr.trimEnd().replace(/^/gm, '  ')}`);
const one = files.find((f) => fs.statSync(f).size >= 20000) ?? files[0];
// Taken in turn with what no lint can beat on this machine at this moment: Node starting and
// exiting, and the bundled bare parse of the same file.
const walls = [];
const nodes = [];
const parses = [];
const mdls = [];
for (let i = 0; i < 11; i++) {
  walls.push(timeCli(['--no-config-lookup', one]));
  nodes.push(timeNode());
  parses.push(timeParseProcess(one));
  mdls.push(timeMarkdownlint(dir, path.basename(one)));
}
const wall = median([...walls]);
console.log(`single-file CLI wall time: ${fmt(wall)} s median of 11, ${fmt(Math.min(...walls))} s fastest (${(fs.statSync(one).size / 1024).toFixed(0)} KB policy); in turn with it, node -e 0: ${fmt(median(nodes))} s, bare parse as a process: ${fmt(median(parses))} s, markdownlint-cli2: ${fmt(median(mdls))} s (${fmt(wall / median(mdls), 2)}x)`);
const empty = Array.from({ length: 5 }, () => timeCli(['--version']));
console.log(`CLI start-up (--version):  ${fmt(median(empty))} s`);
if (thousand) {
  // 1,000 policies: the corpus above and more of the same generator, in a folder of their own.
  const many = path.join(dir, 'thousand');
  fs.mkdirSync(many);
  for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(many, `privacy-policy-${String(i).padStart(4, '0')}.md`), policy(i));
  const manyMb = fs.readdirSync(many).reduce((n, f) => n + fs.statSync(path.join(many, f)).size, 0) / 1048576;
  const lintSecs = timeCli(['-f', 'json', '--no-config-lookup', many]);
  const mdlSecs = timeMarkdownlint(many, '*.md');
  console.log(`1,000 policies (${fmt(manyMb, 1)} MB): lint ${fmt(lintSecs, 1)} s, markdownlint-cli2 ${fmt(mdlSecs, 1)} s (${fmt(lintSecs / mdlSecs, 2)}x)`);
}
if (large) {
  const big = path.join(dir, 'large.md');
  const fd = fs.openSync(big, 'w');
  let size = 0;
  for (let i = 0; size < 20 * 1048576; i++) {
    const text = policy(i) + '\n';
    fs.writeSync(fd, text);
    size += Buffer.byteLength(text);
  }
  fs.closeSync(fd);
  const p = timeParse([big]);
  const secs = timeCli(['--no-config-lookup', '--max-file-size', '32MB', '-f', 'json', big]);
  console.log(`20 MB policy: lint ${fmt(secs, 1)} s, bare parse ${fmt(p, 1)} s (${fmt(secs / p, 2)}x)`);
}
fs.rmSync(dir, { recursive: true, force: true });
