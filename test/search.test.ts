/**
 * The index's early-stopping searches answer exactly what a full find() answers: checked on
 * generated documents where phrase order and document order disagree, and negations are common.
 */
import { describe, it, expect } from '@jest/globals';
import { TextIndex } from '../src/analysis/search.js';
import { compilePhrases, type Phrase } from '../src/analysis/phrase.js';
import { buildDocument } from '../src/sections/build.js';
import { parse } from '../src/parse/index.js';
import type { Sentence } from '../src/sections/model.js';
import { lintText } from './helpers.js';

// A fixed generator, so a failure reproduces.
function generator(seed: number) {
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor(seed / 65536) % n;
  };
}

// Fragments, some negated, so that phrases match often and a sentence's first match may be negated.
const FRAGMENTS = ['we collect', 'we do not collect', 'sell your data', 'we never sell data', 'not share your data', 'share your data', 'no partners', 'delete records', 'your email', 'rectification', 'partners', 'data', 'records'];
const PHRASES = ['we collect', 'sell ... data', '(share|sell) your data', 'delete records', 'your email', 'rectif*', 'partners', '=data'];

function randomDoc(rand: (n: number) => number) {
  const paragraphs: string[] = [];
  for (let p = 0; p < 6 + rand(10); p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 1 + rand(4); s++) {
      const words = Array.from({ length: 1 + rand(4) }, () => FRAGMENTS[rand(FRAGMENTS.length)]);
      sentences.push(words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
    }
    paragraphs.push(rand(3) === 0 ? `- ${sentences.join(' ')}` : sentences.join(' '));
  }
  const text = paragraphs.join('\n\n') + '\n';
  return buildDocument('x.md', text, 'markdown', parse(text, 'markdown'));
}

function randomPhrases(rand: (n: number) => number): Phrase[] {
  const picked = Array.from({ length: 1 + rand(4) }, () => PHRASES[rand(PHRASES.length)]);
  return [...new Set(picked)].flatMap((p) => compilePhrases(p));
}

describe('early-stopping searches', () => {
  it('firstAffirmed is the first hit of find() that is not negated', () => {
    const rand = generator(7);
    const seen = { none: 0, afterNegated: 0 };
    for (let i = 0; i < 300; i++) {
      const doc = randomDoc(rand);
      const phrases = randomPhrases(rand);
      const accept = rand(2) === 0 ? () => true : (s: Sentence) => s.block.kind !== 'listItem';
      const index = new TextIndex(doc.sentences);
      const expected = index.find(phrases, accept).find((h) => !h.negated);
      const got = index.firstAffirmed(phrases, accept);
      expect(got?.sentence.index).toBe(expected?.sentence.index);
      expect(got?.match).toEqual(expected?.match);
      const hits = index.find(phrases, accept);
      if (!got) seen.none++;
      else if (hits[0].negated) seen.afterNegated++;
    }
    // Both cases that need more than the first hit are met: all hits negated, and an affirmed
    // hit after a negated one.
    expect(seen.none).toBeGreaterThan(5);
    expect(seen.afterNegated).toBeGreaterThan(50);
  });

  it('takeFirst takes every sentence among the document-order first `enough` that a full search takes', () => {
    const rand = generator(11);
    for (let i = 0; i < 300; i++) {
      const doc = randomDoc(rand);
      const phrases = randomPhrases(rand);
      const enough = 1 + rand(3);
      // take() refuses some sentences, as disclosure evidence refuses excluded ones.
      const refuse = (s: Sentence) => s.text.includes('never');
      const index = new TextIndex(doc.sentences);
      const all = index.find(phrases).map((h) => h.sentence).filter((s) => !refuse(s));
      const taken = new Set<number>();
      index.takeFirst(
        phrases,
        enough,
        () => true,
        (id) => taken.has(id),
        (s) => !refuse(s) && taken.add(s.index) !== undefined,
      );
      const first = (ids: number[]) => ids.sort((a, b) => a - b).slice(0, enough);
      expect(first([...taken])).toEqual(first(all.map((s) => s.index)));
      // Fewer than `enough` in all: then every one of them is taken.
      if (all.length < enough) expect(taken.size).toBe(all.length);
    }
  });
});

describe('disclosure evidence after an early stop', () => {
  it("reports the strongest wording first: the first-listed phrase's sentences, in document order", () => {
    // common/contact lists "contact form" before "write to us at", and its e-mail signal after
    // both: the first phrase finds lines 5 to 11, the last one line 3. Evidence is ranked by the
    // rule's order of phrases, then by position: looking may stop once the first phrase has three.
    const text = [
      '# Privacy Policy',
      '',
      'Write to us at the address below.',
      '',
      'Use our contact form for questions.',
      '',
      'The contact form is on every page.',
      '',
      'Our contact form asks for your name.',
      '',
      'A contact form reply takes a day.',
      '',
      'Or e-mail privacy@tidewell.app.',
      '',
    ].join('\n');
    const contact = lintText(text).coverage.find((c) => c.requirement === 'common/contact');
    expect(contact?.status).toBe('present');
    expect(contact?.evidence?.map((e) => e.line)).toEqual([5, 7, 9]);
  });
});

describe('a lead-in that ends in a denial', () => {
  const hits = (text: string, phrase: string) => {
    const d = buildDocument('x.md', text, 'markdown', parse(text, 'markdown'));
    return new TextIndex(d.sentences).find(compilePhrases(phrase)).map((h) => [h.sentence.text.trim(), h.negated]);
  };
  it('denies each item it introduces ("Your data is never:" then "- used for profiling")', () => {
    expect(hits('# P\n\nYour data is **never**:\n\n- sold to anyone\n- used for moderation, profiling, or ranking\n', '=profiling')).toEqual([['used for moderation, profiling, or ranking', true]]);
    expect(hits('# P\n\nYour data is used for:\n\n- scoreboards\n- moderation, profiling, or ranking\n', '=profiling')).toEqual([['moderation, profiling, or ranking', false]]);
  });

  it('"including but not limited to" and "without limitation" deny nothing', () => {
    expect(hits('# P\n\nThis data may include, but is not limited to:\n\n- device and browser characteristics\n', 'browser characteristics')).toEqual([['device and browser characteristics', false]]);
    expect(hits('# P\n\nWe collect data, including without limitation your browser characteristics.\n', 'browser characteristics')).toEqual([['We collect data, including without limitation your browser characteristics.', false]]);
    expect(hits('# P\n\nWe do not collect your browser characteristics.\n', 'browser characteristics')).toEqual([['We do not collect your browser characteristics.', true]]);
  });
});
