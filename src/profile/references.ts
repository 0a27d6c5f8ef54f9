/**
 * References that hand a topic over to another policy: "Please see the 'Your rights' section of our
 * Privacy Policy for how to exercise them". The topics come from the title it quotes (or, without
 * one, the sentence), read with rules/documents.json's topic words. A quoted title that is a heading
 * of this document is an internal cross-reference, not a hand-over.
 */
import { matchAny } from '../analysis/phrase.js';
import { tokenize } from '../analysis/tokens.js';
import type { CheckContext } from '../rules/context.js';
import type { Sentence } from '../sections/model.js';
import type { Evidence } from '../types.js';
import { proseWords, type CompiledDocuments, type DocumentKind } from './kind.js';

export interface PolicyReference {
  evidence: Evidence;
  /** The section title it names, if it quotes one. */
  title?: string;
  topics: string[];
  /** A relative link in the sentence: the other policy, if it is a file of the same repository. */
  target?: string;
}

const QUOTED = /[“"‘'*]{1,2}([^“”"‘’'*]{3,80})[”"’'*]{1,2}/g;
// "the Cookies section of our Privacy Policy": a title in capitals before "section".
const NAMED_SECTION = /\b(?:the|our)\s+((?:[\p{Lu}][\p{L}'’&-]*\s+){1,6})(?:section|part|chapter|heading)s?\b/gu;

function normal(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function findReferences(docs: CompiledDocuments, ctx: CheckContext, kind: DocumentKind): PolicyReference[] {
  // Each heading's words, padded so that a title is found only as whole words.
  const headingWords = ctx.doc.blocks.filter((b) => b.kind === 'heading').map((b) => ` ${normal(b.text)} `);
  const out: PolicyReference[] = [];
  const all = docs.references.topics.map((t) => t.topic);
  // "For everything else, we follow our privacy notice": every topic, whatever words it holds.
  for (const hit of ctx.index.find(docs.references.everything, ctx.bodyProse)) {
    if (!hit.negated) out.push({ evidence: ctx.evidenceOf(hit.sentence), topics: all });
  }
  // "Consult the respective privacy policies of these ad servers": someone else's policy.
  const others = docs.references.others.length ? ctx.index.matching(docs.references.others, ctx.bodyProse) : null;
  for (const hit of ctx.index.find(docs.references.phrases, ctx.bodyProse)) {
    if (hit.negated || others?.has(hit.sentence.index) || out.some((r) => r.evidence.line === ctx.evidenceOf(hit.sentence).line)) continue;
    const s = hit.sentence;
    const named = [...s.text.matchAll(QUOTED)].map((m) => m[1].trim());
    if (named.length === 0) named.push(...[...s.text.matchAll(NAMED_SECTION)].map((m) => m[1].trim()));
    // A title that is a heading here is an internal cross-reference ("see 'Your rights' below"),
    // and so is one a heading here holds whole ("the Cookies section" of "Tracking Technologies and Cookies").
    const titles = named.filter((t) => !headingWords.some((h) => h.includes(` ${normal(t)} `)));
    if (named.length > 0 && titles.length === 0) continue;
    const words = titles.length > 0 ? titles.map((t) => tokenize(t)) : [s.tokens];
    const topics = docs.references.topics.filter((t) => words.some((w) => matchAny(t.words, w))).map((t) => t.topic);
    if (topics.length === 0) continue;
    const link = relativeLinks(s)[0];
    out.push({ evidence: ctx.evidenceOf(s), ...(titles.length ? { title: titles.join('", "') } : {}), topics, ...(link ? { target: link.file } : {}) });
  }
  const document = policyDocument(docs, all, ctx);
  if (document) out.push(document);
  if (kind !== 'policy') {
    // A notice that names its main policy by a link to its file hands over whatever it leaves out.
    for (const r of out) if (r.target && POLICY_FILE.test(r.target)) r.topics = all;
    out.push(...siblingLinks(all, ctx, out));
  }
  return out;
}

// "[HUNT Cloud Privacy Statement v1.1](…/statement.pdf)": the policy kept as a document of its own.
const DOCUMENT_FILE = /\.(?:pdf|docx?|odt)(?:[?#].*)?$/i;
// Longer than this, the page is a policy that also offers itself as a PDF.
const DOCUMENT_PAGE_WORDS = 800;

/** A page of a few hundred words that links its policy as a PDF or a Word file hands every topic over to it. */
function policyDocument(docs: CompiledDocuments, all: string[], ctx: CheckContext): PolicyReference | null {
  if (proseWords(ctx) > DOCUMENT_PAGE_WORDS) return null;
  for (const b of ctx.doc.blocks) {
    // Named as a policy by the words that title one (documents.json: stub.ownTitles); a bare address
    // as the link's text names nothing.
    const named = (text: string) => !/^\s*(?:https?:\/\/|www\.)/i.test(text) && matchAny(docs.stub.ownTitles, tokenize(text)) !== null;
    const link = b.links.find((l) => DOCUMENT_FILE.test(l.url.trim()) && named(l.text));
    if (link) return { evidence: ctx.blockEvidence(b), title: link.text.trim(), topics: all };
  }
  return null;
}

/** Links in the sentence to a file of the same repository (no scheme, not a fragment), with the file part of each. */
function relativeLinks(s: Sentence): Array<{ text: string; url: string; file: string }> {
  return s.block.links
    .filter((l) => l.start >= s.start && l.end <= s.end && !/^[a-z][a-z0-9+.-]*:|^#/i.test(l.url))
    .map((l) => ({ text: l.text, url: l.url, file: l.url.split('#')[0] }));
}

// A link to a file of the same repository that is a policy ("Consult the [Privacy Notice](privacy.md)").
const POLICY_FILE = /(?:^|\/)[^/]*(?:privacy|policy|notice|datenschutz|confidentialit)[^/]*\.(?:md|markdown|html?|txt)$/i;
const POLICY_WORDS = /\b(?:privacy|policy|notice|statement)\b/i;

/**
 * A supplement or notice that links its main policy as a file of the same repository hands every
 * topic it leaves out over to that policy.
 */
function siblingLinks(all: string[], ctx: CheckContext, found: PolicyReference[]): PolicyReference[] {
  for (const s of ctx.doc.sentences) {
    if (!ctx.bodyProse(s)) continue;
    const link = relativeLinks(s).find((l) => POLICY_FILE.test(l.file) || POLICY_WORDS.test(l.text));
    if (!link || found.some((r) => r.target === link.file)) continue;
    return [{ evidence: ctx.evidenceOf(s), title: link.text.trim(), topics: all, target: link.file }];
  }
  return [];
}
