/**
 * Reads one policy: bytes to text, with the checks that decide whether it can be linted at all.
 * Never writes; every refusal is one sentence naming the problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { formatFromName, sniffFormat, type Format } from './format.js';

export const MAX_BYTES = 64 * 1024 * 1024;

export interface LoadedPolicy {
  filePath: string;
  text: string;
  format: Format;
  /** Problems that did not stop linting (invalid UTF-8). */
  warnings: string[];
}

export class LoadError extends Error {}

export function decodePolicy(bytes: Buffer, filePath: string, forced?: Format): LoadedPolicy {
  if (bytes.length === 0) throw new LoadError('the file is empty');
  if (bytes.length > MAX_BYTES) throw new LoadError(`the file is ${Math.round(bytes.length / 1048576)} MB, over the ${MAX_BYTES / 1048576} MB limit`);
  if (looksBinary(bytes)) throw new LoadError('the file is binary, not a policy in Markdown, text or HTML');
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    warnings.push('the file is not valid UTF-8; invalid bytes were read as U+FFFD');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new LoadError('the file has no text');
  return { filePath, text, format: forced ?? formatFromName(filePath) ?? sniffFormat(text), warnings };
}

export function readPolicy(filePath: string, forced?: Format): LoadedPolicy {
  let bytes: Buffer;
  try {
    if (statSync(filePath).size > MAX_BYTES) throw new LoadError(`the file is over the ${MAX_BYTES / 1048576} MB limit`);
    bytes = readFileSync(filePath);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read it (${code ?? 'unknown error'})`);
  }
  return decodePolicy(bytes, filePath, forced);
}

/** A NUL byte, or many control characters, in the first 8 KB: what git and grep also take for binary. */
function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}
