/** File paths as formatters show them: relative to the report's working folder, with `/` on every platform. */
import path from 'node:path';

export function relativePath(cwd: string, filePath: string): string {
  return path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join('/');
}
