/** Each check kind, configured by a rule pack written as data (fixtures/packs/house). */
import { describe, it, expect } from '@jest/globals';
import path from 'node:path';
import { FIXTURES, lintSource, lintText, lintWithConfig } from './helpers.js';

const house = path.join(FIXTURES, 'packs/house');

function run(text: string, facts?: Record<string, unknown>) {
  return lintSource(
    { text, filePath: '/tmp/p.md', format: 'markdown' },
    { useConfig: false, rulesDirs: [house], jurisdictions: ['house'], now: '2026-11-23' },
  ).result;
}

const ids = (r: ReturnType<typeof run>) => r.messages.filter((m) => m.ruleId?.startsWith('house/')).map((m) => [m.ruleId, m.line]);

describe('check kinds', () => {
  it('forbidden-pattern: reports the match, with a fix', () => {
    const r = run('# P\n\nWe keep logs forever.\n');
    const m = r.messages.find((x) => x.ruleId === 'house/no-forever')!;
    expect([m.line, m.column, m.message]).toEqual([3, 14, '"forever": say how long data is kept.']);
    expect(m.fix).toEqual({ range: [18, 25], text: 'for 12 months' });
  });

  it('disclosure: not applicable without a trigger, missing when triggered, present with evidence', () => {
    expect(run('# P\n\nWe collect e-mail.\n').coverage.find((c) => c.requirement === 'house/dpo')).toEqual({
      requirement: 'house/dpo',
      status: 'not-applicable',
      reason: 'no DPO is mentioned; set facts.hasDpo to true if it applies',
    });
    const missing = run('# P\n\nWe have appointed a data protection officer.\n');
    expect(ids(missing)).toEqual([['house/dpo', 1]]);
    // One sentence in words: what was looked for lives in the docs and `explain`, not in the message.
    expect(missing.messages[0].message).not.toContain('Looked for');
    expect(missing.messages[0].message.length).toBeLessThanOrEqual(160);
    const present = run('# P\n\n## Data protection officer\n\nWrite to dpo@tidewell.app.\n');
    expect(present.coverage.find((c) => c.requirement === 'house/dpo')).toEqual({
      requirement: 'house/dpo',
      status: 'present',
      evidence: [{ line: 5, column: 1, text: 'Write to dpo@tidewell.app.' }],
    });
  });

  it('disclosure: the statement in the section about the topic is cited before an introduction that announces it', () => {
    const text = '# Privacy\n\nThis policy explains what information we collect and why.\n\n## Information we collect\n\nWe collect your name and e-mail address when you sign up.\n';
    const r = lintText(text);
    expect(r.coverage.find((c) => c.requirement === 'common/data-collected')?.evidence?.map((e) => e.line)).toEqual([7, 3, 5]);
  });

  it('forbidden-pattern: a placeholder address in a link and its text is one finding', () => {
    const html = '<h1>Privacy</h1>\n<p>Questions? Write to <a href="mailto:support@example.com">support@example.com</a>.</p>\n';
    const { result } = lintSource({ text: html, filePath: '/tmp/privacy.html', format: 'html' }, { useConfig: false });
    const placeholders = result.messages.filter((m) => m.ruleId === 'draft/placeholder');
    expect(placeholders.map((m) => [m.line, m.message])).toEqual([[2, 'Template placeholder "support@example.com" is still in the policy.']]);
  });

  it('a file named .html with no tag in it is read as the Markdown it is, lines and all', () => {
    const text = '# Privacy Policy\n\nLast updated: March 3, 2026\n\nThis policy explains how **[COMPANY NAME]** uses data.\n';
    const { result } = lintSource({ text, filePath: '/tmp/privacy.html' }, { useConfig: false });
    expect(result.messages.filter((m) => m.ruleId === 'draft/placeholder').map((m) => [m.line, m.column])).toEqual([[5, 28]]);
  });

  it('a file named .txt written in Markdown is read as Markdown: its "## Contact" is a section', () => {
    const text = '# Privacy Policy\n\nWe store your user ID.\n\n## Contact\n\nQuestions about this policy:\n**@acmebot_team**\n';
    const contact = (filePath: string) => lintSource({ text, filePath }, { useConfig: false }).result.coverage.find((c) => c.requirement === 'common/contact');
    expect(contact('/tmp/PRIVACY.txt')?.evidence?.map((e) => e.line)).toEqual([7]);
    // Written on Windows ("." does not match "\r").
    const crlf = lintSource({ text: text.replace(/\n/g, '\r\n'), filePath: '/tmp/PRIVACY.txt' }, { useConfig: false }).result;
    expect(crlf.coverage.find((c) => c.requirement === 'common/contact')?.evidence?.map((e) => e.line)).toEqual([7]);
  });

  it('disclosure: a negated trigger does not make the requirement apply', () => {
    const r = run('# P\n\nWe have not appointed a data protection officer.\n');
    expect(r.coverage.find((c) => c.requirement === 'house/dpo')!.status).toBe('not-applicable');
  });

  it('number-limit: the strictest limit applies, unverified limits only warn', () => {
    const r = run('# P\n\nWe respond to requests within 40 days.\n');
    expect(ids(r)).toEqual([['house/response-time', 3]]);
    const m = r.messages.find((x) => x.ruleId === 'house/response-time')!;
    // The EU limit is verified ("S"): an error.
    expect([m.message, m.severity]).toEqual(['Promises an answer in 40 days, longer than 1 months (EU).', 2]);
    expect(ids(run('# P\n\nWe respond to requests within 30 days.\n'))).toEqual([]);
  });

  it('date: a policy date older than the limit is reported at the date', () => {
    const r = run('# P\n\nLast updated: January 5, 2024\n');
    expect(r.messages.filter((m) => m.ruleId === 'house/fresh').map((m) => [m.line, m.column, m.message])).toEqual([
      [3, 15, 'The policy is dated January 5, 2024, more than 12 months before 2026-11-23.'],
    ]);
  });

  it('structure: a lead-in followed by a heading', () => {
    expect(ids(run('# P\n\nWe collect:\n\n## Next\n\nText.\n'))).toEqual([['house/no-empty-lists', 3]]);
  });
});

