/**
 * Facts about the author and the service that decide which laws and requirements reach a document
 * (rules/facts.json): configured facts win; the text can establish a fact (a statement or phrase,
 * not defeated by an `unless` statement or an `unlessPhrases` phrase anywhere), never deny one.
 */
import path from 'node:path';
import { validateFacts } from '../generated/validators.js';
import type { Phrase } from '../analysis/phrase.js';
import { compileStatement, findAnyStatement, type Statement, type StatementSpec } from '../analysis/frames.js';
import { compilePhraseList, compileRegex } from '../rules/compile.js';
import type { TextPattern } from '../rules/regex.js';
import { readValidated } from '../rules/read-json.js';
import { clip, type CheckContext } from '../rules/context.js';
import type { FactValue } from './model.js';
import type { Sentence } from '../sections/model.js';
import type { Evidence } from '../types.js';

interface FactSpec {
  name: string;
  title: string;
  description: string;
  statements?: StatementSpec[];
  phrases?: string[];
  exclude?: string[];
  unless?: StatementSpec[];
  unlessPhrases?: string[];
  sourcePattern?: string;
}

export interface CompiledFact {
  spec: FactSpec;
  statements: Statement[];
  phrases: Phrase[];
  exclude: Phrase[];
  unless: Statement[];
  unlessPhrases: Phrase[];
  source?: TextPattern;
}

function compiler(file: string, name: string) {
  return (list: string[] | undefined, where: string): Phrase[] => compilePhraseList(list, `${name}.${where}`, file);
}

/** Reads, validates and compiles a facts file. */
export function loadFacts(file: string): CompiledFact[] {
  const data = readValidated(file, validateFacts, 'facts');
  return (data as { facts: FactSpec[] }).facts.map((spec) => {
    const compile = compiler(path.basename(file), spec.name);
    return {
      spec,
      statements: (spec.statements ?? []).map((st, i) => compileStatement(st, compile, `statements[${i}]`)),
      phrases: compile(spec.phrases, 'phrases'),
      exclude: compile(spec.exclude, 'exclude'),
      unless: (spec.unless ?? []).map((st, i) => compileStatement(st, compile, `unless[${i}]`)),
      unlessPhrases: compile(spec.unlessPhrases, 'unlessPhrases'),
      source: spec.sourcePattern === undefined ? undefined : compileRegex(spec.sourcePattern, false, `${spec.name}.sourcePattern`, path.basename(file), true),
    };
  });
}

/** The facts that hold for this document: every configured one, and those the text establishes. */
export function decideFacts(facts: CompiledFact[], ctx: CheckContext, configured: Record<string, unknown>): Map<string, FactValue> {
  const out = new Map<string, FactValue>();
  const titles = new Map(facts.map((f) => [f.spec.name, f.spec.title]));
  for (const [name, value] of Object.entries(configured)) out.set(name, { name, title: titles.get(name) ?? name, value, source: 'config' });
  for (const fact of facts) {
    if (out.has(fact.spec.name)) continue;
    const inSource = fact.source?.exec(ctx.doc.source, 0);
    if (inSource) {
      const line = ctx.sourceLine(inSource[0]);
      out.set(fact.spec.name, { name: fact.spec.name, title: fact.spec.title, value: true, source: 'text', evidence: { ...line, text: clip(line.text, 160) } });
      continue;
    }
    const said = findAnyStatement(ctx.index, fact.statements, ctx.prose);
    const excluded = fact.exclude.length > 0 ? ctx.index.matching(fact.exclude, ctx.prose) : null;
    const phrase = fact.phrases.length > 0 ? ctx.index.firstAffirmed(fact.phrases, (s) => ctx.prose(s) && !excluded?.has(s.index)) : null;
    const first = said && (!phrase || said.sentence.index <= phrase.sentence.index) ? said.sentence : phrase?.sentence;
    if (!first) continue;
    if (fact.unless.length > 0 && findAnyStatement(ctx.index, fact.unless, ctx.prose)) continue;
    // A word anywhere, a heading or a table cell included, defeats it: "Legitimate interests | analytics".
    if (fact.unlessPhrases.length > 0 && ctx.index.matching(fact.unlessPhrases, () => true).size > 0) continue;
    out.set(fact.spec.name, { name: fact.spec.name, title: fact.spec.title, value: true, source: 'text', evidence: withLeadIn(ctx, first) });
  }
  return out;
}

/** A list item is quoted with its lead-in: "We never collect: any personal information", not the item alone. */
function withLeadIn(ctx: CheckContext, s: Sentence): Evidence {
  const e = ctx.evidenceOf(s);
  return s.leadIn ? { ...e, text: clip(`${s.leadIn.text} ${e.text}`, 160) } : e;
}
