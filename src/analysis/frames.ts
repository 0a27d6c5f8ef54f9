/**
 * Frames: who does what to which data, read in one clause. A rule's trigger ("the policy sells
 * personal information") or a fact ("collects no personal data") is a statement, not a keyword:
 * "we do not and will not sell", "if we ever offer an incentive", "a 'Do Not Sell' link" and
 * "advertisers may collect" are not statements that we sell, offer or collect.
 *
 * A frame names a verb (phrases), optionally an object (read after an active verb, before a passive
 * one) and words that must follow the verb. Reading a match gives its subject (first party, user,
 * third party, unspecified), polarity (a negator between subject and verb, or "no"/"nothing" before a
 * passive verb's object), modality (the verb sits in, or after, a condition about us: "if we ever",
 * "should we", "in the event of") and whether an exception qualifies it ("except", "other than").
 */
import { matchPhraseIn, type Phrase } from './phrase.js';
import { entryOf, type Token } from './tokens.js';
import { contextTokens, type Block, type Sentence } from '../sections/model.js';
import { rowCells } from './tables.js';
import { isLeadIn } from '../parse/line-kinds.js';
import { inAddressRun } from './signals.js';

export type Actor = 'first-party' | 'user' | 'third-party' | 'unspecified';

export interface Frame {
  verbs: Phrase[];
  /** After an active verb, before a passive one, in the same clause. */
  objects: Phrase[];
  /** Words that must follow the verb in its clause ("for children"). */
  after: Phrase[];
  /**
   * Whose statement counts: 'first-party', the operator's (we, the app, or a subject that names no
   * one else); 'we', only a subject that names the operator ("we", "I", "the app"); 'any', anyone's.
   */
  subject: 'first-party' | 'we' | 'any';
}

export interface FrameReading {
  sentence: Sentence;
  /** Token indexes of the verb in the sentence's context tokens (lead-in first). */
  from: number;
  to: number;
  actor: Actor;
  negated: boolean;
  hypothetical: boolean;
  /** An exception qualifies the statement: "except with our processors, we do not share". */
  excepted: boolean;
  /** A question or title, not a statement: "What we collect", "How we use your data". */
  interrogative: boolean;
  /** Where the subject ends (a qualifier is looked for after it; before it for a passive verb). */
  subjectEnd: number;
  passive: boolean;
}

const SKIP = new Set([
  'do', 'does', 'did', 'may', 'might', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', 'have', 'has', 'had',
  'also', 'only', 'currently', 'ever', 'just', 'still', 'further', 'additionally', 'generally', 'typically', 'usually',
  'sometimes', 'occasionally', 'automatically', 'directly', 'actively', 'knowingly', 'intentionally', 'voluntarily',
  'otherwise', 'presently', 'routinely', 'regularly', 'then', 'already', 'always', 'both', 'either', 'not', 'never', 'no',
  'longer', 'nor', 'neither', 'and', 'or', 'to', 'need', 'needs', 'want', 'wants', 'intend', 'plan', 'choose', 'able',
  'unable', 'willing', 'allowed', 'permitted', 'going', 'try', 'seek', 'ourselves', 'themselves', 'hereby', 'therefore',
  'thus', 'solely', 'exclusively', 'primarily', 'mainly', 'explicitly', 'expressly', 'specifically', 'purposely',
  'deliberately', 'ordinarily', 'normally', 'in', 'any', 'way', 'absolutely',
  // "is not considered to be selling": the copula's negation reaches the verb.
  'considered', 'deemed', 'treated', 'regarded', 'as',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "isn't", "aren't", "wasn't", "weren't", 'get', 'gets', 'got', 'gotten']);
