/**
 * Date checks: dates that cannot be real ("2024-00-00", "February 30"), a policy date in the future,
 * and a policy date older than the law allows (options.maxAgeMonths).
 */
import { fillMessage, quoted } from '../message.js';
import { findDates } from '../../analysis/dates.js';
import { sourceOffset } from '../../sections/model.js';
import type { CompiledRule } from '../compile.js';
import type { CheckContext, Finding } from '../context.js';

const DAY = 86_400_000;

function fmt(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function checkDate(rule: CompiledRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const msg = (template: string, value: string, extra = '') => fillMessage(template, { value: quoted('value', value), limit: extra });
  if (rule.file.check === 'invalid-date') {
    for (const b of ctx.doc.blocks) {
      if (b.kind === 'code' || b.kind === 'html') continue;
      for (const d of findDates(b.text)) {
        if (d.date === null) out.push({ message: msg(rule.file.message, d.text, 'it is not a calendar date'), srcStart: sourceOffset(b, d.start), srcEnd: sourceOffset(b, d.end) });
      }
    }
    for (const d of ctx.policyDates()) {
      // A front-matter date ("pubDate: 2024-00-00") is not a block of text: looked at here.
      if (d.date === null && d.srcStart < ctx.doc.bodyStart && findDates(d.text).some((x) => x.date === null)) {
        out.push({ message: msg(rule.file.message, d.text, 'it is not a calendar date'), srcStart: d.srcStart, srcEnd: d.srcEnd });
      }
      if (d.date && d.date.getTime() > ctx.now.getTime() + DAY) {
        out.push({ message: msg(rule.file.message, d.text, `it is after today (${fmt(ctx.now)})`), srcStart: d.srcStart, srcEnd: d.srcEnd });
      }
    }
    return out;
  }
  // stale-date: the newest policy date is older than allowed.
  const months = Number(rule.file.options?.maxAgeMonths ?? 12);
  const dated = ctx.policyDates().filter((d) => d.date !== null);
  if (dated.length === 0) return out;
  const newest = dated.reduce((a, b) => (b.date!.getTime() > a.date!.getTime() ? b : a));
  const limit = new Date(ctx.now);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  if (newest.date!.getTime() < limit.getTime()) {
    out.push({ message: msg(rule.file.message, newest.text, `${months} months before ${fmt(ctx.now)}`), srcStart: newest.srcStart, srcEnd: newest.srcEnd });
  }
  return out;
}
