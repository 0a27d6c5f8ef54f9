/**
 * Wires the language server: document sync, debounced linting, diagnostics, code actions, hover
 * and commands. All linting goes through DocumentLinter (lintSource, the CLI's config lookup).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../lint.js';
import { explainRule } from '../../cli/explain.js';
import { toDiagnostics, problemDiagnostic } from './diagnostics.js';
import { DocumentLinter, isConfigFile, type DocumentLint } from './documents.js';
import { codeActions, FIX_ALL_KIND } from './codeActions.js';
import { COMMANDS, coverageReport, uriArgument } from './commands.js';

declare const POLICYLINT_VERSION: string;
const VERSION = typeof POLICYLINT_VERSION === 'string' ? POLICYLINT_VERSION : '0.0.0-dev';

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
  const linter = new DocumentLinter(() => workspaceDirs[0] ?? process.cwd(), options);
  const timers = new Map<string, NodeJS.Timeout>();
  const shownProblems = new Set<string>();
  let active: string | undefined;

  function publish(state: DocumentLint | null, uri: string): Diagnostic[] {
    let diagnostics: Diagnostic[] = [];
    if (state?.problem) {
      diagnostics = [problemDiagnostic(state.problem.message, state.problem.kind === 'input' ? 3 : 1)];
      // A broken configuration affects every file: say it once as a window message as well.
      if (state.problem.kind !== 'input' && !shownProblems.has(state.problem.message)) {
        shownProblems.add(state.problem.message);
        void connection.sendNotification('window/showMessage', { type: MessageType.Error, message: `policylint: ${state.problem.message}` });
      }
      if (state.problem.kind === 'internal') connection.console.error(state.problem.message);
    } else if (state?.result) diagnostics = toDiagnostics(state.result.messages, uri, state.text);
    void connection.sendDiagnostics({ uri, version: state?.version, diagnostics });
    return diagnostics;
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
    if (!state?.result) return null;
    const { line, character } = params.position;
    const hits = toDiagnostics(state.result.messages, params.textDocument.uri, state.text).filter((d, i) => {
      const r = d.range;
      const within = (line > r.start.line || (line === r.start.line && character >= r.start.character)) && (line < r.end.line || (line === r.end.line && character <= r.end.character));
      return within && state.result!.messages[i].ruleId;
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

  function lintWorkspace() {
    const roots = workspaceDirs.length ? workspaceDirs : [process.cwd()];
    let files = 0;
    let errors = 0;
    let warnings = 0;
    const problems: string[] = [];
    for (const root of roots) {
      const run = lint(['.'], { cwd: root, now: options.now });
      problems.push(...run.problems);
      for (const r of run.results) {
        files++;
        const uri = pathToFileURL(r.filePath).href;
        if (documents.get(uri)) {
          // An open buffer may differ from the disk: lint what the writer sees.
          const state = lintNow(uri);
          errors += state?.result?.errorCount ?? 0;
          warnings += state?.result?.warningCount ?? 0;
          continue;
        }
        errors += r.errorCount;
        warnings += r.warningCount;
        void connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(r.messages, uri, r.source ?? '') });
      }
    }
    const summary = `policylint: ${files} file${files === 1 ? '' : 's'} linted, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${problems.length ? `, ${problems.length} could not be linted` : ''}`;
    void connection.sendNotification('window/showMessage', { type: problems.length ? MessageType.Warning : MessageType.Info, message: summary });
    return { files, errors, warnings, problems, roots: roots.map((r) => path.resolve(r)) };
  }

  documents.listen(connection);
  connection.listen();
}