const FIRST = new Set(['we', 'us', 'our', 'i', 'me', 'my', "we'll", "we've", "we're", "we'd", "i'll", "i've", "i'm", "i'd", 'ourselves']);
// A subject naming the product ("the app does not collect") speaks for the operator.
const PRODUCT = new Set([
  'app', 'application', 'apps', 'extension', 'bot', 'service', 'services', 'site', 'website', 'websites', 'platform', 'software',
  'product', 'products', 'plugin', 'add-on', 'game', 'games', 'tool', 'company', 'team', 'developer', 'developers', 'operator',
  'organisation', 'organization', 'controller', 'business', 'it', 'notice', 'policy', 'statement',
]);
// "third-party services" tokenizes as "third", "party", "services": "party" stands for it. "The
// following services are used by the bot but do not receive" lists others' services.
const PLURAL_BE = new Set(['are', 'were']);
const PRONOUNS = new Set([...FIRST, 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);
const OTHERS = new Set(['these', 'those', 'other', 'external', 'third-party', 'party', 'partner', 'embedded', 'following']);
// People the policy is about: "any person located in the EU" is no statement of the operator's.
const USER = new Set([
  'you', 'your', 'user', 'users', 'visitor', 'visitors', 'customer', 'customers', 'member', 'members', 'consumer', 'consumers',
  'individual', 'individuals', 'parent', 'parents', "you'll", "you're", 'yourself', 'person', 'persons', 'people', 'anyone',
  'everyone', 'resident', 'residents', 'citizen', 'citizens',
]);
const THIRD = new Set([
  'they', 'them', 'third', 'parties', 'party', 'partner', 'partners', 'advertiser', 'advertisers', 'provider', 'providers', 'vendor',
  'vendors', 'network', 'networks', 'processor', 'processors', 'subprocessors', 'affiliate', 'affiliates', 'google', 'facebook',
  'meta', 'apple', 'microsoft', 'amazon', 'stripe', 'cloudflare', 'companies', 'who', 'which', 'others', 'brokers', 'sdks', 'sdk',
  'plugins', 'platforms', 'sites', 'browsers', 'browser', 'authorities', 'admob', 'firebase', 'github', 'discord', 'telegram',
]);
// Words that open a condition about what might happen ("if we ever", "should we", "in the event of").
const CONDITIONAL = new Set(['if', 'unless', 'whether', 'should', 'were', 'once', 'whenever']);
const EXCEPTION = ['except', 'excepting', 'other than', 'apart from', 'besides', 'beyond', 'save for', 'aside from', 'outside of', 'unless'];
// Nothing, none and no as a determiner negate a passive statement's subject ("no data is sold").
const NEGATING_DETERMINERS = new Set(['no', 'nothing', 'none', 'neither', 'nor', 'never']);
// "What we collect", "How we use it": a title or question (not "when", which opens a statement's condition).
const WH = new Set(['what', 'how', 'why', 'which', 'where', 'who', 'whom', 'whose']);
const NEGATING_OBJECT = new Set(['no', 'nothing', 'none', 'neither']);
// A verb listed with others ("collect, store, or share") shares their subject and negation.
const PRACTICE_VERBS = new Set([
  'collect', 'collects', 'store', 'stores', 'share', 'shares', 'sell', 'sells', 'rent', 'rents', 'trade', 'trades', 'transfer',
  'transfers', 'disclose', 'discloses', 'use', 'uses', 'process', 'processes', 'keep', 'keeps', 'retain', 'retains', 'track',
  'tracks', 'transmit', 'transmits', 'send', 'sends', 'receive', 'receives', 'access', 'accesses', 'gather', 'gathers', 'record',
  'records', 'log', 'logs', 'save', 'saves', 'analyze', 'analyse', 'monetize', 'lease', 'release', 'upload', 'profile', 'request',
  'requests', 'solicit', 'obtain', 'obtains', 'view', 'read', 'copy', 'publish', 'distribute', 'license', 'exchange', 'give',
  'provide', 'make', 'offer', 'require', 'ask', 'handle', 'monitor', 'see', 'touch', 'phone', 'home',
]);

// Statements of several rules and facts read the same sentences: their clauses are kept per sentence.
const clauseCache = new WeakMap<Sentence, { tokens: Token[]; starts: number[] }>();

/** Clause boundaries in a sentence's context tokens: before token i when one stands between i-1 and i. */
function clauseStarts(s: Sentence): { tokens: Token[]; starts: number[] } {
  let c = clauseCache.get(s);
  if (!c) clauseCache.set(s, (c = splitClauses(s)));
  return c;
}

function splitClauses(s: Sentence): { tokens: Token[]; starts: number[] } {
  const starts: number[] = [0];
  let base = 0;
  // The lead-in's tokens, then the sentence's (contextTokens); each part's offsets are in its own block.
  for (const part of s.leadIn ? [s.leadIn, s] : [s]) {
    const text = part.block.text;
    part.tokens.forEach((t, i) => {
      if (i === 0) return;
      const between = text.slice(part.tokens[i - 1].end, t.start);
      if (/[;!?]|\.\s|[–—]\s|\s-\s/.test(between) || CLAUSE_WORDS.has(t.lower)) starts.push(base + i);
    });
    base += part.tokens.length;
  }
  return { tokens: contextTokens(s), starts };
}
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet']);

function clauseOf(starts: number[], at: number, length: number): [number, number] {
  let from = 0;
  let to = length;
  for (const st of starts) {
    if (st <= at) from = st;
    else {
      to = st;
      break;
    }
  }
  return [from, to];
}

function classify(word: string): Actor | null {
  if (FIRST.has(word)) return 'first-party';
  if (USER.has(word)) return 'user';
  if (THIRD.has(word)) return 'third-party';
  if (PRODUCT.has(word)) return 'first-party';
  return null;
}

/** No clause break at any token in [from, to): one clause. */
function unbroken(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].clauseBreak) return false;
  return true;
}

/** Is the phrase (a list of words) at token i? */
function wordsAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.lower === w);
}

const EXCEPTION_WORDS = EXCEPTION.map((e) => e.split(' '));
const EXCEPTION_FIRST = new Set(EXCEPTION_WORDS.map((w) => w[0]));

function hasException(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!EXCEPTION_FIRST.has(tokens[i].lower)) continue;
    for (const words of EXCEPTION_WORDS) if (wordsAt(tokens, i, words)) return true;
  }
  return false;
}

/**
 * Is the verb at `at` inside, or governed by, a condition? A condition opened before it in the
 * sentence whose own subject is us ("if we ever …, we will …", "should we sell …"), or one the verb
 * sits inside (no comma between them: "if we offer an incentive"), or "in the event of".
 */
