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

// mdast-util-from-markdown walks a list's events once for each list it is nested in: 400 levels
// cost 400² walks. A list item indented this many columns or more (32 levels of two spaces; no
// policy nests so) has its marker read as a look-alike of one UTF-16 unit ("- " as "‐ "), so it
// is text of the item above it and every position in the file stays where it was.
const MAX_LIST_INDENT = 64;
const DEEP_ITEM = /^[ \t]{16,}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/m;

function indentColumns(line: string): number {
  let col = 0;
  for (const c of line) {
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

function boundListDepth(text: string): string {
  if (!DEEP_ITEM.test(text)) return text;
  return text.replace(/^([ \t]{16,})(\d{1,9})?([-*+.)])(?=[ \t]|$)/gm, (all, indent: string, digits: string | undefined, marker: string) => {
    // "-", "*", "+" mark a bullet; "." and ")" only follow an ordered item's number.
    const isItem = digits === undefined ? '-*+'.includes(marker) : '.)'.includes(marker);
    if (!isItem || indentColumns(indent) < MAX_LIST_INDENT) return all;
    return `${indent}${digits ?? ''}${LOOK_ALIKE[marker]}`;
  });
}

export function parseMarkdown(text: string): Root {
  const frontmatter = /^\uFEFF?(---|\+\+\+)/.test(text);
  return processorFor(text.includes('|'), frontmatter).parse(boundListDepth(boundBrackets(text))) as Root;
}
