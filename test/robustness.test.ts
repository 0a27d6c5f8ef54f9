/**
 * One bad file never loses the others' report: whatever stops a file (its size, its bytes, a
 * defect of ours) gives that file one fatal message, and every other file is linted. Nesting as
 * deep as an input allows is read, deeper content as text, without overflowing the stack.
 */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { cli, FIXTURES, tmpDir } from './helpers.js';
import { Linter } from '../src/lint.js';
import { parseSize } from '../src/load/read.js';
import { parse } from '../src/parse/index.js';
import { MAX_DEPTH } from '../src/parse/depth.js';
import { parseMarkdown } from '../src/parse/markdown.js';

const good = path.join(FIXTURES, 'core', 'placeholder.md');
type Result = { filePath: string; fatalErrorCount: number; messages: Array<{ fatal?: boolean; ruleId: string | null; message: string; line: number; column: number }> };
const json = (stdout: string) => JSON.parse(stdout) as Result[];

/** Depth of the deepest node, without recursion. */
function depthOf(root: { children?: unknown[] }): number {
  let max = 0;
  const stack: Array<[{ children?: unknown[] }, number]> = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of n.children ?? []) stack.push([c as { children?: unknown[] }, d + 1]);
  }
  return max;
}

describe('deep nesting is read, not a crash', () => {
  const dir = tmpDir();
  const deepHtml = path.join(dir, 'deep.html');
  fs.writeFileSync(deepHtml, `<html><body><h1>Privacy</h1>${'<div>'.repeat(20000)}We collect your e-mail address.${'</div>'.repeat(20000)}</body></html>`);
  const deepQuotes = path.join(dir, 'deep.md');
  fs.writeFileSync(deepQuotes, `# Privacy\n\n${'> '.repeat(5000)}We collect your e-mail address.\n`);

  it('20,000 nested <div>s and 5,000 nested quotes are linted beside a good file, the deep text still read', () => {
    const r = cli(['-f', 'json', '--no-config-lookup', deepHtml, deepQuotes, good]);
    expect(r.stderr).toBe('');
    const results = json(r.stdout);
    expect(results.map((x) => path.basename(x.filePath))).toEqual(['deep.html', 'deep.md', 'placeholder.md']);
    expect(results.map((x) => x.fatalErrorCount)).toEqual([0, 0, 0]);
    // The sentence at the bottom is read: what is collected is present, not missing.
    for (const x of results.slice(0, 2)) expect(x.messages.map((m) => m.ruleId)).not.toContain('common/data-collected');
  });

  it('the trees stop at the bound, one level under it at most for the text they keep', () => {
    expect(depthOf(parse(fs.readFileSync(deepQuotes, 'utf8'), 'markdown'))).toBeLessThanOrEqual(MAX_DEPTH + 3);
    expect(depthOf(parse(fs.readFileSync(deepHtml, 'utf8'), 'html'))).toBeLessThanOrEqual(MAX_DEPTH + 3);
    // A policy's own nesting, far under the bound, is kept as written.
    const lists = parse('- a\n  - b\n    - c\n', 'markdown');
    expect(depthOf(lists)).toBe(8);
  });
});

describe('runs of brackets', () => {
  it('50,000 nested brackets are read in linear time, and what follows keeps its line and column', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'brackets.md');
    fs.writeFileSync(f, `${'['.repeat(50000)}${']'.repeat(50000)}\n\nContact privacy@YOUR_DOMAIN.com [DATE]\n`);
    const r = json(cli(['-f', 'json', '--no-config-lookup', f]).stdout)[0];
    expect(r.messages.filter((m) => m.ruleId === 'draft/placeholder').map((m) => [m.line, m.column])).toEqual([
      [3, 17],
      [3, 33],
    ]);
  });
});

