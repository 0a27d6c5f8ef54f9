/**
 * Inputs for the fuzz harness (npm run fuzz, test/fuzz.test.ts): real-looking policies mutated as
 * files get damaged in the wild (truncated, bytes flipped, BOM and CRLF, a part repeated, markup
 * dropped in), and the pathological shapes that once cost a parser its stack or its time (deep
 * nesting, huge tables, runs of brackets, one huge line, thousands of headings), in every format.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import type { Format } from '../../src/load/format.js';

export interface FuzzInput {
  text: string;
  format: Format;
  /** What the input is, for the report of a failing or slow case. */
  shape: string;
  /** Linted as stdin ("-") rather than a named file. */
  stdin: boolean;
}

/** The project folder: the first one up from here that holds fixtures/ (this file, or a bundle of it). */
function projectRoot(): string {
  let dir = path.dirname(new URL(import.meta.url).pathname);
  while (!fs.existsSync(path.join(dir, 'fixtures', 'core')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
const ROOT = projectRoot();

/** The project's own fixtures and example: written for it, never a real policy's text. */
export function seedPolicies(): string[] {
  const dirs = ['fixtures/core', 'fixtures/trust', 'fixtures/gdpr', 'examples'].map((d) => path.join(ROOT, d));
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).filter((f) => /\.(md|txt|html)$/.test(f)).map((f) => path.join(d, f)))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .filter((t) => t.trim().length > 0);
}

const MARKUP = ['[', ']', '(', ')', '<div>', '</div>', '> ', '- ', '* ', '|', '| --- |', '#', '**', '_', '`', '```', '\n', '\r\n', '\t', '<!--', '-->', '{{', '}}', '&nbsp;', '\u00a0', '\u200b', '\ufeff', '😀', '\u0000', '\ud800'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), char: fc.integer({ min: 0, max: 0xffff }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), piece: fc.constantFrom(...MARKUP), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }), times: fc.integer({ min: 2, max: 30 }) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'bom' as const }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const at = 'at' in m ? Math.floor(m.at * text.length) : 0;
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'flip':
      return text.slice(0, at) + String.fromCharCode(m.char) + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + m.piece.repeat(m.times) + text.slice(at);
    case 'repeat':
      return text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at);
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'bom':
      return `\ufeff${text}`;
  }
}

const mutated = (seeds: string[]) =>
  fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, ms]) => ({
    text: ms.reduce(mutate, text),
    shape: `a fixture with ${ms.map((m) => m.kind).join(', ')}`,
  }));

/**
 * Shapes that stress a parser, at a size a policy could have (up to a few hundred KB); `scale`
 * shrinks the largest (the unit test's short run uses 0.05).
 */
const pathological = (scale: number) => {
  const n = (max: number) => fc.integer({ min: 1, max: Math.max(2, Math.round(max * scale)) });
  return fc.oneof(
  n(3000).map((n) => ({ text: `# Privacy\n\n${'> '.repeat(n)}We collect e-mail.\n`, shape: `${n} nested quotes` })),
  n(400).map((n) => ({ text: Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'), shape: `a list nested ${n} deep` })),
  n(20000).map((n) => ({ text: `<html><body>${'<div>'.repeat(n)}We collect e-mail.${'</div>'.repeat(n)}</body></html>`, shape: `${n} nested <div>s` })),
  n(3000).map((n) => ({ text: `| a | b |\n| --- | --- |\n${'| cell | cell |\n'.repeat(n)}`, shape: `a table of ${n} rows` })),
  n(50000).map((n) => ({ text: `${'['.repeat(n)}${']'.repeat(n)}`, shape: `${n} brackets` })),
  n(2000).map((n) => ({ text: '- a\n  - we collect e-mail\n'.repeat(n), shape: `${n} items with a sub-item` })),
  n(1500).map((n) => ({ text: '> - a\n>   > - b\n>   >   > - we collect e-mail\n'.repeat(n), shape: `${n} quoted items nested in quotes` })),
  n(1500).map((n) => ({ text: '1. a\n\n   - we collect e-mail\n\n'.repeat(n), shape: `${n} loose ordered items with a sub-item` })),
  n(100000).map((n) => ({ text: 'We collect e-mail addresses, '.repeat(Math.ceil(n / 28)), shape: `one line of ${n} characters` })),
  n(10000).map((n) => ({ text: Array.from({ length: n }, (_, i) => `# Heading ${i}`).join('\n'), shape: `${n} headings` })),
  fc.string({ unit: 'binary', maxLength: 2000 }).map((text) => ({ text, shape: 'random characters' })),
  );
};

export function fuzzInputs(scale = 1, seeds = seedPolicies()): fc.Arbitrary<FuzzInput> {
  return fc
    .tuple(fc.oneof({ weight: 3, arbitrary: mutated(seeds) }, { weight: 2, arbitrary: pathological(scale) }), fc.constantFrom<Format>('markdown', 'text', 'html'), fc.boolean())
    .map(([input, format, stdin]) => ({ ...input, format, stdin }));
}
