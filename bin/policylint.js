#!/usr/bin/env node
// Runs the committed bundle, so a global install (pre-commit) and a fresh clone need no build step.
// `policylint lsp` loads the language server bundle instead, so the CLI never pays for it.
if (process.argv[2] === 'lsp') {
  const { runLsp } = await import('../dist/lsp.js');
  runLsp(process.argv.slice(3));
} else {
  const { runCli } = await import('../dist/cli.js');
  process.exitCode = await runCli();
}
