/** Built-in rule files the build validated are not validated again, unless their bytes changed. */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Registry, RuleError } from '../src/rules/registry.js';
import { useRuleSnapshot, validatedAtBuild } from '../src/rules/snapshot.js';
import { checksum } from '../src/checksum.js';
import { FIXTURES } from './helpers.js';

let root: string;
let ruleFile: string;
// Valid but for one property the schema does not allow: only validation can tell.
const rule = (extra: string) =>
  JSON.stringify(
    {
      id: 'snap/dpo',
      kind: 'forbidden-pattern',
      title: 'No "forever"',
      description: 'House style: the policy never says data is kept forever.',
      citation: 'House rule 9',
      severity: 'warn',
      message: 'The policy says "{match}".',
      patterns: [{ regex: 'forever', literals: ['forever'] }],
      [extra]: true,
    },
    null,
    2,
  );

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-snapshot-'));
  fs.mkdirSync(path.join(root, 'snap'));
  fs.writeFileSync(path.join(root, 'snap', 'pack.json'), JSON.stringify({ name: 'snap', title: 'Snapshot test pack', enabled: 'explicit' }));
  ruleFile = path.join(root, 'snap', 'dpo.json');
  fs.writeFileSync(ruleFile, rule('unknownProperty'));
});
afterEach(() => useRuleSnapshot(undefined));

const trust = (files: string[]) =>
  useRuleSnapshot({ phrases: {}, validated: Object.fromEntries(files.map((f) => [path.relative(root, f).split(path.sep).join('/'), checksum(fs.readFileSync(f, 'utf8'))])) }, root);

describe('the rule snapshot', () => {
  it('without it, every file is validated', () => {
    expect(() => new Registry([root]).rules('snap')).toThrow(/dpo\.json: invalid rule.*unknownProperty/);
  });

  it('a file whose exact text the build validated is taken as valid', () => {
    trust([path.join(root, 'snap', 'pack.json'), ruleFile]);
    expect(new Registry([root]).rules('snap').map((r) => r.file.id)).toEqual(['snap/dpo']);
  });

  it('a file changed since the build is validated again', () => {
    trust([path.join(root, 'snap', 'pack.json'), ruleFile]);
    fs.writeFileSync(ruleFile, rule('anotherProperty'));
    expect(() => new Registry([root]).rules('snap')).toThrow(RuleError);
    expect(() => new Registry([root]).rules('snap')).toThrow(/anotherProperty/);
  });

  it('trusts nothing outside the folder it was built for', () => {
    trust([ruleFile]);
    expect(validatedAtBuild(ruleFile, fs.readFileSync(ruleFile, 'utf8'))).toBe(true);
    const outside = path.join(FIXTURES, 'packs', 'house', 'house', 'dpo.json');
    expect(validatedAtBuild(outside, fs.readFileSync(outside, 'utf8'))).toBe(false);
    expect(validatedAtBuild(path.join(root, '..', 'snap', 'dpo.json'), fs.readFileSync(ruleFile, 'utf8'))).toBe(false);
  });
});
