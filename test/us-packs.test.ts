/** US packs (ccpa, conflict, coppa, us-states): coverage and findings on fixtures written for these tests. */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, found, lintText, lintWithConfig, status } from './helpers.js';
import { findDates } from '../src/analysis/dates.js';

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'us', name), 'utf8');
const lint = (name: string, now = '2026-11-23') => lintText(fixture(name), { jurisdictions: ['ccpa'], now });

const EVAL_RULES = [
  'ccpa/categories-collected', 'ccpa/disclosed-business-purpose', 'ccpa/last-updated', 'ccpa/non-discrimination',
  'ccpa/request-methods', 'ccpa/right-correct', 'ccpa/right-delete', 'ccpa/right-know', 'ccpa/right-limit',
  'ccpa/right-opt-out', 'ccpa/sold-shared',
];

describe('ccpa pack on a compliant notice', () => {
  const r = lint('compliant.md');
  it.each(EVAL_RULES)('%s is present', (id) => expect(status(r, id)).toBe('present'));
  it('gives evidence lines for present requirements', () => {
    const cov = r.coverage.find((c) => c.requirement === 'ccpa/right-correct');
    expect(cov?.evidence?.[0].line).toBe(30);
  });
  it('finds no conflict: a 72-hour breach promise and a fresh date', () => {
    expect(found(r, 'conflict/')).toEqual([]);
    expect(found(r, 'ccpa/response-timing')).toEqual([]);
  });
  it('opt-out link applies because the policy sells, and is present', () => {
    expect(status(r, 'ccpa/opt-out-link')).toBe('present');
  });
});

describe('ccpa pack on a non-compliant notice', () => {
  const r = lint('noncompliant.md');
  it.each(EVAL_RULES.filter((id) => id !== 'ccpa/last-updated'))('%s is missing', (id) => expect(status(r, id)).toBe('missing'));
  it('reports a stale date, a 60-day breach promise and a 90-day response promise on their lines', () => {
    expect(found(r, 'conflict/')).toEqual([
      ['conflict/stale-policy', 3],
      ['conflict/breach-individuals', 9],
    ]);
    expect(found(r, 'ccpa/response-timing')).toEqual([['ccpa/response-timing', 11]]);
  });
  it('"verified requests" is not a description of verification, where rights are given', () => {
    // The notice gives no request rights, so there is no verification to describe.
    expect(status(r, 'ccpa/verification')).toBe('not-applicable');
    const withRights = lintText(`${fs.readFileSync(path.join(FIXTURES, 'us', 'noncompliant.md'), 'utf8')}\nYou have the right to know and the right to delete.\n`, { jurisdictions: ['ccpa'] });
    expect(status(withRights, 'ccpa/verification')).toBe('missing');
  });
  it('conditional requirements without a trigger are not applicable', () => {
    expect(status(r, 'ccpa/opt-out-link')).toBe('not-applicable');
    expect(status(r, 'ccpa/financial-incentive')).toBe('not-applicable');
  });
  it('stale-policy follows the reference date', () => {
    expect(found(lint('noncompliant.md', '2024-06-01'), 'conflict/stale-policy')).toEqual([]);
  });
  it('a "Next Review Date" is no date of the policy', () => {
    const text = '# Privacy\n\nCalifornia residents have the right to know what we collect.\n\n**Last Reviewed:** January 14, 2025\n**Next Review Date:** July 14, 2026\n';
    const r = lintText(text, { jurisdictions: ['ccpa'], now: '2026-11-23' });
    expect(found(r, 'conflict/stale-policy')).toEqual([['conflict/stale-policy', 5]]);
    expect(r.messages.find((m) => m.ruleId === 'conflict/stale-policy')?.message).toContain('January 14, 2025');
  });
});

describe('negated and reworded notices', () => {
  it('"we do not sell or share" satisfies ccpa/sold-shared', () => {
    const r = lint('negated.md');
    expect(status(r, 'ccpa/sold-shared')).toBe('present');
    expect(status(r, 'ccpa/opt-out-link')).toBe('not-applicable');
    expect(status(r, 'ccpa/right-delete')).toBe('missing');
  });
  it('rights in other words are found', () => {
    const r = lint('reworded.md');
    for (const id of ['ccpa/right-know', 'ccpa/right-delete', 'ccpa/right-correct', 'ccpa/non-discrimination', 'ccpa/last-updated']) {
      expect([id, status(r, id)]).toEqual([id, 'present']);
    }
    expect(status(r, 'ccpa/right-opt-out')).toBe('missing');
  });
  it('a policy without a date misses ccpa/last-updated', () => {
    const r = lintText('We do not sell your personal information. California residents may ask us to delete it.', { jurisdictions: ['ccpa'] });
    expect(status(r, 'ccpa/last-updated')).toBe('missing');
    expect(found(r, 'ccpa/last-updated')).toEqual([['ccpa/last-updated', 1]]);
  });
});

