/**
 * Structure checks over the section tree: a lead-in whose list is missing, a heading with nothing
 * under it, links that lead nowhere, and two different organisations calling themselves "we".
 */
import { bulletPrefix, holdsSentences, isLeadIn, isTitleCase, labelOf, looksLikeListItem, numberedPrefix } from '../../parse/line-kinds.js';
import { organisationName, EMAIL } from '../../analysis/signals.js';
import { sourceOffset, type Block, type Section } from '../../sections/model.js';
import { findDates, POLICY_DATE_LABEL } from '../../analysis/dates.js';
import type { CompiledRule } from '../compile.js';
import { fillMessage, quote, quoted, QUOTE_MAX } from '../message.js';
import { clip, type CheckContext, type Finding } from '../context.js';
import type { PolicyReference } from '../../profile/references.js';

function lastLineStart(b: Block): number {
  const i = b.text.trimEnd().lastIndexOf('\n');
  return i < 0 ? 0 : i + 1;
}

/**
 * Items written as paragraphs: the next two paragraphs open with the same word ("From you when …",
 * "From documents …").
 */
function parallelParagraphs(blocks: Block[], i: number): boolean {
  const [a, b] = [blocks[i], blocks[i + 1]];
  if (a?.kind !== 'paragraph' || b?.kind !== 'paragraph') return false;
  const first = (x: Block) => /^\W*(\p{L}+)/u.exec(x.text)?.[1].toLowerCase();
  // Prose opens with "We" and "The" sentence after sentence: only another shared opening marks items.
  return first(a) !== undefined && first(a) === first(b) && !COMMON_OPENINGS.has(first(a)!);
}
const COMMON_OPENINGS = new Set(['we', 'our', 'you', 'your', 'the', 'a', 'an', 'this', 'these', 'it', 'i', 'they', 'us']);

/**
 * Items written as paragraphs with a list's punctuation: one of the next paragraphs before a heading
 * ends with ";" or "; or" ("With vendors … and advertising;", "… to which we are subject; or").
 */
function punctuatedItems(blocks: Block[], i: number): boolean {
  for (let j = i; j < i + 3 && blocks[j]?.kind === 'paragraph'; j++) if (/;\s*(?:or|and)?\s*$/i.test(blocks[j].text.trim())) return true;
  return false;
}

/**
 * "Third-party services:" in a file whose sections are titled "Changes to This Privacy Policy:": a
 * short label in sentence case, where the file sets its titles with colons, is a title too.
 */
function shortLabel(line: string): boolean {
  const words = line.replace(/:\s*$/, '').trim().split(/\s+/);
  return words.length <= 4 && /^\p{Lu}/u.test(line) && !COMMON_OPENINGS.has(words[0].toLowerCase());
}

/** Does the file title a section with a one-line "Title Case:" paragraph? Asked once per document. */
function titlesWithColons(blocks: Block[]): boolean {
  return blocks.some((b) => b.kind === 'paragraph' && !b.text.trim().includes('\n') && isLeadIn(b.text.trim()) && titleLabel(b.text.trim()));
}

/**
 * Items written as paragraphs led by a short label whose bold was lost ("Credentials. We collect
 * passwords …", "Payment Data. We collect …"): the next two paragraphs each open with a sentence
 * of a few words that does not start like prose, and go on after it.
 */
function labelledParagraphs(blocks: Block[], i: number): boolean {
  const labelled = (b: Block | undefined) => {
    if (b?.kind !== 'paragraph' || b.sentences.length < 2) return false;
    const first = b.sentences[0];
    return first.tokens.length <= 8 && /\.\s*$/.test(first.text) && !COMMON_OPENINGS.has(first.tokens[0]?.lower ?? '');
  };
  return labelled(blocks[i]) && labelled(blocks[i + 1]);
}

/**
 * "2. Internet Access:" or "Logs and Cookies:" on a line of its own is a section's title set with a
 * colon, its text below it: a title, not a sentence that promises a list ("We collect:").
 */
