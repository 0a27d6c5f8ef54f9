/** The same policy as Markdown, text and HTML gives the same findings on the lines of each file. */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, lintText, found, status } from './helpers.js';

const read = (f: string) => fs.readFileSync(path.join(FIXTURES, 'core', f), 'utf8');

describe('input formats', () => {
  it('Markdown: placeholders reported on their lines and columns, code ignored', () => {
    const r = lintText(read('placeholder.md'));
    const ph = r.messages.filter((m) => m.ruleId === 'draft/placeholder');
    expect(ph.map((m) => [m.line, m.column, m.endColumn])).toEqual([
      [3, 15, 21],
      [5, 54, 65],
    ]);
    expect(ph[1].message).toBe('Template placeholder "YOUR_DOMAIN" is still in the policy.');
  });

  it('Markdown: columns stay right after character references, escapes and continuation lines', () => {
    const r = lintText(read('entities.md'));
    // "&quot;" and "&amp;" before the first, "&ndash;" and a list item's indented second line before
    // the second, "> " and "\*" before the third: each shortens the text but not the source.
    expect(r.messages.filter((m) => m.ruleId === 'draft/placeholder').map((m) => [m.line, m.column, m.endColumn])).toEqual([
      [5, 100, 111],
      [8, 48, 62],
      [11, 21, 25],
    ]);
  });

  it('plain text: the same findings on the text lines', () => {
    const r = lintText(read('placeholder.txt'), { format: 'text' });
    expect(found(r, 'draft/placeholder')).toEqual([
      ['draft/placeholder', 2],
      ['draft/placeholder', 3],
    ]);
    expect(r.messages.find((m) => m.line === 3 && m.ruleId === 'draft/placeholder')!.column).toBe(54);
  });

  it('HTML: the same findings, script contents ignored, lines of the HTML source', () => {
    const r = lintText(read('placeholder.html'), { format: 'html' });
    expect(found(r, 'draft/placeholder')).toEqual([
      ['draft/placeholder', 5],
      ['draft/placeholder', 6],
    ]);
  });

  it('front matter is metadata: its date is the policy date, its keys are not policy text', () => {
    const r = lintText('---\ntitle: TODO later\nlast_updated: 2026-02-01\n---\n\n# Privacy\n\nTidewell Ltd ("we") runs the app.\n');
    expect(status(r, 'common/last-updated')).toBe('present');
    expect(found(r, 'draft/placeholder')).toEqual([]);
  });

  it("an update key in front matter (Jekyll's last_modified_at, Hugo's lastmod) is the policy date, ahead of a plain date", () => {
    for (const key of ['last_modified_at', 'lastmod', 'date_modified']) {
      const r = lintText(`---\ntitle: Privacy\ndate: 2019-01-01\n${key}: 2026-02-01\n---\n\n# Privacy\n\nTidewell Ltd ("we") runs the app.\n`);
      expect(r.coverage.find((c) => c.requirement === 'common/last-updated')?.evidence?.[0]?.text).toContain('2026-02-01');
    }
  });

  it('an indented block of plain lines (an address) is text, so its e-mail address is a contact; code stays code', () => {
    const md = (block: string) => `# Privacy\n\nThe controller is:\n\n${block}\n\nWe keep the e-mail address you give us for as long as you subscribe.\n`;
    expect(status(lintText(md('    Jane Roe\n    12 Mill Lane\n    Hamburg\n    jane [at] example.org')), 'common/contact')).toBe('present');
    expect(status(lintText(md('    Jane Roe\n    12 Mill Lane\n    jane@example.org')), 'common/contact')).toBe('present');
    expect(status(lintText(md('    const mail = "jane@example.org";')), 'common/contact')).toBe('missing');
  });

  it('a Markdown page of HTML reads its indented HTML blocks as HTML, not code', () => {
    const page = (inner: string) =>
      `---\nlayout: default\n---\n\n<div class="page">\n    <h1>Privacy Policy</h1>\n\n${inner}\n</div>\n`;
    const body = '    <section>\n        <h2>Contact</h2>\n        <p>Write to privacy@example.org with any question.</p>\n    </section>';
    expect(status(lintText(page(body)), 'common/contact')).toBe('present');
    // A policy that shows markup as an example keeps it as code when nothing else in the file is HTML.
    expect(status(lintText(`# Privacy\n\nOur opt-out snippet:\n\n${body}\n`), 'common/contact')).toBe('missing');
  });

  it('items written as paragraphs led by a short label are the list; prose after a lead-in is not', () => {
    const md = (a: string, b: string) => `# Privacy\n\nThe personal information we collect can include the following:\n\n${a}\n\n${b}\n`;
    const labelled = md('Name and Contact Data. We collect your name and e-mail address.', 'Credentials. We collect passwords used for sign-in.');
    expect(found(lintText(labelled), 'draft/empty-list')).toEqual([]);
    const prose = md('We keep it safe. Our servers are in Ireland.', '## Contact\n\nWrite to us any time.');
    expect(found(lintText(prose), 'draft/empty-list')).toEqual([['draft/empty-list', 3]]);
  });

  it('several paragraphs after one lead-in may be its items in prose; a document that lost two lists has lost both', () => {
    const circumstances = '# Privacy\n\nWe share data only with your consent or in the following circumstances:\n\nIt is necessary to share information to look into fraud or abuse of the service, and we tell you when we can.\n\nWe transfer information about you if the project is acquired by or merged with another organisation.\n\n## Contact\n\nWrite to hello@example.org.\n';
    expect(found(lintText(circumstances), 'draft/empty-list')).toEqual([]);
    const lost = circumstances.replace('## Contact', 'We use the information we collect to:\n\nWe keep it safe. Our servers are in Ireland.\n\n## Contact');
    expect(found(lintText(lost), 'draft/empty-list')).toEqual([
      ['draft/empty-list', 3],
      ['draft/empty-list', 9],
    ]);
  });

  it('a title set with a colon ("2. Internet Access:") above its text is no lead-in; a sentence promising a list still is', () => {
    const txt = 'Privacy Policy for Scanner\n\n1. Data Privacy:\nThe app keeps everything on your machine.\n\n2. Internet Access:\nThe app does not connect to any server.\n';
    expect(found(lintText(txt, { format: 'text' }), 'draft/empty-list')).toEqual([]);
    const lost = '# Privacy Policy for Scanner\n\nWe collect the following data:\n\nWe keep it safe. Our servers are in Ireland.\n';
    expect(found(lintText(lost), 'draft/empty-list')).toEqual([['draft/empty-list', 3]]);
    expect(found(lintText(lost.replace('We collect the following data:', '2. Internet Access:')), 'draft/empty-list')).toEqual([]);
  });

  it('plain text: prose set in under its lead-in is what the lead-in introduces', () => {
    // Its blank lines hold spaces, as the source of an old text file often does.
    const txt = '=== About this policy ===\nThis privacy and cookie policy governs only\n    \n    the Tideline open source software and services ("Tideline")\n    \nthat are under control by:\n    \n    the Larkport Video Retrieval Research lab \n    of Larkport University\n    and its researchers ("We" or "Us").\n    \nWe do not control the privacy practices of others who run their own \n';
    expect(found(lintText(txt, { format: 'text' }), 'draft/empty-list')).toEqual([]);
    const lost = '=== About ===\nThis policy covers the Tideline software that is under control by:\n\nWe keep it safe. Our servers are in Ireland.\n';
    expect(found(lintText(lost, { format: 'text' }), 'draft/empty-list')).toEqual([['draft/empty-list', 2]]);
  });

  it('plain text: lead-ins with real lists pass, lead-ins whose list was lost are reported', () => {
    const r = lintText(read('lost-lists.txt'), { format: 'text' });
    expect(found(r, 'draft/empty-list')).toEqual([
      ['draft/empty-list', 8],
      ['draft/empty-list', 15],
    ]);
    expect(r.messages.find((m) => m.line === 15 && m.ruleId === 'draft/empty-list')!.message).toContain('the end of the policy follows');
  });

  it('a bold line right under a heading is its subtitle, not an empty section', () => {
    const md = '# FERPA statement\n\n**Family Educational Rights and Privacy Act Compliance**\n\n## Overview\n\nWe keep student records private.\n';
    expect(found(lintText(md), 'draft/empty-section')).toEqual([]);
  });

  it('items written as paragraphs ending in ";", and a sentence-case label in a file of "Title:" labels, are no lost lists', () => {
    const items = '# Privacy\n\nWe may share your personal information as follows:\n\nWe give it to hosting providers that store it for us. They keep it in Ireland while you have an account; or\n\n## Bases\n\nWe rely on these bases:\n\nWe ask for your consent before we send news. You can withdraw it at any time by writing to us; and\n\n## Contact\n\nWrite to us.\n';
    expect(found(lintText(items), 'draft/empty-list')).toEqual([]);
    expect(found(lintText(items.replace('account; or', 'account.').replace('to us; and', 'to us.')), 'draft/empty-list')).toEqual([['draft/empty-list', 3], ['draft/empty-list', 9]]);
    const labels = 'Privacy Policy\n\nThe extension keeps your settings on your computer.\n\nThird-party services:\n\nThe extension links to other websites. Their own policies apply.\n\nChildren data:\n\nThe extension is not meant for children. We do not knowingly collect their data.\n\nChanges to This Privacy Policy:\n\nWe post changes on this page.\n';
    expect(found(lintText(labels, { format: 'text' }), 'draft/empty-list')).toEqual([]);
    expect(found(lintText(labels.replace('Changes to This Privacy Policy:', 'Changes to this policy'), { format: 'text' }), 'draft/empty-list')).toEqual([['draft/empty-list', 5], ['draft/empty-list', 9]]);
  });

  it('a bold line closed by a horizontal rule, and a "Contents" box, are no empty sections', () => {
    const md = '# Policy\n\n## Contact\n\nWrite to us by e-mail:\n\n**Our e-mail address follows soon, write to us meanwhile**\n\n---\n\n# Policy, second language\n\n## Contents\n\n## Data\n\nWe keep your e-mail address.\n';
    expect(found(lintText(md), 'draft/empty-section')).toEqual([]);
    expect(found(lintText(md.replace('\n\n---\n\n', '\n\n')), 'draft/empty-section')).toEqual([['draft/empty-section', 7]]);
    expect(found(lintText(md.replace('## Contents', '## Cookies')), 'draft/empty-section')).toEqual([['draft/empty-section', 13]]);
  });

  it('a date set as a heading ("##### Last updated: 2020-11-28") is no empty section; "##### Updates" is', () => {
    const md = '## Privacy policy\n##### Last updated: 2020-11-28 1:00 PM EST\n\n---\n\n## What we store\n\nThe bot stores the ID of each server it joins.\n';
    expect(found(lintText(md), 'draft/empty-section')).toEqual([]);
    expect(found(lintText(md.replace('Last updated: 2020-11-28 1:00 PM EST', 'Updates')), 'draft/empty-section')).toEqual([['draft/empty-section', 2]]);
  });

  it('a short list item ending in a colon with its explanation under it is a labelled item, not a lost list', () => {
    const txt = 'Privacy\n\nInformation collected and how it is used\n----\n- The ROM being used:\n Aggregate data may be collected on which ROM is in use by the\n  user. This will be used to decide which ones to support.\n- Decoding failures:\n Failures reading server responses are counted to improve\n  the decoder.\n';
    expect(found(lintText(txt, { format: 'text' }), 'draft/empty-list')).toEqual([]);
  });

  it('a denial set as a heading or a bold e-mail address is no empty section; a bare heading is', () => {
    const md = '# Privacy\n\nWe run the Skybit app.\n\n## Cookies\n\n## We do NOT sell your personal information\n\n## Contact\n\nWrite to:\n\n**help@skybit.example**\n\n## Rights\n\nAsk us for a copy of your data.\n';
    const r = lintText(md);
    expect(found(r, 'draft/empty-section')).toEqual([['draft/empty-section', 5]]);
  });

  it('a table column headed "Why" gives each row\'s purpose; a column of template slots gives none', () => {
    const table = (why: string) => `# Telemetry\n\nThe tool sends these fields:\n\n| Field | Example | Why |\n|---|---|---|\n| installId | 3f9a | ${why} |\n| version | 1.6.5 | ${why} |\n`;
    expect(status(lintText(table('count active installs')), 'common/data-use')).toBe('present');
    expect(status(lintText(table('{{Plain-English reason}}')), 'common/data-use')).toBe('missing');
  });

  it('Markdown tables and bold-only headings are understood', () => {
    const md = '# Privacy\n\n**Who we share data with**\n\nWe share data with:\n\n| Recipient | Why |\n|---|---|\n| Stripe | payments |\n';
    const r = lintText(md);
    expect(found(r, 'draft/empty-list')).toEqual([]);
    expect(found(r, 'draft/empty-section')).toEqual([]);
  });
});