describe('pack selection', () => {
  it('ccpa is detected from "California residents" and implies conflict', () => {
    const r = lintText('Last updated: January 5, 2024\n\nCalifornia residents may ask us to delete their data.');
    expect(status(r, 'ccpa/right-delete')).toBe('present');
    expect(found(r, 'conflict/')).toEqual([['conflict/stale-policy', 1]]);
  });
  it('conflict rules stay off for a policy that names no US law', () => {
    const r = lintText('Last updated: January 5, 2024\n\nIf a breach affects you we will notify you within 60 days.');
    expect(found(r, 'conflict/')).toEqual([]);
  });
});

describe('policy dates written in web-page styles', () => {
  it.each([
    ['Last Updated: September, 7th 2020', '2020-09-07'],
    ['Updated February 20^(th), 2023', '2023-02-20'],
    ['Effective as of January, 30, 2023.', '2023-01-30'],
    ['Updated: 29th Janurary 2025', '2025-01-29'],
    ['Last revised Febuary 3, 2024', '2024-02-03'],
  ])('%s', (text, iso) => {
    expect(findDates(text)[0]?.date?.toISOString().slice(0, 10)).toBe(iso);
  });
  it('a misspelt month is read only with a day and a year around it', () => {
    expect(findDates('Marketing 2020 was a good year; see Decisions 12.')).toEqual([]);
  });
  it('"Last update:" labels the policy date', () => {
    const r = lintText('# Policy\n\nIntro text here.\n\nMore text.\n\nLast update: June 30, 2023\n\nCalifornia residents may ask us to delete their data.', { jurisdictions: ['ccpa'] });
    expect(status(r, 'ccpa/last-updated')).toBe('present');
  });
});

describe('caloppa, coppa and us-states packs', () => {
  const calText = [
    'Effective date: May 1, 2026',
    '',
    'Information for California residents: we collect your name and e-mail address.',
    '',
    'We share your e-mail address with our mailing provider.',
    '',
    'We do not respond to Do Not Track browser signals.',
    '',
    'Our analytics partners may collect information about your activity over time and across other websites.',
    '',
    'We will e-mail you before material changes to this policy take effect.',
  ].join('\n');
  it('a CalOPPA-complete notice has every CalOPPA item present', () => {
    const r = lintText(calText, { jurisdictions: ['caloppa'] });
    for (const id of ['caloppa/pii-categories', 'caloppa/third-party-categories', 'caloppa/change-notice', 'caloppa/effective-date', 'caloppa/dnt-response', 'caloppa/third-party-tracking']) {
      expect([id, status(r, id)]).toEqual([id, 'present']);
    }
    expect(status(r, 'caloppa/review-change-process')).toBe('not-applicable');
  });
  it('silence on Do Not Track is a CalOPPA finding', () => {
    const r = lintText(calText.replace('We do not respond to Do Not Track browser signals.', ''), { jurisdictions: ['caloppa'] });
    expect(found(r, 'caloppa/dnt-response')).toEqual([['caloppa/dnt-response', 1]]);
  });
  it('coppa is detected for a service directed to children, not for "we do not knowingly collect"', () => {
    const kids = lintText('Our game is directed to children under 13. Parents may review or delete their child\'s information.');
    expect(status(kids, 'coppa/parental-rights')).toBe('present');
    expect(status(kids, 'coppa/retention-policy')).toBe('missing');
    const adults = lintText('We do not knowingly collect personal information from children under 13.');
    expect(status(adults, 'coppa/parental-rights')).toBeUndefined();
  });
  it('us-states: appeal missing, rights present', () => {
    const r = lintText('Colorado residents have the right to access and delete their data; e-mail us to exercise it.', { jurisdictions: ['us-states'] });
    expect(status(r, 'us-states/rights-how-to-exercise')).toBe('present');
    expect(status(r, 'us-states/appeal')).toBe('missing');
    const ok = lintText('If we refuse your request you may appeal our decision by replying to it.', { jurisdictions: ['us-states'] });
    expect(status(ok, 'us-states/appeal')).toBe('present');
  });
});

describe('evidence.excludeSections (engine)', () => {
  it('a right stated only for another jurisdiction is not evidence for the CCPA', () => {
    const eea = lintText('# Privacy\n\nCalifornia residents: see below.\n\n## Your rights in the EEA\n\nYou may ask us to correct inaccurate personal data.', { jurisdictions: ['ccpa'] });
    expect(status(eea, 'ccpa/right-correct')).toBe('missing');
    const ca = lintText('# Privacy\n\n## Your California rights\n\nYou may ask us to correct inaccurate personal information.', { jurisdictions: ['ccpa'] });
    expect(status(ca, 'ccpa/right-correct')).toBe('present');
  });
});