function titleLabel(line: string): boolean {
  const t = line.trim();
  const rest = t.slice(numberedPrefix(t)?.length ?? 0).replace(/:\s*$/, '').trim();
  const n = rest.split(/\s+/).filter(Boolean).length;
  return n >= 2 && n <= 6 && isTitleCase(rest);
}

/**
 * "More formally:" above the policy's sections: an adverb that introduces the sections after it.
 * Before prose ("Specifically:" then a paragraph) it still promises the list that was lost.
 */
function adverbialLeadIn(line: string): boolean {
  const sentence = line.replace(/:\s*$/, '').split(/[.!?]\s+/).pop() ?? '';
  const words = sentence.trim().split(/\s+/);
  return words.length <= 3 && /ly$/i.test(words[words.length - 1]) && !COMMON_OPENINGS.has(words[0].toLowerCase());
}

function emptyLists(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const afterProse: Finding[] = [];
  const blocks = ctx.doc.blocks;
  let titled: boolean | undefined;
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') return;
    const lastLine = b.text.slice(lastLineStart(b)).trim();
    const next = blocks[i + 1];
    if (!isLeadIn(lastLine) || titleLabel(lastLine) || (next?.kind === 'heading' && adverbialLeadIn(lastLine))) return;
    if (lastLine === b.text.trim() && shortLabel(lastLine) && (titled ??= titlesWithColons(blocks))) return;
    const listFollows =
      next !== undefined &&
      (next.kind === 'tableRow' ||
        // A short line taken for a heading (a name heading an address block) is the promised content;
        // so is anything the text leaves out between them (an image, markup).
        (next.kind === 'heading' && (next.inferred === 'line' || next.inferred === 'bold')) ||
        // "…the following rights:" then "## Know", "## Delete": the items are the sections that follow.
        (next.kind === 'heading' && /\b(?:following|below|these)\b/i.test(lastLine)) ||
        parallelParagraphs(blocks, i + 1) ||
        labelledParagraphs(blocks, i + 1) ||
        punctuatedItems(blocks, i + 1) ||
        /[\p{L}\p{N}]|!\[|<img/iu.test(ctx.doc.source.slice(b.srcEnd, next.srcStart).replace(/<!--[\s\S]*?-->/g, '')) ||
        // The items as subsections of the lead-in's own section ("Here's what that means:" then
        // "### Identity and access", "### Billing") or as bold-labelled paragraphs ("**Google Cloud.** …").
        (next.kind === 'heading' && b.section.depth >= 2 && b.section.children.length >= 2 && next.section.parent === b.section) ||
        // "…include:" then "#### For training", "#### For funding", each over its list: the items
        // are grouped under headings of their own.
        (next.kind === 'heading' && groupsOfItems(next.section)) ||
        next.kind === 'code' ||
        next.kind === 'html' ||
        (next.kind === 'listItem' && (b.kind === 'listItem' || next.listDepth > b.listDepth)) ||
        // "- The current ROM being used:" then its explanation: a labelled item, not a lead-in.
        (b.kind === 'listItem' && next.kind === 'paragraph' && lastLine.split(/\s+/).length <= 10) ||
        paragraphOfItems(ctx, blocks, i + 1));
    if (listFollows) return;
    const start = sourceOffset(b, lastLineStart(b) + (b.text.slice(lastLineStart(b)).length - b.text.slice(lastLineStart(b)).trimStart().length));
    const what = next === undefined ? 'the end of the policy' : next.kind === 'heading' ? `the heading "${quote(next.text.trim(), 40)}"` : 'prose';
    const finding = {
      message: fillMessage(rule.file.message, { match: lastLine.length > 50 ? `…${lastLine.slice(-48)}` : lastLine, value: what }),
      srcStart: start,
      srcEnd: sourceOffset(b, b.text.trimEnd().length),
    };
    (what === 'prose' && !loneParagraph(blocks, i + 1) ? afterProse : out).push(finding);
  });
  // Several paragraphs after a lone lead-in are, as often as not, its items written as prose ("…the
  // following circumstances:" then a paragraph for each). A document that lost its lists once has
  // lost them elsewhere too: then they count.
  return out.length + afterProse.length >= 2 ? [...out, ...afterProse].sort((a, b) => a.srcStart - b.srcStart) : out;
}

