/** What every check reads: the document, its search index, the policy's dates, config facts, today. */
import { TextIndex } from '../analysis/search.js';
import type { Phrase } from '../analysis/phrase.js';
import { hasSignal, type SignalName } from '../analysis/signals.js';
import { isLeadIn } from '../parse/line-kinds.js';
import { findDates, LATER_DATE_LABEL, POLICY_DATE_LABEL, type FoundDate } from '../analysis/dates.js';
import { tableHeaders, type TableHeader } from '../analysis/tables.js';
import { lineOfText, sourceOffset, type Block, type PolicyDocument, type Section, type Sentence } from '../sections/model.js';
import type { Evidence, Fix } from '../types.js';
import type { DocumentProfile } from '../profile/model.js';

// A whole sentence in brackets or braces: a template's slot for text, not text.
const INSTRUCTION = /^\s*(?:\[[^\]]{12,}\]|\{\{[^}]{12,}\}\}|<[A-Z][^>]{12,}>)\s*[.:]?\s*$/;

/** A quotation cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

export interface PolicyDate {
  date: Date | null;
  text: string;
  srcStart: number;
  srcEnd: number;
}

/** A check's raw finding, positioned by source offsets; the engine adds severity and location. */
export interface Finding {
  message: string;
  srcStart: number;
  srcEnd: number;
  evidence?: Evidence[];
  suggestion?: string;
  fix?: Fix;
  /** The law this finding rests on, when it is more precise than the rule's (the limit a number broke). */
  citation?: string;
  severity?: 'warn' | 'error';
  /** About the document as a whole (a missing disclosure): file-wide directives silence it. */
  documentLevel?: boolean;
}

// What may stand beside a date on a dateline: a weekday, a time, a time zone, separators.
const DATELINE_REST =
  /^[\s,.:;|·–—-]*(?:(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)(?:day)?\.?|(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]{0,6})?[\s,.:;|·–—-]*(?:\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?)?\s*(?:\(?[A-Z]{2,5}\)?)?[\s,.:;|·–—-]*$/;

/**
 * "Right to information about automated decisions (effective December 10, 2026)": a label in
 * parentheses after words naming something other than the policy dates that thing, not the policy.
 * (A heading so dated, "California residents (effective January 1, 2020)", dates a part of it.)
 */
