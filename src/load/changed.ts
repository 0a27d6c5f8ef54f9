/**
 * --changed-since REF: the files that differ from REF in git (committed since, staged or not, and
 * new files git does not ignore), so a pre-commit hook or a pull-request job lints only what
 * changed. The files a run would lint are narrowed to these; it chooses no others.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export class GitError extends Error {}

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw new GitError(`git could not run: ${r.error.message}`);
  if (r.status !== 0) throw new GitError((r.stderr || `git ${args[0]} failed`).trim().split('\n')[0]);
  return r.stdout;
}

/** Absolute paths of the files changed since `ref`. */
export function changedSince(ref: string, cwd: string): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const names = [
    ...git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', ref, '--'], top).split('\0'),
    ...git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0'),
  ];
  return new Set(names.filter(Boolean).map((n) => path.resolve(top, n)));
}
