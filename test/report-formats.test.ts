import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatGithub } from '../src/report/github.js';
import { formatJunit } from '../src/report/junit.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatLines } from '../src/report/lines.js';
import { formatCheckstyle } from '../src/report/checkstyle.js';
import { formatMarkdown } from '../src/report/markdown.js';
import type { LintMessage, LintResult, ReportContext, RuleMeta } from '../src/types.js';

const CWD = path.resolve('/repo');
const SPACED = path.join(CWD, 'docs', 'privacy policy.md');
const PLAIN = path.join(CWD, 'PRIVACY.md');
const CLEAN = path.join(CWD, 'clean.md');

const INJECTION = 'Placeholder left in: "x\n::set-output name=a::b" and "%0A::error::x"';

const RULES: RuleMeta[] = [
  {
    id: 'gdpr/legal-basis',
    title: 'Legal basis for each purpose',
    description: 'The notice must state the legal basis for each purpose of processing.',
    citation: 'GDPR Art. 13(1)(c)',
    url: 'https://policylint.dev/rules/gdpr/legal-basis',
    defaultSeverity: 2,
    suggestion: 'We process your data on the basis of our contract with you.',
  },
  {
    id: 'draft/placeholder',
    title: 'Unfilled template placeholder',
    description: 'A template placeholder was left in the published policy.',
    citation: 'Drafting',
    url: 'https://policylint.dev/rules/draft/placeholder',
    defaultSeverity: 2,
  },
  {
    id: 'style/vague-qualifier',
    title: 'Vague qualifier',
    description: 'Words such as "may" and "some" make a disclosure hard to rely on.',
    citation: 'GDPR Art. 12(1)',
    url: 'https://policylint.dev/rules/style/vague-qualifier',
    defaultSeverity: 1,
  },
  {
    id: 'ccpa/right-correct',
    title: 'Right to correct',
    description: 'The notice must describe the right to correct inaccurate personal information.',
    citation: 'Cal. Civ. Code §1798.106',
    url: 'https://policylint.dev/rules/ccpa/right-correct',
    defaultSeverity: 2,
  },
];

function result(filePath: string, messages: LintMessage[]): LintResult {
  const errors = messages.filter((m) => m.severity === 2).length;
  return {
    filePath,
    jurisdictions: ['gdpr'],
    messages,
    errorCount: errors,
    warningCount: messages.length - errors,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    coverage: [],
  };
}

function context(results: LintResult[]): ReportContext {
  return { results, rules: new Map(RULES.map((r) => [r.id, r])), cwd: CWD };
}

const legalBasis: LintMessage = {
  ruleId: 'gdpr/legal-basis',
  severity: 2,
  message: 'No legal basis is given for processing.',
  line: 12,
  column: 1,
  endLine: 12,
  endColumn: 40,
  citation: 'GDPR Art. 13(1)(c)',
  url: 'https://policylint.dev/rules/gdpr/legal-basis',
};
const vague: LintMessage = {
  ruleId: 'style/vague-qualifier',
  severity: 1,
  message: '"may" leaves the use of data open.',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 8,
};
const injection: LintMessage = { ruleId: 'draft/placeholder', severity: 2, message: INJECTION, line: 7, column: 2 };
const unicode: LintMessage = {
  ruleId: 'ccpa/right-correct',
  severity: 1,
  message: 'Données «rectifiées» 🙂: no right to correct',
  line: 20,
  column: 3,
  endLine: 22,
  endColumn: 1,
};
const fatal: LintMessage = { ruleId: null, severity: 2, message: 'Could not read the file: permission denied.', line: 0, column: 0, fatal: true };

/** Two files with findings (one path with a space), one that could not be read, one clean. */
const MAIN = context([
  result(SPACED, [legalBasis, vague, injection]),
  result(PLAIN, [unicode]),
  result(path.join(CWD, 'locked.md'), [fatal]),
  result(CLEAN, []),
]);

