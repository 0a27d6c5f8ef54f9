/** conflict/breach-individuals: the state deadline table as data, and each state's number. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, found, lintText, lintWithConfig } from './helpers.js';

const rule = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/conflict/breach-individuals.json'), 'utf8'));
const table: Record<string, [number, string]> = {
  AL: [45, 'day'], AZ: [45, 'day'], CA: [30, 'day'], CO: [30, 'day'], CT: [60, 'day'], DE: [60, 'day'],
  FL: [30, 'day'], IN: [45, 'day'], LA: [60, 'day'], ME: [30, 'day'], MD: [45, 'day'], NM: [45, 'day'],
  NY: [30, 'day'], OH: [45, 'day'], OR: [45, 'day'], RI: [45, 'day'], SD: [60, 'day'], TN: [45, 'day'],
  TX: [60, 'day'], VT: [45, 'day'], WA: [30, 'day'], WI: [45, 'day'],
};

function lintStates(text: string, states: string[]) {
  return lintWithConfig(text, { facts: { states } }, { jurisdictions: ['ccpa'] });
}

describe('state deadline table', () => {
  it('has one row per state with a fixed deadline, each with a citation and a verification mark', () => {
    const rows = Object.fromEntries(rule.limits.map((l: { scope: string; value: number; unit: string }) => [l.scope, [l.value, l.unit]]));
    expect(rows).toEqual(table);
    for (const l of rule.limits) {
      expect(l.citation).toMatch(/\S/);
      expect(['P', 'S', 'U']).toContain(l.verified);
    }
    expect(rule.limitsFact).toBe('states');
  });
});

describe('promises against the table', () => {
  const promise = (n: string) => `California residents: if a breach affects your personal information, we will notify you within ${n}.`;
  it('by default (all states) the strictest limit is 30 days', () => {
    expect(found(lintText(promise('30 days'), { jurisdictions: ['ccpa'] }), 'conflict/breach-individuals')).toEqual([]);
    expect(found(lintText(promise('31 days'), { jurisdictions: ['ccpa'] }), 'conflict/breach-individuals')).toEqual([['conflict/breach-individuals', 1]]);
    expect(found(lintText(promise('72 hours'), { jurisdictions: ['ccpa'] }), 'conflict/breach-individuals')).toEqual([]);
  });
  it('states a promise in hours, days or business days', () => {
    expect(found(lintText(promise('800 hours'), { jurisdictions: ['ccpa'] }), 'conflict/breach-individuals')).toEqual([['conflict/breach-individuals', 1]]);
    expect(found(lintText(promise('20 business days'), { jurisdictions: ['ccpa'] }), 'conflict/breach-individuals')).toEqual([]);
    expect(found(lintText(promise('25 business days'), { jurisdictions: ['ccpa'] }), 'conflict/breach-individuals')).toEqual([['conflict/breach-individuals', 1]]);
  });
  it.each(Object.entries(table))('%s: its own number is allowed, one day more is not', (state, [days]) => {
    expect(found(lintStates(promise(`${days} days`), [state]), 'conflict/breach-individuals')).toEqual([]);
    const over = lintStates(promise(`${days + 1} days`), [state]);
    expect(found(over, 'conflict/breach-individuals')).toEqual([['conflict/breach-individuals', 1]]);
    expect(over.messages.find((m) => m.ruleId === 'conflict/breach-individuals')?.message).toContain(`${days} days (${state}`);
  });
  it('the strictest of several states applies', () => {
    expect(found(lintStates(promise('45 days'), ['TX', 'OH']), 'conflict/breach-individuals')).toEqual([]);
    expect(found(lintStates(promise('45 days'), ['TX', 'WA']), 'conflict/breach-individuals')).toEqual([['conflict/breach-individuals', 1]]);
  });
  it('notice to a regulator is not a notice to individuals', () => {
    const r = lintText('California residents: we notify the Attorney General of a breach within 60 days.', { jurisdictions: ['ccpa'] });
    expect(found(r, 'conflict/breach-individuals')).toEqual([]);
  });
});
