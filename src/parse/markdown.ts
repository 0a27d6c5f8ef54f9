/**
 * Markdown to mdast with unified + remark-parse, front matter understood, and GFM tables (the
 * table extension alone: the rest of remark-gfm, autolink literals above all, doubles parse time
 * and adds nothing a policy check reads).
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import { LOOK_ALIKE } from './look-alikes.js';
import { splitMarkdown, joinPieces } from './chunks.js';

function remarkGfmTable(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

// Each syntax extension taxes every line (the table extension tries each paragraph line as a
// header row), so a document only pays for those it can contain: a table needs a "|", front matter
// must open the file.
const processors = new Map<number, Processor>();
function processorFor(tables: boolean, frontmatter: boolean): Processor {
  const key = (tables ? 1 : 0) | (frontmatter ? 2 : 0);
  let p = processors.get(key);
  if (!p) {
    p = unified().use(remarkParse) as unknown as Processor;
    if (tables) p.use(remarkGfmTable);
    if (frontmatter) p.use(remarkFrontmatter, ['yaml', 'toml']);
    processors.set(key, p);
  }
  return p;
}

// micromark matches each "]" against every "[" still open in the paragraph: 50,000 brackets cost
// it 50,000² steps. Brackets opened past this depth (no link or placeholder nests so) are read as
// the look-alikes ⁅ ⁆, one UTF-16 unit each, so every position in the file stays where it was.
const MAX_OPEN_BRACKETS = 32;

/** Fewer "[" than could ever open MAX_OPEN_BRACKETS at once: the common case, left as it is. */
function fewBrackets(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) if (++n > MAX_OPEN_BRACKETS) return false;
  return true;
}

function boundBrackets(text: string): string {
  if (fewBrackets(text)) return text;
  let depth = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') depth = 0;
    else if (c === '[' && ++depth > MAX_OPEN_BRACKETS) {
      out += `${text.slice(from, i)}${LOOK_ALIKE['[']}`;
      from = i + 1;
    } else if (c === ']' && depth > 0 && depth-- > MAX_OPEN_BRACKETS) {
      out += `${text.slice(from, i)}${LOOK_ALIKE[']']}`;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

// Containers opened on one line ("> > > - ") and list items indented far cost micromark and
// mdast-util-from-markdown a walk per level: 20,000 quotes on a line take 7 s, a list nested 400
// deep is over its budget. Past these bounds (no policy nests so) a marker is read as a look-alike
// of one UTF-16 unit ("> " as "› ", "- " as "‐ "): the rest of the line is text of the container
// above, and every position in the file stays where it was.
const MAX_CONTAINERS = 32;
const MAX_LIST_INDENT = 64;

/** Where, in the line starting at `from`, markers past the bounds stand; pushes their offsets onto `at`. */
function deepMarkers(text: string, from: number, at: number[]): void {
  let depth = 0;
  let col = 0;
  let i = from;
  const spaceAfter = (k: number) => k >= text.length || text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\r';
  const marker = (k: number, isItem: boolean) => {
    if (++depth > MAX_CONTAINERS || (isItem && col >= MAX_LIST_INDENT)) at.push(k);
  };
  for (;;) {
    const c = text[i];
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else if (c === '>') marker(i, false);
    else if ((c === '-' || c === '*' || c === '+') && spaceAfter(i + 1)) marker(i, true);
    else if (c >= '0' && c <= '9') {
      let k = i;
      while (k < i + 9 && text[k] >= '0' && text[k] <= '9') k++;
      if ((text[k] !== '.' && text[k] !== ')') || !spaceAfter(k + 1)) return;
      col += k - i;
      i = k;
      marker(i, true);
    } else return;
    i++;
  }
}

function boundNesting(text: string): string {
  const at: number[] = [];
  for (let line = 0; line < text.length; ) {
    deepMarkers(text, line, at);
    const next = text.indexOf('\n', line);
    if (next < 0) break;
    line = next + 1;
  }
  if (at.length === 0) return text;
  let out = '';
  let from = 0;
  for (const k of at) {
    out += text.slice(from, k) + LOOK_ALIKE[text[k]];
    from = k + 1;
  }
  return out + text.slice(from);
}

// The table extension costs micromark more per row than any other line (a 27,000-row table took
// 7 s and 650 MB), and a table cannot be cut into pieces. A piece with more rows than this (no
// policy's table is so long) is read without it: each row is a line of text, every word still read.
const MAX_TABLE_ROWS = 2000;

/** Lines that start with "|", counted up to just past `max`. */
function tableRows(text: string, max: number): number {
  let rows = 0;
  for (let line = 0; line < text.length && rows <= max; ) {
    let k = line;
    while (text[k] === ' ' || text[k] === '\t') k++;
    if (text[k] === '|') rows++;
    const nl = text.indexOf('\n', line);
    if (nl < 0) break;
    line = nl + 1;
  }
  return rows;
}

/**
 * A line holding only "<br />" after a blank line opens an HTML block that, by CommonMark, runs on to
 * the next blank line: the "## Heading" and paragraph the author wrote under it would be raw HTML,
 * never read. The spacer is blanked (same length, so every offset stays) and what follows is Markdown.
 */
function blankSpacerBreaks(text: string): string {
  if (!/<br/i.test(text)) return text;
  return text.replace(/(^|\n[ \t]*\n)([ \t]*(?:<br\s*\/?>[ \t]*)+)(?=\n[ \t]*\S)/gi, (_, before: string, br: string) => before + ' '.repeat(br.length));
}

function parseWhole(text: string, first: boolean): Root {
  const frontmatter = first && /^\uFEFF?(---|\+\+\+)/.test(text);
  const tables = text.includes('|') && tableRows(text, MAX_TABLE_ROWS) <= MAX_TABLE_ROWS;
  return processorFor(tables, frontmatter).parse(boundNesting(boundBrackets(blankSpacerBreaks(text)))) as Root;
}

const parsePieces = (text: string, byItems: boolean) => {
  const pieces = splitMarkdown(text, { byItems });
  return joinPieces(pieces.map((p, i) => parseWhole(p.text, i === 0)), pieces, text);
};

/** A large file, or one of many list items, in pieces (parse/chunks.ts), each with only the extensions it needs. */
export function parseMarkdown(text: string): Root {
  return parsePieces(text, true) ?? parsePieces(text, false)!;
}
