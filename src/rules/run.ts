/** One document's run through the rules: the findings so far (each with its rule), and the coverage. */
import type { Config } from '../config/load.js';
import type { DocumentProfile } from '../profile/model.js';
import type { CoverageEntry } from '../types.js';
import type { CompiledRule } from './compile.js';
import type { CheckContext, Finding } from './context.js';

export interface Run {
  ctx: CheckContext;
  profile: DocumentProfile;
  config: Config;
  findings: Array<{ rule: CompiledRule; finding: Finding }>;
  coverage: CoverageEntry[];
}
