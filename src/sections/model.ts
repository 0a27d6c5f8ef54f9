/** The section tree every rule reads: sections, their blocks, and each block's sentences and tokens. */
import type { Token } from '../analysis/tokens.js';
import type { Format } from '../load/format.js';
import type { LineIndex } from './positions.js';

/** Maps a run of a block's text back to the source: text[textStart..+length] came from source[srcStart..]. */
export interface Segment {
  textStart: number;
  srcStart: number;
  length: number;
}

/** What joins a table row's cells when the row becomes a block's text (read back by analysis/tables.ts). */
export const CELL_SEPARATOR = ' | ';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'code' | 'html';

export interface Link {
  url: string;
  /** Visible text of the link. */
  text: string;
  /** Offsets in the block's text of the visible text. */
  start: number;
  end: number;
  /** Source offset of the whole link node. */
  srcStart: number;
  srcEnd: number;
}

export interface Sentence {
  block: Block;
  /** Offsets in block.text. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Index in PolicyDocument.sentences. */
  index: number;
  /**
   * For the first sentence of a list item: the sentence that introduces the list ("You have the
   * right to:"), read before the item when phrases are matched ("… right to: restrict our use").
   */
  leadIn?: Sentence;
  /** leadIn's tokens then this sentence's, made on first use (see contextTokens). */
  withLeadIn?: Token[];
}

/**
 * The tokens a check reads a sentence by: a list item's lead-in's tokens first, then its own, so
 * "In the event of a breach, we will:" reaches "- notify you within 60 days".
 */
export function contextTokens(s: Sentence): Token[] {
  return s.leadIn ? (s.withLeadIn ??= [...s.leadIn.tokens, ...s.tokens]) : s.tokens;
}

export interface Block {
  kind: BlockKind;
  text: string;
  segments: Segment[];
  srcStart: number;
  srcEnd: number;
  section: Section;
  /** Index in PolicyDocument.blocks. */
  index: number;
  /** 0 outside lists; 1 for a top-level list item, and so on. */
  listDepth: number;
  links: Link[];
  /** Ranges of block.text that are inline code. */
  code: Array<[number, number]>;
  /**
   * A heading the markup does not mark: a short title-like line ('line': "1. Who We Are", but also
   * a name on an address block) or a bold-only paragraph ('bold').
   */
  inferred?: 'line' | 'bold';
  /** An indented "code" block that holds plain text (an address, a date line): read as prose. */
  plainText?: boolean;
  sentences: Sentence[];
}

export interface Section {
  title: string;
  depth: number;
  heading: Block | null;
  /** Titles from the top section down to this one. */
  path: string[];
  /** Tokens of every heading in the path, for topic matching. */
  pathTokens: Token[][];
  blocks: Block[];
  children: Section[];
  parent: Section | null;
}

export interface PolicyDocument {
  filePath: string;
  source: string;
  format: Format;
  lines: LineIndex;
  frontmatter: Record<string, string>;
  /** Source offset of the end of front matter (0 if none). */
  bodyStart: number;
  top: Section;
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
}

/** A paragraph, or a short line read as a heading only by its shape (an address line, a date line). */
export function lineOfText(b: Block): boolean {
  return b.kind === 'paragraph' || (b.kind === 'heading' && b.inferred !== undefined);
}

/**
 * Where a span of text that ends at textOffset ends in the source: after its last character, not
 * at the start of whatever follows it (the markup that closes a link or emphasis stays out).
 */
export function sourceEnd(block: Block, textOffset: number): number {
  return textOffset > 0 ? sourceOffset(block, textOffset - 1) + 1 : sourceOffset(block, textOffset);
}

/** Source offset of a position in a block's text. */
export function sourceOffset(block: Block, textOffset: number): number {
  const segs = block.segments;
  if (segs.length === 0) return block.srcStart;
  let seg = segs[0];
  for (const s of segs) {
    if (s.textStart <= textOffset) seg = s;
    else break;
  }
  return seg.srcStart + Math.min(textOffset - seg.textStart, seg.length);
}
