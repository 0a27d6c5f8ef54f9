/** Document-model and rule behaviours tuned on converted web pages (fixtures written for these tests). */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, lintText, status } from './helpers.js';
import { buildDocument } from '../src/sections/build.js';
import { parse } from '../src/parse/index.js';

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