function conditional(tokens: Token[], clauseFrom: number, at: number): boolean {
  for (let i = 0; i < at; i++) {
    const w = tokens[i].lower;
    const eventOf = w === 'in' && (wordsAt(tokens, i + 1, ['the', 'event']) || wordsAt(tokens, i + 1, ['case']));
    if (!CONDITIONAL.has(w) && !eventOf) continue;
    // "should" and "were" open a condition only at the start of a clause ("Should we sell …").
    if ((w === 'should' || w === 'were') && i !== 0 && !tokens[i].clauseBreak) continue;
    if (eventOf && i >= clauseFrom && unbroken(tokens, i, at)) return true;
    const subject = tokens[i + 1]?.lower === 'we' || tokens[i + 1]?.lower === 'ever' || (eventOf && i + 3 < at);
    const inside = unbroken(tokens, i + 1, at + 1);
    if (inside && i >= clauseFrom) return true;
    if (subject || w === 'should' || w === 'were') return true;
  }
  // "we may in the future", "if ever", "in the future we may": a possibility, not a practice.
  for (let i = clauseFrom; i < at; i++) if (wordsAt(tokens, i, ['in', 'the', 'future'])) return true;
  return false;
}

interface Subject {
  actor: Actor;
  negated: boolean;
  passive: boolean;
  /** Where the subject ends: a passive verb's object is read before it. */
  before: number;
  /** The clause is an embedded question ("explains how we collect"). */
  embedded: boolean;
  /** A form of "be" before an -ing verb ("we are selling"). */
  progressive: boolean;
}