describe('conditions read config facts', () => {
  it('facts.hasDpo true makes the requirement apply without any trigger; false switches it off', () => {
    const lintWith = (facts: Record<string, unknown>, text: string) => lintWithConfig(text, { facts, jurisdictions: ['house'], packs: [house] });
    expect(lintWith({ hasDpo: true }, '# P\n\nWe collect e-mail.\n').coverage.find((c) => c.requirement === 'house/dpo')!.status).toBe('missing');
    const off = lintWith({ hasDpo: false }, '# P\n\nOur data protection officer is appointed.\n').coverage.find((c) => c.requirement === 'house/dpo')!;
    expect(off).toEqual({ requirement: 'house/dpo', status: 'not-applicable', reason: 'facts.hasDpo is false in the configuration' });
  });

  it('facts.regions picks the limits in force; an unverified limit only warns', () => {
    const r = lintWithConfig('# P\n\nWe respond to requests within 50 days.\n', { facts: { regions: ['CA'] }, jurisdictions: ['house'], packs: [house] });
    const m = r.messages.filter((x) => x.ruleId === 'house/response-time').map((x) => [x.line, x.severity, x.message]);
    expect(m).toEqual([[3, 1, 'Promises an answer in 50 days, longer than 45 days (CA).']]);
  });
});

describe('jurisdictions', () => {
  it('are detected from the text, and --jurisdiction overrides detection', () => {
    const text = '# Privacy\n\nWe process your data under the General Data Protection Regulation.\n';
    const detected = lintSource({ text, filePath: '/tmp/p.md', format: 'markdown' }, { useConfig: false }).result;
    expect(detected.jurisdictions).toEqual(['gdpr']);
    const chosen = lintSource({ text, filePath: '/tmp/p.md', format: 'markdown' }, { useConfig: false, jurisdictions: ['ccpa'] }).result;
    expect(chosen.jurisdictions).toEqual(['ccpa']);
    const plain = lintSource({ text: '# Privacy\n\nWe collect your e-mail address.\n', filePath: '/tmp/p.md' }, { useConfig: false }).result;
    expect(plain.jurisdictions).toEqual([]);
  });
});

