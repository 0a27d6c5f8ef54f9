/** Reads a JSON file of the rule set (rules, packs, facts, documents); any problem is a RuleError naming the file. */
import fs from 'node:fs';
import { RuleError } from './compile.js';
import { describeErrors } from '../config/errors.js';
import { validatedAtBuild } from './snapshot.js';
import type { Validator } from '../generated/validators.js';

export function readJson(file: string): { text: string; data: unknown } {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return { text, data: JSON.parse(text) };
  } catch (e) {
    throw new RuleError(`${file}: ${e instanceof SyntaxError ? `not valid JSON (${e.message})` : `cannot read (${(e as NodeJS.ErrnoException).code})`}`);
  }
}

/** Read and checked against its schema, unless the build checked these very bytes. */
export function readValidated(file: string, validate: Validator, what: string): unknown {
  const { text, data } = readJson(file);
  if (!validatedAtBuild(file, text) && !validate(data)) throw new RuleError(`${file}: invalid ${what} ${describeErrors(validate.errors)}`);
  return data;
}