const coverageOf = (r: ReturnType<typeof lintText>, id: string) => r.coverage.find((c) => c.requirement === id);
const firstEvidence = (r: ReturnType<typeof lintText>, id: string) => coverageOf(r, id)?.evidence?.[0]?.line;

describe('coppa: notice placement, persistent identifiers, audio files, separate consent', () => {
  const NEW = ['coppa/audio-files', 'coppa/notice-placement', 'coppa/persistent-identifiers', 'coppa/separate-third-party-consent'];
  // Packs detected from the text: each fixture says the game is directed to children (a fact that brings COPPA in).
  const lintC = (name: string) => lintText(fixture(name));
  const mine = (r: ReturnType<typeof lintText>) =>
    r.messages.filter((m) => NEW.includes(m.ruleId ?? '')).map((m) => [m.ruleId, m.line, m.severity, m.evidence?.map((e) => e.line)]);

  it('a compliant children\'s notice has each item, with the evidence line', () => {
    const r = lintC('coppa-compliant.md');
    expect(mine(r)).toEqual([]);
    expect(NEW.map((id) => [id, status(r, id), firstEvidence(r, id)])).toEqual([
      ['coppa/audio-files', 'present', 15],
      ['coppa/notice-placement', 'present', 8],
      ['coppa/persistent-identifiers', 'present', 13],
      ['coppa/separate-third-party-consent', 'present', 17],
    ]);
  });

  it('a non-compliant one gets each finding once, pointing at the line that triggered it', () => {
    const r = lintC('coppa-noncompliant.md');
    expect(mine(r)).toEqual([
      ['coppa/audio-files', 1, 2, [13]],
      ['coppa/notice-placement', 1, 1, [5]],
      ['coppa/persistent-identifiers', 1, 2, [11]],
      ['coppa/separate-third-party-consent', 1, 2, [15]],
    ]);
  });

  it('negated statements do not trigger the conditional items', () => {
    const r = lintC('coppa-negated.md');
    expect(['coppa/audio-files', 'coppa/persistent-identifiers', 'coppa/separate-third-party-consent'].map((id) => status(r, id))).toEqual([
      'not-applicable', 'not-applicable', 'not-applicable',
    ]);
    // Still directed to children, and nothing is labelled as the children's notice.
    expect(mine(r)).toEqual([['coppa/notice-placement', 1, 1, [5]]]);
  });

  it('reworded disclosures are found', () => {
    const r = lintC('coppa-reworded.md');
    expect(mine(r)).toEqual([]);
    expect(NEW.map((id) => [id, firstEvidence(r, id)])).toEqual([
      ['coppa/audio-files', 11],
      ['coppa/notice-placement', 7],
      ['coppa/persistent-identifiers', 9],
      ['coppa/separate-third-party-consent', 13],
    ]);
  });

  it('"creates a profile" is not a measure against profiling, and "not directed to children" triggers nothing', () => {
    const base = 'Our game is directed to children under 13.\n\nTo support the internal operations of the game we collect device identifiers.\n\n';
    expect(status(lintText(`${base}A child creates a profile with a nickname.`, { jurisdictions: ['coppa'] }), 'coppa/persistent-identifiers')).toBe('missing');
    // Detected from the text: "not directed to children" says COPPA does not reach the service.
    const adult = lintText('Our service is not directed to children under 13. We comply with COPPA.');
    expect(adult.applicability?.packs.find((p) => p.pack === 'coppa')?.basis).toBe('none');
    expect(status(adult, 'coppa/notice-placement')).toBeUndefined();
  });
});

