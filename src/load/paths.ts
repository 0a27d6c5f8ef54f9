/**
 * File paths relative to a folder, with `/` on every platform: as formatters show them, and as
 * ignore patterns (.gitignore syntax) match them when expand.ts searches folders.
 */
import path from 'node:path';

export function relativePath(cwd: string, filePath: string): string {
  return path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join('/');
}
