/**
 * The HTML report, opened in a real headless browser (Debian's chromium, driven by playwright-core):
 * the checklist and finding rows, the filters, links to the rule docs, a phone-width layout, no
 * network, and policy text that stays text.
 */
import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cli, FIXTURES, tmpDir } from './helpers.js';
import { formatHtml } from '../src/report/html.js';
import type { LintResult } from '../src/types.js';

// Debian's chromium package (.ci/apt-packages); CHROMIUM_PATH names another build.
jest.setTimeout(30_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium package, or set CHROMIUM_PATH`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const core = (f: string) => path.join(FIXTURES, 'core', f);

/** Opens a page, and records every request it makes beyond the report file itself. */
async function open(url: string, width = 1200): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url);
  return { page, requests };
}

// The project's types have no DOM: rows are read as the plain shape the callbacks use.
interface Row {
  hidden: boolean;
  dataset: Record<string, string | undefined>;
}
const visible = (page: Page, selector: string) =>
  page.$$eval(selector, (rows) => (rows as unknown as Row[]).filter((r) => !r.hidden).map((r) => `${r.dataset.pack}:${r.dataset.severity ?? r.dataset.status}`));

describe('HTML report in a browser', () => {
  const dir = tmpDir();
  const report = path.join(dir, 'report.html');
  const args = [core('placeholder.md'), core('clean.md'), '--now', '2026-11-23'];
  const json = JSON.parse(cli(['-f', 'json', ...args]).stdout) as LintResult[];
  const run = cli(['-f', 'html', '-o', report, ...args]);
  const url = pathToFileURL(report).href;

  it('has one checklist row per requirement and one row per finding, with docs links, and loads nothing', async () => {
    expect(run.code).toBe(1);
    const { page, requests } = await open(url);
    expect(await page.$$eval('section.policy', (s) => s.map((x) => x.querySelector('h2')!.textContent))).toEqual(['fixtures/core/placeholder.md', 'fixtures/core/clean.md']);
    expect(await page.$$eval('section.policy', (s) => s.map((x) => x.querySelectorAll('tr.req').length))).toEqual(json.map((r) => r.coverage.length));
    expect(await page.$$eval('section.policy', (s) => s.map((x) => x.querySelectorAll('tr.finding').length))).toEqual(json.map((r) => r.messages.length));
    const row = await page.$eval('tr.finding', (r) => ({ cells: [...r.querySelectorAll('td')].map((td) => td.textContent), href: r.querySelector('a')!.getAttribute('href') }));
    const first = json[0].messages[0];
    expect(row.cells[0]).toBe(`${first.line}:${first.column}`);
    expect(row.cells[2]).toContain(first.message);
    expect(row.href).toBe(first.url);
    const present = await page.$eval('section#policy-2 tr.req[data-status="present"]', (r) => r.textContent);
    const ev = json[1].coverage.find((c) => c.status === 'present')!.evidence![0];
    expect(present).toContain(`line ${ev.line}: ${ev.text}`);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('filters rows by pack, severity and status', async () => {
    const { page } = await open(url);
    await page.selectOption('#filter-pack', 'draft');
    const draft = await visible(page, 'tr.finding');
    expect(draft.length).toBe(json.flatMap((r) => r.messages).filter((m) => m.ruleId?.startsWith('draft/')).length);
    expect(draft.every((d) => d.startsWith('draft:'))).toBe(true);
    expect(await visible(page, 'tr.req')).toEqual([]); // no draft requirement is a disclosure
    await page.selectOption('#filter-pack', '');
    await page.selectOption('#filter-severity', 'warning');
    const warnings = await visible(page, 'tr.finding');
    expect(warnings.length).toBe(json.reduce((n, r) => n + r.warningCount, 0));
    expect(warnings.every((w) => w.endsWith(':warning'))).toBe(true);
    await page.selectOption('#filter-status', 'missing');
    expect((await visible(page, 'tr.req')).every((r) => r.endsWith(':missing'))).toBe(true);
    await page.close();
  });

  it('reads on a phone: nothing wider than the screen', async () => {
    const { page } = await open(url, 390);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await page.evaluate("getComputedStyle(document.querySelector('tr.finding td')).display")).toBe('block');
    await page.close();
  });

  it('shows policy text as text: markup in a quote neither renders nor runs', async () => {
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const result: LintResult = {
      filePath: path.join(dir, 'privacy.md'),
      jurisdictions: [],
      messages: [{ ruleId: 'draft/placeholder', severity: 2, message: `Template placeholder "${evil}" is still in the policy.`, line: 1, column: 1 }],
      errorCount: 1,
      warningCount: 0,
      fatalErrorCount: 0,
      coverage: [{ requirement: 'common/contact', status: 'present', evidence: [{ line: 2, column: 1, text: evil }] }],
    };
    const file = path.join(dir, 'evil.html');
    fs.writeFileSync(file, formatHtml({ results: [result], rules: new Map(), cwd: dir }, 'test'));
    const { page, requests } = await open(pathToFileURL(file).href);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.$$('main img, main script')).toEqual([]);
    expect(await page.$eval('tr.finding', (r) => r.textContent)).toContain(evil);
    expect(requests).toEqual([]);
    await page.close();
  });
});
