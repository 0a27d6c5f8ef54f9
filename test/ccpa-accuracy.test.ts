/** Document-model and rule behaviours tuned on converted web pages (fixtures written for these tests). */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, lintText, status } from './helpers.js';
import { buildDocument } from '../src/sections/build.js';
import { parse } from '../src/parse/index.js';
import { TextIndex } from '../src/analysis/search.js';
import { compilePhrases } from '../src/analysis/phrase.js';

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'us', name), 'utf8');
const lint = (name: string) => lintText(fixture(name), { jurisdictions: ['ccpa'] });

describe('navigation links in converted pages', () => {
  const text = fixture('nav-links.md');
  const doc = buildDocument('nav-links.md', text, 'markdown', parse(text, 'markdown'));
  it('a paragraph that is only a link is not a heading', () => {
    expect(doc.sections.map((s) => s.title)).toEqual(['', 'Data Rights by Region', 'Residents of the EEA']);
  });
  it('text after a menu entry naming another region still counts for the CCPA', () => {
    const r = lint('nav-links.md');
    expect(status(r, 'ccpa/right-correct')).toBe('present');
    expect(status(r, 'ccpa/right-delete')).toBe('present');
  });
  it('a short title-case paragraph without a link is still a heading', () => {
    const t = '# Top\n\nIntro.\n\nYour Choices Here\n\nYou may opt out.\n';
    const d = buildDocument('x.md', t, 'markdown', parse(t, 'markdown'));
    expect(d.sections.map((s) => s.title)).toEqual(['', 'Top', 'Your Choices Here']);
  });
});

describe('numbered bold section titles', () => {
  const text = fixture('acc-numbered-titles.md');
  const doc = buildDocument('acc-numbered-titles.md', text, 'markdown', parse(text, 'markdown'));
  it('"2. **Title ending in a period.**" alone in its list is a heading', () => {
    expect(doc.sections.map((s) => s.title).slice(2)).toEqual([
      'Information We Collect.',
      'Your EU and UK GDPR Privacy Rights and Controlling Your Personal Data.',
      'Your California Privacy Rights.',
    ]);
  });
  it('so rights stated only under the GDPR title are no CCPA evidence', () => {
    const r = lint('acc-numbered-titles.md');
    expect(status(r, 'ccpa/right-delete')).toBe('missing');
    expect(status(r, 'ccpa/right-correct')).toBe('missing');
    expect(status(r, 'ccpa/right-know')).toBe('present');
  });
});

describe('ccpa rules on web-page wording', () => {
  const r = lint('acc-web-page.md');
  const evidenceLines = (id: string) => r.coverage.find((c) => c.requirement === id)?.evidence?.map((e) => e.line);
  it('"doesn\'t ... sensitive personal information" is a statement on sensitive information', () => {
    expect(evidenceLines('ccpa/right-limit')).toEqual([3]);
  });
  it('"does not share ... with any third party" answers sold-shared', () => {
    expect(evidenceLines('ccpa/sold-shared')).toEqual([5]);
  });
  it('"contact us about any inaccuracies" is a way to correct; a corporate change is not', () => {
    expect(evidenceLines('ccpa/right-correct')).toEqual([7]);
  });
  it('removing yourself from advertising is not a right to delete', () => {
    expect(status(r, 'ccpa/right-delete')).toBe('missing');
  });
  it('a misspelt "last revised" date counts as the date', () => {
    expect(evidenceLines('ccpa/last-updated')?.[0]).toBe(13);
  });
  it('dates listed under "Changes to this policy", far from the top, count as the date', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `We use the data of group ${i + 1} to run the service.`);
    const text = ['# Policy', ...filler, '## Changes to this policy', 'We changed it on:', '- 12 September 2025', '- 3 March 2024'].join('\n\n');
    const cov = lintText(text, { jurisdictions: ['ccpa'] }).coverage.find((c) => c.requirement === 'ccpa/last-updated');
    expect(cov?.evidence?.map((e) => e.text)).toEqual(['12 September 2025', '3 March 2024']);
    const undated = lintText(text.replace(/- .*\d{4}/g, '- see the archive'), { jurisdictions: ['ccpa'] });
    expect(status(undated, 'ccpa/last-updated')).toBe('missing');
  });
});

