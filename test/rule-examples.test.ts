/**
 * Every rule file's examples are tests (as remark-lint does): compliant wording passes the rule,
 * non-compliant wording triggers it. Docs and behaviour cannot drift apart.
 */
import { describe, it, expect } from '@jest/globals';
import { Registry } from '../src/rules/registry.js';
import { compileRegex } from '../src/rules/compile.js';
import { lintText } from './helpers.js';
import { exampleText, type Example } from '../src/rules/types.js';
import { MESSAGE_MAX, QUOTE_MAX, fillMessage, extend, quoted, type Placeholder } from '../src/rules/message.js';

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
    // A rule tied to laws (rule.jurisdictions) runs with its own pack and those laws' packs; an
    // applicability note is about detection, so it runs with packs detected from the text.
    const own = meta.enabled === 'always' || rule.file.kind === 'applicability' ? undefined : [pack, ...(rule.file.jurisdictions ?? [])];
    const lint = (e: Example) => {
      const selected = typeof e === 'object' && e.jurisdictions ? (e.jurisdictions.length ? e.jurisdictions : undefined) : own;
      return lintText(exampleText(e), { jurisdictions: selected });
    };
    for (const e of rule.file.examples?.compliant ?? []) {
      it(`${id} passes: ${JSON.stringify(exampleText(e)).slice(0, 70)}`, () => {
        const r = lint(e);
        expect(r.messages.filter((m) => m.ruleId === id).map((m) => m.message)).toEqual([]);
        // A disclosure's compliant wording must be found, not pass because the rule did not apply.
        if (rule.file.kind === 'disclosure') expect(r.coverage.find((c) => c.requirement === id)?.status).toBe((typeof e === 'object' && e.status) || 'present');
      });
    }
    for (const e of rule.file.examples?.noncompliant ?? []) {
      const text = exampleText(e);
      it(`${id} fires: ${JSON.stringify(text).slice(0, 70)}`, () => {
        const line = typeof e === 'object' && e.line !== undefined ? e.line : text.includes('\n') ? undefined : 1;
        expect({ line }).not.toEqual({ line: undefined }); // a multi-line example pins its line
        const mine = lint(e).messages.filter((m) => m.ruleId === id);
        expect(mine.map((m) => m.line)).toContain(line);
        expect(mine.filter((m) => m.message.length > MESSAGE_MAX).map((m) => m.message)).toEqual([]);
      });
    }
  }
});

describe('messages', () => {
  it('every message template fits in one short sentence, whatever it quotes', () => {
    // Each placeholder at the longest quote it can get: the message still fits.
    const longest = (t: string) => t.replace(/\{(match|value|limit|evidence)\}/g, (_, k: Placeholder) => 'x'.repeat(QUOTE_MAX[k]));
    const long = rules
      .flatMap((r) => [r.file.message, ...r.patterns.map((p) => p.spec.message ?? '')].map((t) => ({ id: r.file.id, t })))
      .filter(({ t }) => longest(t).length > MESSAGE_MAX);
    expect(long).toEqual([]);
  });

  it('clips a long quote at a word and leaves a placeholder with no value', () => {
    const filled = fillMessage('"{match}": not allowed.', { match: quoted('match', 'by using this site you consent to the collection of all personal data we can find') });
    expect(filled).toBe('"by using this site you consent to the collection…": not allowed.');
    expect(fillMessage('{value} and {limit}', { value: '30 days' })).toBe('30 days and {limit}');
  });

  it('adds a clause only when the message still fits', () => {
    expect(extend('Short message.', '; CalOPPA asks for it too')).toBe('Short message; CalOPPA asks for it too.');
    const full = `${'x'.repeat(150)}.`;
    expect(extend(full, '; CalOPPA asks for it too')).toBe(full);
  });
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
