/** Formatter lookup: each formatter is a pure function of the report context. */
import type { ReportContext } from '../types.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatGithub } from './github.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
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
    default:
      return formatStylish(ctx, { color: opts.color });
  }
}
