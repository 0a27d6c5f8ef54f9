/**
 * What kind of document a file is (rules/documents.json): a full policy, a supplement or state notice, a
 * notice at collection, a cookie notice, a children's notice, or a stub that points elsewhere. The
 * configuration decides where it says so; otherwise the title (front matter, or the first heading),
 * then the opening paragraphs. A file with no prose of its own, or a short one that points to a
 * policy elsewhere, is a stub.
 */
import { quote } from '../rules/message.js';
import { validateDocuments } from '../generated/validators.js';
import path from 'node:path';
import { matchAny, type Phrase } from '../analysis/phrase.js';
import { compilePhraseList } from '../rules/compile.js';
import { tokenize, type Token } from '../analysis/tokens.js';
import { readValidated } from '../rules/read-json.js';
import type { CheckContext } from '../rules/context.js';
import type { Evidence } from '../types.js';
import type { Block, Sentence } from '../sections/model.js';

export type DocumentKind = 'policy' | 'supplement' | 'notice-at-collection' | 'cookie-notice' | 'children-notice' | 'opt-out-notice' | 'telemetry-notice' | 'processing-terms' | 'deployer-note' | 'section' | 'stub';
export const DOCUMENT_KINDS: DocumentKind[] = ['policy', 'supplement', 'notice-at-collection', 'cookie-notice', 'children-notice', 'opt-out-notice', 'telemetry-notice', 'processing-terms', 'deployer-note', 'section', 'stub'];

export interface KindDecision {
  kind: DocumentKind;
  /** What the kind is called in messages. */
  title: string;
  reason: string;
  evidence?: Evidence;
}

interface DocumentsFile {
  kinds: Array<{
    name: Exclude<DocumentKind, 'policy' | 'stub'>;
    title: string;
    titles?: string[];
    opening?: string[];
    untitled?: boolean;
    minSentences?: number;
    content?: { phrases: string[]; minShare: number };
  }>;
  stub: { maxWords: number; pointers: string[]; disclaimers?: string[]; ownTitles?: string[] };
  shortNotice?: { maxWords: number; pointers: string[]; linkTexts?: string[]; companionLinks?: string[]; policyWords?: string[]; layeredHeadings?: string[] };
  references: { phrases: string[]; everything?: string[]; others?: string[]; topics: Record<string, string[]> };
}

/** rules/documents.json, compiled. */
export interface CompiledDocuments {
  kinds: Array<{ name: DocumentKind; title: string; titles: Phrase[]; opening: Phrase[]; untitled?: { minSentences: number }; content?: { phrases: Phrase[]; minShare: number } }>;
  stub: { maxWords: number; pointers: Phrase[]; disclaimers: Phrase[]; ownTitles: Phrase[] };
  shortNotice: { maxWords: number; pointers: Phrase[]; linkTexts: Phrase[]; companionLinks: Phrase[]; policyWords: Phrase[]; layeredHeadings: Phrase[] };
  references: { phrases: Phrase[]; everything: Phrase[]; others: Phrase[]; topics: Array<{ topic: string; words: Phrase[] }> };
}

