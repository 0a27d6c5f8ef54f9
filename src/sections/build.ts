/**
 * Builds the section tree from mdast. Also decides what counts as a heading when the markup does not
 * say so: a bold-only paragraph, a one-item ordered list like "1. Who We Are", a short title line.
 */
import type { Root, RootContent, PhrasingContent, Heading, Paragraph, List, Table, Nodes, Code } from 'mdast';
import { tokenize } from '../analysis/tokens.js';
import { splitDashList, splitEnumeration, splitSentences, type SentenceSpan } from '../analysis/sentences.js';
import { holdsSentences, looksLikeHeading, isTitleCase } from '../parse/line-kinds.js';
import { STANDS_FOR } from '../parse/look-alikes.js';
import type { Format } from '../load/format.js';
import { LineIndex } from './positions.js';
import { emptyBody, fieldParagraphs, policyInFields } from './front-matter-text.js';
import { CELL_SEPARATOR, type Block, type BlockKind, type PolicyDocument, type Section, type Segment, type Link, type Sentence } from './model.js';

class TextBuilder {
  text = '';
  segments: Segment[] = [];
  links: Link[] = [];
  code: Array<[number, number]> = [];

  constructor(private source: string) {}

  add(value: string, srcStart: number | undefined): void {
    if (value === '') return;
    if (srcStart !== undefined) this.segments.push({ textStart: this.text.length, srcStart, length: value.length });
    this.text += value;
  }

  /**
   * A text node's value, mapped onto its source span. The value is not always a copy of the
   * source: "&amp;" and "\*" are decoded, and a list item's or quote's continuation lines lose
   * their indentation and ">" markers. Runs of equal characters become segments; a character
   * reference maps to its "&"; markup the value lacks is skipped.
   */
  addText(value: string, from: number, to: number): void {
    const src = this.source.slice(from, to);
    if (src === value) return this.add(value, from);
    const base = this.text.length;
    let i = 0;
    let j = 0;
    let runI = 0;
    let runJ = 0;
    const close = () => {
      if (i > runI) this.segments.push({ textStart: base + runI, srcStart: from + runJ, length: i - runI });
    };
    while (i < value.length && j < src.length) {
      // A look-alike the parser read in place of a character (a marker nested too deep) is that character.
      if (value[i] === src[j] || STANDS_FOR[value[i]] === src[j]) {
        i++;
        j++;
        continue;
      }
      close();
      if (src[j] === '\\' && src[j + 1] === value[i]) {
        j++;
      } else if (src[j] === '&' && /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/.test(src.slice(j, j + 40))) {
        // The decoded character (one or two code units) points at the reference.
        const end = src.indexOf(';', j) + 1;
        const decodedStart = i;
        i++;
        if (i < value.length && value[i] !== src[end] && i - decodedStart < 2) i++;
        this.segments.push({ textStart: base + decodedStart, srcStart: from + j, length: 0 });
        j = end;
      } else {
        j++;
      }
      runI = i;
      runJ = j;
    }
    close();
    this.text += value;
  }

  phrasing(nodes: PhrasingContent[]): void {
    for (const n of nodes) this.inline(n);
  }

  private inline(n: PhrasingContent): void {
    switch (n.type) {
      case 'text':
        if (n.position?.start.offset !== undefined && n.position.end.offset !== undefined) this.addText(n.value, n.position.start.offset, n.position.end.offset);
        else this.add(n.value, undefined);
        break;
      case 'inlineCode': {
        const start = this.text.length;
        // The value sits inside the backticks in the source.
        const src = n.position ? n.position.start.offset! + Math.max(1, (n.position.end.offset! - n.position.start.offset! - n.value.length) >> 1) : undefined;
        this.add(n.value, src);
        this.code.push([start, this.text.length]);
        break;
      }
      case 'break':
        this.add('\n', n.position?.start.offset);
        break;
      case 'link': {
        const start = this.text.length;
        this.phrasing(n.children);
        this.links.push({
          url: n.url,
          text: this.text.slice(start),
          start,
          end: this.text.length,
          srcStart: n.position?.start.offset ?? 0,
          srcEnd: n.position?.end.offset ?? 0,
        });
        break;
      }
      case 'image':
        this.add(n.alt ?? '', n.position?.start.offset);
        break;
      case 'html':
        // "privacy@<your-domain>": a template's slot that Markdown reads as an unknown tag is text.
        if (/^<\s*(?:your|insert|enter|add)\b[\w\s-]{0,60}>$/i.test(n.value)) this.add(n.value, n.position?.start.offset);
        break;
      case 'footnoteReference':
      case 'imageReference':
        break;
      default:
        if ('children' in n) this.phrasing(n.children as PhrasingContent[]);
    }
  }
}

