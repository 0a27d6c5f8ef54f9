/** HTML (a policy exported from a website) to mdast, through hast, keeping source positions. */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import type { Root as HastRoot, Element, Nodes } from 'hast';

const processor = unified().use(rehypeParse, { fragment: false });

// Page furniture that is not policy text: scripts, styles and navigation.
const DROP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'iframe', 'button', 'form', 'select']);

function prune(node: Nodes): void {
  if ('children' in node) {
    node.children = (node.children as Nodes[]).filter((c) => !(c.type === 'element' && DROP.has((c as Element).tagName))) as typeof node.children;
    for (const c of node.children as Nodes[]) prune(c);
  }
}

const fragments = unified().use(rehypeParse, { fragment: true });

/** Positions in a fragment are shifted to where it sits in the whole file. */
function shift(node: Nodes, offset: number, line: number, column: number): void {
  const pos = node.position;
  if (pos) {
    for (const p of [pos.start, pos.end]) {
      if (p.line === 1) p.column += column - 1;
      p.line += line - 1;
      if (p.offset !== undefined) p.offset += offset;
    }
  }
  if ('children' in node) for (const c of node.children as Nodes[]) shift(c, offset, line, column);
}

/**
 * An HTML block inside a Markdown file (a page written in HTML and saved as .md), as mdast with
 * positions in the file: `at` is where the block starts.
 */
export function parseHtmlFragment(html: string, at: { offset: number; line: number; column: number }): Root {
  const hast = fragments.parse(html) as HastRoot;
  prune(hast);
  shift(hast, at.offset, at.line, at.column);
  return toMdast(hast) as Root;
}

export function parseHtml(text: string): Root {
  const hast = processor.parse(text) as HastRoot;
  prune(hast);
  return toMdast(hast) as Root;
}
