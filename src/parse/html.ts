/**
 * HTML (a policy exported from a website) to mdast, through hast, keeping source positions. parse5
 * builds its tree without recursion; the tree is bounded in depth (depth.ts) before anything walks
 * it recursively, so 20,000 nested <div>s are read as text instead of overflowing the stack.
 */
import { parse as parseDocument, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { VFile } from 'vfile';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import type { Root as HastRoot, Element, Nodes } from 'hast';
import { boundDepth, type TreeShape } from './depth.js';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

// Page furniture that is not policy text: scripts, styles, navigation and form controls (an
// input's placeholder attribute, "http://127.0.0.1", is a hint to whoever types, not a slot).
const DROP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'iframe', 'button', 'form', 'select', 'input', 'textarea']);

const P5: TreeShape<P5Node> = {
  kids: (n) => (n as P5Parent).childNodes,
  text: (n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : undefined),
  skip: (n) => DROP.has(n.nodeName),
};

/** Elements deeper than MAX_DEPTH keep only their text, as one text node at their own position. */
function bound<T extends P5Node>(root: T): T {
  return boundDepth<P5Node>(root, P5, (node, value) => {
    const parent = node as P5Parent;
    const text = { nodeName: '#text', value, parentNode: parent, sourceCodeLocation: (node as DefaultTreeAdapterMap['element']).sourceCodeLocation } as DefaultTreeAdapterMap['textNode'];
    parent.childNodes = [text];
  }) as T;
}

// An <a> without href is, by the HTML standard, a placeholder rather than a link; one whose href
// is empty or "#" and that a script handles (onclick, ng-click, @click, data-* attributes a script
// reads, such as a dropdown toggle or an e-mail address assembled from data-user and data-domain)
// is a control. Neither is a broken link: both are read as plain text.
const SCRIPTED = /^(?:on[A-Z]|ng-|v-on:|@|\(|data[A-Z])/;
function notALink(a: Element): boolean {
  const href = a.properties.href;
  if (href === undefined || href === null) return true;
  const target = String(href).trim();
  if (target !== '' && target !== '#') return false;
  // An empty href with a class is a script's hook (".home-link" shows a section of a one-page site).
  // A "#" with a class is not: template navigation ("Features", "Pricing") is left with it too.
  return a.properties.role === 'button' || Object.keys(a.properties).some((k) => SCRIPTED.test(k)) || (target === '' && a.properties.className !== undefined);
}

function prune(node: Nodes): void {
  if ('children' in node) {
    node.children = (node.children as Nodes[]).filter((c) => !(c.type === 'element' && DROP.has((c as Element).tagName))) as typeof node.children;
    for (const c of node.children as Nodes[]) {
      if (c.type === 'element' && c.tagName === 'a' && notALink(c)) c.tagName = 'span';
      prune(c);
    }
  }
}

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

function toHast(html: string, fragment: boolean): HastRoot {
  const options = { sourceCodeLocationInfo: true, scriptingEnabled: false };
  const tree = fragment ? parseFragment(html, options) : parseDocument(html, options);
  return fromParse5(bound(tree), { file: new VFile(html) }) as HastRoot;
}

/**
 * An HTML block inside a Markdown file (a page written in HTML and saved as .md), as mdast with
 * positions in the file: `at` is where the block starts.
 */
export function parseHtmlFragment(html: string, at: { offset: number; line: number; column: number }): Root {
  const hast = toHast(html, true);
  prune(hast);
  shift(hast, at.offset, at.line, at.column);
  return toMdast(hast) as Root;
}

export function parseHtml(text: string): Root {
  const hast = toHast(text, false);
  prune(hast);
  return toMdast(hast) as Root;
}