describe('formatGithub', () => {
  it('writes one escaped workflow command per message, errors of all files before warnings', () => {
    expect(formatGithub(MAIN).split('\n')).toEqual([
      '::error file=docs/privacy policy.md,line=12,endLine=12,col=1,endColumn=40,title=gdpr/legal-basis::No legal basis is given for processing. (GDPR Art. 13(1)(c)) — https://policylint.dev/rules/gdpr/legal-basis',
      '::error file=docs/privacy policy.md,line=7,col=2,title=draft/placeholder::Placeholder left in: "x%0A::set-output name=a::b" and "%250A::error::x" (Drafting) — https://policylint.dev/rules/draft/placeholder',
      '::error file=locked.md,title=policylint::Could not read the file: permission denied.',
      '::warning file=docs/privacy policy.md,line=3,endLine=3,col=5,endColumn=8,title=style/vague-qualifier::"may" leaves the use of data open. (GDPR Art. 12(1)) — https://policylint.dev/rules/style/vague-qualifier',
      '::warning file=PRIVACY.md,line=20,endLine=22,col=3,endColumn=1,title=ccpa/right-correct::Données «rectifiées» 🙂: no right to correct (Cal. Civ. Code §1798.106) — https://policylint.dev/rules/ccpa/right-correct',
      '',
    ]);
  });

  it('escapes properties as the toolkit does, so a path cannot add or end properties', () => {
    const odd = context([result(path.join(CWD, 'a,b:c%d.md'), [{ ...vague, ruleId: 'x/y' }])]);
    expect(formatGithub(odd)).toMatch(/^::warning file=a%2Cb%3Ac%25d\.md,line=3,/);
  });

  it('gives policy text no way to start a command of its own', () => {
    const lines = formatGithub(MAIN).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:]*::/);
  });

  it('annotates at most 10 errors and 10 warnings, logs the rest as plain lines and ends with a notice', () => {
    const many = (severity: 1 | 2, n: number, text = 'finding'): LintMessage[] =>
      Array.from({ length: n }, (_, i) => ({ ruleId: 'x/y', severity, message: `${text} ${i + 1}`, line: i + 1, column: 1 }));
    const ctx = context([
      result(PLAIN, [...many(1, 12, 'warn'), ...many(2, 6, 'err')]),
      result(SPACED, [...many(2, 6, 'late err'), { ruleId: 'x/y', severity: 2, message: 'x\n  ::set-output name=a::b ##[add-mask]z', line: 0, column: 0 }]),
    ]);
    const lines = formatGithub(ctx).trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::error ') || l.startsWith('::warning '));
    expect(annotations.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(annotations.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.slice(0, 20)).toEqual(annotations);
    expect(lines[9]).toBe('::error file=docs/privacy policy.md,line=4,col=1,title=x/y::late err 4');
    expect(lines[10]).toBe('::warning file=PRIVACY.md,line=1,col=1,title=x/y::warn 1');
    expect(lines.slice(20)).toEqual([
      'policylint error docs/privacy policy.md:5:1 x/y: late err 5',
      'policylint error docs/privacy policy.md:6:1 x/y: late err 6',
      'policylint error docs/privacy policy.md x/y: x%0A  ::set-output name=a::b ##%5Badd-mask]z',
      'policylint warning PRIVACY.md:11:1 x/y: warn 11',
      'policylint warning PRIVACY.md:12:1 x/y: warn 12',
      '::notice::3 more errors and 2 more warnings are not shown as annotations (GitHub shows 10 of each type per step); the full list is in the job log above and in the SARIF file.',
    ]);
    // The runner trims leading whitespace before looking for `::`, and finds `##[` anywhere.
    for (const line of lines.slice(20, -1)) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub(context([result(CLEAN, [])]))).toBe('');
  });
});