describe('forbidden patterns with literals', () => {
  it("a pattern's own suggestion replaces the rule's: a generator credit is kept, the text is checked", () => {
    const r = lintText('# Privacy\n\nWe collect your e-mail address to answer you.\n\nThis policy was created with the help of the Free Privacy Policy Generator.\n');
    const credit = r.messages.find((m) => m.ruleId === 'draft/template-text');
    expect(credit).toMatchObject({ line: 5, suggestion: expect.stringMatching(/^Read the generated text .* keep the credit/) });
    const instruction = lintText('# Privacy\n\nSuggested text: Our website address is https://acme.test.\n').messages.find((m) => m.ruleId === 'draft/template-text');
    expect(instruction?.suggestion).toBe('Delete the instructions and write the policy\'s own text.');
  });

  const lint = (text: string) =>
    lintSource({ text, filePath: '/tmp/p.md', format: 'markdown' }, { useConfig: false, jurisdictions: ['draft'], now: '2026-11-23' }).result.messages.map((m) => [m.ruleId, m.line, m.column]);
  it('are found on the right line when lower-casing changes the text length (İ)', () => {
    expect(lint('# P\n\nOur İstanbul and İzmir offices.\n\nWrite to privacy@YOUR_DOMAIN.com.\n').filter(([id]) => id === 'draft/placeholder')).toEqual([['draft/placeholder', 5, 18]]);
  });
  it('search code only where a pattern asks for it, in a document with and without code', () => {
    const withCode = '# P\n\n```\n<a class="__cf_email__">[Company Name]</a>\n```\n\nWe are [Company Name].\n';
    expect(lint(withCode).filter(([id]) => id === 'draft/placeholder' || id === 'draft/cloudflare-email')).toEqual([
      ['draft/cloudflare-email', 4, 11],
      ['draft/placeholder', 7, 8],
    ]);
    expect(lint('# P\n\nWe are [Company Name].\n').filter(([id]) => id === 'draft/placeholder')).toEqual([['draft/placeholder', 3, 8]]);
  });
  it('in a plain-text policy, a Markdown link\'s text in brackets is not a slot', () => {
    const text = 'Read the [Developer Terms of Service](https://discord.com/developers/docs/legal).\nWe are [Company Name].\n';
    const messages = lintSource({ text, filePath: '/tmp/p.txt', format: 'text' }, { useConfig: false, jurisdictions: ['draft'], now: '2026-11-23' }).result.messages;
    expect(messages.filter((m) => m.ruleId === 'draft/placeholder').map((m) => [m.line, m.column])).toEqual([[2, 8]]);
  });
  it('an angle-bracket slot in inline code is a placeholder; a generic type in code is not', () => {
    const text = '# P\n\nLast updated: `<Date>`\n\nWrite to `<Privacy contact email>`.\n\n```\nList<String> names;\n```\n';
    expect(lint(text).filter(([id]) => id === 'draft/placeholder')).toEqual([
      ['draft/placeholder', 3, 16],
      ['draft/placeholder', 5, 11],
    ]);
  });
  it('in a code block, point at their own line and column, not at the fence', () => {
    const fenced = '# P\n\n  ```\n  first line\n  <a class="__cf_email__">x</a>\n  ```\n';
    expect(lint(fenced).filter(([id]) => id === 'draft/cloudflare-email')).toEqual([['draft/cloudflare-email', 5, 13]]);
    const indented = lintSource({ text: '# P\n\n    LAST UPDATED December 2, 2022\n', filePath: '/tmp/p.md', format: 'markdown' }, { useConfig: false, now: '2026-11-23' }).result;
    expect(indented.coverage.find((c) => c.requirement === 'common/last-updated')).toEqual({
      requirement: 'common/last-updated',
      status: 'present',
      evidence: [{ line: 3, column: 18, text: 'LAST UPDATED December 2, 2022' }],
    });
  });
  it('a date alone on the last line is the policy\'s date; one alone in the middle is not', () => {
    const status = (text: string) => lintSource({ text, filePath: '/tmp/p.md', format: 'markdown' }, { useConfig: false, now: '2026-11-23' }).result.coverage.find((c) => c.requirement === 'common/last-updated')?.status;
    // Past the first twelve blocks, where a date alone under the title is read.
    const body = `# Privacy\n\n${'We collect your e-mail address to send the newsletter.\n\n'.repeat(12)}We will revise the date at the bottom of this page when this policy changes.\n\n`;
    expect(status(`${body}September 23, 2016\n`)).toBe('present');
    expect(status(`${body}September 23, 2016\n\nWe keep it for a year.\n\nWrite to us at hello@example.org.\n`)).toBe('missing');
  });
  it('test a link target for its literals before running the pattern', () => {
    expect(lint('# P\n\nMail [us](https://example.org/cdn-cgi/l/email-protection#abc) or [them](https://example.org/contact).\n').filter(([id]) => id === 'draft/cloudflare-email')).toEqual([['draft/cloudflare-email', 3, 11]]);
  });
});

