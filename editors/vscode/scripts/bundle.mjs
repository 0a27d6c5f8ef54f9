#!/usr/bin/env node
// Builds what the extension ships, so a user needs neither node nor policylint on the PATH:
// - out/extension.js: the client, one file with vscode-languageclient in it (vsce warns about an
//   extension of many small files);
// - server/: the language server bundle with the chunks it loads, the compiled rule snapshot and
//   the rules, copied from the repository's dist/ and rules/ (run `npm run build` at the top first).
// Run by vscode:prepublish. Usage: node scripts/bundle.mjs [OUT] (default: this extension's folder)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(ext, '../..');
const out = path.resolve(process.argv[2] ?? ext);
const server = path.join(out, 'server');

// The other bundles (the CLI, the Action, the Node API) and the API's types are not the server's.
const NOT_SERVER = new Set(['cli.cjs', 'code-cache.cjs', 'action.js', 'api.js', 'api.d.ts', 'types.d.ts']);

fs.rmSync(server, { recursive: true, force: true });
fs.mkdirSync(path.join(server, 'dist'), { recursive: true });
for (const f of fs.readdirSync(path.join(root, 'dist'))) {
  if (!NOT_SERVER.has(f) && !f.startsWith('.')) fs.copyFileSync(path.join(root, 'dist', f), path.join(server, 'dist', f));
}
fs.cpSync(path.join(root, 'rules'), path.join(server, 'rules'), { recursive: true });
fs.writeFileSync(path.join(server, 'package.json'), `${JSON.stringify({ type: 'module', private: true })}\n`);
fs.writeFileSync(path.join(server, 'main.js'), "import { runLsp } from './dist/lsp.js';\n\nrunLsp(process.argv.slice(2));\n");

await build({
  entryPoints: [path.join(ext, 'extension.js')],
  outfile: path.join(out, 'out', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  absWorkingDir: ext,
  logLevel: 'warning',
});
