/**
 * A large Markdown file parsed in pieces. micromark keeps every event of a document until the end
 * and mdast-util-from-markdown walks them again, so memory grows with the whole file (100,000
 * headings took over 1 GB) and time faster than it. Split before an ATX heading that starts a
 * line outside any fenced code or HTML block, each piece is a document of its own that parses to
 * the same blocks; their trees are joined with positions moved to where each piece starts.
 */
import type { Root, RootContent } from 'mdast';

/** Files smaller than this are parsed whole; pieces are at least this long. */
export const CHUNK_SIZE = 64 * 1024;

export interface Piece {
  text: string;
  /** Where the piece starts in the file: offset and 1-based line. */
  offset: number;
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// HTML blocks that run to their own end marker rather than to a blank line (CommonMark types 1-5).
const HTML_OPEN = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[\s>]|$))/i;
const HTML_CLOSE = /-->|\?>|>|\]\]>|<\/(?:script|pre|style|textarea)>/i;
// A link reference definition applies to the whole document: such a file is parsed whole.
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/** Offsets where a piece may start: an ATX heading at the start of a line after a blank line or another such heading. */
function boundaries(text: string): number[] {
  const out: number[] = [];
  let fence: string | null = null;
  let html = false;
  let prevBlankOrHeading = true;
  let since = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const heading = line.startsWith('#') && /^#{1,6}(?:[ \t]|$)/.test(line);
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = null;
    } else if (html) {
      if (HTML_CLOSE.test(line)) html = false;
    } else {
      if (heading && prevBlankOrHeading && start - since >= CHUNK_SIZE) {
        out.push(start);
        since = start;
      }
      const f = FENCE.exec(line);
      if (f) fence = f[1].slice(0, 3);
      else if (HTML_OPEN.test(line) && !HTML_CLOSE.test(line.slice(line.indexOf('<') + 2))) html = true;
    }
    prevBlankOrHeading = line.trim() === '' || heading;
    start = end + 1;
  }
  return out;
}

export function splitMarkdown(text: string): Piece[] {
  if (text.length < 2 * CHUNK_SIZE || DEFINITION.test(text)) return [{ text, offset: 0, line: 1 }];
  const cuts = boundaries(text);
  const pieces: Piece[] = [];
  let offset = 0;
  let line = 1;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(offset, cut);
    pieces.push({ text: piece, offset, line });
    for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) line++;
    offset = cut;
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

/** The pieces' trees as one document. */
export function joinPieces(trees: Root[], pieces: Piece[]): Root {
  if (trees.length === 1) return trees[0];
  trees.forEach((t, i) => i > 0 && shift(t, pieces[i]));
  const last = trees[trees.length - 1].position?.end;
  return { type: 'root', children: trees.flatMap((t) => t.children), position: { start: { line: 1, column: 1, offset: 0 }, end: last ?? { line: 1, column: 1, offset: 0 } } };
}