const OBJECT_PRONOUNS = new Set(['it', 'them']);
const COORDINATORS = new Set(['or', 'and', 'nor']);
const PARTICIPLE_PREPOSITIONS = new Set(['for', 'at', 'to', 'toward', 'towards', 'by', 'with', 'on']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'its', 'their', 'this', 'any', 'such']);
// A relative pronoun opens a clause of its own: a verb before it does not govern an infinitive after it.
const RELATIVES = new Set(['that', 'which', 'who', 'whose', 'whom']);
const INVERTED_AUX = new Set(['do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'have', 'has', 'had', 'is', 'are']);

// Verbs that take an infinitive of their own ("we do not want to track"): the infinitive is theirs.
const INFINITIVE_TAKERS = new Set(['want', 'wants', 'need', 'needs', 'intend', 'intends', 'plan', 'plans', 'choose', 'chooses', 'able', 'unable', 'willing', 'allowed', 'permitted', 'going', 'try', 'seek', 'required', 'obliged']);

// Compared by stem, so "stored", "shared" and "logged" are the verbs too; an -ing form is a noun or a
// modifier here ("tracking of", "sharing settings"), not the verb an infinitive serves.
const PRACTICE_STEMS = new Set([...PRACTICE_VERBS].map((w) => entryOf(w).stem));
const practiceVerb = (t: Token) => !t.lower.endsWith('ing') && PRACTICE_STEMS.has(t.stem);

/**
 * An infinitive of purpose ("we do not use student data for marketing or to engage in targeted
 * advertising", "data is never used to track you") serves the practice verb before it: the index
 * of that verb, or -1.
 */
function governingVerb(tokens: Token[], clauseFrom: number, verbFrom: number): number {
  // "does not use services to collect, process, or transmit": each verb of the list is the infinitive.
  let first = verbFrom;
  while (first - 1 > clauseFrom && (practiceVerb(tokens[first - 1]) || COORDINATORS.has(tokens[first - 1].lower))) first--;
  if (tokens[first - 1]?.lower !== 'to') return -1;
  for (let k = first - 2; k >= clauseFrom && k >= first - 12; k--) {
    const t = tokens[k];
    if (tokens[k + 1].clauseBreak || t.negator || INFINITIVE_TAKERS.has(t.lower) || RELATIVES.has(t.lower)) return -1;
    // "We monitor use of the site to keep it secure": "use of" is a noun, not the verb served.
    if (practiceVerb(t) && tokens[k + 1]?.lower !== 'of' && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return k;
  }
  return -1;
}

// Past participles that do not end in -ed ("is never used for advertising, or sold").
const IRREGULAR_PARTICIPLES = new Set(['sold', 'given', 'sent', 'made', 'kept', 'shown', 'known', 'taken', 'told', 'held', 'paid', 'lent', 'leased', 'shared', 'disclosed', 'rented', 'traded']);
// "is never used … or sold", "have not sold or shared".
const PERFECT = new Set([...BE, 'have', 'has', 'had', "haven't", "hasn't", "hadn't"]);
const participle = (t: Token) => t.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.lower);

/**
 * "is never used for advertising, marketing, or sold to third parties", "have not sold or shared":
 * a participle after "or" shares the "is never" of an earlier participle in its clause, past the
 * list between them. The index of that participle, or -1.
 */
function coordinatedParticiple(tokens: Token[], clauseFrom: number, verbFrom: number): number {
  if (verbFrom - 1 <= clauseFrom || !COORDINATORS.has(tokens[verbFrom - 1].lower) || !participle(tokens[verbFrom])) return -1;
  for (let k = verbFrom - 2; k > clauseFrom && k >= verbFrom - 12; k--) {
    if (!participle(tokens[k])) continue;
    // Over "not", "never", "knowingly" … to the auxiliary.
    for (let b = k - 1; b >= clauseFrom && b >= k - 4; b--) {
      if (PERFECT.has(tokens[b].lower)) return k;
      if (!tokens[b].negator && !SKIP.has(tokens[b].lower)) break;
    }
  }
  return -1;
}

/**
 * "does not sell products or services intended for children": a participle after a bare noun that
 * a denied practice verb takes as its object describes things the denial is about, and says nothing
 * on its own. The index of that verb, or -1. A definite noun ("the data collected by cookies") is
 * presupposed, and keeps its own reading.
 */
function deniedReducedRelative(tokens: Token[], clauseFrom: number, verbFrom: number): number {
  if (!participle(tokens[verbFrom]) || verbFrom - 2 < clauseFrom) return -1;
  const before = tokens[verbFrom - 1];
  if (before.negator || BE.has(before.lower) || PERFECT.has(before.lower) || SKIP.has(before.lower) || PRONOUNS.has(before.lower)) return -1;
  for (let k = verbFrom - 2; k >= clauseFrom && k >= verbFrom - 6; k--) {
    const t = tokens[k];
    if (tokens[k + 1].clauseBreak || (DETERMINERS.has(t.lower) && t.lower !== 'any') || FIRST.has(t.lower)) return -1;
    if (practiceVerb(t)) return k;
  }
  return -1;
}

/**
 * "We do not build profiles or sell your data": a verb after "or" that closes a denied verb phrase
 * shares its denial. The index of the verb right after the negator, or -1.
 */
function deniedVerbPhrase(tokens: Token[], clauseFrom: number, verbFrom: number): number {
  const or = verbFrom - 1;
  if (or <= clauseFrom || tokens[or].lower !== 'or' || tokens[verbFrom].clauseBreak || tokens[or].clauseBreak) return -1;
  for (let k = or - 1; k >= clauseFrom && k >= or - 8; k--) {
    if (tokens[k + 1].clauseBreak) return -1;
    if (tokens[k].negator && k + 1 < or && !SKIP.has(tokens[k + 1].lower)) return k + 1;
  }
  return -1;
}

/** Reads back from the verb over auxiliaries, adverbs and coordinated verbs to the subject. */
function subjectOf(tokens: Token[], clauseFrom: number, verbFrom: number): Subject {
  const coordinated = coordinatedParticiple(tokens, clauseFrom, verbFrom);
  if (coordinated >= 0) return subjectOf(tokens, clauseFrom, coordinated);
  const denied = deniedVerbPhrase(tokens, clauseFrom, verbFrom);
  if (denied >= 0) {
    const g = subjectOf(tokens, clauseFrom, denied);
    if (g.negated) return g;
  }
  const relativeTo = deniedReducedRelative(tokens, clauseFrom, verbFrom);
  if (relativeTo >= 0) {
    const g = subjectOf(tokens, clauseFrom, relativeTo);
    if (g.negated) return { ...g, passive: false, progressive: false };
  }
  const governing = governingVerb(tokens, clauseFrom, verbFrom);
  if (governing >= 0) {
    const g = subjectOf(tokens, clauseFrom, governing);
    // "Data is not used to track you": the infinitive's own doer is whoever uses it.
    return { ...g, actor: g.passive ? 'unspecified' : g.actor, passive: false, progressive: false };
  }
  // "we are selling" is progressive, not passive.
  const ing = tokens[verbFrom].lower.endsWith('ing');
  let negated = false;
  let passive = false;
  let progressive = false;
  let i = verbFrom - 1;
  for (; i >= clauseFrom; i--) {
    const t = tokens[i];
    if (t.negator) negated = true;
    if (BE.has(t.lower)) {
      passive = !ing;
      progressive ||= ing;
      continue;
    }
    if (SKIP.has(t.lower) || t.negator || practiceVerb(t)) continue;
    // "is not targeted or aimed at children": a participle joined to the verb by "or" shares its
    // subject and negation.
    if (t.lower.endsWith('ed') && COORDINATORS.has(tokens[i + 1]?.lower ?? '')) continue;
    // "are not designed for, or intentionally targeted at, children": so does a participle that
    // keeps its own preposition before the "or".
    if (PARTICIPLE_PREPOSITIONS.has(t.lower) && COORDINATORS.has(tokens[i + 1]?.lower ?? '') && tokens[i - 1]?.lower.endsWith('ed') && i - 1 >= clauseFrom) {
      i--;
      continue;
    }
    // "the app does not use it to send": "it" is the object of "use", whose subject and negation
    // govern the infinitive.
    if (OBJECT_PRONOUNS.has(t.lower) && tokens[i + 1]?.lower === 'to' && i > clauseFrom && practiceVerb(tokens[i - 1])) continue;
    // An insertion between commas ("we do not, under any circumstances, sell") is stepped over.
    const insertion = insertionStart(tokens, clauseFrom, i);
    if (insertion >= 0) {
      i = insertion;
      continue;
    }
    break;
  }
  if (i < clauseFrom) return { actor: 'unspecified', negated, passive, progressive, before: clauseFrom, embedded: false };
  // "nor do we collect", "neither will we share", "never have we sold": a negator before the
  // inverted auxiliary denies what the subject after it does.
  // "nor does it or I collect": past a coordinated subject.
  let inv = i;
  while (inv - 2 > clauseFrom && COORDINATORS.has(tokens[inv - 1].lower) && classify(tokens[inv - 2].lower) !== null) inv -= 2;
  if (!negated && inv - 2 >= Math.max(0, clauseFrom - 1) && INVERTED_AUX.has(tokens[inv - 1].lower) && tokens[inv - 2].negator) negated = true;
  i = beforeReducedClause(tokens, clauseFrom, i);
  const head = tokens[i].lower;
  // "explains how wBlock collects", "describes what information we collect": an embedded question.
  // The subject may be long: "explains how Acme and its subsidiaries ("Acme", "we" or "us") collect".
  let embedded = false;
  for (let k = i - 1; k >= Math.max(clauseFrom, i - 14); k--) {
    if (WH.has(tokens[k].lower) || tokens[k].lower === 'whether') embedded = true;
    if (embedded || (k < i - 3 && (BE.has(tokens[k].lower) || practiceVerb(tokens[k])))) break;
  }
  let actor = classify(head);
  // "no data about you is stored": the person after a preposition qualifies what is done to, and does nothing.
  if (passive && actor === 'user' && OF_WHOM.has(tokens[i - 1]?.lower ?? '') && i - 1 >= clauseFrom) actor = 'unspecified';
  // "These websites may collect data about you", "other sites": products of others, not the operator's.
  if (actor === 'first-party' && !FIRST.has(head) && head.endsWith('s') && OTHERS.has(tokens[i - 1]?.lower ?? '') && i - 1 >= clauseFrom) actor = 'third-party';
  // A passive verb's subject ("your data is sold") is what is done to, not who does it.
  if (actor === null && !passive) {
    // "the Company", "Acme Inc.": look a few words further back for a determiner's noun phrase.
    actor = 'unspecified';
    for (let k = i - 1; k >= Math.max(clauseFrom, i - 3); k--) {
      const c = classify(tokens[k].lower);
      if (c === 'third-party' || c === 'user') {
        actor = c;
        break;
      }
    }
  }
  // "No personal data is sold", "Nothing we collect is shared", "None of your data is sold".
  if (passive && !negated) {
    for (let k = i; k >= clauseFrom && k >= i - 6; k--) if (NEGATING_DETERMINERS.has(tokens[k].lower)) negated = true;
    if (!negated) negated = negatedListSubject(tokens, clauseFrom, i);
  }
  // "None of our apps collect", "No third party receives": the subject itself is negated.
  if (!passive && !negated) negated = negatedSubject(tokens, clauseFrom, i);
  // "the e-mail address, which is collected": a passive's relative pronoun stands for the data, not a party.
  if (passive && (head === 'which' || head === 'who')) actor = null;
  return { actor: passive && actor !== 'third-party' && actor !== 'user' ? 'unspecified' : actor ?? 'unspecified', negated, passive, progressive, before: i + 1, embedded };
}

/**
 * "The following services are used by the bot but do not receive any data": a clause opened by
 * "but" or "yet" with no subject of its own shares the previous clause's.
 */
function elidedSubject(tokens: Token[], starts: number[], clauseFrom: number): Actor | null {
  if (clauseFrom === 0 || !ELIDING.has(tokens[clauseFrom].lower)) return null;
  const [from] = clauseOf(starts, clauseFrom - 1, tokens.length);
  for (let v = from + 1; v < clauseFrom; v++) {
    const t = tokens[v];
    if (BE.has(t.lower) || INVERTED_AUX.has(t.lower) || practiceVerb(t)) return subjectOf(tokens, from, v).actor;
  }
  return null;
}
const ELIDING = new Set(['but', 'yet']);

// What may stand between "none"/"no" and the subject's noun ("none of our apps", "no third party").
const SUBJECT_FILLER = new Set(['of', 'our', 'the', 'its', 'these', 'those', 'my', 'your', 'their', 'third', 'third-party', 'other']);

/**
 * "we collect no data", "we collect, store or share absolutely no personal data": the object's
 * determiner, past the verbs coordinated with this one and an adverb, negates.
 */
function negatingObject(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && k < at + 8 && (practiceVerb(tokens[k]) || COORDINATORS.has(tokens[k].lower))) k++;
  if (tokens[k]?.lower.endsWith('ly')) k++;
  return NEGATING_OBJECT.has(tokens[k]?.lower ?? '');
}

const OF_WHOM = new Set(['about', 'of', 'from', 'on', 'regarding', 'concerning']);

function negatedSubject(tokens: Token[], clauseFrom: number, head: number): boolean {
  for (let k = head - 1; k >= clauseFrom && k >= head - 4; k--) {
    if (tokens[k + 1].clauseBreak) return false;
    if (NEGATING_OBJECT.has(tokens[k].lower)) return true;
    if (!SUBJECT_FILLER.has(tokens[k].lower)) return false;
  }
  return false;
}

/**
 * "No user accounts, e-mails, IPs or external identifiers are stored": "no" opening the clause
 * negates a passive verb however long the list it heads ("no matter where", "no later than" are
 * no determiners).
 */
function negatedListSubject(tokens: Token[], clauseFrom: number, verb: number): boolean {
  const first = tokens[clauseFrom];
  if (!first || (first.lower !== 'no' && first.lower !== 'none') || verb - clauseFrom > 24) return false;
  return !NOT_DETERMINING.has(tokens[clauseFrom + 1]?.lower ?? '');
}
const NOT_DETERMINING = new Set(['matter', 'longer', 'later', 'sooner', 'more', 'less', 'doubt', 'one']);

const REDUCED = new Set(['when', 'while', 'once']);

/**
 * "The app, when installed from the Play Store, collects": a reduced clause ("when" and a participle)
 * between subject and verb names where, not who; the subject is the noun before it.
 */
function beforeReducedClause(tokens: Token[], clauseFrom: number, head: number): number {
  for (let k = head - 1; k > clauseFrom && k >= head - 8; k--) {
    if (REDUCED.has(tokens[k].lower) && /ed$/.test(tokens[k + 1]?.lower ?? '')) return k - 1;
  }
  return head;
}

/**
 * Where a short insertion that ends at token i starts: a comma after i and another at most five
 * words before it, with no one named inside ("we do not, under any circumstances, sell"); -1 if none.
 */
function insertionStart(tokens: Token[], clauseFrom: number, i: number): number {
  if (!tokens[i + 1]?.clauseBreak) return -1;
  for (let k = i; k > clauseFrom && k >= i - 5; k--) {
    if (classify(tokens[k].lower) !== null) return -1;
    if (tokens[k].clauseBreak) return k;
  }
  return -1;
}

/**
 * Where what follows a verb ends for `after` words: a few words on, or a coordinated second verb
 * ("intended for users 18+ and is not directed to children" must not lend "to children" to "intended").
 */
/**
 * Where a verb's object ends: at a second verb joined by "and"/"or" once the first has words of its
 * own ("does not require an account and collects no special-category data"). A list of verbs
 * before one object ("collect or store, process or share your data") shares it.
 */
function objectEnd(tokens: Token[], from: number, to: number): number {
  let own = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (own && COORDINATORS.has(t.lower) && tokens[i + 1] && practiceVerb(tokens[i + 1])) return i;
    // "processes commands to provide space information": what follows a purpose's "to" is its end, not
    // the object. "ask you to provide any data" asks a person: the infinitive is the object's.
    if (own && t.lower === 'to' && tokens[i + 1] && !ASKED.has(tokens[i - 1].lower) && (PURPOSE_VERBS.has(tokens[i + 1].lower) || practiceVerb(tokens[i + 1]))) return i;
    if (!COORDINATORS.has(t.lower) && !practiceVerb(t)) own = true;
  }
  return to;
}

