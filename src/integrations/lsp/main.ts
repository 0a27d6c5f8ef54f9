/**
 * `policylint lsp --stdio` and `policylint-lsp`: the language server's entry, bundled on its own
 * as dist/lsp.js so the CLI never loads it. Speaks LSP over stdin/stdout; logs go to stderr.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export function runLsp(args: string[] = process.argv.slice(2)): void {
  const other = args.find((a) => /^--(node-ipc|socket|pipe)/.test(a));
  if (other) {
    process.stderr.write(`policylint lsp: only --stdio is supported (got ${other})\n`);
    process.exitCode = 2;
    return;
  }
  // stdout carries the protocol: anything printed with console.log would corrupt it.
  console.log = console.info = (...a: unknown[]) => process.stderr.write(a.map(String).join(' ') + '\n');
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  startServer(connection);
}
