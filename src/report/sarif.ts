/**
 * SARIF 2.1.0, what GitHub code scanning and most IDE viewers read. Paths are relative to
 * %SRCROOT% so the log means the same thing on another machine; problems that belong to no rule
 * (a file that could not be linted) are tool notifications, not results.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { relativePath } from '../load/paths.js';
import type { LintMessage, LintResult, ReportContext, RuleMeta, SuppressedMessage } from '../types.js';

const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function levelOf(m: LintMessage): Level {
  return m.fatal || m.severity === 2 ? 'error' : 'warning';
}

/** gdpr/legal-basis → GdprLegalBasis: SARIF wants a name that is an identifier, not the id again. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/**
 * Inside the working folder: a relative, per-segment encoded URI against %SRCROOT%. Outside it a
 * relative `../` URI would escape the base, so such a file gets its absolute file:// URI.
 */
function locate(cwd: string, filePath: string): { rel: string; location: ArtifactLocation } {
  const abs = path.resolve(cwd, filePath);
  const rel = relativePath(cwd, abs);
  if (rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) {
    return { rel, location: { uri: pathToFileURL(abs).href } };
  }
  return { rel, location: { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT } };
}

function region(m: LintMessage): Record<string, number> | undefined {
  if (!(m.line >= 1)) return undefined;
  const r: Record<string, number> = { startLine: m.line };
  if (m.column >= 1) r.startColumn = m.column;
  if (m.endLine !== undefined && m.endLine >= m.line) r.endLine = m.endLine;
  // A region that ends before it starts is invalid SARIF; drop the end rather than the finding.
  const multiline = (r.endLine ?? m.line) > m.line;
  if (m.endColumn !== undefined && m.endColumn >= 1 && (multiline || m.endColumn >= (r.startColumn ?? 1))) {
    r.endColumn = m.endColumn;
  }
  return r;
}

function help(rule: RuleMeta): { text: string; markdown: string } {
  const text = [rule.description, `Citation: ${rule.citation}`];
  const markdown = [rule.description, `**Citation:** ${rule.citation}`];
  if (rule.suggestion) {
    text.push(`Suggested wording: ${rule.suggestion}`);
    markdown.push(`**Suggested wording:** ${rule.suggestion}`);
  }
  if (rule.url) markdown.push(`[Rule documentation](${rule.url})`);
  return { text: text.join('\n\n'), markdown: markdown.join('\n\n') };
}

function ruleDescriptor(id: string, rule: RuleMeta | undefined): object {
  if (!rule) return { id, name: pascalCase(id), properties: { tags: ['privacy', id.split('/')[0]] } };
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: help(rule),
    ...(rule.url ? { helpUri: rule.url } : {}),
    defaultConfiguration: { level: rule.defaultSeverity === 2 ? 'error' : 'warning' },
    properties: { tags: ['privacy', id.split('/')[0]] },
  };
}

export function formatSarif(ctx: ReportContext, version = '0.0.0'): string {
  const files = ctx.results.map((r) => locate(ctx.cwd, r.filePath));
  const artifacts = files.map((f) => ({ location: f.location, roles: ['analysisTarget'] }));
  // Findings a directive silenced are results too, marked suppressed in source, as SARIF has them.
  const all = (r: LintResult): Array<LintMessage & { suppressions?: SuppressedMessage['suppressions'] }> => [...r.messages, ...(r.suppressedMessages ?? [])];
  const ruleIds = [...new Set(ctx.results.flatMap((r) => all(r).flatMap((m) => (m.ruleId === null ? [] : [m.ruleId]))))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  // Line numbers stay out of the fingerprint so a finding keeps its identity when text above it
  // moves; the occurrence count keeps two identical findings in one file apart.
  const seen = new Map<string, number>();
  const fingerprint = (ruleId: string, rel: string, text: string): string => {
    // Loaded on use: node:crypto costs every other run a few milliseconds of start-up.
    const hash = process.getBuiltinModule('node:crypto').createHash('sha256').update(`${ruleId}\0${rel}\0${text}`).digest('hex');
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  };

  const results: object[] = [];
  const notifications: object[] = [];
  let failed = false;
  ctx.results.forEach((r, fileIndex) => {
    const { rel, location } = files[fileIndex];
    for (const m of all(r)) {
      const reg = region(m);
      const physicalLocation = { artifactLocation: { ...location, index: fileIndex }, ...(reg ? { region: reg } : {}) };
      if (m.ruleId === null) {
        failed ||= levelOf(m) === 'error';
        notifications.push({ level: levelOf(m), message: { text: m.message }, locations: [{ physicalLocation }] });
        continue;
      }
      const citation = m.citation ?? ctx.rules.get(m.ruleId)?.citation;
      const text = citation ? `${m.message} (${citation})` : m.message;
      results.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
        level: levelOf(m),
        message: { text },
        locations: [{ physicalLocation }],
        partialFingerprints: { 'policylint/v1': fingerprint(m.ruleId, rel, text) },
        ...(m.suppressions ? { suppressions: m.suppressions.map((x) => ({ kind: x.kind === 'external' ? 'external' : 'inSource', ...(x.justification ? { justification: x.justification } : {}) })) } : {}),
      });
    }
  });

  const cwdUri = pathToFileURL(ctx.cwd).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policylint',
            informationUri: 'https://policylint.dev',
            version,
            rules: ruleIds.map((id) => ruleDescriptor(id, ctx.rules.get(id))),
          },
        },
        invocations: [
          {
            executionSuccessful: !failed,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri.endsWith('/') ? cwdUri : `${cwdUri}/` } },
        artifacts,
        // ESLint-style columns count UTF-16 code units, which is also SARIF's default; said for readers.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
