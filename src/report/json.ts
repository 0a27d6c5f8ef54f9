/** CATALOG.md's JSON contract: an array of ESLint-style results with coverage. */
import type { ReportContext } from '../types.js';

export function formatJson(ctx: ReportContext): string {
  return JSON.stringify(ctx.results.map(({ source: _source, ...r }) => r), null, 2) + '\n';
}
