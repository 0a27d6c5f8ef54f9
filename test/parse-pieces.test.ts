/**
 * A large Markdown file is parsed in pieces (src/parse/chunks.ts) and a very long table without the
 * table extension (src/parse/markdown.ts): the tree must be the one a whole parse gives.
 */
import { describe, it, expect } from '@jest/globals';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseMarkdown } from '../src/parse/markdown.js';
import { splitMarkdown, CHUNK_SIZE, MANY_ITEMS } from '../src/parse/chunks.js';

const section = (i: number) =>
  [
    `# Part ${i}`,
    '',
    'We collect your e-mail address to send receipts, and keep it for twelve months. '.repeat(8),
    '',
    i % 7 === 0 ? '```sh\n# a comment in code, not a heading\n\n# another\n```\n' : '',
    i % 11 === 0 ? '<!--\n\n# a heading inside a comment\n\n-->\n' : '',
    i % 13 === 0 ? '- an item\n\n  still the item\n# Heading right after a list' : '',
    '',
  ].join('\n');

const big = Array.from({ length: 400 }, (_, i) => section(i)).join('\n');

describe('a large file parsed in pieces', () => {
  it('is cut only before a heading outside code, comments and HTML blocks, into pieces of at least CHUNK_SIZE', () => {
    const pieces = splitMarkdown(big);
    expect(big.length).toBeGreaterThan(4 * CHUNK_SIZE);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((p) => p.text).join('')).toBe(big);
    for (const p of pieces.slice(1)) {
      expect(p.text.startsWith('# Part ')).toBe(true);
      expect(big.slice(0, p.offset).split('\n').length).toBe(p.line);
    }
    for (const p of pieces.slice(0, -1)) expect(p.text.length).toBeGreaterThanOrEqual(CHUNK_SIZE);
  });

  it('gives the tree a whole parse gives, positions included', () => {
    const whole = unified().use(remarkParse).parse(big);
    expect(JSON.stringify(parseMarkdown(big).children)).toBe(JSON.stringify(whole.children));
  });

  it('a file with a link reference definition is parsed whole: the definition reaches every piece', () => {
    expect(splitMarkdown(`${big}\n[policy]: https://example.org/privacy\n`)).toHaveLength(1);
  });
});

describe('a file of many list items parsed in pieces', () => {
  // Every shape a piece may start in: a list continued after text or a blank line, a quoted list,
  // ordered lists with either delimiter, a lead-in paragraph, a change of marker, a lazy line.
  const block = (i: number) =>
    [
      `We collect the following (${i}):`,
      `- e-mail address ${i}`,
      `  - used for receipts`,
      `  lazy line of the item`,
      `- account name ${i}`,
      '',
      `- after a blank line ${i}`,
      `* another marker ${i}`,
      `1. first step ${i}`,
      `   - its detail`,
      `2) other delimiter ${i}`,
      `> - quoted item ${i}`,
      `>   > - quoted deeper`,
      `> - quoted again ${i}`,
      `Some text.`,
      `2. not an item: a paragraph goes on`,
      '',
    ].join('\n');
  const many = Array.from({ length: 120 }, (_, i) => block(i)).join('\n');

  it('is cut before list items into pieces, some of them continuing a list', () => {
    const pieces = splitMarkdown(many);
    expect(many.split('\n').filter((l) => /^[ >]*(?:[-*]|\d[.)]) /.test(l)).length).toBeGreaterThan(MANY_ITEMS);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.some((p) => p.continuesList === 'text')).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(many);
  });

  it('gives the tree a whole parse gives, positions included', () => {
    const whole = unified().use(remarkParse).parse(many);
    expect(JSON.stringify(parseMarkdown(many).children)).toBe(JSON.stringify(whole.children));
  });

  it('falls back to whole lists when a cut lands where a list does not go on (inside an HTML block)', () => {
    const html = `<div>\n${Array.from({ length: MANY_ITEMS + 10 }, (_, i) => `- item ${i} of a list long enough to be cut`).join('\n')}\n</div>\n`;
    expect(splitMarkdown(html).length).toBeGreaterThan(1);
    const whole = unified().use(remarkParse).parse(html);
    expect(parseMarkdown(html).children.map((n) => n.type)).toEqual(['html']);
    expect(JSON.stringify(parseMarkdown(html).children)).toBe(JSON.stringify(whole.children));
  });
});

describe('long tables', () => {
  const table = (rows: number) => `| Cookie | Purpose |\n| --- | --- |\n${'| sid | keeps you signed in |\n'.repeat(rows)}`;
  const types = (md: string) => parseMarkdown(md).children.map((c) => c.type);

  it('a table of up to 2,000 rows is a table; a longer one is read as lines of text', () => {
    expect(types(table(1990))).toEqual(['table']);
    expect(types(table(2500))).toEqual(['paragraph']);
  });
});

describe('a "<br />" spacer line', () => {
  it('after a blank line does not turn the heading and paragraph under it into raw HTML', () => {
    const text = '# Legal\n\n<br />\n## California\nWe comply with the CCPA.\n\nEnd.\n';
    const kinds = parseMarkdown(text).children.map((n) => `${n.type}@${n.position?.start.line}`);
    expect(kinds).toEqual(['heading@1', 'heading@4', 'paragraph@5', 'paragraph@7']);
  });

  it('inside an HTML block, or before a blank line, is left as written', () => {
    expect(parseMarkdown('<div>\n<br />\ntext\n</div>\n').children.map((n) => n.type)).toEqual(['html']);
    expect(parseMarkdown('Intro.\n\n<br />\n\nMore.\n').children.map((n) => n.type)).toEqual(['paragraph', 'html', 'paragraph']);
  });
});