describe('list items read with their lead-in', () => {
  const limit = (text: string) => lintText(text, { jurisdictions: ['ccpa'] }).coverage.find((c) => c.requirement === 'ccpa/right-limit');
  it('a right named in the lead-in and an action in the item are one statement', () => {
    const text = '# Privacy\n\nCalifornia residents have the right to:\n\n- know what we collect;\n- limit our use and disclosure of it.\n';
    expect(limit(text)).toEqual({ requirement: 'ccpa/right-limit', status: 'present', evidence: [{ line: 6, column: 3, text: 'limit our use and disclosure of it.' }] });
    // Without the colon the paragraph is a sentence of its own, and the item says nothing of a right.
    expect(limit(text.replace('right to:', 'right to.'))?.status).toBe('missing');
  });
  it('a lead-in naming another jurisdiction makes its list no evidence', () => {
    expect(limit('# Privacy\n\nIn the EEA and the UK, you have the right to:\n\n- restrict our processing of your personal information.\n')?.status).toBe('missing');
  });
  const find = (text: string, phrase: string) => {
    const doc = buildDocument('x.md', text, 'markdown', parse(text, 'markdown'));
    return new TextIndex(doc.sentences).find(compilePhrases(phrase)).map((h) => [h.sentence.text, h.negated]);
  };
  it('a phrase inside the lead-in alone is found once, in the lead-in', () => {
    expect(find('You have a right to deletion:\n\n- by e-mail\n- by post\n', 'right to deletion')).toEqual([['You have a right to deletion:', false]]);
  });
  it('a negation in the lead-in negates the item', () => {
    expect(find('We do not:\n\n- sell your personal information\n', 'sell ... personal information')).toEqual([['sell your personal information', true]]);
  });
  // A lead-in may withhold a finding from its items, never make one.
  const messages = (text: string, prefix: string) =>
    lintText(text, { jurisdictions: ['gdpr', 'ccpa', 'conflict'] }).messages.filter((m) => m.ruleId?.startsWith(prefix)).map((m) => [m.ruleId, m.line]);
  it('a number limit\'s excluded context in the lead-in covers the item', () => {
    const item = '- We will respond to your request within 45 days.\n';
    expect(messages(`# Privacy\n\nYour rights:\n\n${item}`, 'gdpr/response-time')).toEqual([['gdpr/response-time', 5]]);
    expect(messages(`# Privacy\n\nUnder the CCPA, you may ask us to:\n\n${item}`, 'gdpr/response-time')).toEqual([]);
  });
  it('a number in a table is what its cell and column header say, not what the rest of the row is about', () => {
    const table = (head: string, row: string) => `# Privacy\n\n| Data | Purpose | ${head} |\n| --- | --- | --- |\n| E-mail | Respond to inquiries | ${row} |\n`;
    expect(messages(table('Retention', 'Until closed + 60 days'), 'gdpr/response-time')).toEqual([]);
    expect(messages(table('Response time to requests', '60 days'), 'gdpr/response-time')).toEqual([['gdpr/response-time', 5]]);
  });
  it('a number limit\'s required context must be in the item itself', () => {
    const text = (lead: string) => `# Privacy\n\n${lead}\n\n- Opt-out: for people sixteen (16) years or older, you can opt out of sales at any time.\n`;
    // "request" in the lead-in does not make the item's "16 years" a response time.
    expect(messages(text('Under the California Consumer Privacy Act, you may request:'), 'ccpa/opt-out-timing')).toEqual([]);
  });
  it('a forbidden pattern\'s exception in the lead-in covers the item', () => {
    const item = '- keep your order history indefinitely.\n';
    expect(messages(`# Privacy\n\nWe:\n\n${item}`, 'conflict/indefinite-retention')).toEqual([['conflict/indefinite-retention', 5]]);
    expect(messages(`# Privacy\n\nIn aggregated form only, we:\n\n${item}`, 'conflict/indefinite-retention')).toEqual([]);
  });
  it('an evidence exclusion reads the sentence alone: a lead-in about cookies keeps its items as evidence', () => {
    const cov = lintText('# Privacy\n\nWe use cookies for the following purposes:\n\n- delivering ads based on automated decision-making about your profile.\n', { jurisdictions: ['gdpr'] }).coverage;
    expect(cov.find((c) => c.requirement === 'gdpr/automated-decisions')?.status).toBe('present');
  });
});

