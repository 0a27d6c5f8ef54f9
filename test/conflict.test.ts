/**
 * The conflict pack: each rule on fixtures written for these tests (exact ids and lines), its scope
 * (rule.jurisdictions), overlaps with the law packs (rule.defersTo) and limits tied to a regulator
 * or law named in the sentence (limits[].context).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, found, lintText, lintWithConfig, status } from './helpers.js';
import { findAges } from '../src/analysis/quantities.js';
import type { LintResult } from '../src/types.js';

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'us', name), 'utf8');
const US = ['ccpa', 'us-states', 'coppa'];

/** Lints text with a configuration (facts) and, if given, a rule pack of its own under ./rules. */
function lintWithPack(text: string, config: object, jurisdictions: string[], pack?: { name: string; rules: object[] }): LintResult {
  if (!pack) return lintWithConfig(text, config, { jurisdictions });
  const files: Record<string, string> = { [`rules/${pack.name}/pack.json`]: JSON.stringify({ name: pack.name, title: 'Test pack', enabled: 'explicit' }) };
  for (const r of pack.rules as Array<{ id: string }>) files[`rules/${pack.name}/${r.id.split('/')[1]}.json`] = JSON.stringify(r);
  return lintWithConfig(text, { ...config, packs: ['./rules'] }, { jurisdictions, files });
}

describe('conflict pack on a US notice that breaks the numbers', () => {
  const r = lintText(fixture('conflict-noncompliant.md'), { jurisdictions: US });
  it('reports each conflict on its line, and consent-by-use not at all (no GDPR in scope)', () => {
    expect(found(r, 'conflict/')).toEqual([
      ['conflict/breach-authority', 9],
      ['conflict/dsar-states', 15],
      ['conflict/fees', 17],
      ['conflict/gpc-refusal', 23],
      ['conflict/sensitive-sale', 27],
      ['conflict/children', 31],
      ['conflict/indefinite-retention', 33],
    ]);
  });
  it('leaves a sentence the law pack reports to the law pack (defersTo)', () => {
    // Line 13: 60 days for requests is ccpa/response-timing; line 19: "we charge a $10 fee" is ccpa/no-account-or-fee.
    expect(found(r, 'ccpa/response-timing')).toEqual([['ccpa/response-timing', 13]]);
    expect(found(r, 'ccpa/no-account-or-fee')).toEqual([['ccpa/no-account-or-fee', 19]]);
    expect(r.messages.filter((m) => m.line === 13 || m.line === 19).map((m) => m.ruleId)).not.toContain('conflict/dsar-states');
    expect(r.messages.filter((m) => m.line === 19).map((m) => m.ruleId)).not.toContain('conflict/fees');
  });
  it('errs on a verified limit and warns on rules marked unverified or left to judgement', () => {
    const severity = Object.fromEntries(r.messages.filter((m) => m.ruleId?.startsWith('conflict/')).map((m) => [m.ruleId, m.severity]));
    expect(severity).toEqual({
      'conflict/breach-authority': 2,
      'conflict/dsar-states': 1,
      'conflict/fees': 2, // verified against Cal. Civ. Code §1798.130(a)(2)(A) and §1798.145(i)(3)
      'conflict/gpc-refusal': 1,
      'conflict/sensitive-sale': 1,
      'conflict/children': 1,
      'conflict/indefinite-retention': 1,
    });
  });
  it('names the limit and its citation', () => {
    const m = r.messages.find((x) => x.ruleId === 'conflict/breach-authority');
    expect(m?.message).toContain('within 10 days');
    expect(m?.message).toContain('(72 hours (NY))');
    expect(m?.citation).toContain('23 NYCRR §500.17(a)');
  });
  it('with GDPR in scope, consent by use is reported too', () => {
    const eu = lintText(fixture('conflict-noncompliant.md'), { jurisdictions: [...US, 'gdpr'] });
    expect(found(eu, 'conflict/consent-by-use')).toEqual([['conflict/consent-by-use', 37]]);
    expect(found(eu, 'conflict/fees')).toEqual([['conflict/fees', 17]]);
  });
});

describe('conflict pack on a notice that keeps within the numbers', () => {
  it('reports nothing: negations, exceptions, unrelated fees, DNT, anonymised data, terms of sale', () => {
    const r = lintText(fixture('conflict-compliant.md'), { jurisdictions: [...US, 'gdpr'] });
    expect(found(r, 'conflict/')).toEqual([]);
  });
});