describe('links in HTML', () => {
  const broken = (html: string) =>
    lintText(`<html><body><h1>Privacy</h1><p>We collect your e-mail address. ${html}</p></body></html>`, { format: 'html' })
      .messages.filter((m) => m.ruleId === 'draft/broken-link')
      .map((m) => m.message.match(/the link "([^"]*)"/)?.[1]);
  it('an <a> without href is a placeholder, and one a script handles is a control: neither is a broken link', () => {
    expect(broken('<a>Placeholder</a> <a href="#" onclick="open()">Menu</a> <a href="" ng-click="pick()">Deutsch</a> <a href="#" data-toggle="dropdown">More</a> <a href="" role="button">Go</a> <a href="#" data-user="hello" data-domain="example.org">Email us</a>')).toEqual([]);
  });
  it('an empty or "#" target with nothing to handle it still is', () => {
    expect(broken('<a href="#">Terms</a> <a href="">Contact</a>')).toEqual(['Terms', 'Contact']);
  });
});

describe('pages a client-side framework renders', () => {
  const placeholders = (html: string) =>
    lintText(`<html><body><h1>Privacy</h1>${html}<p>We collect your e-mail address.</p></body></html>`, { format: 'html' })
      .messages.filter((m) => m.ruleId === 'draft/placeholder')
      .map((m) => m.message.match(/placeholder "([^"]*)"/)?.[1]);
  it('an AngularJS page\'s {{bindings}} and an input\'s placeholder attribute are not unfilled slots', () => {
    expect(placeholders('<div ng-app="app"><span ng-click="pick()">{{curLang}}</span><p>Gas: {{gas.value}}</p><input placeholder="http://127.0.0.1"></div>')).toEqual([]);
  });
  it('a static page\'s {{COMPANY_NAME}} still is one', () => {
    expect(placeholders('<p>{{COMPANY_NAME}} runs this site.</p>')).toEqual(['{{COMPANY_NAME}}']);
  });
});
