#!/usr/bin/env node
// Runs the committed bundle, so a global install (pre-commit) and a fresh clone need no build step.
// The CLI bundle is loaded with V8's code cache (src/cli/code-cache.ts); `policylint lsp` loads the
// language server bundle instead, so the CLI never pays for it.
import { createRequire } from 'node:module';

if (process.argv[2] === 'lsp') {
  const { runLsp } = await import('../dist/lsp.js');
  runLsp(process.argv.slice(3));
} else {
  const require = createRequire(import.meta.url);
  const { loadBundle } = require('../dist/code-cache.cjs');
  const cli = loadBundle(require.resolve('../dist/cli.cjs'));
  process.exitCode = await cli.exports.runCli();
  cli.save();
}