export function loadDocuments(file: string): CompiledDocuments {
  const data = readValidated(file, validateDocuments, 'documents file');
  const k = data as DocumentsFile;
  const source = path.basename(file);
  const compile = (list: string[] | undefined, where: string) => compilePhraseList(list, where, source);
  return {
    kinds: k.kinds.map((x) => ({
      name: x.name,
      title: x.title,
      titles: compile(x.titles, `${x.name}.titles`),
      opening: compile(x.opening, `${x.name}.opening`),
      ...(x.untitled ? { untitled: { minSentences: x.minSentences ?? 1 } } : {}),
      ...(x.content ? { content: { phrases: compile(x.content.phrases, `${x.name}.content.phrases`), minShare: x.content.minShare } } : {}),
    })),
    stub: { maxWords: k.stub.maxWords, pointers: compile(k.stub.pointers, 'stub.pointers'), disclaimers: compile(k.stub.disclaimers, 'stub.disclaimers'), ownTitles: compile(k.stub.ownTitles, 'stub.ownTitles') },
    shortNotice: {
      maxWords: k.shortNotice?.maxWords ?? 0,
      pointers: compile(k.shortNotice?.pointers, 'shortNotice.pointers'),
      linkTexts: compile(k.shortNotice?.linkTexts, 'shortNotice.linkTexts'),
      companionLinks: compile(k.shortNotice?.companionLinks, 'shortNotice.companionLinks'),
      policyWords: compile(k.shortNotice?.policyWords, 'shortNotice.policyWords'),
      layeredHeadings: compile(k.shortNotice?.layeredHeadings, 'shortNotice.layeredHeadings'),
    },
    references: {
      phrases: compile(k.references.phrases, 'references.phrases'),
      everything: compile(k.references.everything, 'references.everything'),
      others: compile(k.references.others, 'references.others'),
      topics: Object.entries(k.references.topics).map(([topic, words]) => ({ topic, words: compile(words, `references.topics.${topic}`) })),
    },
  };
}

const TITLES: Record<DocumentKind, string> = {
  policy: 'privacy policy',
  supplement: 'supplement to the main policy',
  'notice-at-collection': 'notice at collection',
  'cookie-notice': 'cookie notice',
  'children-notice': "children's privacy notice",
  'opt-out-notice': 'notice of the right to opt out',
  'telemetry-notice': 'telemetry note',
  'processing-terms': 'processing terms (a contract, not a notice)',
  'deployer-note': 'note for those who run the software (they write the policy)',
  section: 'section of a policy kept in parts',
  stub: 'stub',
};

export function kindTitle(kind: DocumentKind): string {
  return TITLES[kind];
}

/**
 * Words of text, headings included (a page whose text all sits in one "#" line is still a policy),
 * code blocks too (converted pages indent their text into code); not markup.
 */
/** Words of the document's prose (markup blocks left out): how long a page is, for the short-page tests. */
export function proseWords(ctx: CheckContext): number {
  let n = 0;
  for (const b of ctx.doc.blocks) if (b.kind !== 'html') for (const s of b.sentences) n += s.tokens.length;
  return n;
}

/** The first n sentences of body prose: what a document says of itself in its opening. */
function opening(ctx: CheckContext, n = 6): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ctx.doc.sentences) if (ctx.bodyProse(s) && out.push(s) >= n) break;
  return out;
}

/** No title at all: no front-matter title, and prose before the first heading. */
function untitled(ctx: CheckContext): boolean {
  if (ctx.doc.frontmatter.title) return false;
  const first = ctx.doc.blocks.find((b) => b.text.trim() !== '');
  return first !== undefined && first.kind !== 'heading';
}

/** Is the text about the kind's subject: enough of its sentences hold one of its phrases? */
function aboutIt(ctx: CheckContext, content: { phrases: Phrase[]; minShare: number } | undefined): boolean {
  if (!content) return true;
  const prose = ctx.doc.sentences.filter(ctx.bodyProse);
  if (prose.length === 0) return false;
  return ctx.index.matching(content.phrases, ctx.bodyProse).size / prose.length >= content.minShare;
}