const ASKED = new Set(['you', 'us', 'them', 'users', 'me', 'him', 'her', 'people', 'visitors', 'customers']);
const PURPOSE_VERBS = new Set(['provide', 'offer', 'deliver', 'improve', 'operate', 'run', 'show', 'display', 'answer', 'respond', 'retrieve', 'fetch', 'help', 'enable', 'support', 'generate', 'return', 'calculate', 'find', 'look', 'serve']);

function predicateEnd(tokens: Token[], to: number, clauseTo: number): number {
  const end = Math.min(clauseTo, to + 20);
  // From the first word after the verb: "for developers and is not for children" read from
  // "developers" (a verb's stem in a noun) ends at once.
  for (let i = to; i < end; i++) {
    const w = tokens[i].lower;
    if ((w === 'and' || w === 'but' || w === 'or') && COORDINATED_VERB.has(tokens[i + 1]?.lower ?? '')) return i;
  }
  return end;
}
// Words that open a second predicate after "and": "… and is not directed to children".
const COORDINATED_VERB = new Set(['is', 'are', 'was', 'were', 'will', 'may', 'can', 'does', 'do', 'did', 'not', 'never', 'has', 'have', 'should', 'must', 'would', 'could']);

/** "is shared by advertisers": a passive verb's agent. */
function agentOf(tokens: Token[], verbTo: number, clauseTo: number): Actor | null {
  if (tokens[verbTo]?.lower !== 'by') return null;
  for (let i = verbTo + 1; i < Math.min(clauseTo, verbTo + 4); i++) {
    const c = classify(tokens[i].lower);
    if (c) return c;
  }
  return null;
}