describe('one line per finding: unix and compact', () => {
  it('writes path:line:column: message [Level/rule], then the count; a message never spans lines', () => {
    expect(formatLines(MAIN, 'unix')).toBe(
      [
        'docs/privacy policy.md:12:1: No legal basis is given for processing. [Error/gdpr/legal-basis]',
        'docs/privacy policy.md:3:5: "may" leaves the use of data open. [Warning/style/vague-qualifier]',
        'docs/privacy policy.md:7:2: Placeholder left in: "x ::set-output name=a::b" and "%0A::error::x" [Error/draft/placeholder]',
        'PRIVACY.md:20:3: Données «rectifiées» 🙂: no right to correct [Warning/ccpa/right-correct]',
        'locked.md:0:0: Could not read the file: permission denied. [Error/fatal]',
        '',
        '5 problems',
        '',
      ].join('\n'),
    );
  });

  it("compact is ESLint's: path: line L, col C, Level - message (rule); nothing at all when clean", () => {
    expect(formatLines(MAIN, 'compact').split('\n')[0]).toBe('docs/privacy policy.md: line 12, col 1, Error - No legal basis is given for processing. (gdpr/legal-basis)');
    expect(formatLines(context([result(CLEAN, [])]), 'compact')).toBe('');
  });
});

describe('formatCheckstyle', () => {
  it('writes one file element per result and one escaped error per finding', () => {
    const xml = formatCheckstyle(MAIN);
    expect(xml.split('\n').slice(0, 4)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<checkstyle version="4.3">',
      '  <file name="docs/privacy policy.md">',
      '    <error line="12" column="1" severity="error" message="No legal basis is given for processing." source="policylint.rules.gdpr/legal-basis" />',
    ]);
    expect(xml).toContain('message="Placeholder left in: &quot;x&#10;::set-output name=a::b&quot; and &quot;%0A::error::x&quot;"');
    expect(xml).toContain('<error line="0" column="0" severity="error" message="Could not read the file: permission denied." source="policylint" />');
    expect(xml).toContain('  <file name="clean.md">\n  </file>');
    expect(xml.endsWith('</checkstyle>\n')).toBe(true);
  });
});

