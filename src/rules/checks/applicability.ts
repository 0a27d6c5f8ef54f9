/**
 * Applicability note: a law the policy names without addressing its people is not checked, and
 * says so once, at the sentence that names it, instead of a finding per requirement.
 */
import type { CompiledRule } from '../compile.js';
import { quote } from '../message.js';
import { type CheckContext, type Finding } from '../context.js';
import type { PackBasis } from '../../profile/model.js';

export function checkApplicability(rule: CompiledRule, ctx: CheckContext, basis: PackBasis): Finding[] {
  const line = basis.evidence?.line ?? 1;
  const at = ctx.doc.lines.lineStart(line) + (basis.evidence?.column ?? 1) - 1;
  const said = basis.evidence ? ` ("${quote(basis.evidence.text, 60)}")` : '';
  return [{ message: rule.file.message.replace('{evidence}', said), srcStart: at, srcEnd: at, evidence: basis.evidence ? [basis.evidence] : undefined }];
}
