/**
 * The gdpr and uk-gdpr packs on fixtures written for them: each Art. 13/14 item found when said
 * (also without its textbook keyword, also as a negation), reported when not said, conditional items
 * not-applicable until triggered, and the Art. 8/12/33 numbers checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from '@jest/globals';
import { FIXTURES, found, lintText, status } from './helpers.js';

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'gdpr', name), 'utf8');
const lint = (name: string, jurisdictions = ['gdpr']) => lintText(fixture(name), { jurisdictions });

const ALWAYS = [
  'gdpr/controller-identity', 'gdpr/purposes', 'gdpr/legal-basis', 'gdpr/retention', 'gdpr/right-access',
  'gdpr/right-rectification', 'gdpr/right-erasure', 'gdpr/right-restriction', 'gdpr/right-object',
  'gdpr/right-portability', 'gdpr/complaint-sa', 'gdpr/statutory-contractual',
];

describe('gdpr pack: a compliant notice', () => {
  const r = lint('compliant.md');
  it('finds every always-required item, with evidence', () => {
    for (const id of ALWAYS) expect([id, status(r, id)]).toEqual([id, 'present']);
    const basis = r.coverage.find((c) => c.requirement === 'gdpr/legal-basis');
    expect(basis?.evidence?.[0].line).toBe(12);
  });
  it('finds the conditional items the text triggers', () => {
    for (const id of ['gdpr/dpo-contact', 'gdpr/legitimate-interests', 'gdpr/international-transfers', 'gdpr/withdraw-consent', 'gdpr/recipients', 'gdpr/automated-decisions']) {
      expect([id, status(r, id)]).toEqual([id, 'present']);
    }
  });
  it('leaves untriggered conditional items not-applicable with a reason', () => {
    for (const id of ['gdpr/representative', 'gdpr/special-category-condition', 'gdpr/joint-controllers', 'gdpr/source']) {
      const c = r.coverage.find((e) => e.requirement === id);
      expect([id, c?.status]).toEqual([id, 'not-applicable']);
      expect(c?.reason).toMatch(/^the policy does not .+; set facts\.\w+ to true if it applies$/);
    }
    expect(r.coverage.find((e) => e.requirement === 'gdpr/source')?.reason).toBe(
      'the policy does not say it obtains personal data other than from the person (Art. 14); set facts.art14 to true if it applies',
    );
  });
  it('reports nothing from the gdpr pack', () => {
    expect(found(r, 'gdpr/')).toEqual([]);
  });
});

describe('gdpr pack: a notice that leaves things out', () => {
  const r = lint('noncompliant.md');
  it('reports the missing items at the top of the document', () => {
    const ids = found(r, 'gdpr/').filter(([, line]) => line === 1).map(([id]) => id);
    for (const id of ['gdpr/retention', 'gdpr/right-access', 'gdpr/right-erasure', 'gdpr/right-object', 'gdpr/right-portability',
      'gdpr/right-rectification', 'gdpr/right-restriction', 'gdpr/complaint-sa', 'gdpr/statutory-contractual', 'gdpr/automated-decisions']) {
      expect(ids).toContain(id);
    }
  });
  it('does not take "collected automatically" for an automated-decision disclosure', () => {
    // The gdpr pack is selected: the notice is asked whether it makes automated decisions.
    expect(status(r, 'gdpr/automated-decisions')).toBe('missing');
  });
  it('asks a policy whose GDPR was only detected about automated decisions where it decides by automated means, not where it only tailors ads', () => {
    const detected = lintText(fixture('noncompliant.md'));
    expect(status(detected, 'gdpr/automated-decisions')).toBe('not-applicable');
    expect(detected.coverage.find((c) => c.requirement === 'gdpr/automated-decisions')?.reason).toMatch(/^the policy does not say it decides about people by automated means.*select the gdpr pack/);
    // Tailored ads are profiling but no decision with legal or similarly significant effects (Art. 22).
    const ads = fixture('noncompliant.md') + '\nWe use your browsing history to show you personalised advertising.\n';
    expect(status(lintText(ads), 'gdpr/automated-decisions')).toBe('not-applicable');
    const scoring = fixture('noncompliant.md') + '\nAn algorithm scores each loan application and decides whether to approve it.\n';
    expect(status(lintText(scoring), 'gdpr/automated-decisions')).toBe('missing');
  });
  it('does not take a breach report to the authority for the complaint right', () => {
    expect(status(r, 'gdpr/complaint-sa')).toBe('missing');
  });
  it('flags a bare "legitimate interests" without saying what they are', () => {
    expect(status(r, 'gdpr/legitimate-interests')).toBe('missing');
  });
  it('checks the Art. 12, 33 and 8 numbers on their lines', () => {
    const numbers = found(r, 'gdpr/').filter(([, line]) => line > 1);
    expect(numbers).toEqual([
      ['gdpr/response-time', 18],
      ['gdpr/free-of-charge', 19],
      ['gdpr/breach-authority-72h', 20],
      ['gdpr/child-consent-age', 21],
    ]);
    // Each of these limits is checked against the text of the law: errors.
    const sev = Object.fromEntries(r.messages.filter((m) => m.line > 1 && (m.ruleId ?? '').startsWith('gdpr/')).map((m) => [m.ruleId, m.severity]));
    expect(sev).toEqual({ 'gdpr/response-time': 2, 'gdpr/free-of-charge': 2, 'gdpr/breach-authority-72h': 2, 'gdpr/child-consent-age': 2 });
  });
});

describe('gdpr pack: disclosures phrased without the textbook keyword', () => {
  const r = lint('phrased.md');
  it.each([
    ['gdpr/right-access', 9],
    ['gdpr/right-rectification', 10],
    ['gdpr/right-erasure', 11],
    ['gdpr/right-portability', 12],
    ['gdpr/withdraw-consent', 13],
    ['gdpr/complaint-sa', 14],
    ['gdpr/automated-decisions', 18],
  ])('%s is present, with evidence on line %i', (id, line) => {
    const c = r.coverage.find((e) => e.requirement === id);
    expect(c?.status).toBe('present');
    expect(c?.evidence?.map((e) => e.line)).toContain(line);
  });
  it('still reports what the notice never says', () => {
    expect(status(r, 'gdpr/right-restriction')).toBe('missing');
    expect(status(r, 'gdpr/right-object')).toBe('missing');
    expect(status(r, 'gdpr/legal-basis')).toBe('missing');
  });
});

describe('gdpr pack: conditions and facts', () => {
  it('a DPO mentioned without contact details is reported; unmentioned it is not-applicable', () => {
    expect(status(lintText('We have appointed a data protection officer.', { jurisdictions: ['gdpr'] }), 'gdpr/dpo-contact')).toBe('missing');
    expect(status(lintText('We are a small shop.', { jurisdictions: ['gdpr'] }), 'gdpr/dpo-contact')).toBe('not-applicable');
  });
  it('"we do not appoint a DPO" does not trigger the DPO requirement', () => {
    expect(status(lintText('We have not appointed a data protection officer.', { jurisdictions: ['gdpr'] }), 'gdpr/dpo-contact')).toBe('not-applicable');
  });
  it('special-category data triggers the Art. 9 condition', () => {
    const r = lintText('We process information about your health to plan your training.', { jurisdictions: ['gdpr'] });
    expect(status(r, 'gdpr/special-category-condition')).toBe('missing');
    const ok = lintText('We process information about your health only with your explicit consent.', { jurisdictions: ['gdpr'] });
    expect(status(ok, 'gdpr/special-category-condition')).toBe('present');
  });
});

describe('uk-gdpr pack', () => {
  const r = lintText(fixture('uk.md'));
  it('is detected from the text and brings the gdpr pack with it', () => {
    expect(r.jurisdictions).toEqual(expect.arrayContaining(['gdpr', 'uk-gdpr']));
  });
  it('does not take "registered with the ICO" for the complaint right', () => {
    expect(status(r, 'uk-gdpr/complaint-ico')).toBe('missing');
  });
  it('a complaint right to "your local data protection authority" comes close: a warning that quotes it', () => {
    const text = 'Northwind Ltd ("we") is the controller.\n\nYou may also lodge a complaint with your local data protection authority.\n';
    const m = lintText(text, { jurisdictions: ['uk-gdpr'] }).messages.find((x) => x.ruleId === 'uk-gdpr/complaint-ico');
    expect(m).toMatchObject({ severity: 1 });
    expect(m?.message).toContain('Closest: "You may also lodge a complaint with your local …" (line 3).');
    const bare = lintText('Northwind Ltd ("we") is the controller.\n', { jurisdictions: ['uk-gdpr'] }).messages.find((x) => x.ruleId === 'uk-gdpr/complaint-ico');
    expect(bare).toMatchObject({ severity: 2 });
  });
  it('finds the complaints-to-controller route and reports the missing UK transfer mechanism', () => {
    expect(status(r, 'uk-gdpr/complaint-to-controller')).toBe('present');
    expect(status(r, 'uk-gdpr/transfers')).toBe('missing');
  });
  it('flags a breach report to the ICO later than 72 hours on its line', () => {
    expect(found(r, 'uk-gdpr/breach')).toEqual([['uk-gdpr/breach-ico-72h', 8]]);
  });
});

describe('common rules tuned on GDPR-era policies', () => {
  const st = (text: string, id: string) => status(lintText(text), id);
  it('security: a privacy commitment, a transfer safeguard or an https link is not a security measure', () => {
    expect(st('We are committed to protecting the privacy of your data.', 'common/security')).toBe('missing');
    expect(st('Transfers outside the EEA use safeguards such as standard contractual clauses.', 'common/security')).toBe('missing');
    expect(st('Read more at https://help.example.org/page.', 'common/security')).toBe('missing');
    expect(st('We protect your personal data with encryption and access controls.', 'common/security')).toBe('present');
  });
  it('operator: a policy that opens "6th Riverside Scouts are committed to safeguarding …" names its operator; "The Company is …" and a product that "is committed" do not', () => {
    expect(st('6th Riverside Scouts are committed to safeguarding the privacy of your information. We keep member records.', 'common/operator-identity')).toBe('present');
    expect(st('The Company is committed to protecting your privacy. We keep member records.', 'common/operator-identity')).toBe('missing');
    expect(st('CallBuddy AI is committed to protecting your privacy. We keep call records.', 'common/operator-identity')).toBe('missing');
    expect(st('RiversideChessCollective takes your privacy seriously. We keep member records.', 'common/operator-identity')).toBe('present');
    expect(st('Riverside Chess Foundation International is committed to protecting your privacy. We keep member records.', 'common/operator-identity')).toBe('present');
    expect(st('CallBuddy takes your privacy very seriously. We keep call records.', 'common/operator-identity')).toBe('missing');
    // Registered as a body, or a site named for a public body.
    expect(st('We keep member records. The Harbour Rowing Trust is a registered charity (number 1234567).', 'common/operator-identity')).toBe('present');
    expect(st('We keep member records. Rowing is a popular sport.', 'common/operator-identity')).toBe('missing');
    expect(st('Thank you for visiting the County of Larkport website. We keep your e-mail address.', 'common/operator-identity')).toBe('present');
    expect(st('Thank you for visiting the MealRadar website. We keep your e-mail address.', 'common/operator-identity')).toBe('missing');
  });
  it('operator: "Brightline collects usage data of its CLI" names the organisation behind the CLI; a platform that collects for its services does not', () => {
    expect(st('Brightline collects telemetry data about the general usage of its CLI to improve the product.', 'common/operator-identity')).toBe('present');
    expect(st('Google collects data about how you use its services when you sign in.', 'common/operator-identity')).toBe('missing');
  });
  it('children: a brand name starting with "child" or a "minor change" is not about children', () => {
    const signUp = 'You create an account to save your game progress. ';
    expect(st(`${signUp}Childsplay Clothing Limited is one of our brands.`, 'common/children')).toBe('missing');
    expect(st(`${signUp}We may make minor changes to this policy.`, 'common/children')).toBe('missing');
    expect(st(`${signUp}Our service is not meant for children.`, 'common/children')).toBe('present');
  });
});

describe('gdpr and uk-gdpr together', () => {
  it('a late breach notice to the ICO is one finding, the UK rule, not two', () => {
    const text = 'Northwind Ltd ("we") is the controller.\n\nIf a breach happens we will notify the Information Commissioner\'s Office within 96 hours.\n';
    const r = lintText(text, { jurisdictions: ['uk-gdpr'] });
    expect(found(r).filter(([id]) => id?.includes('breach'))).toEqual([['uk-gdpr/breach-ico-72h', 3]]);
    // Where the UK rule does not apply, the EU rule still reports the same promise.
    const eu = lintText(text.replace("Information Commissioner's Office", 'supervisory authority'), { jurisdictions: ['gdpr'] });
    expect(found(eu).filter(([id]) => id?.includes('breach'))).toEqual([['gdpr/breach-authority-72h', 3]]);
  });
});
