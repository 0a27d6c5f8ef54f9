/** US packs (ccpa, conflict): coverage and findings on fixtures written for these tests. */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, found, lintText, status } from './helpers.js';
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
  it('"verified requests" is not a description of verification', () => {
    expect(status(r, 'ccpa/verification')).toBe('missing');
  });
  it('conditional requirements without a trigger are not applicable', () => {
    expect(status(r, 'ccpa/opt-out-link')).toBe('not-applicable');
    expect(status(r, 'ccpa/financial-incentive')).toBe('not-applicable');
  });
  it('stale-policy follows the reference date', () => {
    expect(found(lint('noncompliant.md', '2024-06-01'), 'conflict/stale-policy')).toEqual([]);
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
  ])('%s', (text, iso) => {
    expect(findDates(text)[0]?.date?.toISOString().slice(0, 10)).toBe(iso);
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
