/**
 * `-f NAME` for a name that is not built in: an ESLint-style formatter, a module whose default
 * export is a function of the results (the JSON contract) and a context ({ cwd, rulesMeta }) that
 * returns the report or a promise of it. A path (./my-formatter.js) is loaded from the working
 * directory; a name from its node_modules, as eslint-formatter-NAME first, then NAME. Only the
 * command line loads one: no configuration or rule pack can.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult, RuleMeta } from '../types.js';

export type CustomFormatter = (results: LintResult[], context: { cwd: string; rulesMeta: Record<string, RuleMeta> }) => string | Promise<string>;

export class FormatterError extends Error {}

/** The packages a name may stand for, as ESLint looks them up. */
function packagesFor(name: string): string[] {
  if (/(^|\/)eslint-formatter(-|$)/.test(name)) return [name];
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/');
    return rest ? [`${scope}/eslint-formatter-${rest}`, name] : [`${scope}/eslint-formatter`];
  }
  return [`eslint-formatter-${name}`, name];
}

function locate(name: string, cwd: string, builtin: readonly string[]): string {
  if (/^\.{0,2}[\\/]/.test(name) || path.isAbsolute(name) || /\.[cm]?js$/.test(name)) return path.resolve(cwd, name);
  const resolve = createRequire(path.join(cwd, 'package.json')).resolve;
  const names = packagesFor(name);
  for (const n of names) {
    try {
      return resolve(n);
    } catch {
      // Not installed under this name: try the next.
    }
  }
  throw new FormatterError(`unknown format "${name}": not one of ${builtin.join(', ')}, and no ${names.join(' or ')} package in node_modules`);
}

/**
 * `importModule`: the host's import(). The CLI's bundle runs in a vm.Script (for V8's code cache),
 * where import() has no loader, so bin/policylint.js passes its own.
 */
export async function loadFormatter(name: string, cwd: string, builtin: readonly string[], importModule = (url: string): Promise<unknown> => import(url)): Promise<CustomFormatter> {
  const file = locate(name, cwd, builtin);
  let mod: { default?: unknown };
  try {
    mod = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
  } catch (e) {
    throw new FormatterError(`cannot load formatter "${name}" (${file}): ${String((e as Error)?.message ?? e).split('\n')[0]}`);
  }
  // A CommonJS module's exports are the default export; a transpiled one may nest it once more.
  const fn = typeof mod.default === 'function' ? mod.default : (mod.default as { default?: unknown } | undefined)?.default;
  if (typeof fn !== 'function') throw new FormatterError(`formatter "${name}" (${file}) exports no function`);
  return fn as CustomFormatter;
}
