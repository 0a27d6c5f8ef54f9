/**
 * JUnit XML, for CI systems that show test reports but not SARIF (GitLab, Jenkins, Azure Pipelines).
 * One suite per file and one failing case per finding; a file that could not be linted is an
 * <error>, as JUnit reports a test that could not run.
 */
import { relativePath } from '../load/paths.js';
import type { LintMessage, ReportContext } from '../types.js';
import { attrs, escapeText } from './xml.js';

function testcase(rel: string, m: LintMessage, ctx: ReportContext): string {
  const rule = m.ruleId ? ctx.rules.get(m.ruleId) : undefined;
  const id = m.ruleId ?? 'fatal';
  const name = m.line >= 1 ? `${id} line ${m.line}` : id;
  const severity = m.fatal || m.severity === 2 ? 'error' : 'warning';
  const where = m.line >= 1 ? `${rel}:${m.line}${m.column >= 1 ? `:${m.column}` : ''}` : rel;
  const citation = m.citation ?? rule?.citation;
  const url = m.url ?? rule?.url;
  const body = [`${severity} at ${where}`, citation && `Citation: ${citation}`, url && `Docs: ${url}`]
    .filter(Boolean)
    .join('\n');
  const element = m.fatal ? 'error' : 'failure';
  return (
    `    <testcase${attrs({ classname: rel, name })}>\n` +
    `      <${element}${attrs({ type: id, message: m.message })}>${escapeText(body)}</${element}>\n` +
    '    </testcase>'
  );
}

export function formatJunit(ctx: ReportContext): string {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites = ctx.results.map((r) => {
    const rel = relativePath(ctx.cwd, r.filePath);
    const fileErrors = r.messages.filter((m) => m.fatal).length;
    const fileFailures = r.messages.length - fileErrors;
    // A clean file still gets a case, so CI counts it as checked rather than absent.
    const cases =
      r.messages.length > 0
        ? r.messages.map((m) => testcase(rel, m, ctx))
        : [`    <testcase${attrs({ classname: rel, name: 'policylint' })}/>`];
    tests += cases.length;
    failures += fileFailures;
    errors += fileErrors;
    return [
      `  <testsuite${attrs({ name: rel, tests: cases.length, failures: fileFailures, errors: fileErrors })}>`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'policylint', tests, failures, errors })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
