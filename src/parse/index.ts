/** One mdast tree for every input format, positions in the original source. */
import type { Root, RootContent } from 'mdast';
import type { Format } from '../load/format.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import { parseHtml, parseHtmlFragment } from './html.js';
import { boundMdast } from './depth.js';

// An HTML block that holds policy text: an element that makes a paragraph, heading, list or table.
// A comment, a lone <br> or an opening <div> holds none and stays an html node (no prose).
const BLOCK_HTML = /<(?:p|h[1-6]|ul|ol|li|table|tr|td|th|dl|dt|dd|blockquote|section|article|div)\b[^>]*>[^<]*\S/i;

/**
 * Markdown files that are HTML pages (<h1>, <p>, <ul> blocks): each such block is read as HTML, so
 * its text is policy text, positioned in the file. So is an indented block of HTML in such a file:
 * CommonMark makes it code (a blank line ended the HTML block above it), but the site generators
 * these pages are written for (kramdown, Hugo) render it as the HTML it is.
 */
function readHtmlBlocks(root: Root, text: string): Root {
  if (!root.children.some(holdsText)) return root;
  root.children = root.children.flatMap((n): RootContent[] => {
    const start = n.position?.start;
    const html = holdsText(n) ? (n as { value: string }).value : htmlInCode(n, text);
    if (html === null || start?.offset === undefined) return [n];
    return parseHtmlFragment(html, { offset: start.offset, line: start.line, column: start.column }).children;
  });
  return root;
}

function holdsText(n: RootContent): boolean {
  return n.type === 'html' && !n.value.startsWith('<!--') && BLOCK_HTML.test(n.value);
}

/** An indented code block that is HTML with text in it, as written (indentation kept, so positions hold); null otherwise. */
function htmlInCode(n: RootContent, text: string): string | null {
  const { start, end } = n.position ?? {};
  if (n.type !== 'code' || start?.offset === undefined || end?.offset === undefined) return null;
  const raw = text.slice(start.offset, end.offset);
  return /^[ \t]+</.test(raw) && BLOCK_HTML.test(raw) ? raw : null;
}

export function parse(text: string, format: Format): Root {
  if (format === 'markdown') return readHtmlBlocks(boundMdast(parseMarkdown(text)), text);
  if (format === 'html') return parseHtml(text);
  return parseText(text);
}
