/**
 * The language server over stdio, as an editor sees it: `node bin/policylint.js lsp --stdio`,
 * spoken to with LSP's Content-Length framing written out by hand.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, tmpDir } from './helpers.js';

interface Message {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: { message: string };
}

class Client {
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  readonly notifications: Message[] = [];
  private listeners: Array<() => void> = [];
  stderr = '';
  exitCode: Promise<number | null>;

  constructor(args: string[], script = path.join(ROOT, 'bin/policylint.js')) {
    this.proc = spawn(process.execPath, [script, ...args], { cwd: ROOT });
    this.proc.stdout.on('data', (d: Buffer) => this.receive(d));
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exitCode = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())![1]);
      if (this.buffer.length < end + 4 + length) return;
      const msg = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (msg.id !== undefined && msg.method) this.write({ id: msg.id, result: null }); // server → client request
      else if (msg.id !== undefined) this.pending.get(msg.id)?.(msg);
      else {
        this.notifications.push(msg);
        for (const l of this.listeners) l();
      }
    }
  }

  private write(m: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...m });
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method: string, params?: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      this.write({ id, method, params });
    });
  }

  notify(method: string, params?: unknown): void {
    this.write({ method, params });
  }

  /** The first notification after index `from` that matches, or a rejection after `ms`. */
  waitFor(pred: (m: Message) => boolean, from = 0, ms = 10000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.notifications.slice(from).find(pred);
        if (hit) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((l) => l !== check);
          resolve(hit);
        }
      };
      const timer = setTimeout(() => reject(new Error(`no matching notification within ${ms} ms; stderr: ${this.stderr}`)), ms);
      this.listeners.push(check);
      check();
    });
  }

  /** Diagnostics published for `uri` (at `version`, if given) after index `from`. */
  async diagnostics(uri: string, from: number, version?: number): Promise<any[]> {
    const m = await this.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && (version === undefined || n.params.version === version), from);
    return m.params.diagnostics;
  }

  published(uri: string, from = 0): Message[] {
    return this.notifications.slice(from).filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
  }

  get mark(): number {
    return this.notifications.length;
  }

  kill(): void {
    this.proc.kill();
  }
}

const POLICY = `# Privacy Policy

Orchard Loop Ltd runs the planner app at orchardloop.example and [COMPANY NAME] hosts it.

Last updated: May 4, 2026.

## Data we collect

We collect your name, e-mail address and the tasks you enter.

## How we use it

We use your e-mail address to send reminders and security alerts.

## Sharing

We share data only with our hosting provider, which processes it for us.

## Retention

We keep your tasks while your account is open and delete them within 30 days after you close it.

## Security

We encrypt data in transit and at rest.

## Your rights

You can access, correct or delete your data from the settings page.

## Children

The app is not directed to children under 13.

## Cookies

We use one cookie to keep you signed in.

## Changes

We may update this policy and will tell you of material changes by e-mail.

## Contact

Write to us at privacy@orchardloop.example.
`;

const codes = (ds: any[]) => ds.map((d) => [d.code, d.range.start.line]);