describe('formatMarkdown', () => {
  it('gives the totals, then a table per file with links to the rule docs; policy text cannot break a cell', () => {
    const md = formatMarkdown(context([result(SPACED, [legalBasis, { ...injection, message: 'a | b\nc <img src=x>' }]), result(CLEAN, [])]));
    expect(md).toBe(
      [
        '## policylint: 2 errors, 0 warnings in 2 files',
        '',
        '### docs/privacy policy.md',
        '',
        '| Line | Severity | Rule | Message |',
        '|---:|---|---|---|',
        '| 12 | error | [gdpr/legal-basis](https://policylint.dev/rules/gdpr/legal-basis) | No legal basis is given for processing. |',
        '| 7 | error | [draft/placeholder](https://policylint.dev/rules/draft/placeholder) | a \\| b c &lt;img src=x> |',
        '',
        '### clean.md',
        '',
        'No problems.',
        '',
      ].join('\n'),
    );
  });
});

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(MAIN, '1.2.3'));
  const run = log.runs[0];

  it('describes the tool and only the rules that were reported, sorted by id', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'policylint', informationUri: 'https://policylint.dev', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'ccpa/right-correct',
      'draft/placeholder',
      'gdpr/legal-basis',
      'style/vague-qualifier',
    ]);
    expect(run.tool.driver.rules[2]).toEqual({
      id: 'gdpr/legal-basis',
      name: 'GdprLegalBasis',
      shortDescription: { text: 'Legal basis for each purpose' },
      fullDescription: { text: 'The notice must state the legal basis for each purpose of processing.' },
      help: {
        text:
          'The notice must state the legal basis for each purpose of processing.\n\nCitation: GDPR Art. 13(1)(c)\n\n' +
          'Suggested wording: We process your data on the basis of our contract with you.',
        markdown:
          'The notice must state the legal basis for each purpose of processing.\n\n**Citation:** GDPR Art. 13(1)(c)\n\n' +
          '**Suggested wording:** We process your data on the basis of our contract with you.\n\n' +
          '[Rule documentation](https://policylint.dev/rules/gdpr/legal-basis)',
      },
      helpUri: 'https://policylint.dev/rules/gdpr/legal-basis',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['privacy', 'gdpr'] },
    });
    expect(run.tool.driver.rules[3].defaultConfiguration).toEqual({ level: 'warning' });
    expect(run.tool.driver.rules[3].properties.tags).toEqual(['privacy', 'style']);
  });

  it('defaults the version to 0.0.0', () => {
    expect(JSON.parse(formatSarif(MAIN)).runs[0].tool.driver.version).toBe('0.0.0');
  });

  it('reports findings relative to %SRCROOT% with encoded paths and valid regions', () => {
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      'docs/privacy%20policy.md',
      'PRIVACY.md',
      'locked.md',
      'clean.md',
    ]);
    expect(run.results).toHaveLength(4);
    const [first, , third, fourth] = run.results;
    expect(first).toEqual({
      ruleId: 'gdpr/legal-basis',
      ruleIndex: 2,
      level: 'error',
      message: { text: 'No legal basis is given for processing. (GDPR Art. 13(1)(c))' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/privacy%20policy.md', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 40 },
          },
        },
      ],
      partialFingerprints: { 'policylint/v1': expect.stringMatching(/^[0-9a-f]{64}:1$/) },
    });
    expect(third.message.text).toBe(`${INJECTION} (Drafting)`);
    expect(third.locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 2 });
    expect(fourth).toMatchObject({ ruleId: 'ccpa/right-correct', ruleIndex: 0, level: 'warning' });
    expect(fourth.message.text).toBe('Données «rectifiées» 🙂: no right to correct (Cal. Civ. Code §1798.106)');
    expect(fourth.locations[0].physicalLocation.region).toEqual({ startLine: 20, startColumn: 3, endLine: 22, endColumn: 1 });
  });

  it('keeps fingerprints stable across runs and line moves, and apart for repeated findings', () => {
    const moved = JSON.parse(formatSarif(context([result(SPACED, [{ ...legalBasis, line: 40, endLine: 40 }, legalBasis])])));
    const [a, b] = moved.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['policylint/v1']);
    expect(a).toBe(run.results[0].partialFingerprints['policylint/v1']);
    expect(b).toBe(a.replace(/:1$/, ':2'));
  });

  it('turns a file that could not be linted into a failed tool execution, not a result', () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'Could not read the file: permission denied.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'locked.md', uriBaseId: '%SRCROOT%', index: 2 } } }],
          },
        ],
      },
    ]);
    const ok = JSON.parse(formatSarif(context([result(PLAIN, [unicode])])));
    expect(ok.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('drops a region end that lies before its start', () => {
    const backwards = { ...vague, endLine: 2, endColumn: 1 };
    const r = JSON.parse(formatSarif(context([result(PLAIN, [backwards])]))).runs[0].results[0];
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5 });
  });
});

