/**
 * Every rule file's examples are tests (as remark-lint does): compliant wording passes the rule,
 * non-compliant wording triggers it. Docs and behaviour cannot drift apart.
 */
import { describe, it, expect } from '@jest/globals';
import { Registry } from '../src/rules/registry.js';
import { compileRegex } from '../src/rules/compile.js';
import { lintText } from './helpers.js';

const registry = new Registry();
const rules = registry.allRules();

describe('rule examples', () => {
  it('every rule has at least one compliant and one non-compliant example', () => {
    const without = rules.filter((r) => !r.file.examples?.compliant?.length || !r.file.examples?.noncompliant?.length).map((r) => r.file.id);
    expect(without).toEqual([]);
  });

  for (const rule of rules) {
    const id = rule.file.id;
    const pack = rule.pack;
    const meta = registry.packs.get(pack)!.meta;
    // A rule tied to laws (rule.jurisdictions) runs with its own pack and those laws' packs.
    const jurisdictions = meta.enabled === 'always' ? undefined : [pack, ...(rule.file.jurisdictions ?? [])];
    const hits = (text: string) => lintText(text, { jurisdictions }).messages.filter((m) => m.ruleId === id);
    for (const text of rule.file.examples?.compliant ?? []) {
      it(`${id} passes: ${JSON.stringify(text).slice(0, 70)}`, () => {
        expect(hits(text).map((m) => m.message)).toEqual([]);
      });
    }
    for (const text of rule.file.examples?.noncompliant ?? []) {
      it(`${id} fires: ${JSON.stringify(text).slice(0, 70)}`, () => {
        expect(hits(text).length).toBeGreaterThan(0);
      });
    }
  }
});

describe('built-in patterns', () => {
  it('every regular expression of the built-in packs compiles as RE2', () => {
    // Built-in patterns are compiled lazily at run time; this is where a broken one is caught.
    const broken: string[] = [];
    for (const rule of rules) {
      for (const p of rule.patterns) {
        try {
          compileRegex(p.spec.regex, p.spec.caseSensitive ?? false, 'regex', rule.source);
        } catch (e) {
          broken.push((e as Error).message);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
