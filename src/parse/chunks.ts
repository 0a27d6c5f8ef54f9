/**
 * A large Markdown file parsed in pieces. micromark keeps every event of a document until the end
 * and mdast-util-from-markdown walks them again, so memory grows with the whole file (100,000
 * headings took over 1 GB) and time faster than it. Split before an ATX heading that starts a
 * line outside any fenced code or HTML block, each piece is a document of its own that parses to
 * the same blocks; their trees are joined with positions moved to where each piece starts.
 *
 * A long list costs micromark more than its length: each time a nested item closes, its document
 * tokenizer copies every event so far (micromark-util-edit-map's consume), so 4,000 items with a
 * sub-item take 7 s, and 280 KB of them in a quote over 30 s. A file with many item lines is also
 * cut before a list item that starts a line and follows a blank line, or (after its quote markers,
 * if any) a line of text at the same quote depth; on joining, the list (or quote) a piece opens with
 * continues the one the previous piece ended with, as one parse reads it.
 */
import type { Blockquote, List, Root, RootContent } from 'mdast';

/** Files smaller than this are parsed whole; pieces are at least this long. */
export const CHUNK_SIZE = 64 * 1024;
/** A file with at least this many list-item lines is also cut before items, into pieces at least ITEM_PIECE long. */
export const MANY_ITEMS = 500;
export const ITEM_PIECE = 8 * 1024;

export interface Piece {
  text: string;
  /** Where the piece starts in the file: offset and 1-based line. */
  offset: number;
  line: number;
  /** The piece starts with a list item after a line of text or a blank line: it may continue the list the previous piece ends with. */
  continuesList?: 'text' | 'blank';
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// HTML blocks that run to their own end marker rather than to a blank line (CommonMark types 1-5).
const HTML_OPEN = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[\s>]|$))/i;
const HTML_CLOSE = /-->|\?>|>|\]\]>|<\/(?:script|pre|style|textarea)>/i;
// A link reference definition applies to the whole document: such a file is parsed whole.
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
// A list item with text after its marker: at any indentation or quote depth (counted), and at the
// start of its line after quote markers only (where a piece may start).
const ANY_ITEM = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])[ \t]+\S/;
const ITEM = /^((?:> ?)*)(?:[-+*]|\d{1,9}[.)])[ \t]+\S/;
const THEMATIC = /^(?:> ?)*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTES = /^(?:> ?)*/;

const quoteDepth = (prefix: string) => prefix.split('>').length - 1;

interface Cut {
  at: number;
  /** Before a list item, after a line of text or a blank line (a heading otherwise). */
  item?: 'text' | 'blank';
}

/** Where a piece may start: an ATX heading after a blank line or another heading; a list item after a blank line or a line of text at its quote depth. */
function candidates(text: string): { cuts: Cut[]; itemLines: number } {
  const cuts: Cut[] = [];
  let itemLines = 0;
  let fence: string | null = null;
  let html = false;
  let prevBlankOrHeading = true;
  let prevTextDepth = -1;
  let prevBlank = true;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const heading = line.startsWith('#') && /^#{1,6}(?:[ \t]|$)/.test(line);
    const quotes = QUOTES.exec(line)![0];
    if (ANY_ITEM.test(line)) itemLines++;
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = null;
    } else if (html) {
      if (HTML_CLOSE.test(line)) html = false;
    } else {
      const item = ITEM.exec(line);
      if (heading && prevBlankOrHeading) cuts.push({ at: start });
      else if (item && !THEMATIC.test(line)) {
        if (prevBlank && item[1] === '') cuts.push({ at: start, item: 'blank' });
        else if (prevTextDepth === quoteDepth(item[1])) cuts.push({ at: start, item: 'text' });
      }
      const f = FENCE.exec(line);
      if (f) fence = f[1].slice(0, 3);
      else if (HTML_OPEN.test(line) && !HTML_CLOSE.test(line.slice(line.indexOf('<') + 2))) html = true;
    }
    prevBlank = line.trim() === '';
    prevBlankOrHeading = prevBlank || heading;
    prevTextDepth = line.slice(quotes.length).trim() === '' ? -1 : quoteDepth(quotes);
    start = end + 1;
  }
  return { cuts, itemLines };
}

