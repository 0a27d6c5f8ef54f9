/** Formatter lookup: each formatter is a pure function of the report context. */
import type { ReportContext } from '../types.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatGithub } from './github.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatLines } from './lines.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatMarkdown } from './markdown.js';
import { formatHtml } from './html.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit', 'unix', 'compact', 'checkstyle', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export function format(name: FormatName, ctx: ReportContext, opts: { color: boolean; version: string }): string {
  switch (name) {
    case 'json':
      return formatJson(ctx);
    case 'github':
      return formatGithub(ctx);
    case 'sarif':
      return formatSarif(ctx, opts.version);
    case 'junit':
      return formatJunit(ctx);
    case 'unix':
    case 'compact':
      return formatLines(ctx, name);
    case 'checkstyle':
      return formatCheckstyle(ctx);
    case 'markdown':
      return formatMarkdown(ctx);
    case 'html':
      return formatHtml(ctx, opts.version);
    default:
      return formatStylish(ctx, { color: opts.color });
  }
}
