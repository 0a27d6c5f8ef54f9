/**
 * Cheap tests that skip costly scans must never change an answer: the one-pass literal scanner
 * against a substring search per literal, and the guarded signal and date patterns on the texts
 * each form of them matches.
 */
import { describe, it, expect } from '@jest/globals';
import { LiteralScanner } from '../src/analysis/literals.js';
import { hasSignal, organisationName } from '../src/analysis/signals.js';
import { findDates } from '../src/analysis/dates.js';

function naive(literals: string[], text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const l of literals) {
    const at: number[] = [];
    for (let p = text.indexOf(l); p >= 0; p = text.indexOf(l, p + 1)) at.push(p);
    if (at.length) out.set(l, at);
  }
  return out;
}

describe('literal scanner', () => {
  it('finds every occurrence of every literal, overlapping and sharing a start', () => {
    const literals = ['<', '<%', '<<', '_', '__', '____', 'use of', 'usage of', 'sell', 'ell', 'a.b'];
    const text = 'x <<% y __ ____ <% the use of and usage of resell; a.b axb';
    const got = new LiteralScanner(new Set(literals)).scan(text);
    expect(got).toEqual(naive(literals, text));
    expect(got.get('_')).toEqual([8, 9, 11, 12, 13, 14]);
    expect(got.get('ell')).toEqual([46]);
    expect(got.has('a.b')).toBe(true);
    expect(got.get('a.b')).toEqual([51]);
  });
  it('reports nothing for literals that do not occur, and copes with an empty set', () => {
    expect(new LiteralScanner(new Set(['zzz'])).scan('no such text').size).toBe(0);
    expect(new LiteralScanner(new Set()).scan('anything').size).toBe(0);
  });
});

describe('guarded patterns', () => {
  it('still finds street names, including the forms only Unicode case folding matches', () => {
    for (const s of ['Write to us at rue de Rivoli, Paris.', 'Our office: Hauptstraße 5 or STRAẞE des Lichts.', 'Via Roma is our address.', 'Calle Mayor, Madrid.']) {
      expect([s, hasSignal('postal-address', s)]).toEqual([s, true]);
    }
    expect(hasSignal('postal-address', 'We review our processes every year.')).toBe(false);
  });
  it('still names the organisation in each form', () => {
    expect(organisationName('Tidewell Ltd ("we", "us") operates the app.')).toBe('Tidewell Ltd');
    expect(organisationName('The service is operated by Lumenfold GmbH.')).toBe('Lumenfold GmbH.');
    expect(organisationName('Orbitra Labs is the data controller of your data.')).toBe('Orbitra Labs');
    expect(organisationName('Quillstone Inc. is responsible for your data.')).toBe('Quillstone Inc.');
    expect(organisationName('Hello, this is Brightmoor Studio speaking.')).toBe('Brightmoor Studio');
    expect(organisationName('We keep your data safe.')).toBeNull();
  });
  it('finds dates only where a year is written', () => {
    expect(findDates('Updated 3 March 2026 and 2026-03-04').map((d) => d.text)).toEqual(['3 March 2026', '2026-03-04']);
    expect(findDates('within 30 days of March 3')).toEqual([]);
  });
});
