/** Turns ajv errors into one readable line: "at rules.gdpr/x: must be equal to one of the allowed values (off, warn, error)". */
import type { ValidationError } from '../generated/validators.js';

export function describeErrors(errors: ValidationError[] | null | undefined): string {
  if (!errors || errors.length === 0) return 'invalid';
  // Prefer the most specific error: the deepest path, and not the oneOf summary.
  const sorted = [...errors].filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if').sort((a, b) => b.instancePath.length - a.instancePath.length);
  const e = sorted[0] ?? errors[0];
  const where = e.instancePath ? e.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') : '(top level)';
  let detail = e.message ?? e.keyword;
  if (e.keyword === 'additionalProperties') detail = `unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'enum') detail += ` (${(e.params.allowedValues as unknown[]).map(String).join(', ')})`;
  return `at ${where}: ${detail}`;
}