/** Applies LSP text edits (single-line positions are enough for these tests) to a text. */
function applyEdits(text: string, edits: any[]): string {
  const offset = (p: { line: number; character: number }) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('language server over stdio', () => {
  let client: Client;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  let version = 1;
  const open = (name: string, text: string, languageId = 'markdown') => {
    const uri = uriOf(name);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  };
  /** Opens a text and asks for the code actions on its finding of `rule`. */
  const actionsOn = async (name: string, text: string, rule: string) => {
    const from = client.mark;
    const uri = open(name, text);
    const ds = await client.diagnostics(uri, from);
    const d = ds.find((x: any) => x.code === rule);
    expect(d).toBeDefined();
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    return { uri, ds, actions };
  };
  const replace = (uri: string, text: string) => {
    version++;
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  };

  beforeAll(async () => {
    dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'PRIVACY.md'), POLICY);
    fs.mkdirSync(path.join(dir, 'team'));
    fs.writeFileSync(path.join(dir, 'team', '.policylintrc.json'), JSON.stringify({ rules: { 'draft/placeholder': 'off' } }));
    fs.mkdirSync(path.join(dir, 'broken'));
    fs.writeFileSync(path.join(dir, 'broken', '.policylintrc.json'), '{ "rules": ');
    fs.writeFileSync(path.join(dir, 'broken', 'privacy.md'), POLICY);
    client = new Client(['lsp', '--stdio']);
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { now: '2026-11-23' },
    });
    expect(init.serverInfo.name).toBe('policylint');
    expect(init.capabilities.executeCommandProvider.commands).toEqual(['policylint.lintDocument', 'policylint.lintWorkspace', 'policylint.showCoverage']);
    expect(init.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.policylint']);
    client.notify('initialized', {});
  });

  afterAll(() => client?.kill());

  it('publishes diagnostics on open: rule id as code, docs link, citation in the message, the line', async () => {
    const from = client.mark;
    const uri = open('PRIVACY.md', POLICY);
    const ds = await client.diagnostics(uri, from);
    expect(codes(ds)).toEqual([['draft/placeholder', 2]]);
    expect(ds[0]).toMatchObject({
      severity: 1,
      source: 'policylint',
      range: { start: { line: 2, character: 65 }, end: { line: 2, character: 79 } },
      codeDescription: { href: 'https://github.com/policylint/policylint/blob/main/docs/rules/draft/placeholder.md' },
    });
    expect(ds[0].message).toBe('Template placeholder "[COMPANY NAME]" is still in the policy. (FTC Act §5 (15 U.S.C. §45); GDPR Art. 12(1))');
  });

  it('hover over a diagnostic explains the rule', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf('PRIVACY.md') }, position: { line: 2, character: 70 } });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('draft/placeholder: ');
    expect(hover.contents.value).toContain('Citation:  FTC Act §5');
    expect(await client.request('textDocument/hover', { textDocument: { uri: uriOf('PRIVACY.md') }, position: { line: 8, character: 3 } })).toBeNull();
  });

  it('"Disable RULE for this line" inserts the directive above, which silences the finding', async () => {
    const uri = uriOf('PRIVACY.md');
    const ds = await client.diagnostics(uri, 0);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: ds } });
    const disable = actions.find((a: any) => a.title === 'Disable draft/placeholder for this line');
    expect(disable.edit.changes[uri]).toEqual([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- policylint-disable-next-line draft/placeholder -->\n' }]);
    const from = client.mark;
    const v = replace(uri, applyEdits(POLICY, disable.edit.changes[uri]));
    expect(codes(await client.diagnostics(uri, from, v))).toEqual([]);
  });

  it('didChange is debounced: three quick edits give one lint of the last version', async () => {
    const uri = uriOf('PRIVACY.md');
    const from = client.mark;
    replace(uri, POLICY.replace('[COMPANY NAME]', 'Hostwell'));
    replace(uri, POLICY.replace('[COMPANY NAME]', 'Hostwell GmbH'));
    const last = replace(uri, POLICY);
    const ds = await client.diagnostics(uri, from, last);
    await new Promise((r) => setTimeout(r, 500));
    expect(client.published(uri, from).map((n) => n.params.version)).toEqual([last]);
    expect(codes(ds)).toEqual([['draft/placeholder', 2]]);
  });

  it('didSave lints again (nothing changed, so only the save can trigger it)', async () => {
    const uri = uriOf('PRIVACY.md');
    const from = client.mark;
    client.notify('textDocument/didSave', { textDocument: { uri } });
    expect(codes(await client.diagnostics(uri, from, version))).toEqual([['draft/placeholder', 2]]);
  });

  it('"Insert a section for the missing disclosure" adds the rule\'s wording, which satisfies it', async () => {
    const text = POLICY.replace('## Security\n\nWe encrypt data in transit and at rest.\n\n', '');
    const { uri, actions } = await actionsOn('privacy-no-security.md', text, 'common/security');
    const insert = actions.find((a: any) => a.title === 'Insert a section for the missing disclosure (common/security)');
    const edits = insert.edit.changes[uri];
    expect(edits).toHaveLength(1);
    expect(edits[0].newText).toMatch(/^\n## .+\n\nWe encrypt data in transit and at rest and limit staff access\.\n$/);
    const after = client.mark;
    const v = replace(uri, applyEdits(text, edits));
    expect(codes(await client.diagnostics(uri, after, v)).map(([c]) => c)).not.toContain('common/security');
  });

  it('on a missing disclosure, "Disable RULE for this file" inserts a directive that silences it, and only it', async () => {
    const text = POLICY.replace('## Security\n\nWe encrypt data in transit and at rest.\n\n', '');
    const { uri, ds, actions } = await actionsOn('privacy-disable-missing.md', text, 'common/security');
    const disable = actions.find((a: any) => a.title === 'Disable common/security for this file');
    expect(disable.edit.changes[uri][0].newText).toBe('<!-- policylint-disable common/security -->\n');
    const after = client.mark;
    const v = replace(uri, applyEdits(text, disable.edit.changes[uri]));
    const left = codes(await client.diagnostics(uri, after, v)).map(([c]) => c);
    expect(left).not.toContain('common/security');
    expect(left.sort()).toEqual(ds.map((d: any) => d.code).filter((c: string) => c !== 'common/security').sort());
  });

  it('a suggestion with blanks is inserted with visible [blanks] that stay reported', async () => {
    const text = POLICY.replace('## Contact\n\nWrite to us at privacy@orchardloop.example.\n', '').replace('[COMPANY NAME]', 'Hostwell');
    const { uri, actions } = await actionsOn('privacy-no-contact.md', text, 'common/contact');
    const insert = actions.find((a: any) => a.title === 'Insert a section for the missing disclosure (common/contact)');
    expect(insert.edit.changes[uri][0].newText).toContain('Questions about this policy: privacy@[domain], [postal address].');
    const after = client.mark;
    const fixedText = applyEdits(text, insert.edit.changes[uri]);
    const line = fixedText.split('\n').findIndex((l) => l.startsWith('Questions about this policy'));
    const v = replace(uri, fixedText);
    expect(codes(await client.diagnostics(uri, after, v)).filter(([c]) => c === 'draft/placeholder')).toEqual([
      ['draft/placeholder', line],
      ['draft/placeholder', line],
    ]);
  });

  it('fix-all removes an unused directive (a safe fix)', async () => {
    const text = POLICY.replace('[COMPANY NAME]', 'Hostwell').replace('## Sharing\n', '## Sharing\n\n<!-- policylint-disable-next-line common/retention -->\n');
    const from = client.mark;
    const uri = open('privacy-unused.md', text);
    const ds = await client.diagnostics(uri, from);
    expect(ds.map((d: any) => [d.code ?? null, d.severity, d.range.start.line])).toEqual([[null, 2, 16]]);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(actions.map((a: any) => [a.title, a.kind])).toEqual([['Fix all safe policylint problems (1)', 'source.fixAll.policylint']]);
    const after = client.mark;
    const v = replace(uri, applyEdits(text, actions[0].edit.changes[uri]));
    expect(await client.diagnostics(uri, after, v)).toEqual([]);
  });

  it('plain text has no comment syntax: the disable action is offered disabled, with the reason', async () => {
    const text = 'PRIVACY POLICY\n\nAcme Ltd runs this site. Contact privacy@acme.example.\n';
    const from = client.mark;
    const uri = open('privacy.txt', text, 'plaintext');
    const ds = await client.diagnostics(uri, from);
    const placeholder = ds.find((d: any) => d.code === 'draft/placeholder');
    expect(placeholder.range.start.line).toBe(2);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: placeholder.range, context: { diagnostics: [placeholder] } });
    const disable = actions.find((a: any) => a.title === 'Disable draft/placeholder for this line');
    expect(disable.edit).toBeUndefined();
    expect(disable.disabled.reason).toMatch(/^plain text has no comment syntax/);
  });

  it('a plain-text buffer written in Markdown is read as Markdown, as the command line reads the file', async () => {
    const text = '# Privacy\n\nAcme Ltd keeps your user ID.\n\n## Contact\n\nQuestions:\n**@acmebot_team**\n';
    const from = client.mark;
    const uri = open('privacy-md.txt', text, 'plaintext');
    const codes = (await client.diagnostics(uri, from)).map((d: any) => d.code);
    // Linted (its other gaps are reported), and its contact section read as one.
    expect(codes).toContain('common/retention');
    expect(codes).not.toContain('common/contact');
  });

  it('showCoverage returns what was found for each requirement, with evidence lines', async () => {
    const uri = uriOf('PRIVACY.md');
    const report = await client.request('workspace/executeCommand', { command: 'policylint.showCoverage', arguments: [uri] });
    const retention = report.coverage.find((c: any) => c.requirement === 'common/retention');
    expect(retention.status).toBe('present');
    expect(retention.evidence.map((e: any) => e.line)).toContain(21);
    expect(report.text).toContain('present        common/retention');
    expect(report.text).toContain('    line 21: We keep your tasks while your account is open');
    expect(report.counts.missing).toBe(0);
  });

  it('lintWorkspace lints the files on disk and publishes their diagnostics', async () => {
    fs.writeFileSync(path.join(dir, 'team', 'privacy-terms.md'), '# Privacy\n\nTODO: write this.\n');
    // Not a policy by name: neither linted nor counted.
    fs.writeFileSync(path.join(dir, 'README.md'), '# Notes\n\nContact [NAME] at privacy@YOUR_DOMAIN.com.\n');
    const from = client.mark;
    const summary = await client.request('workspace/executeCommand', { command: 'policylint.lintWorkspace', arguments: [] });
    // PRIVACY.md, the open buffer: 1 error (its placeholder); team/privacy-terms.md: 4 errors and 6 warnings
    // (missing disclosures; its TODO is not reported, team's config turns draft/placeholder off).
    expect([summary.files, summary.errors, summary.warnings]).toEqual([2, 5, 6]);
    expect(summary.problems).toEqual([expect.stringContaining('broken')]);
    expect(client.published(uriOf('README.md'), from)).toEqual([]);
    const terms = await client.diagnostics(uriOf('team/privacy-terms.md'), from);
    expect(terms.map((d: any) => d.code)).toContain('common/contact');
    // The open buffer is linted as the writer sees it, not as it is on disk.
    expect(client.published(uriOf('PRIVACY.md'), from).length).toBe(1);
    const shown = await client.waitFor((n) => n.method === 'window/showMessage' && /files? linted/.test(n.params.message), from);
    expect(shown.params.message).toBe('policylint: 2 files linted, 5 errors, 6 warnings, 1 could not be linted');
  });

  it('reads the nearest config, and lints again when it changes', async () => {
    let from = client.mark;
    const uri = open('team/privacy.md', POLICY);
    expect(codes(await client.diagnostics(uri, from))).toEqual([]);
    fs.writeFileSync(path.join(dir, 'team', '.policylintrc.json'), JSON.stringify({ rules: { 'draft/placeholder': 'warn' } }));
    from = client.mark;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'team', '.policylintrc.json')).href, type: 2 }] });
    const ds = await client.diagnostics(uri, from);
    expect(ds.map((d: any) => [d.code, d.severity, d.range.start.line])).toEqual([['draft/placeholder', 2, 2]]);
  });

  it('an invalid config gives one diagnostic and one window message, and the server keeps going', async () => {
    const from = client.mark;
    const uri = open('broken/privacy.md', POLICY);
    const ds = await client.diagnostics(uri, from);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toMatch(/^policylint: .*\.policylintrc\.json: configuration is not valid JSON/);
    const shown = await client.waitFor((n) => n.method === 'window/showMessage', from);
    expect(shown.params.type).toBe(1);
    expect(shown.params.message).toContain('configuration is not valid JSON');
  });

  it('a README opened in the editor is not a policy: it gets no diagnostics unless the configuration names it; a new buffer does', async () => {
    let from = client.mark;
    const readme = open('README.md', '# Notes\n\nContact [NAME] at privacy@YOUR_DOMAIN.com.\n');
    expect(await client.diagnostics(readme, from)).toEqual([]);
    // A new buffer, not yet saved under any name, is linted.
    from = client.mark;
    const untitled = 'untitled:Untitled-1';
    client.notify('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'markdown', version: 1, text: '# Privacy\n\nContact us at privacy@YOUR_DOMAIN.com.\n' } });
    expect(codes(await client.diagnostics(untitled, from)).map(([code]) => code)).toContain('draft/placeholder');
    fs.writeFileSync(path.join(dir, 'team', '.policylintrc.json'), JSON.stringify({ files: ['NOTES.md'] }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'team', '.policylintrc.json')).href, type: 2 }] });
    from = client.mark;
    const notes = open('team/NOTES.md', '# Notes\n\nContact us at privacy@YOUR_DOMAIN.com.\n');
    expect(codes(await client.diagnostics(notes, from)).map(([code]) => code)).toContain('draft/placeholder');
  });

  it('a binary file and a huge document each get one explaining diagnostic', async () => {
    let from = client.mark;
    const bin = open('privacy-logo.md', 'PNG\u0000\u0001\u0002 not text');
    expect((await client.diagnostics(bin, from)).map((d: any) => d.message)).toEqual(['policylint: privacy-logo.md cannot be linted: the file is binary, not a policy in Markdown, text or HTML']);
    from = client.mark;
    const huge = open('privacy-huge.md', `# Privacy\n\n${'We collect data. '.repeat(30000)}\n`);
    const ds = await client.diagnostics(huge, from);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toBe('policylint: the document has 510012 characters, over the 400000 the editor lints; run policylint on the command line for this file');
    // Still serving requests.
    const report = await client.request('workspace/executeCommand', { command: 'policylint.lintDocument', arguments: [{ uri: uriOf('PRIVACY.md') }] });
    expect(report).toEqual({ uri: uriOf('PRIVACY.md'), errors: 1, warnings: 0 });
  });

  it('closing a document clears its diagnostics; shutdown and exit end the process with 0', async () => {
    const uri = uriOf('privacy-no-security.md');
    const from = client.mark;
    client.notify('textDocument/didClose', { textDocument: { uri } });
    expect(await client.diagnostics(uri, from)).toEqual([]);
    expect(await client.request('shutdown')).toBeNull();
    client.notify('exit');
    expect(await client.exitCode).toBe(0);
  });
});