const POLICY_INCLUDE = /\{%-?\s*include(?:_relative)?\s+["']?([\w./-]*(?:privacy|policy|cookie|datenschutz|gdpr|ccpa)[\w./-]*)/i;

/** "# Privacy Notice": the file calls itself one, whatever its opening disclaims. */
function titledAsNotice(kinds: CompiledDocuments, ctx: CheckContext): boolean {
  const title = titleOf(ctx);
  return title !== null && matchAny(kinds.stub.ownTitles, tokenize(title.text)) !== null;
}

function stub(kinds: CompiledDocuments, ctx: CheckContext): KindDecision | null {
  const words = proseWords(ctx);
  if (words === 0) return { kind: 'stub', title: TITLES.stub, reason: 'the file has no policy text of its own (only front matter or markup)' };
  // A template that includes a file named for the policy keeps the policy there, whatever the
  // length of its own introduction.
  const named = POLICY_INCLUDE.exec(ctx.doc.source);
  if (named) return { kind: 'stub', title: TITLES.stub, reason: `the policy's text is included from ${quote(named[1], 40)}, which was not linted with this file` };
  const disclaimer = opening(ctx).find((s) => matchAny(kinds.stub.disclaimers, s.tokens));
  if (disclaimer && !titledAsNotice(kinds, ctx)) {
    const evidence = ctx.evidenceOf(disclaimer);
    // The words that say so, so the author sees why ("a technical document meant for maintainers").
    return { kind: 'stub', title: TITLES.stub, reason: `its opening says "${quote(disclaimer.text, 60)}" (line ${evidence.line})`, evidence };
  }
  if (words > kinds.stub.maxWords) return null;
  // A page that only includes the policy from elsewhere ("{% include privacy.html %}").
  if (/\{%-?\s*include\s/.test(ctx.doc.source) || /\{\{>\s*\S/.test(ctx.doc.source)) {
    return { kind: 'stub', title: TITLES.stub, reason: 'the file only includes a policy kept in another file' };
  }
  const pointer = ctx.doc.sentences.find((s) => ctx.bodyProse(s) && matchAny(kinds.stub.pointers, s.tokens) && (s.block.links.length > 0 || /https?:\/\//.test(s.text)));
  if (!pointer) return null;
  const evidence = ctx.evidenceOf(pointer);
  return { kind: 'stub', title: TITLES.stub, reason: `the file only points to a policy elsewhere (line ${evidence.line})`, evidence };
}

/**
 * Does the page call itself a privacy policy or notice anywhere a title stands: front matter, a
 * heading among its opening blocks (after a site's navigation), or a short first line of plain text?
 */
function calledAPolicy(kinds: CompiledDocuments, ctx: CheckContext): boolean {
  const own = (text: string) => matchAny(kinds.stub.ownTitles, tokenize(text)) !== null;
  if (ctx.doc.frontmatter.title && own(ctx.doc.frontmatter.title)) return true;
  const opening = ctx.doc.blocks.filter((b) => b.text.trim() !== '').slice(0, 12);
  if (opening.some((b) => b.kind === 'heading' && own(b.text))) return true;
  const first = opening[0];
  return first !== undefined && first.sentences.reduce((n, s) => n + s.tokens.length, 0) <= 8 && own(first.text);
}

/**
 * A short page, titled as no policy (or the short layer of a layered notice, whatever its title),
 * that sends its reader to the organisation's policy ("For more information, please see our Privacy
 * Policy", a link reading "View privacy policy"): a layered short notice or a legal page. Asked
 * after the kinds, so a short supplement that points to its main policy stays a supplement.
 */
function shortNotice(kinds: CompiledDocuments, ctx: CheckContext): KindDecision | null {
  const k = kinds.shortNotice;
  if (k.maxWords === 0 || proseWords(ctx) > k.maxWords || (calledAPolicy(kinds, ctx) && !layered(k, ctx))) return null;
  const whole = (s: Sentence) => matchesWhole(k.linkTexts, s.tokens) && s.block.links.some((l) => l.text.trim() === s.text.trim());
  const pointer = ctx.doc.sentences.find((s) => ctx.bodyProse(s) && (matchAny(k.pointers, s.tokens) !== null || whole(s)));
  if (pointer) {
    const evidence = ctx.evidenceOf(pointer);
    return { kind: 'stub', title: TITLES.stub, reason: `it is a short page that sends its reader to the policy kept elsewhere (line ${evidence.line})`, evidence };
  }
  return companionPage(k, ctx);
}

/** The short layer of a layered notice, titled as the policy itself: it has a "Short version" heading. */
function layered(k: CompiledDocuments['shortNotice'], ctx: CheckContext): boolean {
  return ctx.doc.blocks.some((b) => b.kind === 'heading' && matchAny(k.layeredHeadings, tokenize(b.text)) !== null);
}

/** A short page titled for something else ("Account & Data Deletion") that links the privacy policy: a companion to it, not a policy. */
function companionPage(k: CompiledDocuments['shortNotice'], ctx: CheckContext): KindDecision | null {
  const titles = titlesOf(ctx);
  if (titles.length === 0 || titles.some((t) => matchAny(k.policyWords, tokenize(t.text)) !== null)) return null;
  // The page's own heading, not the site's name above it.
  const title = titles[titles.length - 1];
  const b = ctx.doc.blocks.find((x) => x.links.some((l) => matchesWhole(k.companionLinks, tokenize(l.text))));
  if (!b) return null;
  const evidence = ctx.blockEvidence(b);
  return { kind: 'stub', title: TITLES.stub, reason: `it is a page about "${quote(title.text.trim(), 40)}" that links the privacy policy (line ${evidence.line})`, evidence };
}

/** Do the words say the phrase and nothing else (a link reading "View privacy policy", not "Google Privacy Policy")? */
function matchesWhole(phrases: Phrase[], tokens: Token[]): boolean {
  const m = matchAny(phrases, tokens);
  return m !== null && m.from === 0 && m.to === tokens.length;
}

/**
 * The document's title: front matter "title", else a heading among its first blocks and a page's
 * first top-level heading after its site navigation ("<h1>Cookie Policy</h1>" below a header line
 * "BuddyGo" and a menu of links): each is a candidate, the first the one reported.
 */
function titlesOf(ctx: CheckContext): Array<{ text: string; evidence?: Evidence }> {
  const fm = ctx.doc.frontmatter.title;
  if (fm) return [{ text: fm }];
  const first = ctx.doc.blocks.slice(0, 3).find((b) => b.kind === 'heading');
  const top = ctx.doc.blocks.slice(0, 40).find((b) => b.kind === 'heading' && !b.inferred && b.section.heading === b && b.section.depth === 1);
  return [first, top].filter((b, i, all): b is Block => b !== undefined && all.indexOf(b) === i).map((b) => ({ text: b.text, evidence: ctx.blockEvidence(b) }));
}

function titleOf(ctx: CheckContext): { text: string; evidence?: Evidence } | null {
  return titlesOf(ctx)[0] ?? null;
}

export function decideKind(kinds: CompiledDocuments, ctx: CheckContext, configured: DocumentKind | undefined): KindDecision {
  if (configured) return { kind: configured, title: TITLES[configured], reason: 'set in the configuration (documentKinds)' };
  const s = stub(kinds, ctx);
  if (s) return s;
  for (const title of titlesOf(ctx)) {
    const titleTokens = tokenize(title.text);
    for (const k of kinds.kinds) {
      if (titleTokens.length && matchAny(k.titles, titleTokens) && aboutIt(ctx, k.content)) return { kind: k.name, title: k.title, reason: `its title is "${title.text.trim()}"`, evidence: title.evidence };
    }
  }
  const first = opening(ctx);
  for (const k of kinds.kinds) {
    const hit = k.opening.length && aboutIt(ctx, k.content) ? first.find((x) => matchAny(k.opening, x.tokens)) : undefined;
    if (hit) {
      const evidence = ctx.evidenceOf(hit);
      return { kind: k.name, title: k.title, reason: `its opening says so (line ${evidence.line})`, evidence };
    }
  }
  const pointing = shortNotice(kinds, ctx);
  if (pointing) return pointing;
  // A section of a policy kept one file per section: untitled, and all about one thing. Content is
  // required: an untitled file is otherwise just a short policy.
  const part = untitled(ctx) ? kinds.kinds.find((k) => k.untitled && k.content && opening(ctx, k.untitled.minSentences).length >= k.untitled.minSentences && aboutIt(ctx, k.content)) : undefined;
  if (part) return { kind: part.name, title: part.title, reason: 'it has no title and is all about one topic, as one section of a longer policy is' };
  return { kind: 'policy', title: TITLES.policy, reason: 'no other kind of document was recognised' };
}
