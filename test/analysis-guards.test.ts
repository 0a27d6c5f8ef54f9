/**
 * Cheap tests that skip costly scans must never change an answer: the one-pass literal scanner
 * against a substring search per literal, and the guarded signal and date patterns on the texts
 * each form of them matches.
 */
import { describe, it, expect } from '@jest/globals';
import { LiteralScanner } from '../src/analysis/literals.js';
import { hasSignal, organisationName } from '../src/analysis/signals.js';
import { findDates } from '../src/analysis/dates.js';
import { findAges, findDurations } from '../src/analysis/quantities.js';

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
  it('a phone number is not a date', () => {
    expect(hasSignal('phone', 'Call us on +44 20 7946 0958.')).toBe(true);
    expect(hasSignal('phone', 'Updated 2018-07-31')).toBe(false);
    expect(hasSignal('phone', 'Effective 31.07.2018, call 020 7946 0958.')).toBe(true);
    // A country code and the number without spaces, as messaging apps write it.
    expect(hasSignal('phone', 'For privacy questions: WhatsApp +44 7700900123')).toBe(true);
    expect(hasSignal('phone', 'Ticket 7700900123 was closed.')).toBe(false);
  });
  it('still names the organisation in each form', () => {
    expect(organisationName('Tidewell Ltd ("we", "us") operates the app.')).toBe('Tidewell Ltd');
    expect(organisationName('This policy describes how Lumen Hollow Cooperative collects, uses and shares personal information.')).toBe('Lumen Hollow Cooperative');
    expect(organisationName('This notice explains the general privacy principles Riverbend Makers follows at its meetups.')).toBe('Riverbend Makers');
    expect(organisationName('This page explains how we collect data and how Google Analytics uses cookies.')).toBe(null);
    expect(organisationName('The service is operated by Lumenfold GmbH.')).toBe('Lumenfold GmbH.');
    expect(organisationName('Orbitra Labs is the data controller of your data.')).toBe('Orbitra Labs');
    expect(organisationName('The controller of this website is Mara Jovic, who answers at the address below.')).toBe('Mara Jovic');
    expect(organisationName('Contact/developer: Tomas Reyes (tomas@example.org)')).toBe('Tomas Reyes');
    expect(organisationName('Contact/support: see the issue tracker')).toBe(null);
    expect(organisationName('Quillstone Inc. is responsible for your data.')).toBe('Quillstone Inc.');
    expect(organisationName('Hello, this is Brightmoor Studio speaking.')).toBe('Brightmoor Studio');
    expect(organisationName('We keep your data safe.')).toBeNull();
    // "Company" capitalised among the defined terms; a maintainer's handle after "developed by".
    expect(organisationName('This notice for Pebble Harbor (“Company,” “we,” “us”) describes what we collect.')).toBe('Pebble Harbor');
    expect(organisationName('Tallybot is a Discord bot developed by quillwright.')).toBe('quillwright');
    expect(organisationName('Tallybot is developed by Mara Quist.')).toBe('Mara Quist');
    expect(organisationName('This app was made by volunteers.')).toBeNull();
    // A product named with its maker, unless the maker is a platform; a person named as a private person.
    expect(organisationName('This is the privacy policy for the Android app "Tide Clock" by Mara Quist (mq).')).toBe('Mara Quist');
    expect(organisationName('Sign-in uses an app by Google.')).toBeNull();
    expect(organisationName('We created Authenticator App by 2Stable to keep your codes safe.')).toBe('2Stable');
    expect(organisationName('Mara Quist, private person, Switzerland')).toBe('Mara Quist');
    expect(organisationName('Any private person may ask for a copy.')).toBeNull();
    expect(organisationName('Welcome to Larkspur High School, operating under Larkspur Education Society in Tampere.')).toBe('Larkspur High School');
    expect(organisationName('We keep data only as long as needed under the law.')).toBeNull();
    expect(organisationName('Drawings created by your child stay on the tablet.')).toBeNull();
    // The name heading a postal address (an imprint); a label or a department heading it names nobody.
    expect(organisationName('Mara Quist\nLindenweg 4\n70173 Stuttgart')).toBe('Mara Quist');
    expect(organisationName('Privacy Team\nPO Box 123\nLondon')).toBeNull();
    expect(organisationName('Postal address\n12 Main Street')).toBeNull();
  });
  it('finds durations in every unit, and none without a unit word', () => {
    // Each alone, so that each unit word has to pass the guard by itself.
    const each = ['within 72 hours', '2 hrs', 'ten (10) business days', '3 weeks', 'one month', '2 years', 'after a day'];
    expect(each.map((t) => findDurations(t).map((q) => [q.value, q.unit])[0])).toEqual([[72, 'hour'], [2, 'hour'], [10, 'business-day'], [3, 'week'], [1, 'month'], [2, 'year'], [1, 'day']]);
    expect(findDurations('We answer within twenty (20) Days.').map((q) => q.text)).toEqual(['twenty (20) Days']);
    expect(findDurations('We answer promptly, in one go.')).toEqual([]);
  });
  it('finds ages written in digits and in each number word, and none in text without either', () => {
    const words = ['six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'twenty-five'];
    expect(words.map((w) => findAges(`Children under ${w} may not register.`)[0]?.value)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 25]);
    expect(findAges('Users aged 13 or SIXTEEN years old (16)').map((q) => q.value)).toEqual([13, 16]);
    expect(findAges('We do not knowingly collect data from children or minors.')).toEqual([]);
  });
  it('finds dates only where a year is written', () => {
    expect(findDates('Updated 3 March 2026 and 2026-03-04').map((d) => d.text)).toEqual(['3 March 2026', '2026-03-04']);
    expect(findDates('within 30 days of March 3')).toEqual([]);
    // Year first ("2017 Mar 17"), and month/year ("05/2019").
    expect(findDates('Last Updated: 06-01-2025').map((d) => d.date?.toISOString().slice(0, 10))).toEqual(['2025-06-01']);
    expect(findDates('Last updated: 17-Feb-2026').map((d) => d.date?.toISOString().slice(0, 10))).toEqual(['2026-02-17']);
    expect(findDates('Revised 2017 Mar 17, first 05/2019').map((d) => [d.text, d.date?.toISOString().slice(0, 10), d.precision])).toEqual([
      ['2017 Mar 17', '2017-03-17', 'day'],
      ['05/2019', '2019-05-01', 'month'],
    ]);
  });
});