/** Block i is the only paragraph between its lead-in and the next heading, the next lead-in or the end. */
function loneParagraph(blocks: Block[], i: number): boolean {
  const after = blocks[i + 1];
  return after === undefined || after.kind === 'heading' || ((after.kind === 'paragraph' || after.kind === 'listItem') && isLeadIn(after.text.slice(lastLineStart(after)).trim()));
}

/** This section and the next at its level each open with a list. */
function groupsOfItems(s: Section): boolean {
  const siblings = s.parent?.children ?? [];
  const opensWithList = (x: Section | undefined) => x?.blocks.find((b) => b.kind !== 'heading')?.kind === 'listItem';
  return opensWithList(s) && opensWithList(siblings[siblings.indexOf(s) + 1]);
}

/** A paragraph after a lead-in that holds its items, or leads on to them. */
function paragraphOfItems(ctx: CheckContext, blocks: Block[], i: number): boolean {
  const p = blocks[i];
  if (p.kind !== 'paragraph') return false;
  const first = p.text.split('\n')[0];
  return (
    // Bold-labelled paragraphs ("**Google Cloud.** …").
    /^\s*(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)/.test(ctx.doc.source.slice(p.srcStart, p.srcStart + 90)) ||
    // Plain text marks its items by hand ("a. Displaying your name …", "Sign out: Signing out …");
    // elsewhere a line shaped like an item is one.
    (ctx.doc.format === 'text' ? markedItem(first) || indented(ctx.doc.source, p.srcStart) : looksLikeListItem(first)) ||
    unmarkedItems(p.text) ||
    // "…the following rights:", a note on using them ("When exercising any of the rights listed
    // below, …"), then the list.
    (blocks[i + 1]?.kind === 'listItem' && /\b(?:below|listed|following|these|each of)\b/i.test(p.text))
  );
}

/** Plain text set in by two spaces or more under its lead-in ("…under control by:" then "    the Delft lab"): what the lead-in introduces. */
function indented(source: string, at: number): boolean {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart >= 2 && /^[ \t]+$/.test(source.slice(lineStart, at));
}

/**
 * The items written one to a line with no marker ("Users have given their consent;" then
 * "provision of Data is necessary …;"): most lines end a clause. Prose wrapped at a column ends
 * its lines mid-sentence.
 */
function markedItem(line: string): boolean {
  return bulletPrefix(line) !== null || numberedPrefix(line) !== null || labelOf(line) !== null;
}

function unmarkedItems(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const ended = lines.slice(0, -1).filter((l) => /[.;:!?]$/.test(l)).length;
  // Most lines, not all: a title line can sit among them ("Details about the right to object").
  return lines.length >= 2 && ended >= 1 && ended >= ((lines.length - 1) * 2) / 3;
}

const ORDINAL = /^\s*((?:\d{1,2}\.)*\d{1,2}|[IVXLC]{1,6}|[A-Z])[.)]\s+/;

/** "IX. Contact" → "ix"; a title's words otherwise, lower-case. */
function sectionKey(title: string): { ordinal?: string; words: string } {
  const m = ORDINAL.exec(title);
  return { ordinal: m?.[1].toLowerCase(), words: title.slice(m?.[0].length ?? 0).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() };
}

function isEmpty(s: Section): boolean {
  return !!s.heading && s.children.length === 0 && !s.blocks.some((b) => b !== s.heading);
}

// What a heading of the title block names (a heading of the run that opens the document before any
// text): the company, the document, its date ("FAIRMINT INC." / "PRIVACY POLICY").
const TITLE_WORDS = /\b(?:privacy|policy|notice|statement|terms|inc|llc|ltd|gmbh|corp|corporation|company|last updated|effective|version)\b|\b(?:19|20)\d\d\b/i;

