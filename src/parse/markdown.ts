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

export function parseMarkdown(text: string): Root {
  const frontmatter = /^\uFEFF?(---|\+\+\+)/.test(text);
  return processorFor(text.includes('|'), frontmatter).parse(text) as Root;
}
