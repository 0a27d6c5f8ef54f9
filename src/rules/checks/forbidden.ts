/**
 * Forbidden pattern: text that must not be in a published policy (placeholders, template
 * instructions, obfuscated e-mail addresses). Markup-aware: code is skipped unless asked for, and
 * link targets are searched only when a pattern says so.
 */
import { sourceEnd, sourceOffset, type Block } from '../../sections/model.js';
import { fillMessage, extend, quoted } from '../message.js';
import { rulesOut } from '../../analysis/search.js';
import { factHolds } from '../../profile/model.js';
import { lastAtOrBefore } from '../../sections/positions.js';
import { LiteralScanner } from '../../analysis/literals.js';
import type { CompiledRule, CompiledPattern } from '../compile.js';
import type { CheckContext, Finding } from '../context.js';

function inRanges(ranges: Array<[number, number]>, from: number, to: number): boolean {
  return ranges.some(([a, b]) => from < b && to > a);
}

function fill(template: string, match: string): string {
  return template.replace(/\{match\}/g, match);
}

/**
 * Matches of a pattern in text. With literals declared, only the lines that contain one are
 * searched: a native substring scan of the document per literal is far cheaper than the pattern.
 */
function* matches(p: CompiledPattern, text: string, j?: Joined): Generator<[number, number, string]> {
  const literals = p.spec.literals;
  if (!literals || !j) {
    // A short text alone (a link target): one case-blind substring test per literal.
    if (literals && !literals.some((l) => text.toLowerCase().includes(l.toLowerCase()))) return;
    yield* search(p, text, 0);
    return;
  }
  for (const i of linesWithAny(j, literals)) {
    const line = j.lines[i];
    yield* search(p, text.slice(line.start, line.end), line.start);
  }
}

interface Line {
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n\u0000]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Ascending indexes of the lines containing one of the literals (case-blind), cached per literal. */
function linesWithAny(j: Joined, literals: string[]): number[] {
  if (literals.length === 1) return linesWith(j, literals[0]);
  const found = new Set<number>();
  for (const l of literals) for (const i of linesWith(j, l)) found.add(i);
  return [...found].sort((a, b) => a - b);
}

// Every literal any pattern has asked for so far in this process: a document's text is scanned for
// all of them in one pass. A pack met for the first time adds its literals for the next document.
const knownLiterals = new Set<string>();
let scanner: LiteralScanner | undefined;

function linesWith(j: Joined, literal: string): number[] {
  const lit = literal.toLowerCase();
  let list = j.byLiteral.get(lit);
  if (list) return list;
  const lower = lowered(j);
  if (!knownLiterals.has(lit)) {
    knownLiterals.add(lit);
    scanner = undefined;
  }
  if (!j.scanned) {
    j.scanned = scanner ??= new LiteralScanner(new Set(knownLiterals));
    for (const l of j.scanned.literals) j.byLiteral.set(l, []);
    for (const [l, positions] of j.scanned.scan(lower)) j.byLiteral.set(l, toLines(j, positions));
    list = j.byLiteral.get(lit);
    if (list) return list;
  }
  const positions: number[] = [];
  for (let pos = lower.indexOf(lit); pos >= 0; pos = lower.indexOf(lit, pos + 1)) positions.push(pos);
  list = toLines(j, positions);
  j.byLiteral.set(lit, list);
  return list;
}

/**
 * The text lower-cased, and where each line starts in it. Lower-casing rarely changes a length
 * ("İ" does): then lines are lower-cased one by one and joined by "\n", which no literal spans.
 */
function lowered(j: Joined): string {
  if (j.lower === undefined) {
    const whole = j.text.toLowerCase();
    if (whole.length === j.text.length) {
      j.lower = whole;
      for (const line of j.lines) j.lowerStarts.push(line.start);
      return whole;
    }
    const parts: string[] = [];
    let at = 0;
    for (const line of j.lines) {
      const lower = j.text.slice(line.start, line.end).toLowerCase();
      j.lowerStarts.push(at);
      parts.push(lower);
      at += lower.length + 1;
    }
    j.lower = parts.join('\n');
  }
  return j.lower;
}