/** The section's text was read as a heading of its own ("## Questions?" then "Open an issue on GitHub"). */
function textTakenForHeading(sections: Section[], i: number): boolean {
  return sections[i + 1]?.heading?.inferred === 'line';
}

/**
 * "### Interpretation and Definitions" right over "### Interpretation": a parent whose subsections a
 * converter set at its own level. The heading after it shares a word of its title; an empty
 * "## Cookies" over "## Contact" is still an empty section.
 */
function flattenedParent(sections: Section[], i: number): boolean {
  const next = sections[i + 1]?.heading;
  const own = sections[i].heading;
  if (!next || !own || next.index !== own.index + 1 || sections[i + 1].depth < sections[i].depth) return false;
  const words = (b: Block) => new Set(b.sentences.flatMap((x) => x.tokens).filter((t) => t.lower.length >= 4 && !TITLE_FILLER.has(t.lower)).map((t) => t.stem));
  const mine = words(own);
  return [...words(next)].some((w) => mine.has(w));
}
const TITLE_FILLER = new Set(['your', 'with', 'from', 'this', 'that', 'about', 'what', 'which', 'when', 'where', 'other', 'more', 'information', 'policy', 'privacy']);

/** A line taken for a heading only by its shape (a name, a line of a list that lost its markup). */
function mayBeNoHeading(s: Section): boolean {
  // A line guessed from its shape, or a slogan set as a heading ("100% Free. No Ads. No Tracking.").
  // So is a sentence set in a heading's type ("This section explains your rights to you.").
  return s.heading?.inferred === 'line' || holdsSentences(s.title) || /!$/.test(s.title) || sentenceTitle(s.title) || statesOrNames(s.title);
}

function sentenceTitle(title: string): boolean {
  return /[.]$/.test(title.trim()) && title.trim().split(/\s+/).length >= 6;
}

// "We do NOT sell your data" set as a heading is the statement itself; a bold e-mail address is a contact.
const DENIAL_TITLE = /^(?:we|i)\b.{0,40}\b(?:not|never|no|don['’]t|won['’]t)\b/i;
const CONTACT_TITLE = /^\S+@\S+\.\w+$|^https?:\/\/\S+$/;

function statesOrNames(title: string): boolean {
  return DENIAL_TITLE.test(title) || CONTACT_TITLE.test(title.trim());
}

/**
 * A table of contents: an empty heading whose title or number comes back later as a real section
 * ("IX. Contact" … "### IX. Access, Scope of Application, Contact"), or one of a run of three or
 * more empty headings in a row.
 */
/**
 * What tells a table of contents, worked out once per document (a file of 10,000 headings must not
 * cost 10,000² steps): the sections with text and their keys, and the length of each run of empty
 * sections.
 */
interface Outline {
  filled: Array<{ index: number; key: ReturnType<typeof sectionKey> }>;
  /** For an empty section (index ≥ 1): how many empty sections its run holds. */
  runLength: number[];
}

function outline(sections: Section[]): Outline {
  const filled = sections.flatMap((s, index) => (isEmpty(s) ? [] : [{ index, key: sectionKey(s.title) }]));
  const runLength = new Array<number>(sections.length).fill(0);
  for (let start = 1; start < sections.length; ) {
    if (!isEmpty(sections[start])) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < sections.length && isEmpty(sections[end + 1])) end++;
    for (let j = start; j <= end; j++) runLength[j] = end - start + 1;
    start = end + 1;
  }
  return { filled, runLength };
}

function tableOfContents(sections: Section[], i: number, o: Outline): boolean {
  const key = sectionKey(sections[i].title);
  for (const later of o.filled) {
    if (later.index <= i) continue;
    const k = later.key;
    if ((key.ordinal && k.ordinal === key.ordinal) || (key.words && k.words.startsWith(key.words))) return true;
  }
  return o.runLength[i] >= 3;
}

/**
 * A bold line with a horizontal rule under it closes the part above ("**Put your e-mail here**" then
 * "---", or the same line in a script with no capitals); a title-case one ("**Policy Page**") still heads.
 */