describe('a 20 MB policy', () => {
  it('is linted, with findings at the right lines near its end', () => {
    const para = 'We collect your name and e-mail address to run your account, and we keep them while the account is open.\n';
    const body = para.repeat(Math.ceil((20 * 1048576) / para.length));
    const text = `Privacy Policy\n${body}Contact: privacy@YOUR_DOMAIN.com\n`;
    const r = lintSource({ text, filePath: '/tmp/big.txt', format: 'text' }, { useConfig: false, now: '2026-11-23', maxFileSize: 32 * 1048576 }).result;
    const lines = text.split('\n').length - 1;
    expect(r.messages.filter((m) => m.ruleId === 'draft/placeholder').map((m) => m.line)).toEqual([lines]);
  }, 240000);
});

describe('condition.factIncludes and condition.alsoText (fixtures/packs/scoped)', () => {
  const scoped = path.join(FIXTURES, 'packs/scoped');
  const lintWith = async (facts: Record<string, unknown> | null, text: string) =>
    lintWithConfig(text, { ...(facts ? { facts } : {}), jurisdictions: ['scoped'], packs: [scoped] });
  const cov = (r: ReturnType<typeof run>, id: string) => r.coverage.find((c) => c.requirement === id);
  const found = (r: ReturnType<typeof run>) => r.messages.filter((m) => m.ruleId?.startsWith('scoped/')).map((m) => [m.ruleId, m.line]);
  const texas = '# P\n\nTexas residents have rights.\n\nWe sell sensitive data to partners.\n';

  it('without facts, the text names the state and alsoText holds: applies, with both trigger lines', async () => {
    const r = await lintWith(null, texas);
    expect(cov(r, 'scoped/sale-notice')).toEqual({ requirement: 'scoped/sale-notice', status: 'missing', reason: 'applies because of lines 3 and 5' });
    expect(r.messages.find((m) => m.ruleId === 'scoped/sale-notice')!.evidence!.map((e) => e.line)).toEqual([3, 5]);
  });

  it('alsoText missing (or negated): not applicable, whatever the state', async () => {
    const r = await lintWith({ states: ['TX'] }, '# P\n\nTexas residents have rights. We do not sell sensitive data.\n');
    expect(cov(r, 'scoped/sale-notice')).toEqual({ requirement: 'scoped/sale-notice', status: 'not-applicable', reason: 'Texas is not in scope or nothing sensitive is sold' });
  });

  it('facts.states listing the state (any case) makes it apply without the text naming it', async () => {
    const r = await lintWith({ states: ['ca', 'tx'] }, '# P\n\nWe sell sensitive data to partners.\n');
    expect(cov(r, 'scoped/sale-notice')?.status).toBe('missing');
    expect(found(r)).toEqual([['scoped/sale-notice', 1]]);
  });

  it('facts.states without the state decides: not applicable even where the text names it', async () => {
    const r = await lintWith({ states: ['CA'] }, texas);
    expect(cov(r, 'scoped/sale-notice')).toEqual({ requirement: 'scoped/sale-notice', status: 'not-applicable', reason: 'facts.states does not include TX' });
    expect(found(r)).toEqual([]);
  });

  it('unset fact and no text trigger: not applicable, and the reason says which fact to set', async () => {
    const r = await lintWith(null, '# P\n\nWe sell sensitive data to partners.\n');
    expect(cov(r, 'scoped/sale-notice')).toEqual({
      requirement: 'scoped/sale-notice',
      status: 'not-applicable',
      reason: 'Texas is not in scope or nothing sensitive is sold; list TX in facts.states if it applies',
    });
  });

  it('a forbidden pattern honours the condition too (a list of values: any of them)', async () => {
    const text = '# P\n\nWe sell sensitive data to partners.\n';
    expect(found(await lintWith(null, text))).toEqual([]);
    expect(found(await lintWith({ states: ['DE'] }, text))).toEqual([['scoped/no-sale', 3]]);
    expect(found(await lintWith({ states: ['CA'] }, `# P\n\nMaryland residents: see below.\n\n${text.slice(5)}`))).toEqual([]);
    expect(found(await lintWith(null, `# P\n\nMaryland residents: see below.\n\n${text.slice(5)}`))).toEqual([['scoped/no-sale', 5]]);
  });
});
