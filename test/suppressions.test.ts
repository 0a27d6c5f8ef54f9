/** Bulk suppressions: accept a legacy policy's findings, fail only on new ones, prune what is gone. */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { cli, FIXTURES, tmpDir } from './helpers.js';
import { applySuppressions, record } from '../src/suppressions/apply.js';
import type { LintResult } from '../src/types.js';

const legacy = fs.readFileSync(path.join(FIXTURES, 'core', 'placeholder.md'), 'utf8');

function project(text = legacy): { dir: string; policy: string; file: string; run: (...args: string[]) => ReturnType<typeof cli> } {
  const dir = tmpDir();
  const policy = path.join(dir, 'PRIVACY.md');
  fs.writeFileSync(policy, text);
  const run = (...args: string[]) => cli([...args, 'PRIVACY.md', '--now', '2026-11-23'], { cwd: dir });
  return { dir, policy, file: path.join(dir, 'policylint-suppressions.json'), run };
}

const ruleIds = (stdout: string) => (JSON.parse(stdout) as LintResult[])[0].messages.map((m) => `${m.ruleId}:${m.line}`);

describe('--suppress-all', () => {
  it('accepts every current finding: the next run passes and still counts them', () => {
    const p = project();
    expect(p.run().code).toBe(1);
    const first = p.run('--suppress-all');
    expect(first.code).toBe(0);
    const data = JSON.parse(fs.readFileSync(p.file, 'utf8'));
    expect(data['PRIVACY.md']['draft/placeholder'].count).toBe(2);
    expect(data['PRIVACY.md']['draft/placeholder'].fingerprints).toHaveLength(2);
    const again = p.run();
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('12 problems accepted in the suppressions file');
    const json = JSON.parse(p.run('-f', 'json').stdout)[0];
    expect([json.errorCount, json.warningCount, json.messages]).toEqual([0, 0, []]);
    expect(json.suppressedMessages[0].suppressions).toEqual([{ kind: 'external', justification: 'policylint-suppressions.json' }]);
    const sarif = JSON.parse(p.run('-f', 'sarif').stdout);
    expect(sarif.runs[0].results.every((r: { suppressions: Array<{ kind: string }> }) => r.suppressions[0].kind === 'external')).toBe(true);
  });

  it('survives lines moving, and reports only a finding that is new', () => {
    const p = project();
    p.run('--suppress-all');
    fs.writeFileSync(p.policy, legacy.replace('# Privacy Policy\n', '# Privacy Policy\n\nA new introduction.\n\n'));
    expect(p.run().code).toBe(0);
    // Missing disclosures point at the title: a new title is no new finding.
    fs.writeFileSync(p.policy, legacy.replace('# Privacy Policy\n', '# Our Privacy Notice\n\nA new introduction.\n\n'));
    expect([p.run().code, p.run().stderr]).toEqual([0, '']);
    fs.appendFileSync(p.policy, '\n## Contact\n\nCall [PHONE NUMBER] with questions.\n');
    const r = p.run('-f', 'json');
    expect(r.code).toBe(1);
    expect(ruleIds(r.stdout)).toEqual(['draft/placeholder:14']);
  });
});

describe('stale suppressions', () => {
  it('fail the run with one line until pruned, unless passed', () => {
    const p = project();
    p.run('--suppress-all');
    fs.writeFileSync(p.policy, legacy.replace('Last updated: [DATE]', 'Last updated: March 3, 2026'));
    const r = p.run();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: 2 suppressions no longer occur (PRIVACY.md: common/last-updated, draft/placeholder); remove them with --prune-suppressions\n');
    expect(p.run('--pass-on-unpruned-suppressions').code).toBe(0);
    expect(p.run('--prune-suppressions').code).toBe(0);
    expect(JSON.parse(fs.readFileSync(p.file, 'utf8'))['PRIVACY.md']['draft/placeholder'].count).toBe(1);
    expect([p.run().code, p.run().stderr]).toEqual([0, '']);
  });

  it('--suppress-all again starts the file afresh: what was fixed leaves it', () => {
    const p = project();
    p.run('--suppress-all');
    fs.writeFileSync(p.policy, legacy.replace('Last updated: [DATE]', 'Last updated: March 3, 2026'));
    expect(p.run('--suppress-all').code).toBe(0);
    expect(JSON.parse(fs.readFileSync(p.file, 'utf8'))['PRIVACY.md']['common/last-updated']).toBeUndefined();
    expect([p.run().code, p.run().stderr]).toEqual([0, '']);
  });
});

describe('--suppress-rule and the file', () => {
  it('accepts one rule only; an unknown rule or a broken file is one line and exit 2', () => {
    const p = project();
    expect(p.run('--suppress-rule', 'draft/placeholder').code).toBe(1);
    const left = ruleIds(p.run('-f', 'json').stdout);
    expect(left.length).toBeGreaterThan(0);
    expect(left.some((id) => id.startsWith('draft/placeholder'))).toBe(false);
    const bad = p.run('--suppress-rule', 'draft/no-such-rule');
    expect([bad.code, bad.stderr]).toEqual([2, 'policylint: unknown rule "draft/no-such-rule" in --suppress-rule; see policylint rules\n']);
    fs.writeFileSync(p.file, '{"PRIVACY.md": {"draft/placeholder": {"count": "many"}}}');
    const broken = p.run();
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^policylint: the suppressions file .*policylint-suppressions\.json is malformed: "PRIVACY\.md" → "draft\/placeholder" needs a whole "count"; regenerate it with --suppress-all\n$/);
  });

  it('--suppressions-location puts the file elsewhere; keys stay relative to it', () => {
    const p = project();
    expect(p.run('--suppress-all', '--suppressions-location', 'lint/accepted.json').code).toBe(0);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(p.dir, 'lint/accepted.json'), 'utf8')))).toEqual(['../PRIVACY.md']);
    expect(fs.existsSync(p.file)).toBe(false);
    expect(p.run('--suppressions-location', 'lint/accepted.json').code).toBe(0);
    expect(p.run().code).toBe(1);
  });
});

describe('matching', () => {
  const result = (messages: LintResult['messages'], source = 'Intro.\n'): LintResult => ({ filePath: '/p/PRIVACY.md', jurisdictions: [], messages, errorCount: messages.length, warningCount: 0, fatalErrorCount: 0, coverage: [], source });
  // As the engine reports a missing disclosure: at the title, spanning its line.
  const missing = (message: string) => ({ ruleId: 'common/retention', severity: 2 as const, message, line: 1, column: 1, endLine: 1, endColumn: 7 });

  it('a reworded missing-disclosure finding keeps its place; a count without fingerprints works as in ESLint', () => {
    const data = record({}, [result([missing('The policy does not say how long data is kept.')])], '/p');
    const reworded = applySuppressions([result([missing('How long data is kept is not said.')])], data, '/p', 's.json');
    expect([reworded.results[0].messages, reworded.unused]).toEqual([[], []]);
    const counted = { 'PRIVACY.md': { 'common/retention': { count: 1 } } };
    expect(applySuppressions([result([missing('a.'), missing('b.')])], counted, '/p', 's.json').results[0].messages).toHaveLength(2);
    expect(applySuppressions([result([])], counted, '/p', 's.json').unused).toEqual([{ file: 'PRIVACY.md', rule: 'common/retention', count: 1 }]);
  });
});
