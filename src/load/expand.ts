/**
 * Turns the command line's paths into the list of policy files to lint: files as given, folders
 * searched recursively for policy extensions, ignore patterns applied (.gitignore syntax).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { POLICY_EXTENSIONS } from './format.js';
import { relativePath } from './paths.js';
import { compareCodeUnits } from '../order.js';

export interface Expanded {
  files: string[];
  /** One per path that gave nothing to lint: [path, reason]. */
  problems: Array<[string, string]>;
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

export function expandPaths(inputs: string[], cwd: string, ignorePatterns: string[] = []): Expanded {
  const ig: Ignore = ignore().add(ignorePatterns);
  const isIgnored = (abs: string, isDir = false) => {
    const rel = relativePath(cwd, abs);
    return rel !== '' && !rel.startsWith('..') && ig.ignores(isDir ? rel + '/' : rel);
  };
  const files: string[] = [];
  const problems: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      problems.push([input, 'no such file or folder']);
      continue;
    }
    if (st.isDirectory()) {
      const found = walk(abs, isIgnored).filter((f) => !seen.has(f));
      if (found.length === 0) problems.push([input, `the folder has no policy files (${Object.keys(POLICY_EXTENSIONS).join(', ')})`]);
      for (const f of found) {
        seen.add(f);
        files.push(f);
      }
    } else if (!isIgnored(abs) && !seen.has(abs)) {
      // A file named explicitly is linted whatever its extension.
      seen.add(abs);
      files.push(abs);
    }
  }
  return { files, problems };
}

function walk(dir: string, isIgnored: (abs: string, isDir?: boolean) => boolean): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const e of entries) {
    if (ALWAYS_SKIPPED.has(e.name)) continue;
    const abs = path.join(dir, e.name);
    if (isIgnored(abs, e.isDirectory())) continue;
    if (e.isDirectory()) out.push(...walk(abs, isIgnored));
    else if (e.isFile() && path.extname(e.name).toLowerCase() in POLICY_EXTENSIONS) out.push(abs);
  }
  return out;
}
