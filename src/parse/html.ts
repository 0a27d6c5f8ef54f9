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

export function parseHtml(text: string): Root {
  const hast = processor.parse(text) as HastRoot;
  prune(hast);
  return toMdast(hast) as Root;
}
