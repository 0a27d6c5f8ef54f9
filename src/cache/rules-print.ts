/**
 * A fingerprint of a rule set: every JSON file under the pack folders, by path and content. Any
 * change to a rule, a pack, the facts or the document kinds changes it, so cached results made with
 * other rules are never reused.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function jsonFiles(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) jsonFiles(full, out);
    else if (e.name.endsWith('.json')) out.push(full);
  }
}

export function rulesPrint(roots: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const root of roots) {
    const files: string[] = [];
    jsonFiles(path.resolve(root), files);
    for (const f of files.sort()) hash.update(`${f}\0`).update(fs.readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}
