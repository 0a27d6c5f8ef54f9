/**
 * Built-in patterns run on V8 after translation from RE2 syntax; user packs run on RE2. These tests
 * hold the translation to RE2's meaning and the V8 path to linear time.
 */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { compilePattern, compileRe2, compileV8, translateRe2, type TextPattern } from '../src/rules/regex.js';
import { exampleText } from '../src/rules/types.js';
import { Registry } from '../src/rules/registry.js';
import { FIXTURES, ROOT } from './helpers.js';

function all(p: TextPattern, text: string): string[] {
  const out: string[] = [];
  for (let from = 0, m = p.exec(text, 0); m && from <= text.length; m = from <= text.length ? p.exec(text, from) : null) {
    out.push(`${m[0]}-${m[1]}:${m[2]}`);
    from = m[1] > m[0] ? m[1] : m[0] + 1;
  }
  return out;
}

describe('translateRe2', () => {
  it.each([
    ['a.b', true, 'a[^\\n]b'],
    ['\\s+x', true, '[\\t\\n\\f\\r ]+x'],
    ['[\\s,]', true, '[\\t\\n\\f\\r ,]'],
    ['\\x{a0}', true, '\\u00a0'],
    ['(?P<year>\\d{4})', true, '(?<year>\\d{4})'],
    ['\\Ahi\\z', true, '^hi$'],
    ['ab', false, '[aA][bB]'],
    ['[a-c_]', false, '[a-cA-C_]'],
    ['[^x]', false, '[^xX]'],
  ])('%s (case-sensitive %s) → %s', (source, cs, expected) => {
    expect(translateRe2(source, cs)).toBe(expected);
  });

  it.each([['\\pL'], ['\\p{Lu}'], ['(?i)x'], ['[[:alpha:]]'], ['[]a]'], ['\\Qa.b\\E'], ['[\\S]'], ['[\\b]'], ['a😀']])('leaves %s to RE2', (source) => {
    expect(translateRe2(source, true)).toBeNull();
  });

  it('gives up on a case-blind class range it cannot spell out', () => {
    expect(translateRe2('[à-ÿ]', false)).toBeNull();
    expect(translateRe2('[\\x41-Z]', false)).toBeNull();
  });
});

describe('the V8 path', () => {
  it('runs only patterns the linear-time engine can take over', () => {
    expect(compileV8('(a+)+$')).not.toBeNull();
    // A large counted repeat is beyond that engine: such a pattern stays on RE2.
    expect(compileV8('[^%\\n]{0,80}%')).toBeNull();
    expect(compilePattern('[^%\\n]{0,80}%', true, true).engine).toBe('re2');
    expect(compilePattern('\\bTODO\\b', false, true).engine).toBe('v8');
    expect(compilePattern('\\bTODO\\b', false, false).engine).toBe('re2');
  });

  it('does not hang on a pattern that backtracks catastrophically', () => {
    // Plain V8 needs about 2^40 steps here; the fallback engine finishes at once. A hang fails the suite.
    const p = compilePattern('(a+)+$', true, true);
    expect(p.engine).toBe('v8');
    expect(p.exec(`${'a'.repeat(40)}!`, 0)).toBeNull();
    const blind = compilePattern('(?:x+y*)+z', false, true);
    expect(blind.engine).toBe('v8');
    expect(blind.exec(`${'xXy'.repeat(20)}!`, 0)).toBeNull();
  });

  it('finds what RE2 finds for every built-in pattern, on every fixture and rule example', () => {
    const registry = new Registry();
    const texts: string[] = [];
    for (const dir of ['fixtures/core', 'fixtures/gdpr', 'fixtures/us']) {
      for (const f of fs.readdirSync(dir)) {
        if (f !== 'binary.md') texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
      }
    }
    const rules = registry.allRules();
    for (const r of rules) texts.push(...[...(r.file.examples?.compliant ?? []), ...(r.file.examples?.noncompliant ?? [])].map(exampleText));
    // Case variants and Unicode spaces, where the two engines could part ways.
    const extra = texts.slice(-200).flatMap((t) => [t.toUpperCase(), t.toLowerCase(), t.replace(/ /g, '\u00a0'), t.replace(/ /g, '\r')]);
    const corpus = [...texts, ...extra];
    const differ: string[] = [];
    let onV8 = 0;
    for (const r of rules) {
      for (const p of r.patterns) {
        const cs = p.spec.caseSensitive ?? false;
        const fast = compilePattern(p.spec.regex, cs, true);
        if (fast.engine !== 'v8') continue;
        onV8++;
        const slow = compileRe2(p.spec.regex, cs);
        for (const t of corpus) {
          if (all(fast, t).join('|') !== all(slow, t).join('|')) differ.push(`${r.file.id}: ${p.spec.regex} on ${JSON.stringify(t.slice(0, 60))}`);
        }
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(onV8).toBeGreaterThan(30);
  });

  it('a pattern run over the whole document does not open with a repeated class', () => {
    // "[\\w.+-]+@…" tried at every position of a 1.6 MB file backtracked past V8's limit, which
    // re-ran it on the experimental engine: 600 MB more resident memory. Opening with the literal
    // part (or one character of the class) keeps each try short.
    const facts = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules', 'facts.json'), 'utf8')).facts as Array<{ sourcePattern?: string }>;
    const rules = new Registry().allRules().flatMap((r) => (r.file.patterns ?? []).map((p) => p.skipIfDocument));
    const whole = [...facts.map((f) => f.sourcePattern), ...rules].filter((x): x is string => typeof x === 'string');
    expect(whole.length).toBeGreaterThan(2);
    expect(whole.filter((x) => /^(?:\[(?:\\.|[^\]])*\]|\\[wWdDsS]|\.)[+*]/.test(x))).toEqual([]);
  });

  it('runs a user pack on RE2', () => {
    const registry = new Registry([path.join(FIXTURES, 'packs', 'house')]);
    const rules = registry.rules('house');
    const engines = rules.flatMap((r) => r.patterns.map((p) => p.re.engine));
    expect(engines.length).toBeGreaterThan(0);
    expect(new Set(engines)).toEqual(new Set(['re2']));
  });
});
