/** Which passage a present disclosure cites, and enumerations written inside one sentence. */
import { describe, it, expect } from '@jest/globals';
import { lintText } from './helpers.js';
import { splitDashList, splitEnumeration, splitSentences } from '../src/analysis/sentences.js';
import { hasSignal } from '../src/analysis/signals.js';

const cited = (text: string, id: string) => lintText(text, { jurisdictions: ['gdpr'] }).coverage.find((c) => c.requirement === id);
const parts = (text: string) => {
  const [span] = splitSentences(text);
  const e = splitEnumeration(text, span);
  return e && [e.lead, ...e.items].map((s) => text.slice(s.start, s.end));
};

describe('a dash list that lost its markup (one HTML paragraph)', () => {
  const dash = (text: string) => {
    const e = splitDashList(text);
    return e && [e.lead, ...e.items].map((s) => text.slice(s.start, s.end));
  };
  it('is split into its lead-in and items, the dashes left out', () => {
    expect(dash('We do not: - Sell or rent your data. - Use it for advertising.')).toEqual(['We do not:', 'Sell or rent your data.', 'Use it for advertising.']);
    // A dash inside prose, or one item alone, is no list.
    expect(dash('Our partners - such as hosts - keep logs: we read them.')).toBeNull();
    expect(dash('We do not: - Sell your data.')).toBeNull();
  });
  it('denies each item under "We do not:", so no sale is read', () => {
    const page = '<h1>Privacy</h1>\n<p>We collect your e-mail address. We do <strong>not</strong>:\n- Sell or rent your data to third parties.\n- Use your data for advertising.</p>\n';
    expect(lintText(page, { format: 'html', jurisdictions: ['ccpa'] }).messages.filter((m) => m.ruleId === 'ccpa/opt-out-link')).toEqual([]);
    const sells = page.replace('We do <strong>not</strong>:', 'We may:');
    expect(lintText(sells, { format: 'html', jurisdictions: ['ccpa'] }).messages.filter((m) => m.ruleId === 'ccpa/opt-out-link').length).toBe(1);
  });
});

describe('an enumeration written inside one sentence', () => {
  it('is split into its lead-in and items, each marker starting an item', () => {
    expect(parts('You may ask for: (i) a copy of your data; (ii) a correction; or (iii) its deletion.')).toEqual([
      'You may ask for:',
      '(i) a copy of your data;',
      '(ii) a correction; or',
      '(iii) its deletion.',
    ]);
    expect(parts('We share it (a) with hosts and (b) with auditors.')).toEqual(['We share it', '(a) with hosts and', '(b) with auditors.']);
  });
  it('is not a citation, a series that does not start at its first marker, or a lone marker', () => {
    expect(parts('We rely on Art. 6 (1) (f) GDPR and on (b) too.')).toBeNull();
    expect(parts('See points (b) and (c) of the terms.')).toBeNull();
    expect(parts('We rely on Art. 6(1)(a) and 6(1)(b) GDPR.')).toBeNull();
    expect(parts('(i) We collect your name.')).toBeNull();
  });
  it('reads each item with its lead-in, so a right forty words from "request" is found in its item', () => {
    const text = [
      '# Privacy',
      '',
      'We collect your e-mail address to send the newsletter.',
      '',
      '## Newsletter',
      '',
      'You have the right to request: (i) access to the personal data we hold about you; (ii) an electronic copy of that data; (iii) correction of your personal data where it is incomplete or inaccurate; or (iv) deletion of your personal data in certain circumstances.',
      '',
    ].join('\n');
    const erasure = cited(text, 'gdpr/right-erasure');
    expect(erasure?.status).toBe('present');
    expect(erasure?.evidence?.[0]).toMatchObject({ line: 7, text: '(iv) deletion of your personal data in certain circumstances.' });
  });
});