describe('scope: each rule runs only where its law is', () => {
  it('gdpr implies conflict; US-only rules stay off on a GDPR policy', () => {
    const r = lintText(
      'Last updated: January 5, 2024\n\nThis notice follows the GDPR. If a breach affects you, we will notify you within 60 days.\n\nBy using this site, you consent to the processing of your personal data.\n',
    );
    expect(r.jurisdictions).toEqual(['gdpr']);
    expect(found(r, 'conflict/')).toEqual([['conflict/consent-by-use', 5]]);
  });
  it('US rules stay off without a US pack, even with --jurisdiction conflict', () => {
    const text = 'We do not honor Global Privacy Control signals. We may sell your sensitive personal data.';
    expect(found(lintText(text, { jurisdictions: ['conflict'] }), 'conflict/')).toEqual([]);
    expect(found(lintText(text, { jurisdictions: ['gdpr'] }), 'conflict/')).toEqual([]);
    expect(found(lintText(text, { jurisdictions: ['ccpa'] }), 'conflict/')).toEqual([['conflict/gpc-refusal', 1]]);
    expect(found(lintText(text, { jurisdictions: ['us-states'] }), 'conflict/')).toEqual([
      ['conflict/gpc-refusal', 1],
      ['conflict/sensitive-sale', 1],
    ]);
  });
  it('indefinite retention needs a law with a storage limit (GDPR, UK GDPR, CCPA, COPPA)', () => {
    const text = 'We retain your personal information indefinitely.';
    expect(found(lintText(text, { jurisdictions: ['us-states'] }), 'conflict/')).toEqual([]);
    expect(found(lintText(text, { jurisdictions: ['ccpa'] }), 'conflict/')).toEqual([['conflict/indefinite-retention', 1]]);
    expect(found(lintText(text, { jurisdictions: ['coppa'] }), 'conflict/')).toEqual([['conflict/indefinite-retention', 1]]);
    expect(found(lintText(text, { jurisdictions: ['uk-gdpr'] }), 'conflict/')).toEqual([['conflict/indefinite-retention', 1]]);
  });
});

describe('precision: negations, exceptions and unrelated contexts', () => {
  const quiet = (id: string, packs: string[], text: string) => expect(found(lintText(text, { jurisdictions: packs }), id)).toEqual([]);
  const fires = (id: string, packs: string[], text: string) => expect(found(lintText(text, { jurisdictions: packs }), id)).toEqual([[id, 1]]);
  it('fees', () => {
    quiet('conflict/fees', ['gdpr'], 'You will not have to pay a fee to exercise your rights.');
    quiet('conflict/fees', ['gdpr'], 'A reasonable fee may be charged for further copies of your personal data.');
    quiet('conflict/fees', ['ccpa'], 'A fee may apply to requests made more than twice in a 12-month period.');
    quiet('conflict/fees', ['gdpr'], 'If you request a refund, a processing fee will be charged.');
    fires('conflict/fees', ['gdpr'], 'Data subject requests are subject to an administrative fee.');
  });
  it('consent by use', () => {
    quiet('conflict/consent-by-use', ['gdpr'], 'By using the site, you acknowledge that you have read this notice.');
    quiet('conflict/consent-by-use', ['gdpr'], 'By using the Service, you agree to the terms of this Privacy Policy.');
    fires('conflict/consent-by-use', ['gdpr'], 'By using the Service, you agree to the collection and use of information in accordance with this policy.');
  });
  it('indefinite retention', () => {
    quiet('conflict/indefinite-retention', ['gdpr'], "We won't store your personal data forever.");
    quiet('conflict/indefinite-retention', ['gdpr'], 'Persistent cookies are stored on your device permanently until you delete them.');
    quiet('conflict/indefinite-retention', ['gdpr'], 'Pension records are something we are legally obliged to hold indefinitely.');
    fires('conflict/indefinite-retention', ['gdpr'], 'We keep backups of customer records for an unlimited period.');
  });
  it('GPC refusal', () => {
    quiet('conflict/gpc-refusal', ['ccpa'], 'The site does not respond to browser do-not-track signals.');
    fires('conflict/gpc-refusal', ['ccpa'], 'We do not respond to Do Not Track signals or Global Privacy Control.');
  });
  it('sensitive data sale', () => {
    quiet('conflict/sensitive-sale', ['us-states'], 'Sensitive personal information is not sold or shared.');
    quiet('conflict/sensitive-sale', ['us-states'], 'We may sell or share personal information but not sensitive personal information.');
    fires('conflict/sensitive-sale', ['us-states'], 'NOTICE: We may sell your sensitive personal data.');
  });
  it('children', () => {
    quiet('conflict/children', ['coppa'], 'We do not knowingly gather personal information from children under the age of sixteen.');
    quiet('conflict/children', ['coppa'], 'You must be at least 8 years old, and children under 13 need verifiable parental consent.');
    fires('conflict/children', ['coppa'], 'We do not knowingly collect data from kids younger than 11 without their parent’s consent.');
  });
});