function plain(nodes: PhrasingContent[]): string {
  // Text only: no source, so no segments.
  const b = new TextBuilder('');
  b.phrasing(nodes);
  return b.text;
}

/** The text of a paragraph that is one bold (or, with `emphasis`, italic) run and nothing else. */
function emphasisOnly(p: Paragraph, emphasis: boolean): string | null {
  const kids = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (kids.length !== 1 || !(kids[0].type === 'strong' || (emphasis && kids[0].type === 'emphasis'))) return null;
  return plain(kids).trim();
}

// "**Last Updated: August 5, 2026**": a bold date line names no section.
const DATE_LINE = /\b(?:updated|effective|revised|modified|dated?)\b|\b(?:19|20)\d\d\b/i;

/** A paragraph that is only bold (or only emphasis) text: a heading in all but markup. */
function boldHeading(p: Paragraph): boolean {
  const t = emphasisOnly(p, true);
  // "**Questions? Ask your parents!**" is a bold sentence, not a title; "**Policy link: https://…**" a link line.
  if (!t || t.length > 90 || /[.,;!]$/.test(t) || holdsSentences(t) || t.split(/\s+/).length > 14 || DATE_LINE.test(t) || /https?:\/\/|www\./i.test(t)) return false;
  // Italics mark a note ("*This data is deleted when the role expires*") more often than a title:
  // an italic line is a heading only in a title's case.
  return p.children.some((c) => c.type === 'strong') || isTitleCase(t);
}

/** A setext heading ("text" over "---") whose text is sentences, not a title. */
function setextParagraph(h: Heading, text: string): boolean {
  const { start, end } = h.position ?? {};
  if (!start || !end || start.line === end.line) return false;
  const t = text.trim();
  // Two sentences, or one long one that ends as a sentence does ("…, please e-mail privacy@acme.example.").
  return (holdsSentences(t) || (/[.!?]$/.test(t) && !isTitleCase(t))) && t.split(/\s+/).length > 14;
}

/**
 * "10. **Your Privacy Rights.**": a numbered, all-bold title is a heading even with a closing period
 * or more words than a bare title line may have (converted pages write section titles like this).
 */
function boldTitle(p: Paragraph): boolean {
  if (p.children.some((c) => c.type === 'strong' && c.children.some((x) => x.type === 'link'))) return false;
  const t = emphasisOnly(p, false)?.replace(/[.:]$/, '');
  return !!t && t.length <= 120 && !/[.!?;]\s/.test(t) && t.split(/\s+/).length <= 16;
}

/**
 * A paragraph that is nothing but links ("[California](#ca)", "[Privacy](/p) | [Terms](/t)"): a menu
 * or table-of-contents entry of a converted web page, never a heading, even when its text is short
 * and title-case. Read as a heading it would wrongly put the text after it under that title.
 */
function linksOnly(nodes: PhrasingContent[]): boolean {
  let links = 0;
  for (const n of nodes) {
    if (n.type === 'link') links++;
    else if (n.type === 'text') {
      if (!/^[\s|•·,;/–—-]*$/.test(n.value)) return false;
    } else if ((n.type === 'strong' || n.type === 'emphasis') && linksOnly(n.children)) links++;
    else if (n.type !== 'break') return false;
  }
  return links > 0;
}

