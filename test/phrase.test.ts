/** The phrase language of rule files: stems, alternatives, gaps, negation. */
import { describe, it, expect } from '@jest/globals';
import { compilePhrase, compilePhrases, decodeSlots, encodeSlots, matchPhrase, expandPhrase, PhraseError, usePhraseSnapshot } from '../src/analysis/phrase.js';
import { setVocabularyLimit, tokenize } from '../src/analysis/tokens.js';
import { TextIndex } from '../src/analysis/search.js';
import { buildDocument } from '../src/sections/build.js';
import { parse } from '../src/parse/index.js';
import { isNegated } from '../src/analysis/negation.js';

const m = (p: string, text: string) => compilePhrases(p).some((ph) => matchPhrase(ph, tokenize(text)) !== null);

describe('phrases', () => {
  it('matches by stem and case-insensitively', () => {
    expect(m('legal basis', 'The Legal Basis we rely on')).toBe(true);
    expect(m('lawful (basis|bases)', 'the lawful bases')).toBe(true);
    expect(m('delete your data', 'we deleted your data')).toBe(true);
    expect(m('legal basis', 'legal and basis')).toBe(false);
  });
  it('supports alternatives, optional words, gaps, prefixes and exact words', () => {
    expect(m('(delete|erase) personal? data', 'you can erase data')).toBe(true);
    expect(m('withdraw ... consent', 'withdraw your earlier given consent')).toBe(true);
    expect(m('withdraw ...2 consent', 'withdraw your earlier given consent')).toBe(false);
    expect(m('rectif*', 'rectification')).toBe(true);
    expect(m('=us', 'use')).toBe(false);
    expect(m('(right to be forgotten|erasure)', 'the right to be forgotten')).toBe(true);
    expect(expandPhrase('(sub-processors|processors) list')).toEqual(['sub-processors list', 'processors list']);
  });
  it('rejects phrases the matcher cannot bound', () => {
    expect(() => compilePhrase('a ...13 b')).toThrow(PhraseError);
    expect(() => compilePhrase('x? y?')).toThrow(PhraseError);
  });
  it('detects negation in the clause before a match', () => {
    const t = tokenize('We do not sell your personal information');
    const hit = matchPhrase(compilePhrase('sell ... personal information'), t)!;
    expect(isNegated(t, hit.from, hit.to)).toBe(true);
    const t2 = tokenize('If you do not agree, we sell your personal information');
    const hit2 = matchPhrase(compilePhrase('sell ... personal information'), t2)!;
    expect(isNegated(t2, hit2.from, hit2.to)).toBe(false);
  });
});

describe('phrase syntax errors', () => {
  it('rejects regular-expression brackets instead of silently never matching', () => {
    expect(() => compilePhrase('organi[sz]ation')).toThrow(PhraseError);
  });
});

describe('phrase snapshot', () => {
  it('serves phrases compiled at build time by their source, and compiles any other source', () => {
    const slots = compilePhrase('erase data').slots;
    usePhraseSnapshot({ 'delete data': [encodeSlots(slots)] });
    try {
      // The snapshot is trusted for its sources: here deliberately different from a fresh compile.
      expect(compilePhrases('delete data')).toEqual([{ slots, source: 'delete data', required: slots }]);
      expect(compilePhrases('keep data')).toEqual([{ ...compilePhrase('keep data'), source: 'keep data' }]);
      expect(compilePhrases('constructor')[0].slots).toEqual(compilePhrase('constructor').slots);
      const varied = compilePhrase("=us ...6 (sell*|shar*)? third-party? o'brien");
      expect(decodeSlots(encodeSlots(varied.slots))).toEqual(varied.slots);
    } finally {
      usePhraseSnapshot(undefined);
    }
  });
});

describe('the vocabulary limit', () => {
  it('past it, new words are not kept, yet phrases still find them by stem and by exact word', () => {
    setVocabularyLimit(0);
    try {
      const stemmed = compilePhrases('zyxwvut data');
      const exact = compilePhrases('=qqqplorx');
      const text = 'We keep zyxwvuts data. We keep qqqplorx too. We keep wvutzyx data.';
      const doc = buildDocument('x.md', text, 'markdown', parse(text, 'markdown'));
      const index = new TextIndex(doc.sentences);
      expect(tokenize('wvutzyx')[0].word).toBe(-1);
      expect(index.find(stemmed).map((h) => h.sentence.text)).toEqual(['We keep zyxwvuts data.']);
      expect(index.find(exact).map((h) => h.sentence.text)).toEqual(['We keep qqqplorx too.']);
    } finally {
      setVocabularyLimit(500_000);
    }
  });
});
