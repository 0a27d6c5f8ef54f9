/**
 * The V8 flags that give rule patterns a linear-time engine (see regex.ts). In a module of their
 * own because the CLI's start-up sets them too, before it compiles the bundle: V8 keys compiled
 * code to the flags in force, and code cached under other flags would be rejected on every run.
 */
import v8 from 'node:v8';

export const LINEAR_REGEXP_FLAGS = ['--enable-experimental-regexp-engine-on-excessive-backtracks', '--enable-experimental-regexp-engine'];

export function enableLinearRegExps(): void {
  for (const flag of LINEAR_REGEXP_FLAGS) v8.setFlagsFromString(flag);
}
