/** Inline directives silence findings where they say, and stale ones are reported. */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, lintText, found } from './helpers.js';

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
