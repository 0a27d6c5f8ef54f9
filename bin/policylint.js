#!/usr/bin/env node
// Runs the committed bundle, so a global install (pre-commit) and a fresh clone need no build step.
// CommonJS (bin/package.json), like the bundle it loads: an ES module entry would start Node's ES
// module loader first, a cost every run pays. The CLI bundle is loaded with V8's code cache
// (src/cli/code-cache.ts); `policylint lsp` loads the language server bundle instead.
'use strict';

if (process.argv[2] === 'lsp') {
  import('../dist/lsp.js').then(({ runLsp }) => runLsp(process.argv.slice(3)));
} else {
  const { loadBundle } = require('../dist/code-cache.cjs');
  const cli = loadBundle(require.resolve('../dist/cli.cjs'));
  // The bundle runs in a vm.Script, where import() has no loader: a formatter the user names
  // (-f ./my.js) is imported from here, a module of its own.
  cli.exports.runCli(undefined, { importModule: (url) => import(url) }).then((code) => {
    process.exitCode = code;
    cli.save();
  });
}
