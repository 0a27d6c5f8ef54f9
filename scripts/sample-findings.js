#!/usr/bin/env node
// Draws a stratified sample of findings from a JSON report for reviewers (../shared/eval/
// judge-findings.md): at most --per findings of each rule, chosen with a seeded generator, each
// with the lines around it. Usage: node scripts/sample-findings.js REPORT.json [--per 8] [--seed 1]
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const per = Number(opt('per', 8));
let seed = Number(opt('seed', 1)) >>> 0;
// A small LCG, high bits only (the low bits of an LCG repeat with a short period).
const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 8) / (1 << 24);
const report = JSON.parse(fs.readFileSync(args[0], 'utf8'));
const byRule = new Map();
for (const r of report) {
  for (const m of r.messages) {
    if (!m.ruleId) continue;
    if (!byRule.has(m.ruleId)) byRule.set(m.ruleId, []);
    byRule.get(m.ruleId).push({ file: path.basename(r.filePath), filePath: r.filePath, ...m });
  }
}
const sample = [];
const counts = {};
for (const [rule, list] of [...byRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
  counts[rule] = list.length;
  const pool = [...list];
  for (let i = 0; i < Math.min(per, list.length); i++) sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
}
for (const s of sample) {
  const lines = fs.readFileSync(s.filePath, 'utf8').split(/\r?\n/);
  s.context = lines.slice(Math.max(0, s.line - 3), s.line + 3).join('\n');
  delete s.filePath;
  delete s.url;
}
console.log(JSON.stringify({ counts, sample }, null, 1));