/** Ascending positions in the lowered text to ascending, distinct line indexes. */
function toLines(j: Joined, positions: number[]): number[] {
  const out: number[] = [];
  for (const pos of positions) {
    const i = lastAtOrBefore(j.lowerStarts, pos);
    if (out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

function* search(p: CompiledPattern, text: string, base: number): Generator<[number, number, string]> {
  const re = p.re;
  let from = 0;
  for (let m = re.exec(text, from); from <= text.length && m; m = from <= text.length ? re.exec(text, from) : null) {
    const [start, end, group] = m;
    if (end > start) yield [base + start, base + end, group];
    from = end > start ? end : start + 1;
  }
}

/**
 * All blocks' text joined once per document, so each pattern runs over the document in one pass:
 * RE2 has a fixed cost per search that dominates when a policy has thousands of short blocks.
 */
interface Joined {
  text: string;
  lines: Line[];
  starts: number[];
  blocks: Block[];
  /** The lines lower-cased and joined by "\n", made on first use, and where each starts in it. */
  lower?: string;
  /** The scanner whose literals byLiteral holds for this text. */
  scanned?: LiteralScanner;
  lowerStarts: number[];
  byLiteral: Map<string, number[]>;
}

const joinedCache = new WeakMap<CheckContext, Map<string, Joined>>();

function joined(ctx: CheckContext, include: (b: Block) => boolean, key: string): Joined {
  let byKey = joinedCache.get(ctx);
  if (!byKey) joinedCache.set(ctx, (byKey = new Map()));
  let j = byKey.get(key);
  if (!j) {
    const blocks = ctx.doc.blocks.filter(include);
    // Most policies have no code: the text with code is then the text without it, joined once.
    for (const other of byKey.values()) if (other.blocks.length === blocks.length && other.blocks.every((b, i) => b === blocks[i])) j = other;
    if (!j) {
      const starts: number[] = [];
      let at = 0;
      for (const b of blocks) {
        starts.push(at);
        at += b.text.length + 1;
      }
      // A NUL never occurs in policy text, so no match can run from one block into the next.
      const text = blocks.map((b) => b.text).join('\u0000');
      j = { text, lines: splitLines(text), starts, blocks, lowerStarts: [], byLiteral: new Map() };
    }
    byKey.set(key, j);
  }
  return j;
}


/**
 * notAround: what stands just before or after a match can show it is no placeholder: a UI path
 * ("Settings → [Your Name] → iCloud"), a field label ("Company Name:"), a checkbox at an item's start.
 */
function around(p: CompiledPattern, text: string, from: number, to: number): boolean {
  const before = p.notBefore;
  const after = p.notAfter;
  if (before && before.exec(text.slice(Math.max(0, from - 12), from), 0)) return true;
  return !!after && after.exec(text.slice(to, to + 12), 0) !== null;
}

export function checkForbidden(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  // One finding per place: an autolinked URL is both visible text and a link target.
  const taken: Array<[number, number]> = [];
  for (const p of rule.patterns) {
    if (p.skipIf && p.skipIf.exec(ctx.doc.source, 0)) continue;
    if (p.spec.unlessFact && factHolds(ctx.profile?.facts.get(p.spec.unlessFact))) continue;
    const scope = p.spec.scope ?? ['text'];
    const unless = rule.unless.get(p.spec);
    const report = (srcStart: number, srcEnd: number, match: string, block: Block, textStart: number) => {
      if (taken.some(([a, b]) => srcStart < Math.max(b, a + 1) && Math.max(srcEnd, srcStart + 1) > a)) return;
      if (unless) {
        const s = block.sentences.find((x) => x.start <= textStart && textStart < x.end);
        // An exception in a lead-in ("Unless the law requires otherwise, we:") covers the items.
        if (s && rulesOut(unless, s)) return;
      }
      taken.push([srcStart, srcEnd]);
      out.push({
        message: fillMessage(p.spec.message ?? rule.file.message, { match: quoted('match', match) }),
        ...(p.spec.suggestion ? { suggestion: p.spec.suggestion } : {}),
        srcStart,
        srcEnd,
        severity: p.spec.severity,
        fix: p.spec.fix !== undefined ? { range: [srcStart, srcEnd], text: fill(p.spec.fix, match) } : undefined,
      });
    };
    const withCode = scope.includes('code');
    const headingsOnly = scope.includes('headings') && !scope.includes('text');
    if (scope.includes('text') || scope.includes('headings') || withCode) {
      const isCode = (b: Block) => b.kind === 'code' || b.kind === 'html';
      const key = `${withCode}:${headingsOnly}`;
      const j = joined(ctx, (b) => (headingsOnly ? b.kind === 'heading' : withCode || !isCode(b)), key);
      for (const [a, b, text] of matches(p, j.text, j)) {
        const i = lastAtOrBefore(j.starts, a);
        const block = j.blocks[i];
        const from = a - j.starts[i];
        const to = b - j.starts[i];
        if (!withCode && inRanges(block.code, from, to)) continue;
        if (around(p, block.text, from, to)) continue;
        report(sourceOffset(block, from), sourceEnd(block, to), text, block, from);
      }
    }
    if (scope.includes('link-targets')) {
      for (const block of ctx.doc.blocks) {
        for (const link of block.links) {
          for (const [, , text] of matches(p, link.url)) {
            // A target is not visible text: report on the link, and never auto-fix it.
            // A target not written out ("<x@example.com>" is "mailto:x@example.com") is the whole link.
            const at = ctx.doc.source.indexOf(link.url, link.srcStart);
            const found = at >= 0 && at < link.srcEnd;
            report(found ? at : link.srcStart, found ? at + link.url.length : link.srcEnd, text, block, link.start);
          }
        }
      }
    }
  }
  out.sort((a, b) => a.srcStart - b.srcStart);
  return rule.file.options?.oncePerText ? oncePerText(out, ctx) : out;
}

/**
 * options.oncePerText: a placeholder repeated through a template ("{{company_name}}" ten times) is
 * one defect: reported where it first appears, naming the other lines.
 */
function oncePerText(findings: Finding[], ctx: CheckContext): Finding[] {
  const first = new Map<string, { finding: Finding; line: number; more: number[] }>();
  for (const f of findings) {
    // A link's target and its text ("mailto:x@example.com", "x@example.com") are one placeholder.
    const key = ctx.doc.source.slice(f.srcStart, f.srcEnd).toLowerCase().replace(/\s+/g, ' ').replace(/^mailto:/, '');
    const line = ctx.doc.lines.point(f.srcStart).line;
    const seen = first.get(key);
    if (!seen) first.set(key, { finding: f, line, more: [] });
    else if (line !== seen.line) seen.more.push(line);
  }
  return [...first.values()].map(({ finding, more }) => {
    if (more.length === 0) return finding;
    const lines = [...new Set(more)];
    const list = lines.length > 6 ? `${lines.slice(0, 6).join(', ')} and ${lines.length - 6} more` : lines.join(', ');
    return { ...finding, message: extend(finding.message, ` (also on line${lines.length > 1 ? 's' : ''} ${list})`), fix: undefined };
  });
}
