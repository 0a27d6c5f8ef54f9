/**
 * Rule packs on disk: the built-in rules/ folder and any folders a configuration names. Pack
 * descriptions are read up front (they are tiny); a pack's rule files are read, validated and
 * compiled only when the pack is enabled for some file. Built-in files the build validated, byte
 * for byte, are not validated again (snapshot.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePack, validateRule } from '../generated/validators.js';
import { describeErrors } from '../config/errors.js';
import type { Phrase } from '../analysis/phrase.js';
import { compileStatement, type Statement } from '../analysis/frames.js';
import { loadRuleSnapshot, validatedAtBuild } from './snapshot.js';
import { readJson } from './read-json.js';
import { compilePhraseList, compileRule, RuleError, type CompiledRule } from './compile.js';
import { compareCodeUnits } from '../order.js';
import type { PackFile, RuleFile } from './types.js';
import { loadFacts, type CompiledFact } from '../profile/facts.js';
import { loadDocuments, type CompiledDocuments } from '../profile/kind.js';

export { RuleError };

export interface Pack {
  meta: PackFile;
  dir: string;
  /** Phrases that name the law. */
  detect: Phrase[];
  /** Phrases that show the policy addresses the law's people (pack.json "address"). */
  address: { phrases: Phrase[]; statements: Statement[]; headings: Phrase[]; namedUnder: Phrase[]; vocabulary: Phrase[]; vocabularyUnlessFacts: string[]; otherLaws: Phrase[]; exclude: Phrase[]; headingsOtherLaws: Phrase[] };
  rules?: CompiledRule[];
}

let builtinDir: string | undefined;

/** The rules/ folder that ships with policylint: found upwards from this module (src/ or dist/), once. */
export function builtinRulesDir(): string {
  if (builtinDir) return builtinDir;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'rules', 'schema.json'))) return (builtinDir = path.join(dir, 'rules'));
    const parent = path.dirname(dir);
    if (parent === dir) throw new RuleError('cannot find the built-in rules/ folder');
    dir = parent;
  }
}

export class Registry {
  readonly packs = new Map<string, Pack>();
  private byRule = new Map<string, CompiledRule>();
  private scannedRoots = new Set<string>();
  private readonly builtin = builtinRulesDir() + path.sep;

  constructor(roots: string[] = [builtinRulesDir()]) {
    loadRuleSnapshot(this.builtin);
    for (const r of roots) this.addRoot(r);
  }

  /** A folder holding <pack>/pack.json folders. */
  addRoot(root: string): void {
    const abs = path.resolve(root);
    if (this.scannedRoots.has(abs)) return;
    this.scannedRoots.add(abs);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch {
      throw new RuleError(`${abs}: rule pack folder not found`);
    }
    for (const e of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
      const packFile = path.join(abs, e.name, 'pack.json');
      if (!e.isDirectory() || !fs.existsSync(packFile)) continue;
      const { text, data: meta } = readJson(packFile);
      if (!validatedAtBuild(packFile, text) && !validatePack(meta)) throw new RuleError(`${packFile}: invalid pack ${describeErrors(validatePack.errors)}`);
      const pack = meta as PackFile;
      if (pack.name !== e.name) throw new RuleError(`${packFile}: pack name "${pack.name}" must match its folder "${e.name}"`);
      if (this.packs.has(pack.name)) throw new RuleError(`${packFile}: a pack named "${pack.name}" is already loaded from ${this.packs.get(pack.name)!.dir}`);
      const compile = (list: string[] | undefined, where: string) => compilePhraseList(list, where, packFile);
      const a = pack.address ?? {};
      const address = {
        phrases: compile(a.phrases, 'address.phrases'),
        statements: (a.statements ?? []).map((st, i) => compileStatement(st, compile, `address.statements[${i}]`)),
        headings: compile(a.headings, 'address.headings'),
        namedUnder: compile(a.namedUnder, 'address.namedUnder'),
        vocabulary: compile(a.vocabulary, 'address.vocabulary'),
        vocabularyUnlessFacts: a.vocabularyUnlessFacts ?? [],
        otherLaws: compile(a.otherLaws, 'address.otherLaws'),
        exclude: compile(a.exclude, 'address.exclude'),
        headingsOtherLaws: compile(a.headingsOtherLaws, 'address.headingsOtherLaws'),
      };
      this.packs.set(pack.name, { meta: pack, dir: path.join(abs, e.name), detect: compile(pack.detect, 'detect'), address });
    }
  }

  private _documents?: CompiledDocuments;
  /** How documents are told apart (rules/documents.json), read once. */
  documents(): CompiledDocuments {
    return (this._documents ??= loadDocuments(path.join(builtinRulesDir(), 'documents.json')));
  }

  private _facts?: CompiledFact[];
  /** The built-in document facts (rules/facts.json), read once. */
  facts(): CompiledFact[] {
    return (this._facts ??= loadFacts(path.join(builtinRulesDir(), 'facts.json')));
  }

  /** Reads, validates and compiles a pack's rules once. */
  rules(packName: string): CompiledRule[] {
    const pack = this.packs.get(packName);
    if (!pack) throw new RuleError(`unknown rule pack "${packName}" (known: ${[...this.packs.keys()].join(', ')})`);
    if (!pack.rules) {
      const files = fs.readdirSync(pack.dir).filter((f) => f.endsWith('.json') && f !== 'pack.json').sort();
      pack.rules = files.map((f) => {
        const file = path.join(pack.dir, f);
        const { text, data } = readJson(file);
        if (!validatedAtBuild(file, text) && !validateRule(data)) throw new RuleError(`${file}: invalid rule ${describeErrors(validateRule.errors)}`);
        const rule = data as RuleFile;
        const expected = `${packName}/${f.slice(0, -5)}`;
        if (rule.id !== expected) throw new RuleError(`${file}: at id: rule id "${rule.id}" must be "${expected}" (pack folder / file name)`);
        const compiled = compileRule(rule, packName, file, !file.startsWith(this.builtin));
        compiled.evidence.ownSections = pack.address.headings;
        this.byRule.set(rule.id, compiled);
        return compiled;
      });
    }
    return pack.rules;
  }

  rule(id: string): CompiledRule | undefined {
    const pack = id.split('/')[0];
    if (this.packs.has(pack)) this.rules(pack);
    return this.byRule.get(id);
  }

  /** Does a rule id name a rule that exists (loading its pack if needed)? */
  hasRule(id: string): boolean {
    return this.rule(id) !== undefined;
  }

  private _retired?: Map<string, string>;
  /** Why a built-in rule was removed (rules/retired.json), if it was: configurations may still name it. */
  retired(id: string): string | undefined {
    if (!this._retired) {
      const { data } = readJson(path.join(builtinRulesDir(), 'retired.json'));
      this._retired = new Map(((data as { rules?: Array<{ id: string; reason: string }> }).rules ?? []).map((r) => [r.id, r.reason]));
    }
    return this._retired.get(id);
  }

  /** Rules of the packs loaded so far (no loading). */
  allRulesLoaded(): CompiledRule[] {
    return [...this.packs.values()].flatMap((p) => p.rules ?? []);
  }

  allRules(): CompiledRule[] {
    return [...this.packs.keys()].flatMap((p) => this.rules(p));
  }
}