function otherThingsDate(text: string, labelAt: number): boolean {
  const lineStart = text.lastIndexOf('\n', labelAt - 1) + 1;
  const prefix = text.slice(lineStart, labelAt);
  return /\(\s*$/.test(prefix) && /\p{L}/u.test(prefix) && !/\b(?:policy|notice|statement|terms|version|privacy)\b/i.test(prefix);
}

const UPDATED_KEY = /^(?:last[_-]?)?(?:updated|modified|mod|revised)(?:[_-]?(?:at|on|date))?$|^date[_-]?(?:modified|updated|revised)$/;

export class CheckContext {
  readonly index: TextIndex;
  /**
   * Sentences of prose: not code, not raw HTML, and not a template's instruction standing in for
   * text ("[Explain retention and deletion requests.]"), which says nothing the policy does.
   */
  readonly prose: (s: Sentence) => boolean = (s) => (s.block.kind !== 'code' || s.block.plainText === true) && s.block.kind !== 'html' && !this.instruction(s);
  // prose() is asked of each sentence many times (every phrase of every rule): the test runs once.
  private instructions?: Uint8Array;
  private instruction(s: Sentence): boolean {
    const seen = (this.instructions ??= new Uint8Array(this.doc.sentences.length));
    if (seen[s.index] === 0) seen[s.index] = INSTRUCTION.test(s.text) ? 2 : 1;
    return seen[s.index] === 2;
  }
  /** Prose that is not a heading: a sentence that can state something ("What we collect" states nothing). */
  readonly bodyProse: (s: Sentence) => boolean = (s) => this.prose(s) && s.block.kind !== 'heading';
  private _policyDates?: PolicyDate[];

  /** What the profile stage decided (facts with their evidence, each pack's basis). */
  profile?: DocumentProfile;

  constructor(
    readonly doc: PolicyDocument,
    /** Configured facts, then (after useProfile) those the text establishes as well. */
    public facts: Record<string, unknown>,
    readonly now: Date,
  ) {
    this.index = new TextIndex(doc.sentences);
  }

  useProfile(profile: DocumentProfile): void {
    this.profile = profile;
    this.facts = Object.fromEntries([...profile.facts.values()].map((f) => [f.name, f.value]));
  }

  // Many rules ask the same questions of the same sentences and sections (is there an e-mail
  // address here? is this section headed "Your rights"?): answers are kept for the document.
  private signals = new Map<SignalName, Int8Array>();
  private topics = new Map<Phrase[], Map<Section, boolean>>();
  /** Per list of heading phrases, the heading sentences one of them matches: found through the index. */
  private topicHeadings = new Map<Phrase[], Set<number>>();
  private topicSentences = new Map<Phrase[], Sentence[]>();

  signal(name: SignalName, s: Sentence): boolean {
    let known = this.signals.get(name);
    if (!known) this.signals.set(name, (known = new Int8Array(this.doc.sentences.length)));
    if (known[s.index] === 0) known[s.index] = hasSignal(name, s.text) || linkSignal(name, s) ? 1 : -1;
    return known[s.index] === 1;
  }

  /** The document's tables by column (analysis/tables.ts), read once. */
  tableHeaders(): TableHeader[] {
    return (this._tables ??= tableHeaders(this.doc));
  }
  private _tables?: TableHeader[];

  /** Is the section, or a section it belongs to, headed by one of the phrases? */
  onTopic(section: Section, headings: Phrase[]): boolean {
    if (headings.length === 0) return false;
    let known = this.topics.get(headings);
    if (!known) this.topics.set(headings, (known = new Map()));
    let answer = known.get(section);
    if (answer === undefined) {
      const heading = section.heading?.sentences[0];
      let matched = this.topicHeadings.get(headings);
      if (!matched) this.topicHeadings.set(headings, (matched = this.index.matching(headings, (s) => s.block.kind === 'heading')));
      answer = (heading !== undefined && matched.has(heading.index)) || (section.parent !== null && section.heading !== null && this.onTopic(section.parent, headings));
      known.set(section, answer);
    }
    return answer;
  }

  /** The sentences of the sections onTopic(headings) holds for, in document order. */
  sentencesOnTopic(headings: Phrase[]): Sentence[] {
    let list = this.topicSentences.get(headings);
    if (!list) {
      list = [];
      // Sections are listed in the order they open, and a block belongs to the last section opened
      // before it, so their blocks in that order are the document's order.
      for (const sec of this.doc.sections) {
        if (!this.onTopic(sec, headings)) continue;
        for (const b of sec.blocks) list.push(...b.sentences);
      }
      this.topicSentences.set(headings, list);
    }
    return list;
  }

  evidenceOf(s: Sentence): Evidence {
    const p = this.doc.lines.point(sourceOffset(s.block, s.start));
    return { line: p.line, column: p.column, text: clip(withItems(s, this.doc.sentences), 160).replace(/\s+/g, ' ') };
  }

  /** The source line holding an offset, markup and all (a date line, what a source pattern matched). */
  sourceLine(offset: number): Evidence {
    const p = this.doc.lines.point(offset);
    const start = this.doc.lines.lineStart(p.line);
    const end = this.doc.source.indexOf('\n', start);
    return { line: p.line, column: p.column, text: this.doc.source.slice(start, end < 0 ? undefined : end).trim() };
  }

  blockEvidence(b: Block): Evidence {
    const p = this.doc.lines.point(b.srcStart);
    return { line: p.line, column: p.column, text: b.text.trim().replace(/\s+/g, ' ').slice(0, 160) };
  }

  srcRange(s: Sentence, from = s.start, to = s.end): [number, number] {
    return [sourceOffset(s.block, from), sourceOffset(s.block, to)];
  }

  /** The policy's own dates: front matter, then "Last updated: …"-style labelled dates. */
  policyDates(): PolicyDate[] {
    if (this._policyDates) return this._policyDates;
    const out: PolicyDate[] = [];
    const keys = Object.keys(this.doc.frontmatter);
    // An update key ("last_modified_at", Hugo's "lastmod", "updated") wins over a plain "date".
    const ordered = [...keys.filter((k) => UPDATED_KEY.test(k)), ...['date', 'effective', 'effective_date', 'pubdate', 'published'].filter((k) => keys.includes(k))];
    for (const key of ordered) {
      const v = this.doc.frontmatter[key];
      if (v !== undefined) {
        const at = this.doc.source.indexOf(v);
        // A timestamp is quoted by its date ("2020-07-11", not "2020-07-11T21:00:00.0Z").
        const found = findDates(v)[0];
        const text = found && found.start === 0 ? found.text : v;
        out.push({ date: found?.date ?? null, text, srcStart: Math.max(0, at), srcEnd: Math.max(0, at) + text.length });
        break;
      }
    }
    // A labelled date in another front-matter value: "description: 'Effective Date: 15.01.2025'".
    if (out.length === 0) {
      for (const v of Object.values(this.doc.frontmatter)) {
        const d = findDates(v).find((x) => POLICY_DATE_LABEL.test(v.slice(Math.max(0, x.start - 60), x.start)));
        if (!d) continue;
        const at = this.doc.source.indexOf(v) + d.start;
        out.push({ date: d.date, text: d.text, srcStart: Math.max(0, at), srcEnd: Math.max(0, at) + d.text.length });
        break;
      }
    }
    const early = this.doc.blocks.slice(0, 12);
    // "… will revise the updated date at the bottom of this page": a date alone at the very end.
    const late = this.doc.blocks.filter((b) => b.kind !== 'html').slice(-2).filter(lineOfText);
    for (const b of this.doc.blocks) {
      if (b.kind === 'html') continue;
      for (const d of findDates(b.text)) {
        const before = b.text.slice(Math.max(0, d.start - 60), d.start);
        const label = before.search(POLICY_DATE_LABEL);
        const fromLabel = before.slice(label);
        const labelled = label >= 0 && !/[.!?]\s/.test(fromLabel) && !LATER_DATE_LABEL.test(fromLabel) && !(b.kind !== 'heading' && otherThingsDate(b.text, d.start - before.length + label));
        // Pages converted to Markdown often indent the date line, which makes it a code block:
        // a labelled date there is still the policy's date, anything else in code is not.
        if (b.kind === 'code' && !labelled) continue;
        // A date standing alone near the top ("March 3, 2026" under the title, or a page header's
        // "Fri 19 Aug 2022 04.24 EDT") or as the last line is the policy's date too.
        const alone = (early.includes(b) && (b.text.trim().length <= d.text.length + 12 || DATELINE_REST.test(b.text.slice(0, d.start) + ' ' + b.text.slice(d.end)))) || (late.includes(b) && b.text.trim().length <= d.text.length + 2);
        if (labelled || alone) out.push(this.toPolicyDate(b, d));
      }
    }
    this._policyDates = out;
    return out;
  }

  private toPolicyDate(b: Block, d: FoundDate): PolicyDate {
    return { date: d.date, text: d.text, srcStart: sourceOffset(b, d.start), srcEnd: sourceOffset(b, d.end) };
  }
}

/**
 * A lead-in ("We collect:") says nothing until its items are read: quoted as evidence, it is
 * quoted with the first of them ("We collect: your name; your e-mail address").
 */
function withItems(s: Sentence, sentences: readonly Sentence[]): string {
  if (!isLeadIn(s.text)) return s.text;
  const items: string[] = [];
  let length = s.text.length;
  for (let i = s.index + 1; i < sentences.length && i <= s.index + 12 && length < 160; i++) {
    if (sentences[i].leadIn !== s) continue;
    items.push(sentences[i].text.trim().replace(/[;,.]\s*(?:and|or)?$/i, ''));
    length += sentences[i].text.length + 2;
  }
  return items.length > 0 ? `${s.text.trimEnd()} ${items.join('; ')}` : s.text;
}

/** "contact us [here](mailto:me@example.org)": the address is in the link, not the words. */
function linkSignal(name: SignalName, s: Sentence): boolean {
  if (name !== 'email' && name !== 'url') return false;
  // "feel free to [contact us](/contact)": a link named for contact leads to it, wherever it points.
  const isUrl = (l: { text: string; url: string }) => /^https?:\/\//i.test(l.url) || (/\bcontact\b/i.test(l.text) && /[\w/]/.test(l.url) && !/^#?$/.test(l.url.trim()));
  return s.block.links.some((l) => l.start >= s.start && l.end <= s.end && (name === 'email' ? /^mailto:[^@\s]+@/i.test(l.url) : isUrl(l)));
}
