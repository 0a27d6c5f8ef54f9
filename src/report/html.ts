/**
 * The HTML report: one self-contained page per run, for a reviewer rather than a build log. Per
 * policy, the checklist of requirements (found, with line and passage; missing; not applicable,
 * with why), then the findings; filters by pack, severity and status; links to the rule docs.
 * Styles and the filter script are inline and a Content-Security-Policy forbids loading anything,
 * so the page needs no network and policy text in it cannot run or fetch anything.
 */
import { relativePath } from '../load/paths.js';
import type { CoverageEntry, LintMessage, LintResult, ReportContext } from '../types.js';
import { coverageCounts } from './coverage.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { escapeAttr } from './xml.js';

// Policy text goes in escaped as an XML attribute is: safe in HTML text and attributes alike.
const esc = escapeAttr;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const packOf = (ruleId: string | null) => (ruleId ? ruleId.split('/')[0] : 'file');
const severityOf = (m: LintMessage) => (m.fatal || m.severity === 2 ? 'error' : 'warning');
const STATUS_WORDS: Record<CoverageEntry['status'], string> = { present: 'found', missing: 'missing', 'not-applicable': 'not applicable' };

function ruleLink(id: string, ctx: ReportContext, url?: string): string {
  const href = url ?? ctx.rules.get(id)?.url;
  return href && /^https?:\/\//.test(href) ? `<a href="${esc(href)}">${esc(id)}</a>` : esc(id);
}

function checklistRow(c: CoverageEntry, ctx: ReportContext): string {
  const title = ctx.rules.get(c.requirement)?.title ?? '';
  const where = (c.evidence ?? []).map((e) => `<li>${e.file ? `${esc(e.file)}, ` : ''}line ${e.line}: <q>${esc(e.text)}</q></li>`).join('');
  const why = c.reason ? `<p>${esc(c.reason)}</p>` : '';
  return `<tr class="req" data-pack="${esc(packOf(c.requirement))}" data-status="${c.status}">
<td data-label="Requirement">${ruleLink(c.requirement, ctx)}<br><span class="title">${esc(title)}</span></td>
<td data-label="Status"><span class="status ${c.status}">${STATUS_WORDS[c.status]}</span></td>
<td data-label="Evidence or reason">${where ? `<ul>${where}</ul>` : ''}${why}</td></tr>`;
}

function findingRow(m: LintMessage, ctx: ReportContext): string {
  const citation = m.citation ?? (m.ruleId ? ctx.rules.get(m.ruleId)?.citation : undefined);
  const fix = m.suggestion ? `<p class="suggestion">${esc(m.suggestion)}</p>` : '';
  return `<tr class="finding" data-pack="${esc(packOf(m.ruleId))}" data-severity="${severityOf(m)}">
<td data-label="Line">${m.line}:${m.column}</td>
<td data-label="Severity"><span class="sev ${severityOf(m)}">${severityOf(m)}</span></td>
<td data-label="Finding">${esc(m.message)}${citation ? `<br><span class="cite">${esc(citation)}</span>` : ''}${fix}</td>
<td data-label="Rule">${m.ruleId ? ruleLink(m.ruleId, ctx, m.url) : ''}</td></tr>`;
}

function policySection(r: LintResult, index: number, ctx: ReportContext): string {
  const counts = coverageCounts(r);
  const laws = r.jurisdictions.length ? r.jurisdictions.join(', ') : 'none detected (drafting and baseline rules only)';
  const checklist = r.coverage.length
    ? `<table class="checklist"><thead><tr><th>Requirement</th><th>Status</th><th>Evidence or reason</th></tr></thead><tbody>${r.coverage.map((c) => checklistRow(c, ctx)).join('\n')}</tbody></table>`
    : '<p class="none">No requirements were checked.</p>';
  const findings = r.messages.length
    ? `<table class="findings"><thead><tr><th>Line</th><th>Severity</th><th>Finding</th><th>Rule</th></tr></thead><tbody>${r.messages.map((m) => findingRow(m, ctx)).join('\n')}</tbody></table>`
    : '<p class="none">No problems.</p>';
  return `<section class="policy" id="policy-${index + 1}">
<h2>${esc(relativePath(ctx.cwd, r.filePath))}</h2>
<p class="summary">Laws checked: ${esc(laws)}. ${plural(r.errorCount, 'error')}, ${plural(r.warningCount, 'warning')}; requirements: ${counts.present} found, ${counts.missing} missing, ${counts['not-applicable']} not applicable.</p>
<h3>Checklist</h3>
${checklist}
<h3>Findings</h3>
${findings}
</section>`;
}

function options(values: string[]): string {
  return values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
}

function filters(ctx: ReportContext): string {
  const packs = new Set<string>();
  for (const r of ctx.results) {
    for (const m of r.messages) packs.add(packOf(m.ruleId));
    for (const c of r.coverage) packs.add(packOf(c.requirement));
  }
  return `<form class="filters" id="filters">
<label>Pack <select id="filter-pack"><option value="">all</option>${options([...packs].sort())}</select></label>
<label>Severity <select id="filter-severity"><option value="">all</option><option value="error">errors</option><option value="warning">warnings</option></select></label>
<label>Status <select id="filter-status"><option value="">all</option><option value="present">found</option><option value="missing">missing</option><option value="not-applicable">not applicable</option></select></label>
</form>`;
}

export function formatHtml(ctx: ReportContext, version: string): string {
  const errors = ctx.results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = ctx.results.reduce((n, r) => n + r.warningCount, 0);
  const files = ctx.results.length;
  const toc = ctx.results.map((r, i) => `<li><a href="#policy-${i + 1}">${esc(relativePath(ctx.cwd, r.filePath))}</a> (${plural(r.errorCount, 'error')}, ${plural(r.warningCount, 'warning')})</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>policylint report</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>policylint report</h1>
<p>${plural(files, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. policylint ${esc(version)}.</p>
${filters(ctx)}
<nav><ul>${toc}</ul></nav>
</header>
<main>
${ctx.results.map((r, i) => policySection(r, i, ctx)).join('\n')}
</main>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}
