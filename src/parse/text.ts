/**
 * Plain text to mdast. Policies copied out of web pages and PDFs keep one block per line but lose
 * their markup: headings become short lines, lists lose their bullets. This parser puts the
 * structure back, and every node keeps the exact position of its text in the source.
 */
import type { Root, RootContent, Heading, Paragraph, List, ListItem, Text } from 'mdast';
import { bulletPrefix, numberedPrefix, looksLikeHeading, labelOf, isLeadIn, looksLikeListItem } from './line-kinds.js';

interface Line {
  text: string;
  /** Offset of text[0] in the source. */
  offset: number;
  lineNo: number;
}

function splitLines(source: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  let lineNo = 1;
  for (const raw of source.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    out.push({ text, offset, lineNo });
    offset += raw.length + 1;
    lineNo++;
  }
  return out;
}

function point(l: Line, col0: number) {
  return { line: l.lineNo, column: col0 + 1, offset: l.offset + col0 };
}

/** A block of one or more consecutive lines (hard-wrapped paragraphs join). */
interface Block {
  lines: Line[];
}

function textNode(b: Block, skip: number): Text {
  const first = b.lines[0];
  const last = b.lines[b.lines.length - 1];
  const start = first.text.length - first.text.trimStart().length + skip;
  const endCol = last.text.trimEnd().length;
  const value = b.lines.map((l, i) => (i === 0 ? l.text.slice(start) : l.text)).join('\n').trimEnd();
  return { type: 'text', value, position: { start: point(first, start), end: point(last, endCol) } };
}

function span(b: Block) {
  const first = b.lines[0];
  const last = b.lines[b.lines.length - 1];
  return { start: point(first, first.text.length - first.text.trimStart().length), end: point(last, last.text.trimEnd().length) };
}

function isSetextUnderline(t: string): boolean {
  return /^\s*(=+|-{3,})\s*$/.test(t);
}

function groupBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  for (const l of lines) {
    const t = l.text.trim();
    if (t === '') {
      cur = null;
      continue;
    }
    const prev = cur?.lines[cur.lines.length - 1].text.trimEnd();
    // Hard-wrapped prose: the previous line runs on and this one continues in lower case.
    const continues = cur && prev && prev.length >= 40 && !/[.:;!?]["”']?$/.test(prev) && /^[\p{Ll}(]/u.test(t) && !bulletPrefix(t);
    if (continues) cur!.lines.push(l);
    else {
      cur = { lines: [l] };
      blocks.push(cur);
    }
  }
  return blocks;
}

export function parseText(source: string): Root {
  const lines = splitLines(source);
  const blocks = groupBlocks(lines);
  const children: RootContent[] = [];
  let list: List | null = null;
  // After a lead-in, bare lines can be items; once a list has bullets, only bullets continue it.
  let itemContext = false;
  let bulleted = false;

  const closeList = () => {
    if (list) {
      list.position = { start: list.children[0].position!.start, end: list.children[list.children.length - 1].position!.end };
      children.push(list);
    }
    list = null;
    bulleted = false;
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const first = b.lines[0].text;
    const next = blocks[i + 1]?.lines[0];
    const single = b.lines.length === 1;

    if (single && next && isSetextUnderline(next.text) && next.lineNo === b.lines[0].lineNo + 1 && !isSetextUnderline(first)) {
      closeList();
      const depth = /=/.test(next.text) ? 1 : 2;
      const h: Heading = { type: 'heading', depth, children: [textNode(b, 0)], position: span(b) };
      children.push(h);
      i++;
      itemContext = false;
      continue;
    }
    if (isSetextUnderline(first)) continue;

    const bullet = bulletPrefix(first);
    const bareItem = itemContext && !bulleted && single && looksLikeListItem(first) && !(numberedPrefix(first) && looksLikeHeading(first));
    const isItem = bullet !== null || bareItem;
    const runOfLabels = !bullet && labelOf(first) !== null && next !== undefined && labelOf(next.text) !== null && (list !== null || blocks[i + 1].lines.length === 1);
    if (isItem || runOfLabels || (list !== null && labelOf(first) !== null)) {
      const indent = first.length - first.trimStart().length;
      const skip = bullet ? bullet.length - indent : 0;
      const para: Paragraph = { type: 'paragraph', children: [textNode(b, skip)], position: span(b) };
      const item: ListItem = { type: 'listItem', spread: false, children: [para], position: span(b) };
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] };
        bulleted = bullet !== null;
      }
      list.children.push(item);
      // A list item that itself ends in ':' opens a nested list we cannot see; keep collecting.
      itemContext = true;
      continue;
    }
    closeList();
    if (single && looksLikeHeading(first)) {
      const num = numberedPrefix(first);
      const depth = num ? Math.min(6, 2 + (num.match(/\d+\./g)?.length ?? 1) - 1) : 2;
      const h: Heading = { type: 'heading', depth: depth as Heading['depth'], children: [textNode(b, 0)], position: span(b) };
      children.push(h);
      itemContext = false;
      continue;
    }
    const para: Paragraph = { type: 'paragraph', children: [textNode(b, 0)], position: span(b) };
    children.push(para);
    itemContext = isLeadIn(b.lines[b.lines.length - 1].text);
  }
  closeList();
  const last = lines[lines.length - 1];
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: point(last, last.text.length) },
  };
}