function closedByRule(ctx: CheckContext, heading: Block): boolean {
  return /^[ \t]*(?:\r?\n[ \t]*)+(?:-{3,}|\*{3,}|_{3,})[ \t]*(?:\r?\n|$)/.test(ctx.doc.source.slice(heading.srcEnd, heading.srcEnd + 200));
}

function emptySections(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const sections = ctx.doc.sections;
  const boxes = new Set(((rule.file.options?.boxTitles as string[] | undefined) ?? []).map((x) => x.toLowerCase()));
  let o: Outline | undefined;
  // The opening run of headings, before any text: a title block (computed once: a file may hold
  // thousands of empty headings).
  const opening = sections[0].blocks.some((b) => b.kind !== 'heading') ? 1 : sections.findIndex((x, i) => i > 0 && !isEmpty(x));
  sections.forEach((s, i) => {
    if (!isEmpty(s) || !s.heading) return;
    // The document's first heading is its title or a byline, not an empty section.
    if (s === sections[1] || ((opening < 0 || i < opening) && TITLE_WORDS.test(s.title))) return;
    // A bold line right under a heading is that heading's subtitle ("# FERPA Statement" then
    // "**Family Educational Rights and Privacy Act Compliance**").
    if (s.heading.inferred === 'bold' && ctx.doc.blocks[s.heading.index - 1]?.kind === 'heading') return;
    // A bold or italic line that ends the document (a footer, "**Email: {email}**") closes it; it heads nothing.
    if (s.heading.inferred === 'bold' && (i === sections.length - 1 || (closedByRule(ctx, s.heading) && !isTitleCase(s.title)))) return;
    // "Contents", "On this page": a box a script or the site generator fills (options.boxTitles).
    if (boxes.has(s.title.trim().toLowerCase())) return;
    // "##### Last updated: 2020-11-28" is the policy's date set in a heading's type.
    if (POLICY_DATE_LABEL.test(s.title) && findDates(s.title).length > 0) return;
    if (tableOfContents(sections, i, (o ??= outline(sections))) || mayBeNoHeading(s) || textTakenForHeading(sections, i) || flattenedParent(sections, i)) return;
    out.push({ message: fillMessage(rule.file.message, { match: quoted('match', s.title) }), srcStart: s.heading.srcStart, srcEnd: s.heading.srcEnd });
  });
  return out;
}

function brokenLinks(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const b of ctx.doc.blocks) {
    for (const l of b.links) {
      const url = l.url.trim();
      let problem: string | null = null;
      if (url === '' || url === '#' || /^#_?$/.test(url) || /^javascript:/i.test(url)) problem = `the link "${quote(l.text.trim(), 40)}" has no target ("${quote(url, 20)}")`;
      else if (/^mailto:/i.test(url)) {
        const target = decodeURIComponent(url.slice(7).split('?')[0]).toLowerCase();
        EMAIL.lastIndex = 0;
        const shown = EMAIL.exec(l.text)?.[0]?.toLowerCase();
        if (!target) problem = 'a mailto: link has no address';
        else if (shown && shown !== target) problem = `the link shows ${quote(shown, 45)} but writes to ${quote(target, 45)}`;
      }
      if (problem) out.push({ message: fillMessage(rule.file.message, { match: problem }), srcStart: l.srcStart, srcEnd: l.srcEnd });
    }
  }
  return out;
}

