/**
 * Writes a file atomically: a sibling is written, then renamed over the target, so a reader (or a
 * concurrent run) sees the old file or the new one, never half of one. Through symlinks: the file a
 * link points to is replaced, keeping its mode, and the link stays a link. A file that does not
 * exist yet is created, with its folder.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeAtomically(file: string, data: string | Buffer): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = fs.realpathSync(file);
    mode = fs.statSync(target).mode;
  } catch {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.policylint-${process.pid}.tmp`);
  fs.writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
  fs.renameSync(tmp, target);
}