/**
 * A node's source span. HTML converted to mdast wraps a list item's text in a paragraph that has
 * no position of its own: its children's positions give it one.
 */
function spanOf(node: Nodes): [number, number] | null {
  const p = node.position;
  if (p?.start.offset !== undefined && p.end.offset !== undefined) return [p.start.offset, p.end.offset];
  if (!('children' in node)) return null;
  const spans = (node.children as Nodes[]).map(spanOf).filter((x): x is [number, number] => x !== null);
  return spans.length ? [spans[0][0], spans[spans.length - 1][1]] : null;
}

export function buildDocument(filePath: string, source: string, format: Format, root: Root): PolicyDocument {
  const lines = new LineIndex(source);
  const top: Section = { title: '', depth: 0, heading: null, path: [], pathTokens: [], blocks: [], children: [], parent: null };
  const sections: Section[] = [top];
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const frontmatter: Record<string, string> = {};
  let bodyStart = 0;
  let current = top;

  const openSection = (title: string, depth: number, heading: Block): void => {
    let parent = current;
    while (parent.depth >= depth && parent.parent) parent = parent.parent;
    const s: Section = {
      title,
      depth,
      heading,
      path: [...parent.path, title],
      pathTokens: [...parent.pathTokens, tokenize(title)],
      blocks: [],
      children: [],
      parent,
    };
    parent.children.push(s);
    sections.push(s);
    current = s;
    heading.section = s;
  };

  const addBlock = (kind: BlockKind, tb: TextBuilder, node: Nodes, listDepth: number): Block | null => {
    const text = tb.text;
    const span = spanOf(node);
    if (text.trim() === '' || !span) return null;
    const block: Block = {
      kind,
      text,
      segments: tb.segments,
      srcStart: span[0],
      srcEnd: span[1],
      section: current,
      index: blocks.length,
      listDepth,
      links: tb.links,
      code: tb.code,
      sentences: [],
    };
    const add = (sp: SentenceSpan, leadIn?: Sentence): Sentence => {
      const sentence: Sentence = { block, start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), tokens: tokenize(text, sp.start, sp.end), index: sentences.length };
      if (leadIn) sentence.leadIn = leadIn;
      block.sentences.push(sentence);
      sentences.push(sentence);
      return sentence;
    };
    // A lead-in, then each item read with it.
    const addList = (lead: SentenceSpan, items: SentenceSpan[]): void => {
      const l = add(lead);
      for (const item of items) add(item, l);
    };
    const dashes = kind === 'paragraph' || kind === 'listItem' ? splitDashList(text) : null;
    if (dashes) {
      // A list whose markup was lost: the sentences before its lead-in, then the list.
      const before = splitSentences(text.slice(0, dashes.lead.end));
      before.slice(0, -1).forEach((sp) => add(sp));
      addList(before[before.length - 1] ?? dashes.lead, dashes.items);
    } else {
      const spans = kind === 'heading' || kind === 'code' ? [{ start: 0, end: text.length }] : splitSentences(text);
      for (const sp of spans) {
        const list = kind === 'heading' || kind === 'code' ? null : splitEnumeration(text, sp);
        if (list) addList(list.lead, list.items);
        else add(sp);
      }
    }
    blocks.push(block);
    current.blocks.push(block);
    return block;
  };

  const heading = (tb: TextBuilder, node: Nodes, depth: number, inferred?: 'line' | 'bold'): void => {
    const block = addBlock('heading', tb, node, 0);
    if (block) {
      if (inferred) block.inferred = inferred;
      current.blocks.pop();
      openSection(block.text.trim(), depth, block);
      current.blocks.push(block);
    }
  };

  const lastHeadingDepth = () => current.depth || 1;

  // A policy kept in the front matter's fields, the body empty: its text is read where it stands.
  const readFields = (yaml: string, fenceAt: number | undefined): void => {
    if (fenceAt === undefined) return;
    const start = source.indexOf(yaml, fenceAt);
    if (start < 0) return;
    if (!emptyBody(source.slice(start + yaml.length))) return;
    const paragraphs = fieldParagraphs(yaml, start);
    if (!policyInFields(paragraphs)) return;
    for (const p of paragraphs) {
      const tb = new TextBuilder(source);
      p.pieces.forEach((x, i) => {
        if (i > 0) tb.add(' ', undefined);
        tb.add(x.text, x.start);
      });
      addBlock('paragraph', tb, { type: 'paragraph', children: [], position: { start: lines.point(p.start), end: lines.point(p.end) } }, 0);
    }
  };

  const visit = (node: RootContent, listDepth: number, isLast: boolean): void => {
    switch (node.type) {
      case 'yaml':
        bodyStart = node.position?.end.offset ?? 0;
        // Top-level keys only, the first of each: a nested "title:" (a banner's, a menu's) is not the page's.
        for (const m of node.value.matchAll(/^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*["']?(.*?)["']?[ \t]*$/gm)) frontmatter[m[1].toLowerCase()] ??= m[2];
        readFields(node.value, node.position?.start.offset);
        break;
      case 'heading': {
        const tb = new TextBuilder(source);
        tb.phrasing((node as Heading).children);
        // A paragraph of sentences over a line of dashes is a paragraph that lost its blank line
        // before a rule, not a setext heading.
        if (setextParagraph(node as Heading, tb.text)) {
          addBlock('paragraph', tb, node, listDepth);
          break;
        }
        // Plain text has no heading markup: its parser's headings are guesses from a line's shape.
        heading(tb, node, (node as Heading).depth, format === 'text' ? 'line' : undefined);
        break;
      }
      case 'paragraph': {
        const p = node as Paragraph;
        const tb = new TextBuilder(source);
        tb.phrasing(p.children);
        const bold = listDepth === 0 && boldHeading(p);
        // Cheapest tests first: looksLikeHeading turns a long paragraph down at once.
        if (listDepth === 0 && !linksOnly(p.children) && (bold || (format !== 'text' && !isLast && !tb.text.includes('\n') && looksLikeHeading(tb.text) && tb.text.trim().split(/\s+/).length <= 8))) {
          heading(tb, node, Math.min(6, lastHeadingDepth() + (bold ? 1 : 0)), bold ? 'bold' : 'line');
        } else addBlock(listDepth > 0 ? 'listItem' : 'paragraph', tb, node, listDepth);
        break;
      }
      case 'list': {
        const list = node as List;
        const only = list.children.length === 1 ? list.children[0] : null;
        // "1. Who We Are" alone in an ordered list is a numbered heading, not a list.
        if (list.ordered && only && listDepth === 0 && only.children.length === 1 && only.children[0].type === 'paragraph') {
          const tb = new TextBuilder(source);
          tb.phrasing(only.children[0].children);
          if (looksLikeHeading(tb.text) || boldTitle(only.children[0] as Paragraph)) {
            heading(tb, node, Math.max(2, lastHeadingDepth()), 'line');
            break;
          }
        }
        // A list right after a lead-in ending in ":" continues its sentence: each item is read with it.
        const before = blocks[blocks.length - 1];
        const leadIn = before && before.section === current && continuesIntoList(before) ? before.sentences[before.sentences.length - 1] : undefined;
        const first = blocks.length;
        for (const item of list.children) {
          item.children.forEach((c, i) => visit(c, listDepth + 1, i === item.children.length - 1));
        }
        if (leadIn) {
          for (let i = first; i < blocks.length; i++) {
            const b = blocks[i];
            if (b.kind === 'listItem' && b.listDepth === listDepth + 1 && b.sentences.length > 0) b.sentences[0].leadIn = leadIn;
          }
        }
        break;
      }
      case 'blockquote':
        node.children.forEach((c, i) => visit(c, listDepth, i === node.children.length - 1));
        break;
      case 'table':
        for (const row of (node as Table).children) {
          const tb = new TextBuilder(source);
          row.children.forEach((cell, i) => {
            if (i > 0) tb.add(CELL_SEPARATOR, undefined);
            tb.phrasing(cell.children);
          });
          addBlock('tableRow', tb, row, listDepth);
        }
        break;
      case 'code': {
        const tb = new TextBuilder(source);
        // The value drops the fences and any indentation: each line is found again in the source,
        // so a finding in code points at its own line, not at the opening fence.
        let at = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? source.length;
        node.value.split('\n').forEach((line, i) => {
          if (i > 0) tb.add('\n', undefined);
          const found = line === '' ? -1 : source.indexOf(line, at);
          const src = found >= 0 && found + line.length <= end ? found : undefined;
          tb.add(line, src);
          if (src !== undefined) at = src + line.length;
        });
        const plain = plainIndented(node, source);
        if (!plain) tb.code.push([0, node.value.length]);
        const block = addBlock('code', tb, node, listDepth);
        if (block && plain) block.plainText = true;
        break;
      }
      case 'html': {
        // Wiki.js keeps a page's title in a comment that opens it: "<!-- TITLE: Cookie Policy -->".
        const title = /^<!--\s*TITLE:\s*(.+?)\s*-->$/i.exec(node.value.trim());
        if (title && blocks.length === 0) frontmatter.title ??= title[1];
        const tb = new TextBuilder(source);
        tb.add(node.value, node.position?.start.offset);
        tb.code.push([0, node.value.length]);
        addBlock('html', tb, node, listDepth);
        break;
      }
      default:
        // remark-frontmatter's TOML node is not in mdast's types.
        if ((node as { type: string }).type === 'toml') bodyStart = node.position?.end.offset ?? 0;
        break;
    }
  };
  root.children.forEach((c, i) => visit(c, 0, i === root.children.length - 1));
  for (const s of sections) fitSection(s);
  // The document keeps no reference to the tree: once built, the mdast (positions and all, about
  // as big again as the sections) can be collected while the rules run.
  return { filePath, source, format, lines, frontmatter, bodyStart, top, sections, blocks, sentences };
}

/**
 * An array grown by push() keeps room for 16 or more elements; most of a document's arrays hold
 * one or two (a block's sentences, a sentence's segments). Copied to their length once built, a
 * file of 100,000 headings needs about 100 MB less.
 */
function fit<T>(a: T[]): T[] {
  return a.length === 0 ? EMPTY : a.slice();
}
// Shared by every empty list: nothing appends to a built document's arrays.
const EMPTY = Object.freeze([]) as unknown as never[];

function fitSection(s: Section): void {
  s.path = fit(s.path);
  s.pathTokens = fit(s.pathTokens);
  s.children = fit(s.children);
  s.blocks = fit(s.blocks);
  for (const b of s.blocks) {
    b.segments = fit(b.segments);
    b.links = fit(b.links);
    b.code = fit(b.code);
    b.sentences = fit(b.sentences);
    for (const st of b.sentences) st.tokens = fit(st.tokens);
  }
}

/**
 * Pages converted to Markdown often indent an address block or a date line, which makes it a code
 * block: indented lines of plain words (no fence, no language, no code punctuation) are text.
 */
function plainIndented(node: Code, source: string): boolean {
  const start = node.position?.start.offset ?? 0;
  if (node.lang || /^[ \t]*(?:`{3,}|~{3,})/.test(source.slice(start, start + 12))) return false;
  const lines = node.value.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.length <= 12 && lines.every((l) => l.length <= 100 && /\p{L}/u.test(l) && !CODE_LINE.test(l));
}
const CODE_LINE = /[{}<>;=$`\\|]|\(\)|^\s*(?:\/\/|#|\$|-|\*)/;

/**
 * A block that a list right after it continues: a paragraph or item ending in ":", or a heading
 * that is itself the start of a clause ("We do NOT:" above "Store your data on our servers").
 */
function continuesIntoList(b: Block): boolean {
  const text = b.text.trimEnd();
  if (!text.endsWith(':')) return false;
  return b.kind === 'paragraph' || b.kind === 'listItem' || (b.kind === 'heading' && /^(?:we|i)\b/i.test(text));
}