describe('limits tied to a regulator or law named in the sentence (limits[].context)', () => {
  it('compares each number with the regulator named before it', () => {
    const r = lintText(
      'We will report a cybersecurity incident to the ANPD within 5 business days and to the Superintendent of Financial Services within 72 hours.',
      { jurisdictions: ['conflict'] },
    );
    expect(r.messages.filter((m) => m.ruleId === 'conflict/breach-authority').map((m) => [m.column, m.message.slice(0, 60)])).toEqual([
      [60, 'A breach report to the regulator within 5 business days is l'],
    ]);
    const ok = 'We report breaches to the Superintendent within 72 hours and to the ANPD within three business days.';
    expect(found(lintText(ok, { jurisdictions: ['conflict'] }), 'conflict/')).toEqual([]);
  });
  it('checks no sentence that names no regulator or law', () => {
    // breach-authority and dsar-other have limits only for named regulators and laws.
    const text = 'We will tell the authorities about a breach within 30 days. We respond to requests within 60 days.';
    expect(found(lintText(text, { jurisdictions: ['conflict'] }), 'conflict/')).toEqual([]);
    // The same 60 days under a named law is checked.
    expect(found(lintText('Under the LGPD we respond to requests within 60 days.', { jurisdictions: ['conflict'] }), 'conflict/')).toEqual([['conflict/dsar-other', 1]]);
  });
  it('dsar-other compares with the law the sentence names', () => {
    expect(found(lintText('Residents of Québec will receive a response to their request within 45 days.', { jurisdictions: ['conflict'] }), 'conflict/')).toEqual([
      ['conflict/dsar-other', 1],
    ]);
    expect(found(lintText('Under the DPDP Act we resolve grievances within 60 days.', { jurisdictions: ['conflict'] }), 'conflict/')).toEqual([]);
  });
  it('dsar-states: appeals against the appeal rows of the states in force, requests against the request rows', () => {
    const appeal = 'We decide appeals within 60 days.';
    const request = 'We respond to requests within 60 days.';
    expect(found(lintWithPack(appeal, { facts: { states: ['VA'] } }, ['us-states']), 'conflict/')).toEqual([]);
    expect(found(lintWithPack('We decide appeals within 90 days.', { facts: { states: ['VA'] } }, ['us-states']), 'conflict/')).toEqual([['conflict/dsar-states', 1]]);
    // With every state in force (no facts), appeals get the 60 days of most states (Colorado's 45 is not in the table).
    expect(found(lintText(appeal, { jurisdictions: ['us-states'] }), 'conflict/')).toEqual([]);
    // Texas has a request deadline in the table but no appeal deadline: its appeals are not checked.
    expect(found(lintWithPack(appeal, { facts: { states: ['TX'] } }, ['us-states']), 'conflict/')).toEqual([]);
    expect(found(lintWithPack(request, { facts: { states: ['TX'] } }, ['us-states']), 'conflict/')).toEqual([['conflict/dsar-states', 1]]);
    expect(found(lintWithPack('We respond to requests within 80 days.', { facts: { states: ['IA'] } }, ['us-states']), 'conflict/')).toEqual([]);
  });
});

describe('rule file mechanisms in a pack of ones own', () => {
  const disclosure = {
    id: 'house/ca-contact', kind: 'disclosure', title: 'California contact', description: 'A contact for California requests.',
    citation: 'test', message: 'No California contact.', suggestion: 'Add one.', jurisdictions: ['ccpa'],
    evidence: { phrases: ['california contact'] },
  };
  const wide = {
    id: 'house/any-fee', kind: 'forbidden-pattern', title: 'Any fee', description: 'Flags the word fee.', citation: 'test',
    message: 'A fee: {match}', patterns: [{ regex: '\\bfee\\b' }], defersTo: ['ccpa/no-account-or-fee'],
  };
  it('jurisdictions: a disclosure rule outside its law is not-applicable, inside it runs', () => {
    const off = lintWithPack('We collect your name.', {}, ['house'], { name: 'house', rules: [disclosure] });
    expect(status(off, 'house/ca-contact')).toBe('not-applicable');
    expect(off.coverage.find((c) => c.requirement === 'house/ca-contact')?.reason).toBe('applies only where the ccpa pack(s) apply');
    const on = lintWithPack('We collect your name.', {}, ['house', 'ccpa'], { name: 'house', rules: [disclosure] });
    expect(status(on, 'house/ca-contact')).toBe('missing');
  });
  it('defersTo: a finding on a line the named rule reports is dropped, others stay', () => {
    const text = 'We charge a $10 fee for each access request.\n\nThe fee for premium plans is monthly.';
    const r = lintWithPack(text, {}, ['house', 'ccpa'], { name: 'house', rules: [wide] });
    expect(found(r, 'house/')).toEqual([['house/any-fee', 3]]);
    expect(found(r, 'ccpa/no-account-or-fee')).toEqual([['ccpa/no-account-or-fee', 1]]);
    // With the named rule off, nothing is deferred.
    const off = lintWithPack(text, { rules: { 'ccpa/no-account-or-fee': 'off' } }, ['house', 'ccpa'], { name: 'house', rules: [wide] });
    expect(found(off, 'house/')).toEqual([['house/any-fee', 1], ['house/any-fee', 3]]);
  });
});

describe('ages written as words', () => {
  it('"sixteen" is 16, not "six"', () => {
    expect(findAges('children under the age of sixteen').map((q) => q.value)).toEqual([16]);
    expect(findAges('users under fourteen or under seventeen').map((q) => q.value)).toEqual([14, 17]);
  });
});
