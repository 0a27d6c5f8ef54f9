/**
 * Turns the command line's paths into the files to lint, each with the reason it was chosen. A file
 * named is linted whatever its name, and so is each file a quoted glob matches. A folder is
 * searched for policies (policy-names.ts, or a configuration's `files` patterns), never entering
 * node_modules or .git, and skipping what .gitignore files and the ignore patterns leave out.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync } from 'tinyglobby';
import { POLICY_EXTENSIONS } from './format.js';
import { relativePath } from './paths.js';
import { compareCodeUnits } from '../order.js';
import { policyNameWord } from './policy-names.js';

export interface Expanded {
  files: string[];
  /** Why each file is linted, for --print-files. */
  reasons: Map<string, string>;
  /** One per path that gave nothing to lint: [path, reason]. */
  problems: Array<[string, string]>;
}

/** What the run's options and configurations say about the files a search finds. */
export interface Selection {
  /** Left out by --ignore-pattern or a configuration's ignorePatterns. */
  ignored(abs: string, isDir: boolean): boolean;
  /** Why a file that is not named for a policy is one all the same (a configuration's `files`), or null. */
  extra(abs: string): string | null;
}

/** No configuration: ignore patterns relative to cwd, and nothing beyond policy names. */
export function patternSelection(cwd: string, patterns: string[] = []): Selection {
  const ig: Ignore = ignore().add(patterns);
  return {
    ignored: (abs, isDir) => {
      const rel = relativePath(cwd, abs);
      return rel !== '' && !rel.startsWith('..') && ig.ignores(isDir ? `${rel}/` : rel);
    },
    extra: () => null,
  };
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB = /[*?[\]{}]/;

export function expandPaths(inputs: string[], cwd: string, selection: Selection = patternSelection(cwd)): Expanded {
  const out: Expanded = { files: [], reasons: new Map(), problems: [] };
  const add = (f: string, why: string) => {
    if (out.reasons.has(f)) return;
    out.reasons.set(f, why);
    out.files.push(f);
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (!existsSync(abs) && GLOB.test(input)) {
      const matches = globSync(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] }).map((f) => path.resolve(f));
      const kept = matches.filter((f) => !selection.ignored(f, false)).sort(compareCodeUnits);
      if (kept.length === 0) out.problems.push([input, 'the pattern matches no file']);
      for (const f of kept) add(f, `matches "${input}"`);
      continue;
    }
    let st;
    try {
      st = statSync(abs);
    } catch {
      out.problems.push([input, 'no such file or folder']);
      continue;
    }
    if (st.isDirectory()) {
      const found = new Map<string, string>();
      walk(abs, selection, repositoryIgnores(abs), found);
      if (found.size === 0) out.problems.push([input, 'the folder has no policy files (names with privacy, cookie, datenschutz, data-protection …; add others with "files" in the configuration)']);
      for (const [f, why] of found) add(f, why);
    } else if (!selection.ignored(abs, false)) {
      add(abs, 'named on the command line');
    }
  }
  return out;
}

interface GitIgnore {
  dir: string;
  ig: Ignore;
}

function gitignoreIn(dir: string): GitIgnore | null {
  try {
    return { dir, ig: ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return null;
  }
}

/** The .gitignore files above a folder, up to its repository's top (none outside a repository). */
function repositoryIgnores(dir: string): GitIgnore[] {
  if (existsSync(path.join(dir, '.git'))) return [];
  const above: GitIgnore[] = [];
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    const g = gitignoreIn(d);
    if (g) above.unshift(g);
    if (existsSync(path.join(d, '.git'))) return above;
    if (path.dirname(d) === d) return [];
  }
}

function gitIgnored(abs: string, isDir: boolean, ignores: GitIgnore[]): boolean {
  return ignores.some(({ dir, ig }) => {
    const rel = relativePath(dir, abs);
    return rel !== '' && !rel.startsWith('..') && ig.ignores(isDir ? `${rel}/` : rel);
  });
}

function walk(dir: string, selection: Selection, ignores: GitIgnore[], found: Map<string, string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const own = gitignoreIn(dir);
  const here = own ? [...ignores, own] : ignores;
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const e of entries) {
    if (ALWAYS_SKIPPED.has(e.name)) continue;
    const abs = path.join(dir, e.name);
    const isDir = e.isDirectory();
    if (selection.ignored(abs, isDir) || gitIgnored(abs, isDir, here)) continue;
    if (isDir) walk(abs, selection, here, found);
    else if (e.isFile() && path.extname(e.name).toLowerCase() in POLICY_EXTENSIONS) {
      const word = policyNameWord(abs);
      const why = word ? `its name has "${word}"` : selection.extra(abs);
      if (why) found.set(abs, why);
    }
  }
}
