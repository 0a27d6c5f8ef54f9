/**
 * Reads one policy: bytes to text, with the checks that decide whether it can be linted at all.
 * Never writes; every refusal is one sentence naming the problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { formatOf, sniffFormat, type Format } from './format.js';

/** The default size limit (--max-file-size): no real policy comes near it, and linting a file costs time in proportion to its size. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** "5MB", "500 KB", "1048576": a size in bytes (K, M, G are powers of 1024), or null. */
export function parseSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const bytes = Math.round(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1048576 : unit === 'g' ? 1073741824 : 1));
  return bytes > 0 ? bytes : null;
}

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${+(bytes / 1048576).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}

function tooBig(size: number, limit: number): LoadError {
  return new LoadError(`the file is ${sizeText(size)}, over the ${sizeText(limit)} limit (raise it with --max-file-size)`);
}

export interface LoadedPolicy {
  filePath: string;
  text: string;
  format: Format;
  /** Problems that did not stop linting (invalid UTF-8). */
  warnings: string[];
}

export class LoadError extends Error {}

export function decodePolicy(bytes: Buffer, filePath: string, forced?: Format, limit = DEFAULT_MAX_BYTES): LoadedPolicy {
  if (bytes.length === 0) throw new LoadError('the file is empty');
  if (bytes.length > limit) throw tooBig(bytes.length, limit);
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
  return { filePath, text, format: forced ?? formatOf(filePath, text) ?? sniffFormat(text), warnings };
}

export function readPolicy(filePath: string, forced?: Format, limit = DEFAULT_MAX_BYTES): LoadedPolicy {
  let bytes: Buffer;
  try {
    const size = statSync(filePath).size;
    if (size > limit) throw tooBig(size, limit);
    bytes = readFileSync(filePath);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read it (${code ?? 'unknown error'})`);
  }
  return decodePolicy(bytes, filePath, forced, limit);
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