function findIn(phrases: Phrase[], tokens: Token[], from: number, to: number, noneIs = true): boolean {
  if (phrases.length === 0) return noneIs;
  if (to <= from) return false;
  return phrases.some((p) => matchPhraseIn(p, tokens, from, to) !== null);
}

// "✗ No", "Never", "❌": a table cell that answers no.
const NO_ANSWER = /^[\s✗✘❌×🚫*_]*(?:no|never|none|not)?[\s✗✘❌×🚫*_.]*$/iu;
const deniedRows = new WeakMap<Block, boolean>();

/**
 * "Sell, rent or monetize user data | ✗ No | We have no user data to sell": a row that names a
 * practice as a verb ("Collect", "Send any data") and answers it no in a later cell denies the row.
 * A row that names data ("E-mail | No | …" under "Required") is not a practice answered.
 */
export function deniedRow(s: Sentence): boolean {
  const b = s.block;
  if (b.kind !== 'tableRow') return false;
  let v = deniedRows.get(b);
  if (v === undefined) {
    const cells = rowCells(b.text);
    const first = /^[\p{L}']+/u.exec(cells[0])?.[0].toLowerCase() ?? '';
    v = cells.length > 1 && PRACTICE_VERBS.has(first) && cells.slice(1).some((c) => c !== '' && /[\p{L}✗✘❌×🚫]/u.test(c) && NO_ANSWER.test(c));
    deniedRows.set(b, v);
  }
  return v;
}

/** Every reading of the frame in the sentence: one per clause whose verb, object and complement match. */
export function readFrames(frame: Frame, s: Sentence): FrameReading[] {
  const { tokens, starts } = clauseStarts(s);
  const out: FrameReading[] = [];
  const leadLength = s.leadIn?.tokens.length ?? 0;
  for (const verb of frame.verbs) {
    for (let start = 0; start < tokens.length; ) {
      const m = matchPhraseIn(verb, tokens, start);
      if (!m) break;
      const { from, to } = m;
      start = to;
      // A list item's lead-in alone is read as its own sentence; its verb reaches into the item
      // only for an object the item holds ("We never collect:" then "- any personal information").
      // The verb ends the lead-in ("We never collect:", "We do not share the following:"); a noun
      // ("We report all data collection in our listing:") reaches nothing.
      const inLeadIn = to <= leadLength;
      if (inLeadIn && (frame.objects.length === 0 || leadLength - to > 4 || /(?:ion|ions|ment|ments)$/.test(tokens[from].lower))) continue;
      if (out.some((r) => r.from === from)) continue;
      const [cFrom, cTo] = clauseOf(starts, from, tokens.length);
      const subj = subjectOf(tokens, cFrom, from);
      if (subj.actor === 'unspecified' && !subj.passive && subj.before === cFrom + 1) subj.actor = elidedSubject(tokens, starts, cFrom) ?? subj.actor;
      // An -ing form is a statement only after a form of "be" ("we are selling"); otherwise it is a
      // noun or a modifier ("our sale/sharing of your data", "Social Media Sharing").
      if (tokens[from].lower.endsWith('ing') && !subj.progressive) continue;
      // "use of your data", "sale of your data": a noun, not a verb. So is "logs" in "Plugin logs
      // are written": a plural noun before "are" ("the only thing Mollie receives is" is a verb).
      if (tokens[to]?.lower === 'of') continue;
      if (to === from + 1 && tokens[from].lower.endsWith('s') && PLURAL_BE.has(tokens[to]?.lower ?? '') && !PRONOUNS.has(tokens[from - 1]?.lower ?? '')) continue;
      // "the App Store", "Google Play": a capitalised word inside a sentence names something.
      if (from > 0 && properNoun(s, tokens, from)) continue;
      // ".../app-store/app-privacy-details": a word of a link or address is no verb.
      if (inLink(s, tokens, from)) continue;
      if (inLeadIn && subj.passive) continue;
      const objectFrom = inLeadIn ? leadLength : to;
      const objectHere = subj.passive ? findIn(frame.objects, tokens, cFrom, from) : findIn(frame.objects, tokens, objectFrom, objectEnd(tokens, objectFrom, Math.min(cTo, objectFrom + 12)));
      if (!objectHere || !findIn(frame.after, tokens, to, predicateEnd(tokens, to, cTo))) continue;
      const actor = subj.passive ? agentOf(tokens, to, cTo) ?? subj.actor : subj.actor;
      if (frame.subject === 'first-party' && (actor === 'user' || actor === 'third-party')) continue;
      if (frame.subject === 'we' && actor !== 'first-party') continue;
      // A negator inside the verb phrase itself ("do not sell" as a frame verb) negates too.
      // "we collect no personal data", "we share nothing": the object's determiner negates.
      const negatedInVerb = tokens.slice(from, to).some((t) => t.negator) || negatingObject(tokens, to);
      out.push({
        sentence: s,
        from,
        to,
        actor,
        negated: subj.negated || negatedInVerb || deniedRow(s),
        hypothetical: conditional(tokens, cFrom, from),
        excepted: hasException(tokens, cFrom, cTo),
        interrogative: subj.embedded || (WH.has(tokens[cFrom].lower) && unbroken(tokens, cFrom + 1, from + 1)) || question(s, tokens, to - 1),
        passive: subj.passive,
        subjectEnd: subj.passive ? cFrom : subj.before,
      });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** A statement of fact: affirmed, not conditional. */
export function affirms(r: FrameReading): boolean {
  return !r.negated && !r.hypothetical && !r.interrogative;
}

/** A statement as rule files and rules/facts.json give it (see rules/schema.json, definitions.statement). */
export interface StatementSpec {
  verb: string[];
  object?: string[];
  after?: string[];
  subject?: 'first-party' | 'we' | 'any';
  polarity?: 'affirmed' | 'negated' | 'any';
  /** negated: a denial with an exception ("no data is shared except …") counts too. */
  exceptionsCount?: boolean;
  unlessWith?: string[];
  headings?: boolean;
}

export interface Statement {
  frame: Frame;
  polarity: 'affirmed' | 'negated' | 'any';
  exceptionsCount: boolean;
  unlessWith: Phrase[];
  headings: boolean;
}

export function compileStatement(spec: StatementSpec, compile: (list: string[] | undefined, where: string) => Phrase[], where: string): Statement {
  return {
    frame: {
      verbs: compile(spec.verb, `${where}.verb`),
      objects: compile(spec.object, `${where}.object`),
      after: compile(spec.after, `${where}.after`),
      subject: spec.subject ?? 'first-party',
    },
    polarity: spec.polarity ?? 'affirmed',
    exceptionsCount: spec.exceptionsCount ?? false,
    unlessWith: compile(spec.unlessWith, `${where}.unlessWith`),
    headings: spec.headings ?? false,
  };
}

/** The text a token was read from (a lead-in's tokens are offsets in the lead-in's block). */
function surface(s: Sentence, tokens: Token[], i: number): string {
  const lead = s.leadIn?.tokens.length ?? 0;
  const block = i < lead ? s.leadIn!.block : s.block;
  return block.text.slice(tokens[i].start, tokens[i].end);
}

function properNoun(s: Sentence, tokens: Token[], i: number): boolean {
  // A list item's first word follows its lead-in, not a word of its own sentence.
  if (i === (s.leadIn?.tokens.length ?? 0)) return false;
  const word = surface(s, tokens, i);
  return /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word) && !tokens[i].clauseBreak && /^\p{Lu}/u.test(surface(s, tokens, i - 1));
}

/** Is token i part of a URL, a path or an e-mail address? */
function inLink(s: Sentence, tokens: Token[], i: number): boolean {
  const lead = s.leadIn?.tokens.length ?? 0;
  return inAddressRun((i < lead ? s.leadIn!.block : s.block).text, tokens[i].start, tokens[i].end);
}

/** A yes/no question ("Does it keep a record of what I do?"): the verb's sentence ends in a question mark. */
function question(s: Sentence, tokens: Token[], last: number): boolean {
  const lead = s.leadIn?.tokens.length ?? 0;
  if (last < lead) return false;
  const text = s.block.text;
  const end = text.slice(tokens[last].end).search(/[.!?]/);
  return end >= 0 && text[tokens[last].end + end] === '?';
}

/** Does the reading say what the statement asks: done (affirmed) or, without exception, not done (negated)? */
function holds(st: Statement, r: FrameReading): boolean {
  if (r.hypothetical || r.interrogative) return false;
  if (st.polarity === 'affirmed' && r.negated) return false;
  if (st.polarity === 'negated' && (!r.negated || (r.excepted && !st.exceptionsCount))) return false;
  if (st.unlessWith.length === 0) return true;
  // The qualifier is read in the predicate ("does not collect data from children"), not in the
  // subject ("Free Kids Games does not collect personal data").
  const { tokens, starts } = clauseStarts(r.sentence);
  const [from, to] = clauseOf(starts, r.from, tokens.length);
  return !findIn(st.unlessWith, tokens, relativeObject(tokens, from, r.subjectEnd) ? from : r.subjectEnd, to, false);
}

/**
 * "The anonymous technical data we collect (crash reports) …": the verb's object stands before its
 * subject, and so does a qualifier of it.
 */
function relativeObject(tokens: Token[], clauseFrom: number, subjectEnd: number): boolean {
  const before = tokens[subjectEnd - 2];
  return subjectEnd - 2 > clauseFrom && !tokens[subjectEnd - 1].clauseBreak && (RELATIVES.has(before.lower) || /^(?:data|information|info|details)$/.test(before.lower));
}

type Searchable = {
  matching(p: Phrase[], accept: (s: Sentence) => boolean): Set<number>;
  mayHold(p: Phrase[]): Set<number>;
  sentences: Sentence[];
};

// Whether a sentence has a word that can negate a reading: a denial is looked for only there.
const negatable = new WeakMap<Sentence, boolean>();
function mayDeny(s: Sentence): boolean {
  let v = negatable.get(s);
  if (v === undefined) {
    // NEGATING_DETERMINERS holds NEGATING_OBJECT's words too.
    v = contextTokens(s).some((t) => t.negator || NEGATING_DETERMINERS.has(t.lower));
    negatable.set(s, v);
  }
  return v;
}

/**
 * The first `limit` sentences before sentence `before`, in document order, where the statement is
 * made; sentences must pass `accept`. Sentences that cannot hold the object or the complement, or a
 * denial when one is asked for, are ruled out by the index before any is read (most are).
 */
export function findStatements(index: Searchable, st: Statement, accept: (s: Sentence) => boolean, limit = Infinity, before = Infinity): FrameReading[] {
  const objects = st.frame.objects.length ? index.mayHold(st.frame.objects) : null;
  if (objects?.size === 0) return [];
  const after = st.frame.after.length ? index.mayHold(st.frame.after) : null;
  if (after?.size === 0) return [];
  const where = (s: Sentence) =>
    s.index < before && (!objects || objects.has(s.index)) && (!after || after.has(s.index)) && (st.polarity !== 'negated' || mayDeny(s)) && accept(s) && (st.headings || s.block.kind !== 'heading');
  const ids = [...index.matching(st.frame.verbs, where), ...itemsOfLeadIns(index, st, where, before)].sort((a, b) => a - b);
  const out: FrameReading[] = [];
  for (const id of ids) {
    const r = readFrames(st.frame, index.sentences[id]).find((x) => holds(st, x));
    if (r && out.push(r) >= limit) break;
  }
  return out;
}

/**
 * "We never collect:" then "- any personal information": the verb is the lead-in's, the object the
 * item's, so the items of a lead-in that holds the verb are read too (each with its lead-in).
 */
function itemsOfLeadIns(index: Searchable, st: Statement, where: (s: Sentence) => boolean, before: number): number[] {
  const out: number[] = [];
  for (const id of index.matching(st.frame.verbs, (s) => s.index < before && isLeadIn(s.text))) {
    const lead = index.sentences[id];
    for (let k = id + 1; k < index.sentences.length && k < before && k <= id + MAX_ITEMS; k++) {
      const item = index.sentences[k];
      if (item.leadIn !== lead) continue;
      if (where(item)) out.push(k);
    }
  }
  return out;
}
const MAX_ITEMS = 60;

/** The first sentence, in document order, where the statement is made. */
export function findStatement(index: Searchable, st: Statement, accept: (s: Sentence) => boolean, before = Infinity): FrameReading | null {
  return findStatements(index, st, accept, 1, before)[0] ?? null;
}

/** The first of several statements made (earliest in the document): each looks only before the best so far. */
export function findAnyStatement(index: Searchable, statements: Statement[], accept: (s: Sentence) => boolean): FrameReading | null {
  let best: FrameReading | null = null;
  for (const st of statements) {
    const r = findStatement(index, st, accept, best ? best.sentence.index : Infinity);
    if (r) best = r;
  }
  return best;
}
