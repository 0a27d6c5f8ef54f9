/** Inline directives silence findings where they say, and stale ones are reported. */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, lintText, found } from './helpers.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatStylish } from '../src/report/stylish.js';

describe('inline directives', () => {
  const r = lintText(fs.readFileSync(path.join(FIXTURES, 'core/directives.md'), 'utf8'));

  it('disable-next-line, disable-line and disable/enable blocks silence only their lines', () => {
    expect(found(r, 'draft/')).toEqual([['draft/placeholder', 12]]);
  });

  it('reports a directive that silenced nothing, with a fix that removes it', () => {
    const unused = r.messages.filter((m) => m.ruleId === null);
    expect(unused.map((m) => [m.line, m.severity, m.message])).toEqual([
      [14, 1, "Unused policylint-disable-next-line directive (no problems were reported from 'draft/cloudflare-email')."],
    ]);
    expect(unused[0].fix?.text).toBe('');
  });

  it('a file-wide disable silences a missing disclosure', () => {
    const md = '<!-- policylint-disable common/operator-identity -- a personal blog -->\n\n# Privacy\n\nWe collect your e-mail address.\n';
    expect(found(lintText(md), 'common/operator-identity')).toEqual([]);
    expect(found(lintText(md.slice(md.indexOf('#'))), 'common/operator-identity')).toEqual([['common/operator-identity', 1]]);
  });

  it('names an unknown rule in a directive', () => {
    const m = lintText('# P\n\nText. <!-- policylint-disable-line nope/nothing -->\n').messages.filter((x) => x.ruleId === null);
    expect(m[0].message).toBe('Directive names an unknown rule "nope/nothing".');
  });
});

describe('suppressed findings stay visible', () => {
  const text = '# Privacy\n\n<!-- policylint-disable-next-line draft/placeholder -- filled in at deploy time -->\nContact privacy@YOUR_DOMAIN.com.\n\n<!-- policylint-disable-next-line draft/placeholder -->\nWe are [Company Name].\n';

  it("JSON gives each silenced finding with its directive's reason (ESLint's suppressedMessages); counts leave them out", () => {
    const r = lintText(text);
    expect(found(r, 'draft/placeholder')).toEqual([]);
    expect(r.suppressedMessages?.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      ['draft/placeholder', 4, [{ kind: 'directive', justification: 'filled in at deploy time' }]],
      ['draft/placeholder', 7, [{ kind: 'directive', justification: '' }]],
    ]);
    expect(r.errorCount).toBe(r.messages.filter((m) => m.severity === 2).length);
    expect(lintText('# Privacy\n\nContact privacy@YOUR_DOMAIN.com.\n').suppressedMessages).toBeUndefined();
  });

  it('SARIF marks them suppressed in source; stylish counts them', () => {
    const r = lintText(text);
    const ctx = { results: [r], rules: new Map(), cwd: path.dirname(r.filePath) };
    const results = JSON.parse(formatSarif(ctx)).runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'draft/placeholder');
    expect(results.map((x: { suppressions?: unknown }) => x.suppressions)).toEqual([[{ kind: 'inSource', justification: 'filled in at deploy time' }], [{ kind: 'inSource' }]]);
    expect(formatStylish(ctx, { color: false })).toContain('\n  2 problems suppressed by inline directives (--format json lists them).\n');
  });
});
