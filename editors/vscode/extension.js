// A thin client: starts the language server and maps the palette commands onto the server's
// workspace/executeCommand commands. All linting happens in the server, which runs on VS Code's own
// Node: the one the extension ships (server/, built by scripts/bundle.mjs), or a workspace's
// own policylint so that a repository's pinned version is the one used.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverOptions(context) {
  const configured = vscode.workspace.getConfiguration('policylint').get('serverPath');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const local = folder && path.join(folder, 'node_modules', 'policylint', 'bin', 'policylint.js');
  const script = configured || (local && fs.existsSync(local) ? local : null);
  // `module`: forked with VS Code's Node; the stdio transport adds --stdio to the arguments.
  if (script) return { module: script, args: ['lsp'], transport: TransportKind.stdio };
  // This file runs bundled, as out/extension.js; the server sits beside out/.
  return { module: context.asAbsolutePath(path.join('server', 'main.js')), transport: TransportKind.stdio };
}

function createClient(context) {
  const now = vscode.workspace.getConfiguration('policylint').get('now');
  return new LanguageClient('policylint', 'PolicyLint', serverOptions(context), {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'html' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: now ? { now } : {},
    synchronize: {
      // Re-lint when a configuration changes on disk.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.policylintrc.json,policylint.config.json,package.json}'),
    },
  });
}

function activeUri() {
  return vscode.window.activeTextEditor?.document.uri.toString();
}

async function execute(command, args) {
  if (!client) throw new Error('the PolicyLint server is not running');
  return client.sendRequest('workspace/executeCommand', { command, arguments: args });
}

async function activate(context) {
  client = createClient(context);
  const output = vscode.window.createOutputChannel('PolicyLint coverage');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('policylint.lintCurrentDocument', async () => {
      const uri = activeUri();
      if (!uri) return vscode.window.showInformationMessage('PolicyLint: open a policy first.');
      const r = await execute('policylint.lintDocument', [uri]);
      vscode.window.showInformationMessage(r.error ? `PolicyLint: ${r.error}` : `PolicyLint: ${r.errors} errors, ${r.warnings} warnings`);
    }),
    vscode.commands.registerCommand('policylint.lintWorkspaceFolders', () => execute('policylint.lintWorkspace', [])),
    vscode.commands.registerCommand('policylint.showCoverageReport', async () => {
      const uri = activeUri();
      if (!uri) return vscode.window.showInformationMessage('PolicyLint: open a policy first.');
      const r = await execute('policylint.showCoverage', [uri]);
      output.clear();
      output.append(r.text ?? `PolicyLint: ${r.error}\n`);
      output.show(true);
    }),
    vscode.commands.registerCommand('policylint.restartServer', async () => {
      await client.stop().catch(() => undefined);
      client = createClient(context);
      await client.start();
    }),
  );
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
