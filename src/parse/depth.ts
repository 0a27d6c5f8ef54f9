/**
 * Bounded nesting. Every later stage walks the tree recursively (the section builder,
 * mdast-util-to-string), so a tree as deep as the input allows would overflow the stack on 5,000
 * nested blockquotes. Content deeper than MAX_DEPTH is kept, but as the plain text of the node at
 * that depth: no policy nests its structure that far, and its words are still read. (HTML is
 * bounded the same way on parse5's tree, in html.ts, before hast-util-from-parse5 recurses.)
 */
import type { Nodes as MdastNodes, Paragraph } from 'mdast';

export const MAX_DEPTH = 64;

interface Tree {
  type: string;
  value?: unknown;
  children?: Tree[];
}

/** The text under a node, gathered without recursion. */
function textOf(node: Tree): string {
  const parts: string[] = [];
  const stack: Tree[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code')) parts.push(n.value);
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Replaces the children of every node at MAX_DEPTH by what `flat` makes of its text. */
function bound<T extends Tree>(root: T, flat: (node: Tree, text: string) => Tree[]): T {
  const stack: Array<[Tree, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node.children) continue;
    if (depth >= MAX_DEPTH) {
      if (node.children.some((c) => c.children)) node.children = flat(node, textOf(node));
      continue;
    }
    for (const c of node.children) stack.push([c, depth + 1]);
  }
  return root;
}

/** In mdast a container's children are blocks: the text becomes one paragraph. */
export function boundMdast<T extends MdastNodes>(root: T): T {
  return bound(root as Tree, (node, text) => {
    const position = (node as Paragraph).position;
    const p: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text, position }], position };
    return [p as Tree];
  }) as T;
}