describe('quotes and lists nested deeper than any policy', () => {
  const nested = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
  const listDepth = (node: { type: string; children?: unknown[] }): number =>
    (node.type === 'list' ? 1 : 0) + Math.max(0, ...((node.children ?? []) as Array<{ type: string }>).map(listDepth));

  it('nesting deeper than 32 levels is read as text of the 32nd item; shallower lists are untouched', () => {
    expect(listDepth(parseMarkdown(nested(400)))).toBe(32);
    expect(listDepth(parseMarkdown(nested(20)))).toBe(20);
    // Ordered items and tabs count the same way.
    expect(listDepth(parseMarkdown(Array.from({ length: 40 }, (_, i) => `${'\t'.repeat(i)}1. item`).join('\n')))).toBeLessThanOrEqual(32);
  });

  it('20,000 quotes opened on one line are read as 32 and text; what follows keeps its column', () => {
    const text = `# Privacy\n\n${'> '.repeat(20000)}Contact privacy@YOUR_DOMAIN.com\n`;
    const quotes = (node: { type: string; children?: unknown[] }): number =>
      (node.type === 'blockquote' ? 1 : 0) + Math.max(0, ...((node.children ?? []) as Array<{ type: string }>).map(quotes));
    expect(quotes(parseMarkdown(text))).toBe(32);
    const dir = tmpDir();
    const f = path.join(dir, 'quotes.md');
    fs.writeFileSync(f, text);
    const r = json(cli(['-f', 'json', '--no-config-lookup', f]).stdout)[0];
    expect(r.messages.filter((m) => m.ruleId === 'draft/placeholder').map((m) => [m.line, m.column])).toEqual([[3, 40017]]);
  });

  it('what stands on a line past the bound keeps its line and column', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'deep.md');
    fs.writeFileSync(f, `${nested(100)} Contact privacy@YOUR_DOMAIN.com\n`);
    const r = json(cli(['-f', 'json', '--no-config-lookup', f]).stdout)[0];
    expect(r.messages.filter((m) => m.ruleId === 'draft/placeholder').map((m) => [m.line, m.column])).toEqual([[100, 225]]);
  });
});

describe('a file that cannot be linted gets one fatal message; the others are linted', () => {
  it('over --max-file-size: one line on stderr, a fatal message in the report, exit 2', () => {
    const dir = tmpDir();
    const big = path.join(dir, 'big.md');
    fs.writeFileSync(big, `# Privacy\n\n${'We collect your e-mail address to send receipts.\n'.repeat(100)}`);
    const r = cli(['-f', 'json', '--no-config-lookup', '--max-file-size', '2KB', big, good]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/big\.md: the file is 4\.\d KB, over the 2 KB limit \(raise it with --max-file-size\)$/)]);
    const results = json(r.stdout);
    expect(results.map((x) => path.basename(x.filePath))).toEqual(['big.md', 'placeholder.md']);
    expect(results[0].messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null, message: expect.stringMatching(/^Could not lint this file: the file is 4\.\d KB/) })]);
    // Under the default limit (5 MB) the same file is linted.
    expect(json(cli(['-f', 'json', '--no-config-lookup', big]).stdout)[0].fatalErrorCount).toBe(0);
  });

  it('maxFileSize in the configuration sets the limit for its files; --max-file-size wins; a bad value is one line, exit 2', () => {
    const dir = tmpDir();
    const big = path.join(dir, 'big.md');
    fs.writeFileSync(big, `# Privacy\n\n${'We collect your e-mail address to send receipts.\n'.repeat(100)}`);
    fs.writeFileSync(path.join(dir, '.policylintrc.json'), JSON.stringify({ maxFileSize: '2KB' }));
    const r = cli(['-f', 'json', big], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/big\.md: the file is 4\.\d KB, over the 2 KB limit/);
    expect(cli(['-f', 'json', '--max-file-size', '1MB', big], { cwd: dir }).code).not.toBe(2);
    fs.writeFileSync(path.join(dir, '.policylintrc.json'), JSON.stringify({ maxFileSize: 'huge' }));
    const bad = cli(['-f', 'json', big], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/invalid maxFileSize "huge": give a size such as "5MB"/)]);
  });

  it('a bad --max-file-size is a usage error: one line, exit 2', () => {
    const r = cli(['--max-file-size', 'huge', good]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'policylint: invalid --max-file-size "huge": give a size such as 5MB, 500KB or 1048576\n']);
  });

  it('a defect of ours while linting one file stops only that file', () => {
    const linter = new Linter({ useConfig: false });
    // The same path every file takes (load, then lint), with a load that fails as a bug would.
    const outcome = (linter as unknown as { handle: (n: string, p: string, load: () => never) => ReturnType<Linter['lintFile']> }).handle('x.md', '/x.md', () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(outcome.problems).toEqual(['x.md: internal error: Maximum call stack size exceeded']);
    expect(outcome.problemKind).toBe('internal');
    expect(outcome.result?.messages).toEqual([{ ruleId: null, severity: 2, fatal: true, message: 'Could not lint this file: internal error: Maximum call stack size exceeded.', line: 1, column: 1 }]);
    expect(linter.lintFile(good).result?.fatalErrorCount).toBe(0);
  });

  it('sizes are read with units', () => {
    expect([parseSize('5MB'), parseSize('500 kb'), parseSize('1048576'), parseSize('1.5m'), parseSize('0'), parseSize('big')]).toEqual([5242880, 512000, 1048576, 1572864, null, null]);
  });
});
