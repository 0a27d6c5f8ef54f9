/**
 * A template left a slot where a disclosure belongs ("Last updated: [DATE]", "For privacy
 * questions, contact: <Privacy contact email>"). The missing-disclosure finding then says so: the
 * disclosure is not absent but unfilled, and the slot is where it goes. A slot is what a rule with
 * marksSlot reports; it stands for a disclosure when it holds one of the rule's evidence.slots words.
 */
import { matchAny } from '../analysis/phrase.js';
import { tokenize, type Token } from '../analysis/tokens.js';
import { quote } from './message.js';
import type { Evidence } from '../types.js';
import type { Run } from './run.js';

interface SlotSeen {
  evidence: Evidence;
  tokens: Token[];
}

function slotsOf(run: Run): SlotSeen[] {
  const doc = run.ctx.doc;
  return run.findings
    .filter(({ rule, finding }) => rule.file.marksSlot && finding.srcEnd > finding.srcStart)
    .map(({ finding }) => {
      // The match as written, without the Markdown around it (`<Company/App>`).
      const text = doc.source.slice(finding.srcStart, finding.srcEnd).replace(/^[`*_\s]+|[`*_\s]+$/g, '');
      const at = doc.lines.point(finding.srcStart);
      return { evidence: { line: at.line, column: at.column, text }, tokens: tokenize(text) };
    });
}

export function nameSlots(run: Run): void {
  if (!run.findings.some(({ rule }) => rule.file.marksSlot)) return;
  const slots = slotsOf(run);
  const named = new Map<string, Evidence>();
  run.findings = run.findings.map((entry) => {
    const { rule, finding } = entry;
    const words = rule.evidence.slots;
    if (!finding.documentLevel || words.length === 0) return entry;
    const slot = slots.find((s) => matchAny(words, s.tokens) !== null)?.evidence;
    if (!slot) return entry;
    named.set(rule.file.id, slot);
    // The rule's title says what belongs there; the requirement's full wording is in its docs.
    const message = `${rule.file.title}: the template slot "${quote(slot.text, 40)}" (line ${slot.line}) is still unfilled.`;
    const others = (finding.evidence ?? []).filter((e) => e.line !== slot.line);
    // The fix is to fill the slot in, not to add the disclosure somewhere.
    const suggestion = `Fill in the template slot "${slot.text}" on line ${slot.line}.`;
    return { rule, finding: { ...finding, message, suggestion, evidence: [slot, ...others] } };
  });
  for (const entry of run.coverage) {
    const slot = named.get(entry.requirement);
    if (slot && entry.status === 'missing') entry.reason = `the template slot "${slot.text}" (line ${slot.line}) is still unfilled`;
  }
}