describe('policylint-lsp bin', () => {
  it('refuses transports other than stdio with a message and exit code 2', async () => {
    const p = spawn(process.execPath, [path.join(ROOT, 'bin/policylint-lsp.js'), '--node-ipc'], { cwd: ROOT });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    const code = await new Promise((r) => p.on('exit', r));
    expect(code).toBe(2);
    expect(err).toBe('policylint lsp: only --stdio is supported (got --node-ipc)\n');
  });
});

describe('VS Code extension', () => {
  const ext = path.join(ROOT, 'editors/vscode');

  it('ships its own server: bundled into server/, it answers over stdio with the rules it ships', async () => {
    const built = tmpDir();
    const bundle = spawnSync(process.execPath, [path.join(ext, 'scripts/bundle.mjs'), built], { encoding: 'utf8' });
    expect([bundle.status, bundle.stderr]).toEqual([0, '']);
    // The client is one file that loads vscode from the editor and nothing from node_modules.
    const client = fs.readFileSync(path.join(built, 'out', 'extension.js'), 'utf8');
    expect(client).toContain('require("vscode")');
    expect(client).not.toMatch(/require\("vscode-languageclient/);
    const out = path.join(built, 'server');
    expect(fs.readdirSync(path.join(out, 'dist')).sort()).toEqual(expect.arrayContaining(['lsp.js', 'builtin-rules.json', 'html.cjs']));
    expect(fs.existsSync(path.join(out, 'dist', 'cli.cjs'))).toBe(false);
    const server = new Client(['--stdio'], path.join(out, 'main.js'));
    await server.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { now: '2026-11-23' } });
    server.notify('initialized', {});
    const uri = pathToFileURL(path.join(tmpDir(), 'PRIVACY.md')).href;
    const from = server.mark;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# Privacy\n\nContact us at privacy@YOUR_DOMAIN.com.\n' } });
    expect(codes(await server.diagnostics(uri, from)).map(([code]) => code)).toContain('draft/placeholder');
    server.kill();
  });

  it('packages with its licence and repository, and without its build script', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8'));
    expect(pkg.repository).toMatchObject({ url: 'https://github.com/policylint/policylint.git', directory: 'editors/vscode' });
    expect(pkg.scripts['vscode:prepublish']).toBe('node scripts/bundle.mjs');
    expect(pkg.main).toBe('./out/extension.js');
    expect(fs.readFileSync(path.join(ext, 'LICENSE'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'));
    expect(fs.readFileSync(path.join(ext, '.vscodeignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['scripts/**', 'node_modules/**']));
  });

  it('ships the same config schema the CLI validates against', () => {
    const ext = JSON.parse(fs.readFileSync(path.join(ROOT, 'editors/vscode/package.json'), 'utf8'));
    const schemaPath = ext.contributes.jsonValidation[0].url;
    expect(ext.contributes.jsonValidation.map((v: any) => v.fileMatch)).toEqual([['.policylintrc.json', 'policylint.config.json']]);
    expect(fs.readFileSync(path.join(ROOT, 'editors/vscode', schemaPath), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'src/config/schema.json'), 'utf8'));
    expect(ext.contributes.commands.map((c: any) => `${c.category}: ${c.title}`)).toEqual([
      'PolicyLint: Lint current document',
      'PolicyLint: Lint workspace',
      'PolicyLint: Show coverage report',
      'PolicyLint: Restart server',
    ]);
  });
});
