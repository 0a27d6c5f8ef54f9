#!/usr/bin/env node
// Prints every accuracy figure in one run (`npm run eval`): the expectations on the seed policies
// and on real repository policies, missing-finding precision and recall and evidence on the
// labelled sets (each fold), and the real-corpus run. The measuring scripts and data sets live in
// the steering repository beside this one (../shared/eval); the real corpus's texts are fetched
// into eval/real-corpus/texts/ (scripts/fetch-corpus.js). What is not there is reported as such.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.POLICYLINT_SHARED ?? '../shared');
const cli = `node ${path.join(root, 'bin/policylint.js')}`;

function lastLine(cmd, args) {
  const p = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = `${p.stdout}${p.stderr}`.trim().split('\n');
  return out[out.length - 1];
}

function python(script, args) {
  const file = path.join(shared, 'eval', script);
  if (!fs.existsSync(file)) return `${script}: not found (${file})`;
  return lastLine('python3', [file, ...args, '--cmd', cli]);
}

console.log('# policylint accuracy\n');
console.log('## Expectations');
for (const file of ['corpus/seeds/expected.json', 'eval/repo-dev/expected.json']) {
  console.log(`- ${file}: ${python('expect.py', ['--expected', path.join(shared, file)])}`);
}
for (const set of ['gdpr-dev', 'ccpa-dev']) {
  console.log(`\n## ${set}`);
  for (const fold of ['1/2', '2/2']) {
    console.log(`- fold ${fold}, missing findings: ${python('score.py', ['--dataset', path.join(shared, 'eval', set), '--fold', fold])}`);
    console.log(`- fold ${fold}, evidence: ${python('score_evidence.py', ['--dataset', path.join(shared, 'eval', set), '--fold', fold])}`);
  }
}

console.log('\n## Real corpus (eval/real-corpus)');
const texts = path.join(root, 'eval/real-corpus/texts');
const files = fs.existsSync(texts) ? fs.readdirSync(texts).map((f) => path.join(texts, f)) : [];
if (files.length === 0) {
  console.log('- texts not present: run `node scripts/fetch-corpus.js`');
} else {
  const p = spawnSync(process.execPath, [path.join(root, 'bin/policylint.js'), '--format', 'json', '--no-config-lookup', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const results = JSON.parse(p.stdout);
  const counts = {};
  for (const r of results) for (const m of r.messages) if (m.ruleId) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const kinds = {};
  for (const r of results) kinds[r.applicability.kind.kind] = (kinds[r.applicability.kind.kind] ?? 0) + 1;
  console.log(`- ${results.length} policies, ${total} findings (${(total / results.length).toFixed(1)} a policy); kinds: ${JSON.stringify(kinds)}`);
  // Reviewers' verdicts (../shared/eval/judge-findings.md), one JSON line each, in a git-ignored folder.
  const dir = path.join(root, 'eval/real-corpus/judgments');
  const verdicts = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)))
    : [];
  // A verdict on a finding this build no longer reports says nothing about this build: left out and
  // counted. Tuning on the judged sample removes its wrong findings first, so judge a fresh sample after.
  const reported = new Set(results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}\t${m.ruleId}\t${m.line}`)));
  const current = verdicts.filter((v) => reported.has(`${v.file}\t${v.ruleId}\t${v.line}`));
  if (verdicts.length === 0) {
    console.log('- no judgments in eval/real-corpus/judgments/');
  } else {
    if (current.length < verdicts.length) console.log(`- ${verdicts.length - current.length} of ${verdicts.length} judged findings are no longer reported (left out)`);
    // Each rule's sample shares, weighted by the rule's count in the whole run (the brief's method).
    const byRule = {};
    for (const v of current) (byRule[v.ruleId] ??= []).push(v.verdict);
    const share = { right: 0, wrong: 0, debatable: 0 };
    let weight = 0;
    for (const [rule, list] of Object.entries(byRule)) {
      const w = counts[rule] ?? 0;
      for (const k of Object.keys(share)) share[k] += (w * list.filter((x) => x === k).length) / list.length;
      weight += w;
    }
    const pct = (x) => (weight ? x / weight : 0).toFixed(2);
    console.log(`- ${current.length} findings judged; weighted by rule: right ${pct(share.right)}, wrong ${pct(share.wrong)}, debatable ${pct(share.debatable)}; right / (right + wrong) = ${(share.right / (share.right + share.wrong || 1)).toFixed(2)}`);
  }
}