describe('which passage is cited', () => {
  it('words that often name someone else ("provided by") are cited after the contact section', () => {
    const text = [
      '# Privacy',
      '',
      'We collect your e-mail address under the GDPR. The map tiles are provided by a mapping partner.',
      '',
      '## Contact us',
      '',
      'Questions about this policy:',
      '',
      'Tel: 31-20 55501234',
      '',
    ].join('\n');
    const identity = cited(text, 'gdpr/controller-identity');
    expect(identity?.status).toBe('present');
    expect(identity?.evidence?.map((e) => e.line)).toEqual([9, 3]);
  });
  it('the section about the topic is searched before earlier announcements use up the places', () => {
    const text = [
      '# Privacy',
      '',
      'Below we say what information we collect. We explain what information we collect from visitors. We note what information we collect from members. We list what information we collect from staff.',
      '',
      '## Information we collect',
      '',
      'What information we collect: your name and e-mail address.',
      '',
    ].join('\n');
    expect(cited(text, 'common/data-collected')?.evidence?.[0]).toMatchObject({ line: 7 });
  });
  it('a sentence that denies running a site is no evidence of who runs it', () => {
    const text = '# Privacy\n\nWe collect your e-mail address under the GDPR. Linked sites are not operated by us.\n';
    expect(cited(text, 'gdpr/controller-identity')?.status).toBe('missing');
  });
});

describe('phone numbers', () => {
  it('a labelled number is a phone number whatever its grouping; an unlabelled run of digits is not', () => {
    expect(hasSignal('phone', 'Tel: 62-21 53699200')).toBe(true);
    expect(hasSignal('phone', 'Phone no. 0211 5550123')).toBe(true);
    expect(hasSignal('phone', 'Ticket 7700900123 was closed.')).toBe(false);
    expect(hasSignal('phone', 'Telegram: t.me/examplebot')).toBe(false);
  });
});

describe('evidence.citedLast', () => {
  it('a sentence about an opt-out right that names selling is cited after one that says what is sold', () => {
    const text = [
      '# Privacy Notice for California Residents',
      '',
      'You may opt out of the sale of your personal information at any time.',
      '',
      'We do not sell personal information to anyone.',
      '',
    ].join('\n');
    const sold = lintText(text, { jurisdictions: ['ccpa'] }).coverage.find((c) => c.requirement === 'ccpa/sold-shared');
    expect(sold?.evidence?.map((e) => e.line)).toEqual([5, 3]);
  });
});

describe('a lead-in cited as evidence', () => {
  it('is quoted with the first of its items, so the quote says what the list says', () => {
    const text = '# Privacy\n\nWe collect:\n\n- your name;\n- your e-mail address.\n\nNothing else is kept.\n';
    const collected = lintText(text).coverage.find((c) => c.requirement === 'common/data-collected');
    expect(collected?.evidence?.[0]).toEqual({ line: 3, column: 1, text: 'We collect: your name; your e-mail address' });
  });
});

describe('children: an age, not a number after "under"', () => {
  const children = (text: string) => lintText(text).coverage.find((c) => c.requirement === 'common/children');
  it('"under given circumstances (Art. 18)" and a company "AG" say nothing about children', () => {
    const text = '# Privacy\n\nPlayers sign in with an e-mail address to save their game progress. You may ask us to restrict processing under given circumstances (Art. 18 GDPR).\n\n## Nordwerk AG\n\nNordwerk AG runs this service.\n';
    expect(children(text)?.status).toBe('missing');
  });
  it('"under the age of 16" and a section headed "Age" still do', () => {
    expect(children('# Privacy\n\nPlayers save their game progress. Nobody under the age of 16 may sign up.\n')?.status).toBe('present');
    expect(children('# Privacy\n\nPlayers save their game progress.\n\n## Age\n\nYou must be an adult to sign up.\n')?.status).toBe('present');
  });
});

describe('disclosures in the words of small policies', () => {
  const statusOf = (text: string, id: string, jurisdictions?: string[]) => lintText(text, { jurisdictions }).coverage.find((c) => c.requirement === id)?.status;
  const policy = (line: string) => `# Privacy\n\nWe collect your name and e-mail address to answer your questions.\n\n${line}\n`;
  it('each says it in its own way', () => {
    expect(statusOf(policy('We retain information collected for site analytics for a maximum period of 18 months.'), 'common/retention')).toBe('present');
    expect(statusOf(policy('We do not keep this information after we answer you.'), 'common/retention')).toBe('present');
    expect(statusOf(policy('You can also ask for your data to be removed.'), 'common/user-rights')).toBe('present');
    expect(statusOf(policy('Nothing is sold or shared outside this club.'), 'common/data-sharing')).toBe('present');
    expect(statusOf(policy('You can ask for removal by contacting us [here](mailto:owner@example.org).'), 'common/contact')).toBe('present');
    expect(statusOf(policy('You can upload photos to the gallery. This tool is intended for use by administrators of the platform.'), 'common/children')).toBe('present');
    expect(statusOf(`${policy('If you have any questions about this policy, feel free to [contact us](/contact).')}`.replace('\n\nIf you', '\n\n## Questions?\n\nIf you'), 'common/contact')).toBe('present');
    expect(statusOf(policy('© 2026 Harbor Chapel Youth. All rights reserved.'), 'common/operator-identity')).toBe('present');
    expect(statusOf(policy('Hack Norden – “us”, “we”, or “our” – operates Hack Norden (the “service”).'), 'common/operator-identity')).toBe('present');
  });
  it('and the words alone, without the statement, still do not', () => {
    expect(statusOf(policy('Read more [here](https://example.org/blog).'), 'common/contact')).toBe('missing');
    expect(statusOf(policy('## Questions?\n\nRead [our blog](/blog) for news.'), 'common/contact')).toBe('missing');
    expect(statusOf(policy('© 2025 Math Learning App. All rights reserved.'), 'common/operator-identity')).toBe('missing');
    expect(statusOf(policy('A period of 18 months is our planning horizon.'), 'common/retention')).toBe('missing');
  });
});