describe('a dateline near the top', () => {
  const cov = (line: string) => lintText(`# Privacy Policy\n\n${line}\n\nWe collect your e-mail address to run your account.\n`, { jurisdictions: ['ccpa'] }).coverage.find((c) => c.requirement === 'ccpa/last-updated');
  it('counts with a weekday, a time and a time zone beside the date', () => {
    expect(cov('Fri 19 Aug 2022 04.24 EDT')?.evidence).toEqual([{ line: 3, column: 5, text: 'Fri 19 Aug 2022 04.24 EDT' }]);
    expect(cov('Tuesday, March 3, 2026 | 9:30 am')?.evidence?.map((e) => e.text)).toEqual(['Tuesday, March 3, 2026 9:30 am']);
  });
  it('does not count beside other words', () => {
    expect(cov('Posted by Anna Lee on 19 Aug 2022 at noon')?.status).toBe('missing');
  });
});

describe('ccpa/last-updated without a date', () => {
  it('a copyright year and a reference to a "Last Updated" date that is not there are no date', () => {
    const r = lint('acc-undated.md');
    expect(status(r, 'ccpa/last-updated')).toBe('missing');
    expect(status(r, 'ccpa/right-correct')).toBe('present');
  });
});

describe('ccpa/right-limit wording', () => {
  const limit = (text: string) => status(lintText(text, { jurisdictions: ['ccpa'] }), 'ccpa/right-limit');
  it.each([
    ['California residents may ask us to restrict the use and disclosure of their sensitive data.', 'present'],
    ['You have the right to ask us to limit the use of your personal information.', 'present'],
    // GDPR's restriction of processing (Art. 18) is not the CCPA's right to limit sensitive information.
    ['You may ask us to restrict the processing of your personal information.', 'missing'],
    ['# Privacy\n\n## Your rights in the EEA\n\nYou may ask us to restrict the processing of your personal data.', 'missing'],
    ['Consumers may ask us to limit use or disclosure.', 'present'],
    ['Our service providers must restrict processing to our instructions.', 'missing'],
    ['We accept, without limitation, the use of cookies by our partners.', 'missing'],
  ])('%s → %s', (text, expected) => expect(limit(text)).toBe(expected));
});

describe('evidence that belongs to another requirement', () => {
  const base = '# Privacy Policy\n\n## Your California privacy rights\n\nCalifornia residents may ask us what personal information we hold about them.\n\n';
  const evidenceOf = (text: string, id: string) => lintText(text, { jurisdictions: ['ccpa'] }).coverage.find((c) => c.requirement === id);

  it('a sentence about collection ("we collect information when you submit a form or call us") gives no way to make a request', () => {
    const collect = `${base}## What we collect\n\nWe collect information from you when you submit a form on our site or call us.\n`;
    expect(evidenceOf(collect, 'ccpa/request-methods')?.status).toBe('missing');
    const methods = `${base}To make a request, call us at 1-800-555-0100 or use our webform.\n`;
    expect(evidenceOf(methods, 'ccpa/request-methods')).toMatchObject({ status: 'present', evidence: [{ line: 7 }] });
  });

  it('request metrics report on requests; they give no right', () => {
    const metrics = `${base}## Request metrics\n\nThe mean number of days within which we responded to requests to delete was 12.\n`;
    expect(evidenceOf(metrics, 'ccpa/right-delete')?.status).toBe('missing');
  });

  it('"the right to know if we respond to Do Not Track signals" is not the right to know', () => {
    const dnt = '# Privacy Policy\n\n## California\n\nCalifornia residents have the right to know if we respond to do not track signals.\n';
    expect(evidenceOf(dnt, 'ccpa/right-know')?.status).toBe('missing');
  });
});