function mismatchedEntities(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const names = new Map<string, { name: string; srcStart: number; srcEnd: number }>();
  for (const s of ctx.doc.sentences) {
    if (!ctx.prose(s) || !/["“'‘](?:we|us|our)\b/i.test(s.text)) continue;
    const name = organisationName(s.text);
    if (!name) continue;
    const key = name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/\b(inc|llc|ltd|limited|gmbh|corp|corporation|the)\b/g, '').trim();
    if (!names.has(key)) {
      const at = s.text.indexOf(name);
      const [a, b] = ctx.srcRange(s, s.start + Math.max(0, at), s.start + Math.max(0, at) + name.length);
      names.set(key, { name, srcStart: a, srcEnd: b });
    }
  }
  if (names.size < 2) return [];
  const [first, ...others] = [...names.values()];
  return others.map((o) => ({
    message: fillMessage(rule.file.message, { match: `"${quote(o.name, 40)}"`, value: `"${quote(first.name, 40)}"` }),
    srcStart: o.srcStart,
    srcEnd: o.srcEnd,
    evidence: [{ ...pointOf(ctx, first.srcStart), text: first.name }],
  }));
}

function pointOf(ctx: CheckContext, offset: number) {
  const p = ctx.doc.lines.point(offset);
  return { line: p.line, column: p.column };
}

/** A stub (the profile's kind): one finding, at the sentence that points elsewhere or the top. */
function stubFinding(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const kind = ctx.profile?.kind;
  if (kind?.kind !== 'stub') return [];
  const at = kind.evidence ? ctx.doc.lines.lineStart(kind.evidence.line) + kind.evidence.column - 1 : ctx.doc.bodyStart;
  return [{ message: fillMessage(rule.file.message, { value: kind.reason }), srcStart: at, srcEnd: at, evidence: kind.evidence ? [kind.evidence] : undefined, documentLevel: !kind.evidence }];
}

/** A policy in a language the packs do not read: one note, at the top. */
function languageFinding(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const lang = ctx.profile?.language;
  if (!lang || lang.english) return [];
  return [{ message: fillMessage(rule.file.message, { value: lang.name }), srcStart: ctx.doc.bodyStart, srcEnd: ctx.doc.bodyStart, documentLevel: true }];
}

/** One note per reference that took requirements away: which topics, and where they went. */
export function checkCrossReference(rule: CompiledRule, ctx: CheckContext, refs: Map<PolicyReference, Set<string>>): Finding[] {
  return [...refs].map(([r, topics]) => {
    const at = ctx.doc.lines.lineStart(r.evidence.line) + r.evidence.column - 1;
    const where = r.title ? `the linked "${clip(r.title, 60)}"` : 'the policy it points to';
    const what = shortList([...topics].map((t) => TOPIC_NAMES[t] ?? t), QUOTE_MAX.match);
    return {
      message: fillMessage(rule.file.message, { match: what, value: where }),
      srcStart: at,
      srcEnd: at,
      evidence: [r.evidence],
    };
  });
}

// How a note names a topic (rules' `topic`) to a policy author.
const TOPIC_NAMES: Record<string, string> = {
  changes: 'policy changes',
  collection: 'what is collected',
  sharing: 'sharing',
  purposes: 'purposes',
  rights: 'rights',
  retention: 'retention',
  security: 'security',
  cookies: 'cookies',
  children: "children's data",
  contact: 'contact details',
  transfers: 'transfers abroad',
};

function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A list that fits in a message: the first items, then how many more (the JSON lists them all). */
function shortList(items: string[], max: number): string {
  for (let n = items.length; n > 1; n--) {
    const text = n === items.length ? listed(items) : `${items.slice(0, n).join(', ')} and ${items.length - n} more`;
    if (text.length <= max) return text;
  }
  return items.length === 1 ? items[0] : `${items[0]} and ${items.length - 1} more`;
}

export function checkStructure(rule: CompiledRule, ctx: CheckContext): Finding[] {
  // What makes a lead-in or a heading is read in English; another language's layout is not judged.
  if ((rule.file.check === 'empty-list' || rule.file.check === 'empty-section') && ctx.profile && !ctx.profile.language.english) return [];
  switch (rule.file.check) {
    case 'empty-list':
      return emptyLists(rule, ctx);
    case 'empty-section':
      return emptySections(rule, ctx);
    case 'broken-link':
      return brokenLinks(rule, ctx);
    case 'mismatched-entity':
      return mismatchedEntities(rule, ctx);
    case 'stub':
      return stubFinding(rule, ctx);
    case 'language':
      return languageFinding(rule, ctx);
    default:
      return [];
  }
}
