/**
 * Bounded nesting. Every later stage walks the tree recursively (hast-util-from-parse5, the section
 * builder, mdast-util-to-string), so a tree as deep as the input allows would overflow the stack on
 * 20,000 nested <div>s or 5,000 nested quotes. Content deeper than MAX_DEPTH is kept, but as the
 * plain text of the node at that depth: no policy nests its structure that far, and its words are
 * still read. One walk, without recursion, for any tree: mdast here, parse5's in html.ts.
 */
import type { Nodes as MdastNodes, Paragraph } from 'mdast';

export const MAX_DEPTH = 64;

/** How to walk a kind of tree: a node's children, its own text, and nodes whose text is not read. */
export interface TreeShape<N> {
  kids(node: N): N[] | undefined;
  text(node: N): string | undefined;
  skip?(node: N): boolean;
}

/** The text under a node, gathered without recursion. */
function textUnder<N>(node: N, shape: TreeShape<N>): string {
  const parts: string[] = [];
  const stack: N[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const t = shape.text(n);
    if (t !== undefined) parts.push(t);
    const kids = shape.skip?.(n) ? undefined : shape.kids(n);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Gives every node at MAX_DEPTH that still has nested nodes what `flatten` makes of its text. */
export function boundDepth<N>(root: N, shape: TreeShape<N>, flatten: (node: N, text: string) => void): N {
  const stack: Array<[N, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const kids = shape.kids(node);
    if (!kids) continue;
    if (depth >= MAX_DEPTH) {
      if (kids.some((c) => (shape.kids(c)?.length ?? 0) > 0)) flatten(node, textUnder(node, shape));
      continue;
    }
    for (const c of kids) stack.push([c, depth + 1]);
  }
  return root;
}

type MdastNode = { type: string; value?: unknown; children?: MdastNode[]; position?: Paragraph['position'] };

const MDAST: TreeShape<MdastNode> = {
  kids: (n) => n.children,
  text: (n) => (typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code') ? n.value : undefined),
};

/** In mdast a container's children are blocks: the text becomes one paragraph. */
export function boundMdast<T extends MdastNodes>(root: T): T {
  return boundDepth(root as MdastNode, MDAST, (node, text) => {
    const position = node.position;
    node.children = [{ type: 'paragraph', children: [{ type: 'text', value: text, position }], position }];
  }) as T;
}
