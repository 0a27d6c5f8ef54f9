/**
 * Forbidden pattern: text that must not be in a published policy (placeholders, template
 * instructions, obfuscated e-mail addresses). Markup-aware: code is skipped unless asked for, and
 * link targets are searched only when a pattern says so.
 */
import { matchAny } from '../../analysis/phrase.js';
import { sourceOffset, type Block } from '../../sections/model.js';
import { lastAtOrBefore } from '../../sections/positions.js';
import type { CompiledRule, CompiledPattern } from '../compile.js';
import type { CheckContext, Finding } from '../context.js';

function inRanges(ranges: Array<[number, number]>, from: number, to: number): boolean {
  return ranges.some(([a, b]) => from < b && to > a);
}

function fill(template: string, match: string): string {
  return template.replace(/\{match\}/g, match);
}

/**
 * Matches of a pattern in text. RE2 is linear but slow per character, so with literals declared,
 * only the lines that contain one are searched (found by a native substring scan).
 */
function* matches(p: CompiledPattern, text: string, lines?: Line[]): Generator<[number, number, string]> {
  const literals = p.spec.literals;
  if (!literals || !lines) {
    yield* search(p, text, 0);
    return;
  }
  const lits = literals.map((l) => l.toLowerCase());
  for (const line of lines) {
    if (lits.some((l) => line.lower.includes(l))) yield* search(p, text.slice(line.start, line.end), line.start);
  }
}

interface Line {
  start: number;
  end: number;
  lower: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n\u0000]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });
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
}

const joinedCache = new WeakMap<CheckContext, Map<string, Joined>>();

function joined(ctx: CheckContext, include: (b: Block) => boolean, key: string): Joined {
  let byKey = joinedCache.get(ctx);
  if (!byKey) joinedCache.set(ctx, (byKey = new Map()));
  let j = byKey.get(key);
  if (!j) {
    const parts: string[] = [];
    const starts: number[] = [];
    const blocks: Block[] = [];
    let at = 0;
    for (const b of ctx.doc.blocks) {
      if (!include(b)) continue;
      starts.push(at);
      blocks.push(b);
      parts.push(b.text);
      at += b.text.length + 1;
    }
    // A NUL never occurs in policy text, so no match can run from one block into the next.
    const text = parts.join('\u0000');
    j = { text, lines: splitLines(text), starts, blocks };
    byKey.set(key, j);
  }
  return j;
}


export function checkForbidden(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  // One finding per place: an autolinked URL is both visible text and a link target.
  const taken: Array<[number, number]> = [];
  for (const p of rule.patterns) {
    const scope = p.spec.scope ?? ['text'];
    const unless = rule.unless.get(p.spec);
    const report = (srcStart: number, srcEnd: number, match: string, block: Block, textStart: number) => {
      if (taken.some(([a, b]) => srcStart < Math.max(b, a + 1) && Math.max(srcEnd, srcStart + 1) > a)) return;
      if (unless) {
        const s = block.sentences.find((x) => x.start <= textStart && textStart < x.end);
        if (s && matchAny(unless, s.tokens)) return;
      }
      taken.push([srcStart, srcEnd]);
      out.push({
        message: fill(p.spec.message ?? rule.file.message, match),
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
      for (const [a, b, text] of matches(p, j.text, j.lines)) {
        const i = lastAtOrBefore(j.starts, a);
        const block = j.blocks[i];
        const from = a - j.starts[i];
        const to = b - j.starts[i];
        if (!withCode && inRanges(block.code, from, to)) continue;
        report(sourceOffset(block, from), sourceOffset(block, to), text, block, from);
      }
    }
    if (scope.includes('link-targets')) {
      for (const block of ctx.doc.blocks) {
        for (const link of block.links) {
          for (const [, , text] of matches(p, link.url)) {
            // A target is not visible text: report on the link, and never auto-fix it.
            const at = ctx.doc.source.indexOf(link.url, link.srcStart);
            const start = at >= 0 && at < link.srcEnd ? at : link.srcStart;
            report(start, start + (at >= 0 ? link.url.length : 0), text, block, link.start);
          }
        }
      }
    }
  }
  return out.sort((a, b) => a.srcStart - b.srcStart);
}