export interface SplitOptions {
  /** False keeps lists whole (the fallback when a list did not join). */
  byItems?: boolean;
  manyItems?: number;
  itemPiece?: number;
}

/** The file's pieces. */
export function splitMarkdown(text: string, { byItems = true, manyItems = MANY_ITEMS, itemPiece = ITEM_PIECE }: SplitOptions = {}): Piece[] {
  const whole = [{ text, offset: 0, line: 1 }];
  if (DEFINITION.test(text)) return whole;
  const { cuts, itemLines } = candidates(text);
  const items = byItems && itemLines >= manyItems;
  if (!items && text.length < 2 * CHUNK_SIZE) return whole;
  const least = items ? itemPiece : CHUNK_SIZE;
  const end: Cut = { at: text.length };
  const pieces: Piece[] = [];
  let offset = 0;
  let line = 1;
  let continuesList: Cut['item'];
  for (const cut of [...cuts.filter((c) => items || !c.item), end]) {
    if (cut !== end && cut.at - offset < least) continue;
    const piece = text.slice(offset, cut.at);
    pieces.push({ text: piece, offset, line, continuesList });
    for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) line++;
    offset = cut.at;
    continuesList = cut.item;
  }
  return pieces;
}

type Positioned = { position?: RootContent['position']; children?: Positioned[] };

/** Moves every position in a piece's tree to the piece's place in the file (columns stay: a piece starts a line). */
function shift(node: Positioned, piece: Piece): void {
  const stack: Positioned[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const p of n.position ? [n.position.start, n.position.end] : []) {
      if (p.offset !== undefined) p.offset += piece.offset;
      p.line += piece.line - 1;
    }
    if (n.children) stack.push(...n.children);
  }
}

/** A list's marker as written in the file: "-", "*" or "+", or an ordered item's "." or ")". */
function marker(list: List, text: string): string | undefined {
  const at = list.children[0]?.position?.start.offset;
  if (at === undefined) return undefined;
  return /^(?:[-+*]|\d{1,9}[.)])/.exec(text.slice(at, at + 10))?.[0].slice(-1);
}

/**
 * Joins a piece that opens with a list item to what came before, as one parse reads it: the item
 * continues a list with the same marker (a blank line between them makes the list loose); after a
 * blank line it starts a block of its own; after text it may (unordered, or ordered from 1) interrupt
 * a paragraph; in a quote, the two quotes are one. False for anything else: the cut was not where a
 * list goes on, and the file is parsed again without such cuts.
 */
function joinList(before: RootContent[], after: RootContent[], text: string, follows: 'text' | 'blank'): boolean {
  const a = before[before.length - 1];
  const b = after[0];
  if (follows === 'text' && a?.type === 'blockquote' && b?.type === 'blockquote') {
    if (!joinList((a as Blockquote).children, b.children, text, follows)) return false;
    a.children.push(...b.children);
    a.position!.end = b.position!.end;
    after.shift();
    return true;
  }
  if (b?.type !== 'list') return false;
  if (a?.type === 'list' && a.ordered === b.ordered && marker(a, text) === marker(b, text)) {
    a.children.push(...b.children);
    a.spread = Boolean(a.spread || b.spread || follows === 'blank');
    a.position!.end = b.position!.end;
    after.shift();
    return true;
  }
  return follows === 'blank' || (a?.type === 'paragraph' && (!b.ordered || b.start === 1));
}

/** The pieces' trees as one document; null when a piece cut before a list item does not join (see joinList). */
export function joinPieces(trees: Root[], pieces: Piece[], text: string): Root | null {
  if (trees.length === 1) return trees[0];
  trees.forEach((t, i) => i > 0 && shift(t, pieces[i]));
  const children: RootContent[] = [];
  for (const [i, t] of trees.entries()) {
    const follows = pieces[i].continuesList;
    if (follows && !joinList(children, t.children, text, follows)) return null;
    children.push(...t.children);
  }
  const last = trees[trees.length - 1].position?.end;
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: last ?? { line: 1, column: 1, offset: 0 } } };
}