describe('formatJunit', () => {
  it('writes one suite per file, one failing case per finding, and a passing case for a clean file', () => {
    expect(formatJunit(MAIN)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="policylint" tests="6" failures="4" errors="1">',
        '  <testsuite name="docs/privacy policy.md" tests="3" failures="3" errors="0">',
        '    <testcase classname="docs/privacy policy.md" name="gdpr/legal-basis line 12">',
        '      <failure type="gdpr/legal-basis" message="No legal basis is given for processing.">error at docs/privacy policy.md:12:1',
        'Citation: GDPR Art. 13(1)(c)',
        'Docs: https://policylint.dev/rules/gdpr/legal-basis</failure>',
        '    </testcase>',
        '    <testcase classname="docs/privacy policy.md" name="style/vague-qualifier line 3">',
        '      <failure type="style/vague-qualifier" message="&quot;may&quot; leaves the use of data open.">warning at docs/privacy policy.md:3:5',
        'Citation: GDPR Art. 12(1)',
        'Docs: https://policylint.dev/rules/style/vague-qualifier</failure>',
        '    </testcase>',
        '    <testcase classname="docs/privacy policy.md" name="draft/placeholder line 7">',
        '      <failure type="draft/placeholder" message="Placeholder left in: &quot;x&#10;::set-output name=a::b&quot; and &quot;%0A::error::x&quot;">error at docs/privacy policy.md:7:2',
        'Citation: Drafting',
        'Docs: https://policylint.dev/rules/draft/placeholder</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="PRIVACY.md" tests="1" failures="1" errors="0">',
        '    <testcase classname="PRIVACY.md" name="ccpa/right-correct line 20">',
        '      <failure type="ccpa/right-correct" message="Données «rectifiées» 🙂: no right to correct">warning at PRIVACY.md:20:3',
        'Citation: Cal. Civ. Code §1798.106',
        'Docs: https://policylint.dev/rules/ccpa/right-correct</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="locked.md" tests="1" failures="0" errors="1">',
        '    <testcase classname="locked.md" name="fatal">',
        '      <error type="fatal" message="Could not read the file: permission denied.">error at locked.md</error>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="clean.md" tests="1" failures="0" errors="0">',
        '    <testcase classname="clean.md" name="policylint"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup and drops characters XML 1.0 cannot carry', () => {
    const nasty: LintMessage = {
      ruleId: 'x/y',
      severity: 1,
      message: `a & b < c > d "e" 'f'\u0000\u0008\u000b\ufffe\ud800 g\th`,
      line: 1,
      column: 1,
      citation: 'A&B <1>',
    };
    const xml = formatJunit(context([result(path.join(CWD, 'R&D <draft>.md'), [nasty])]));
    expect(xml).toContain('<testcase classname="R&amp;D &lt;draft&gt;.md" name="x/y line 1">');
    expect(xml).toContain(
      '<failure type="x/y" message="a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; g&#9;h">warning at R&amp;D &lt;draft&gt;.md:1:1\nCitation: A&amp;B &lt;1&gt;</failure>',
    );
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\ufffe\ud800]/);
  });
});

describe('SARIF Multitool validation', () => {
  const require = createRequire(import.meta.url);
  let binary: string;
  let dir: string;
  beforeAll(() => {
    // The wrapper package resolves the per-platform binary. That package's install script only does
    // `chmod u+x`, which npm can skip, so make sure of it here rather than by hand.
    binary = require('@microsoft/sarif-multitool') as string;
    try {
      accessSync(binary, constants.X_OK);
    } catch {
      chmodSync(binary, statSync(binary).mode | 0o100);
    }
    dir = mkdtempSync(path.join(tmpdir(), 'policylint-sarif-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  interface Finding {
    level?: string;
    ruleId: string;
    message: { id?: string; arguments?: string[] };
  }

  /**
   * The validator's own findings on a log. It is called directly, not through node_modules/.bin:
   * that wrapper runs it with `shell: true` and unquoted arguments, which breaks on a temp path with
   * spaces. It exits 0 whatever it finds, so its output log is what tells.
   */
  function validate(name: string, sarif: string): Finding[] {
    const input = path.join(dir, `${name}.sarif`);
    const output = path.join(dir, `${name}.validation.sarif`);
    writeFileSync(input, sarif);
    const run = spawnSync(binary, ['validate', input, '-o', output], { encoding: 'utf8' });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`sarif-multitool exited with ${run.status}:\n${run.stdout}${run.stderr}`);
    const log = JSON.parse(readFileSync(output, 'utf8'));
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
    return log.runs[0].results ?? [];
  }

  const errorsOf = (findings: Finding[]) => findings.filter((f) => (f.level ?? 'warning') === 'error');

  it('finds no error in the SARIF log', () => {
    const errors = errorsOf(validate('policylint', formatSarif(MAIN, '1.2.3')));
    if (errors.length > 0) console.error(JSON.stringify(errors, null, 2));
    expect(errors).toEqual([]);
  });

  it('does report errors, so the check above is not vacuous', () => {
    const broken = JSON.parse(formatSarif(MAIN, '1.2.3'));
    broken.runs[0].results[0].locations[0].physicalLocation.region = { startLine: 5, endLine: 2 };
    const errors = errorsOf(validate('broken', JSON.stringify(broken)));
    expect(errors.map((e) => e.ruleId)).toContain('SARIF1007');
  });
});