describe('applicability in other words', () => {
  const named = (text: string) => lintText(text).messages.filter((m) => m.ruleId?.endsWith('/applicability')).map((m) => m.ruleId);
  it('"our users in California may exercise the following rights" addresses California residents', () => {
    expect(named('# Privacy\n\nWe collect your e-mail address. This notice covers the CCPA.\n\nIn addition, our users in California may exercise the following rights: to know and to delete.\n')).not.toContain('ccpa/applicability');
  });
  it('"residents of US states with comprehensive privacy laws, including California, Virginia" addresses both', () => {
    const text = '# State privacy notice\n\nWe collect your e-mail address. This notice covers the CCPA and other state laws.\n\nThis notice is for residents of US states with comprehensive privacy laws, including California, Virginia and Colorado.\n';
    expect(named(text)).not.toContain('ccpa/applicability');
    expect(named(text)).not.toContain('us-states/applicability');
  });
  it('"a resident of another U.S. state with privacy laws" addresses those states', () => {
    expect(named('# Privacy\n\nWe collect your e-mail address. Some state privacy laws give rights.\n\nIf you are a resident of another U.S. state with applicable privacy laws, you may have similar rights.\n')).not.toContain('us-states/applicability');
  });
});

describe('a fence of colons', () => {
  it('closes a site generator\'s container and promises no list', () => {
    const text = '# Privacy\n\nWe collect your e-mail address.\n\n::: info\nTelemetry is off by default.\n:::\n';
    expect(lintText(text).messages.filter((m) => m.ruleId === 'draft/empty-list')).toEqual([]);
  });
});

describe('a note between a lead-in and its list', () => {
  const text = (note: string) => `# Privacy\n\nYou have the following rights:\n\n${note}\n\n1. The right to access your data\n2. The right to have it corrected\n`;
  it('that speaks of the list keeps the list the lead-in\'s', () => {
    expect(lintText(text('When exercising any of the rights listed below, we may need to verify your identity. We will then ask you for proof of it.')).messages.filter((m) => m.ruleId === 'draft/empty-list')).toEqual([]);
  });
  it('that stands alone before the next heading leaves the lead-in without its list', () => {
    const alone = '# Privacy\n\nYou have the following rights:\n\nWe are a small charity. Volunteers answer every letter we receive.\n\n## Contact\n\nWrite to us at the hall.\n';
    expect(lintText(alone).messages.filter((m) => m.ruleId === 'draft/empty-list').map((m) => m.line)).toEqual([3]);
  });
});

describe('a plain-text list marked by hand', () => {
  const lint = (items: string) => lintText(`PRIVACY POLICY\n\nWe use the data for the following features:\n\n${items}\n\nThat is all.\n`, { format: 'text' }).messages.filter((m) => m.ruleId === 'draft/empty-list');
  it('"a." items and "Label:" items are the list', () => {
    expect(lint('  a. Showing your name in the app. We read it from your account.\n\n  b. Listing your playlists. We read them when you ask.')).toEqual([]);
    expect(lint('  Sign out: Signing out removes your token. You can sign in again.\n\n  Delete: Deleting the app removes all local data.')).toEqual([]);
  });
  it('a paragraph of prose alone after the lead-in is not', () => {
    const prose = lintText('PRIVACY POLICY\n\nWe use the data for the following features:\n\nWe are a small team. We answer every e-mail ourselves.\n', { format: 'text' });
    expect(prose.messages.filter((m) => m.ruleId === 'draft/empty-list').map((m) => m.line)).toEqual([3]);
  });
});
