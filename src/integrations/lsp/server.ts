/**
 * Wires the language server: document sync, debounced linting, diagnostics, code actions, hover
 * and commands. All linting goes through DocumentLinter (the CLI's Linter and config lookup).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { explainRule } from '../../cli/explain.js';
import { toDiagnostics } from './diagnostics.js';
import { DocumentLinter, isConfigFile, type DocumentLint } from './documents.js';
import { codeActions, FIX_ALL_KIND } from './codeActions.js';
import { COMMANDS, coverageReport, uriArgument } from './commands.js';
import { VERSION } from '../../version.js';

export const DEBOUNCE_MS = 300;

interface InitOptions {
  /** Reference date for date rules (YYYY-MM-DD), for reproducible results. */
  now?: string;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let workspaceDirs: string[] = [];
  let canWatchFiles = false;
  let options: InitOptions = {};
  const roots = () => (workspaceDirs.length ? workspaceDirs : [process.cwd()]);
  const linter = new DocumentLinter(roots, options);
  const timers = new Map<string, NodeJS.Timeout>();
  const shownProblems = new Set<string>();
  let active: string | undefined;

  function publish(state: DocumentLint | null, uri: string): void {
    if (state?.problem) {
      // A broken configuration affects every file: say it once as a window message as well.
      if (state.problem.kind !== 'input' && !shownProblems.has(state.problem.message)) {
        shownProblems.add(state.problem.message);
        void connection.sendNotification('window/showMessage', { type: MessageType.Error, message: `policylint: ${state.problem.message}` });
      }
      if (state.problem.kind === 'internal') connection.console.error(state.problem.message);
    }
    void connection.sendDiagnostics({ uri, version: state?.version, diagnostics: state?.diagnostics ?? [] });
  }

  function lintNow(uri: string): DocumentLint | null {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return null;
    const state = linter.lint(doc);
    publish(state, uri);
    return state;
  }

  function lintLater(uri: string): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(uri, setTimeout(() => lintNow(uri), DEBOUNCE_MS));
  }

  function relintAll(): void {
    linter.reset();
    shownProblems.clear();
    for (const doc of documents.all()) lintNow(doc.uri);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    options = (params.initializationOptions as InitOptions | undefined) ?? {};
    linter.setOptions(options);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceDirs = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    canWatchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: 'policylint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.policylintrc.json' }, { globPattern: '**/policylint.config.json' }, { globPattern: '**/package.json' }, { globPattern: '**/pack.json' }],
      });
    }
  });

  documents.onDidOpen((e) => {
    active = e.document.uri;
    lintNow(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    active = e.document.uri;
    // onDidChangeContent also fires on open, which was just linted.
    if (linter.last.get(e.document.uri)?.version === e.document.version) return;
    lintLater(e.document.uri);
  });
  documents.onDidSave((e) => {
    if (isConfigFile(e.document.uri)) relintAll();
    else lintNow(e.document.uri);
  });
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    linter.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // Configuration (or a rule pack) changed on disk: drop the cached configs and lint again.
  connection.onDidChangeWatchedFiles(() => relintAll());

  connection.onCodeAction((params) => {
    const state = linter.last.get(params.textDocument.uri);
    if (!state || state.version !== documents.get(params.textDocument.uri)?.version) return [];
    return codeActions(state, params.textDocument.uri, params.context.diagnostics, params.context.only);
  });

  connection.onHover((params) => {
    const state = linter.last.get(params.textDocument.uri);
    if (!state) return null;
    const { line, character } = params.position;
    // Only findings of a rule have a code; the diagnostics are the ones published for this lint.
    const hits = state.diagnostics.filter((d) => {
      const r = d.range;
      const within = (line > r.start.line || (line === r.start.line && character >= r.start.character)) && (line < r.end.line || (line === r.end.line && character <= r.end.character));
      return within && d.code !== undefined;
    });
    const ids = [...new Set(hits.map((d) => String(d.code)))];
    if (ids.length === 0) return null;
    const registry = linter.registryFor(params.textDocument.uri);
    const parts = ids.map((id) => {
      const rule = registry?.rule(id);
      return rule ? '```text\n' + explainRule(rule) + '```' : `**${id}**`;
    });
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
  });

  connection.onExecuteCommand((params) => {
    const uri = uriArgument(params.arguments, active);
    switch (params.command) {
      case COMMANDS.lintDocument: {
        if (!uri) return { error: 'no document to lint' };
        const state = lintNow(uri);
        return state?.result ? { uri, errors: state.result.errorCount, warnings: state.result.warningCount } : { uri, error: state?.problem?.message ?? 'not a policy document' };
      }
      case COMMANDS.showCoverage: {
        if (!uri) return { error: 'no document to report on' };
        const state = documents.get(uri) ? lintNow(uri) : linter.last.get(uri);
        if (!state) return { uri, error: 'not a policy document' };
        const report = coverageReport(state);
        connection.console.log(report.text);
        return report;
      }
      case COMMANDS.lintWorkspace:
        return lintWorkspace();
      default:
        throw new Error(`unknown command ${params.command}`);
    }
  });

  /** Lints every policy under each workspace folder: open buffers as the writer sees them, other files from disk. */
  function lintWorkspace() {
    let files = 0;
    let errors = 0;
    let warnings = 0;
    const problems: string[] = [];
    for (const root of roots()) {
      const folder = linter.linterFor(root);
      const plan = folder.plan(['.']);
      problems.push(...plan.problems);
      for (const file of plan.files) {
        const uri = pathToFileURL(file).href;
        let result;
        if (documents.get(uri)) {
          const state = lintNow(uri);
          result = state?.result;
          if (state?.problem) problems.push(state.problem.message);
        } else {
          const outcome = folder.lintFile(file);
          result = outcome.result;
          problems.push(...outcome.problems);
          if (result) void connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(result.messages, uri, result.source ?? '') });
        }
        if (!result) continue;
        files++;
        errors += result.errorCount;
        warnings += result.warningCount;
      }
    }
    const summary = `policylint: ${files} file${files === 1 ? '' : 's'} linted, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${problems.length ? `, ${problems.length} could not be linted` : ''}`;
    void connection.sendNotification('window/showMessage', { type: problems.length ? MessageType.Warning : MessageType.Info, message: summary });
    return { files, errors, warnings, problems, roots: roots().map((r) => path.resolve(r)) };
  }

  documents.listen(connection);
  connection.listen();
}
