/**
 * V8 flags for regular expressions, set before any pattern runs:
 * - a linear-time engine for rule patterns (see regex.ts);
 * - no tier-up: V8 otherwise interprets a pattern's first runs and compiles it to machine code
 *   later, compiling it twice. A lint runs a hundred patterns, most over many sentences, and a
 *   single-file run spent about twice as long in them cold.
 * In a module of their own because the CLI's start-up sets them too, before it compiles the
 * bundle: V8 keys compiled code to the flags in force, and code cached under other flags would be
 * rejected on every run.
 */
import v8 from 'node:v8';

export const REGEXP_FLAGS = ['--enable-experimental-regexp-engine-on-excessive-backtracks', '--enable-experimental-regexp-engine', '--no-regexp-tier-up'];

export function setRegExpFlags(): void {
  for (const flag of REGEXP_FLAGS) v8.setFlagsFromString(flag);
}