describe('us-states: state-specific items', () => {
  const STATE = [
    'us-states/co-purpose-linkage', 'us-states/ct-llm-training', 'us-states/md-minors', 'us-states/md-no-sensitive-sale',
    'us-states/mn-retention-policies', 'us-states/or-controller-identity', 'us-states/or-third-party-detail',
    'us-states/ri-third-parties-sold', 'us-states/tx-biometric-sale-notice', 'us-states/tx-sensitive-sale-notice',
  ];
  const mine = (r: ReturnType<typeof lintText>) => r.messages.filter((m) => STATE.includes(m.ruleId ?? '')).map((m) => [m.ruleId, m.line, m.severity]);
  const lintS = (name: string) => lintText(fixture(name), { jurisdictions: ['us-states'] });
  const lintWithFacts = (facts: Record<string, unknown>, text: string) => lintWithConfig(text, { facts, jurisdictions: ['us-states'] });

  it('a compliant multi-state notice: nothing reported, each item present with its evidence line', () => {
    const r = lintS('states-compliant.md');
    expect(mine(r)).toEqual([]);
    expect(STATE.map((id) => [id, status(r, id), firstEvidence(r, id)])).toEqual([
      ['us-states/co-purpose-linkage', 'present', 10],
      ['us-states/ct-llm-training', 'present', 31],
      ['us-states/md-minors', undefined, undefined],
      ['us-states/md-no-sensitive-sale', undefined, undefined],
      ['us-states/mn-retention-policies', 'present', 27],
      ['us-states/or-controller-identity', 'present', 5],
      ['us-states/or-third-party-detail', 'present', 23],
      ['us-states/ri-third-parties-sold', 'present', 17],
      ['us-states/tx-biometric-sale-notice', 'not-applicable', undefined],
      ['us-states/tx-sensitive-sale-notice', 'present', 19],
    ]);
  });

  it('a non-compliant one: exact findings, conflicts on their lines, altered Texas wording reported', () => {
    const r = lintS('states-noncompliant.md');
    expect(mine(r)).toEqual([
      ['us-states/co-purpose-linkage', 1, 1],
      ['us-states/ct-llm-training', 1, 2],
      ['us-states/mn-retention-policies', 1, 2],
      ['us-states/or-controller-identity', 1, 1],
      ['us-states/or-third-party-detail', 1, 1],
      ['us-states/ri-third-parties-sold', 1, 2],
      ['us-states/tx-biometric-sale-notice', 1, 2],
      ['us-states/tx-sensitive-sale-notice', 1, 2],
      ['us-states/md-minors', 17, 1],
      ['us-states/md-no-sensitive-sale', 19, 1],
    ]);
    // Line 11 is reported once, by the general rule; line 19 ties the sale to consent, which Maryland forbids too.
    expect(found(r, 'conflict/sensitive-sale')).toEqual([['conflict/sensitive-sale', 11]]);
    expect(coverageOf(r, 'us-states/tx-sensitive-sale-notice')?.reason).toBe('applies because of lines 5 and 11');
    expect(r.messages.find((m) => m.ruleId === 'us-states/md-no-sensitive-sale')!.message).toMatch(/^"we may also sell your sensitive information": Maryland prohibits/);
  });

  it('negated statements trigger nothing', () => {
    const r = lintS('states-negated.md');
    expect(mine(r)).toEqual([]);
    for (const id of ['us-states/ri-third-parties-sold', 'us-states/tx-biometric-sale-notice', 'us-states/tx-sensitive-sale-notice']) {
      expect([id, status(r, id)]).toEqual([id, 'not-applicable']);
    }
  });

  it('reworded disclosures are found; states the policy does not name stay not-applicable', () => {
    const r = lintS('states-reworded.md');
    expect(mine(r)).toEqual([]);
    expect(STATE.filter((id) => status(r, id) === 'present').map((id) => [id, firstEvidence(r, id)])).toEqual([
      ['us-states/ct-llm-training', 17],
      ['us-states/mn-retention-policies', 11],
      ['us-states/or-controller-identity', 7],
      ['us-states/or-third-party-detail', 9],
    ]);
    expect(coverageOf(r, 'us-states/co-purpose-linkage')?.reason).toBe(
      'the policy does not name Colorado residents or the Colorado Privacy Act; list CO in facts.states if it applies',
    );
  });

  it('facts.states decides which state items apply', () => {
    const text = fixture('states-noncompliant.md');
    expect(mine(lintWithFacts({ states: ['TX'] }, text))).toEqual([
      ['us-states/tx-biometric-sale-notice', 1, 2],
      ['us-states/tx-sensitive-sale-notice', 1, 2],
    ]);
    const ca = lintWithFacts({ states: ['CA'] }, text);
    expect(mine(ca)).toEqual([]);
    expect(coverageOf(ca, 'us-states/or-controller-identity')?.reason).toBe('facts.states does not include OR');
    // A policy that names no state: the states listed in the configuration apply.
    const plain = lintWithFacts({ states: ['or', 'md'] }, 'Fernbrook ("we") shares personal data with third parties.\n\nWith your consent, we may sell your sensitive data.\n');
    expect(mine(plain)).toEqual([
      ['us-states/or-controller-identity', 1, 1],
      ['us-states/or-third-party-detail', 1, 1],
      ['us-states/md-no-sensitive-sale', 3, 1],
    ]);
    expect(coverageOf(plain, 'us-states/or-controller-identity')?.reason).toBe('applies because facts.states includes OR');
  });
});
