/**
 * Forbidden pattern: text that must not be in a published policy (placeholders, template
 * instructions, obfuscated e-mail addresses). Markup-aware: code is skipped unless asked for, and
 * link targets are searched only when a pattern says so.
 */
import { matchAny } from '../../analysis/phrase.js';
import { sourceOffset, type Block } from '../../sections/model.js';
import type { CompiledRule, CompiledPattern } from '../compile.js';
import type { CheckContext, Finding } from '../context.js';

function inRanges(ranges: Array<[number, number]>, from: number, to: number): boolean {
  return ranges.some(([a, b]) => from < b && to > a);
}

function fill(template: string, match: string): string {
  return template.replace(/\{match\}/g, match);
}

function* matches(p: CompiledPattern, text: string): Generator<[number, number, string]> {
  const m = p.re.matcher(text);
  let from = 0;
  while (from <= text.length && m.find(from)) {
    const start = m.start();
    const end = m.end();
    if (end > start) yield [start, end, m.group() ?? ""];
    from = end > start ? end : start + 1;
  }
}

export function checkForbidden(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const p of rule.patterns) {
    const scope = p.spec.scope ?? ['text'];
    const unless = rule.unless.get(p.spec);
    const report = (srcStart: number, srcEnd: number, match: string, block: Block, textStart: number) => {
      if (seen.has(srcStart)) return;
      if (unless) {
        const s = block.sentences.find((x) => x.start <= textStart && textStart < x.end);
        if (s && matchAny(unless, s.tokens)) return;
      }
      seen.add(srcStart);
      const message = fill(p.spec.message ?? rule.file.message, match);
      out.push({
        message,
        srcStart,
        srcEnd,
        severity: p.spec.severity,
        fix: p.spec.fix !== undefined ? { range: [srcStart, srcEnd], text: fill(p.spec.fix, match) } : undefined,
      });
    };
    for (const block of ctx.doc.blocks) {
      const isCode = block.kind === 'code' || block.kind === 'html';
      const wantText = scope.includes('text') || (scope.includes('headings') && block.kind === 'heading') || (scope.includes('code') && isCode);
      if (wantText && (!isCode || scope.includes('code'))) {
        for (const [a, b, text] of matches(p, block.text)) {
          if (!scope.includes('code') && inRanges(block.code, a, b)) continue;
          if (scope.includes('headings') && !scope.includes('text') && block.kind !== 'heading') continue;
          report(sourceOffset(block, a), sourceOffset(block, b), text, block, a);
        }
      }
      if (scope.includes('link-targets')) {
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
