/**
 * Frames: a trigger or a fact is a statement of fact, not a keyword. Each case pins negation,
 * modality, subject or scope at its boundary, so moving a boundary fails a test.
 */
import { describe, it, expect } from '@jest/globals';
import { compilePhrases } from '../src/analysis/phrase.js';
import { readFrames, affirms, compileStatement, findStatement, type Frame } from '../src/analysis/frames.js';
import { isNegated } from '../src/analysis/negation.js';
import { tokenize } from '../src/analysis/tokens.js';
import { TextIndex } from '../src/analysis/search.js';
import { buildDocument } from '../src/sections/build.js';
import { parse } from '../src/parse/index.js';

function doc(text: string) {
  return buildDocument('x.md', text, 'markdown', parse(text, 'markdown'));
}

const frame = (verbs: string, objects = '', subject: Frame['subject'] = 'first-party'): Frame => ({
  verbs: compilePhrases(verbs),
  objects: objects ? compilePhrases(objects) : [],
  after: [],
  subject,
});

const SELL = frame('(sell|sold|share|rent)', '(personal|your)? (information|data)');

/** Who the first sentence of `text` says does it. */
function readActor(text: string, f: Frame): string | undefined {
  const d = doc(text);
  return readFrames(f, d.sentences.find((x) => x.block.kind !== 'heading')!)[0]?.actor;
}

/** How the first sentence of `text` reads the frame: affirmed, negated, hypothetical, excepted, none. */
function reading(text: string, f: Frame = SELL): string {
  const d = doc(text);
  const s = d.sentences.find((x) => x.block.kind !== 'heading')!;
  const r = readFrames(f, s)[0];
  if (!r) return 'none';
  if (r.interrogative) return 'question';
  if (r.hypothetical) return 'hypothetical';
  if (r.negated) return r.excepted ? 'negated-excepted' : 'negated';
  return affirms(r) ? 'affirmed' : 'other';
}

describe('frames: negation', () => {
  it.each([
    ['We sell your personal information to data brokers.', 'affirmed'],
    ['We do not sell your personal information.', 'negated'],
    ['We do not and will not sell or share your data.', 'negated'],
    ['We never sell your data.', 'negated'],
    ['We do not, under any circumstances whatsoever, sell your data.', 'negated'],
    ['No personal data is sold or shared.', 'negated'],
    // "No" opening the clause heads the whole list before a passive verb, past the six-word look-back.
    ['No user accounts, e-mail addresses, IP addresses, phone numbers, or external data are sold or shared.', 'negated'],
    ['No later than 30 days after sign-up, your personal data is sold to partners.', 'affirmed'],
    ['None of our apps sell or share personal data.', 'negated'],
    ['With no account, we sell your data to advertisers.', 'affirmed'],
    ['Acme does not collect, store, or share personal data.', 'negated'],
    // A listed verb in any form shares the negation: "sold" as well as "sell".
    ['We have not disclosed, sold, or shared any personal information to third parties.', 'negated'],
    ['We sell your data to partners, which we do not name.', 'affirmed'],
    ['This is not considered to be "selling" your personal information.', 'negated'],
    // "X of Y" after the verb's word is a noun: "selling of", "use of".
    ['We limit the use of your personal information.', 'none'],
    // A negator before an inverted auxiliary: "nor do we sell", "never will we share".
    ['We run no ads, nor do we sell your personal information.', 'negated'],
    ['Never will we share your data.', 'negated'],
    // Inversion without a negator denies nothing.
    ['Only then do we sell your data.', 'affirmed'],
    // "use it to sell": the object pronoun of a negated verb leaves the infinitive denied.
    ['The app has network access, but the app does not use it to sell your data.', 'negated'],
    ['We use it to sell your data.', 'affirmed'],
  ])('%s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });

  it('the object ends at a purpose\'s "to": "processes commands to provide space information" processes no information', () => {
    const PROCESS = frame('(process|retain|ask)', '(information|data)');
    expect(reading('The bot processes commands to provide space information.', PROCESS)).toBe('none');
    expect(reading('The bot processes your information to provide answers.', PROCESS)).toBe('affirmed');
    // "ask you to provide" asks a person: the infinitive's object is the verb's.
    expect(reading('We will never retain or ask you to provide any personal information.', PROCESS)).toBe('negated');
  });

  it('an infinitive of purpose takes its negation from the verb it serves', () => {
    const TRACK = frame('(track|engage|sell)', '');
    expect(reading('We do not use student data for marketing purposes or to engage in targeted advertising.', TRACK)).toBe('negated');
    expect(reading('Your data is never used to track you across sites.', TRACK)).toBe('negated');
    expect(reading('We use your data to track you across sites.', TRACK)).toBe('affirmed');
    // "use of" is a noun: the infinitive is read on its own.
    expect(reading('We do not sell data; we monitor use of the site to track abuse.', frame('track'))).toBe('affirmed');
    // A relative clause is read on its own: "libraries that use cookies to track" is the libraries'.
    expect(readActor('The app may use code and libraries that use cookies to track visits.', frame('track'))).toBe('unspecified');
    // A verb that takes the infinitive itself keeps it: "we use cookies and do not want to track you".
    expect(reading('We use cookies and do not want to track you.', TRACK)).toBe('negated');
    // Every verb of a list after "to" serves the verb before it: "does not use services to collect, process, or transmit".
    const PROCESS = frame('(process|transmit)', '');
    expect(reading('Scanner does not use third-party services to collect, process, or transmit your data.', PROCESS)).toBe('negated');
    expect(reading('Scanner uses third-party services to collect, process, or transmit your data.', PROCESS)).toBe('affirmed');
  });

  it('a participle joined by "or" shares the negation: "not targeted or aimed at children"', () => {
    const AIM = frame('(target|aim|direct)', '');
    expect(reading('This service is not targeted or aimed at children.', AIM)).toBe('negated');
    expect(reading('This service is designed and aimed at children.', AIM)).toBe('affirmed');
  });

  it('a verb after "or" that closes a denied verb phrase shares the denial: "we do not build profiles or sell your data"', () => {
    expect(reading('# P\n\nWe do not build advertising profiles or sell your personal information to anyone.')).toBe('negated');
    expect(reading('# P\n\nWe do not create or store lists of e-mail addresses.', frame('(store)', '(lists|addresses)'))).toBe('negated');
    // A new subject after "or" starts a clause of its own.
    expect(reading('# P\n\nWe do not build profiles, or we sell your personal information.')).toBe('affirmed');
  });

  it('a denial with an exception is marked as excepted', () => {
    expect(reading('Except as described below, we do not share your data.')).toBe('negated-excepted');
    expect(reading('We do not share your data other than with our processors.')).toBe('negated-excepted');
  });

  it('"we collect no personal data" is a denial', () => {
    expect(reading('As we collect no personal data, there is nothing to delete.', frame('collect', '(personal)? data'))).toBe('negated');
  });
});

describe('frames: modality and conditions', () => {
  it.each([
    ['If we ever sell your data, we will tell you first.', 'hypothetical'],
    ['Should we sell your data in the future, we will update this policy.', 'hypothetical'],
    ['In the event of a merger, your data may be sold to the buyer.', 'hypothetical'],
    ['We may in the future share your data with advertisers.', 'hypothetical'],
    // A condition about the reader, not about what we might do, leaves the statement standing.
    ['If you are a California resident, we sell your data to advertisers.', 'affirmed'],
    // "may" states a practice: the policy discloses that it may sell.
    ['We may sell your personal information.', 'affirmed'],
  ])('%s → %s', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });

  it('an offer described only for the case it ever happens is no offer', () => {
    const incentive = frame('offer', 'financial incentive*');
    expect(reading('If we ever offer any financial incentives, we will provide you with information.', incentive)).toBe('hypothetical');
    expect(reading('We offer a financial incentive to members of our rewards club.', incentive)).toBe('affirmed');
  });
});

describe('frames: subject and form', () => {
  it('a third party or the reader is not the operator', () => {
    const d = doc('Third-party advertisers may sell your data.\n\nYou may share your data with friends.\n\nThe app shares your data with advertisers.\n');
    const actors = d.sentences.map((s) => readFrames(SELL, s)[0]?.actor ?? 'none');
    // subject "first-party" drops the first two readings; the product speaks for the operator.
    expect(actors).toEqual(['none', 'none', 'first-party']);
    const any = frame('(sell|share)', '(personal|your)? (information|data)', 'any');
    expect(d.sentences.map((s) => readFrames(any, s)[0]?.actor)).toEqual(['third-party', 'user', 'first-party']);
  });

  it('titles, questions and nouns are not statements', () => {
    expect(reading('What we collect and why', frame('collect'))).toBe('question');
    expect(reading('This policy explains how Acme collects your data.', frame('collect', 'data'))).toBe('question');
    // "sharing" after a possessive is a noun; after "be" it is a verb.
    expect(reading('You may opt out of our sale/sharing of your personal information for advertising.')).toBe('none');
    expect(reading('We are sharing your data with advertisers.')).toBe('affirmed');
  });

  it('a reduced clause between subject and verb does not become the subject', () => {
    const collect = frame('(collect|collects)', '', 'any');
    const actor = (text: string) => readFrames(collect, doc(text).sentences[0])[0]?.actor;
    expect(actor('The Skybit app when installed from the Google Play Store collects crash reports.')).toBe('first-party');
    expect(actor('The Google Play Store collects crash reports.')).toBe('third-party');
  });

  it('"third-party" or "following" before a plural product noun makes it others\' services; "but" with no subject keeps the previous clause\'s', () => {
    const receive = frame('(process|receive)', '', 'any');
    const actor = (text: string) => readFrames(receive, doc(text).sentences[0])[0]?.actor;
    expect(actor('Third-party services may process limited technical information.')).toBe('third-party');
    expect(actor('Our services may process limited technical information.')).toBe('first-party');
    expect(actor('The following services are used by the bot but do not receive any personal data.')).toBe('third-party');
    expect(actor('The bot is free to use but does not receive any personal data.')).toBe('first-party');
  });

  it('a word inside a link or path is no verb; two words joined by one slash still are', () => {
    const store = frame('(store|stores|collect)', '', 'any');
    expect(readFrames(store, doc('This notice meets https://developer.apple.com/app-store/app-privacy-details/ today.').sentences[0])).toEqual([]);
    expect(readFrames(store, doc('Read example.org/app-store/details for more.').sentences[0])).toEqual([]);
    expect(readFrames(store, doc('We collect/store your e-mail address.').sentences[0]).length).toBe(2);
    expect(readFrames(store, doc('We collect/store/share your e-mail address.').sentences[0]).length).toBe(2);
    expect(readFrames(store, doc('Files are kept in /var/store/cache on the server.').sentences[0])).toEqual([]);
  });

  it('a participle after "or" shares the "is never" of an earlier one, past the list between them', () => {
    expect(reading('This data is never used for advertising, marketing, or sold to third parties.')).toBe('negated');
    expect(reading('This data is used for analytics, research, and sold to partners.')).toBe('affirmed');
    const shared = frame('shared', '', 'any');
    expect(reading('We have not knowingly sold or shared personal information of minors under 16.', shared)).toBe('negated');
    expect(reading('We have sold or shared personal information of minors under 16.', shared)).toBe('affirmed');
  });

  it('a participle describing the object of a denied verb is denied with it; a definite object is presupposed', () => {
    const intended = frame('intended', '', 'any');
    expect(reading('The shop does not sell toys or games intended for young children.', intended)).toBe('negated');
    expect(reading('The shop sells toys or games intended for young children.', intended)).toBe('affirmed');
    const collected = frame('collected', '', 'any');
    expect(reading('We do not sell the data collected by our cookies.', collected)).toBe('affirmed');
  });

  it('a table row naming a practice and answered no denies it; a row naming data does not', () => {
    const row = (cells: string) => `| What we do | Status |\n| --- | --- |\n| ${cells} |\n`;
    const rowReading = (cells: string, f: Frame) => {
      const s = doc(row(cells)).sentences.find((x) => x.block.kind === 'tableRow' && x.block.text.includes(cells.split(' |')[0]))!;
      const r = readFrames(f, s)[0];
      return r ? (affirms(r) ? 'affirmed' : 'denied') : 'none';
    };
    const sell = frame('(sell|rent)', '(user|personal)? (data|information)', 'any');
    expect(rowReading('Sell or rent user data | ✗ No', sell)).toBe('denied');
    expect(rowReading('Sell or rent user data | Never', sell)).toBe('denied');
    expect(rowReading('Sell or rent user data | ✓ Yes', sell)).toBe('affirmed');
    const send = frame('send', 'receipts', 'any');
    expect(rowReading('E-mail address | No | We send receipts to it', send)).toBe('affirmed');
    expect(rowReading('Send receipts | No', send)).toBe('denied');
  });

  it('"no data about you is stored": the person after "about" does nothing; "you are stored" would be theirs', () => {
    const store = frame('stored', '(data|information)', 'first-party');
    expect(reading('When you upload a file, no data about you is stored.', store)).toBe('negated');
    expect(readActor('When you upload a file, data about you is stored.', store)).toBe('unspecified');
  });

  it('"no" after a list of verbs and an adverb negates each verb', () => {
    const collect = frame('collect', '(personal)? data');
    expect(reading('We collect, store, share or transmit absolutely no personal data.', collect)).toBe('negated');
    expect(reading('We collect, store, share or transmit personal data.', collect)).toBe('affirmed');
  });

  it('an embedded question keeps its "how" over a long subject', () => {
    expect(reading('This policy explains how Acme Holding Company and its subsidiaries ("Acme," "we," or "us") collect and use data.', frame('collect', 'data'))).toBe('question');
    expect(reading('Our team built this tool and we collect your data.', frame('collect', 'data'))).toBe('affirmed');
  });

  it('a verb\'s object ends where a second verb with its own words begins; verbs listed before one object share it', () => {
    const require = frame('(require|requires)', 'data');
    expect(reading('The game does not require an account and collects no special-category data.', require)).toBe('none');
    expect(reading('The game does not require or collect any data.', require)).toBe('negated');
    expect(reading('We do not collect or store, process or share your data.', frame('collect', 'data'))).toBe('negated');
  });

  it('a passive relative pronoun stands for the data, not a third party', () => {
    const collect = frame('(collected)', '(name|email)', 'first-party');
    const r = readFrames(collect, doc('We ask for your name and email, which is collected through a form.').sentences[0]);
    expect(r.map((x) => x.actor)).toEqual(['unspecified']);
  });

  it('a capitalised word inside a name is not a verb, and a yes/no question states nothing', () => {
    const store = frame('(store|stores)', '', 'any');
    expect(readFrames(store, doc('Install it from the Play Store today.').sentences[0])).toEqual([]);
    expect(reading('Does the app sell your data to advertisers?')).toBe('question');
  });

  it('a statement is found in the document, its heading and link names aside', () => {
    const d = doc('# Do Not Sell My Personal Information\n\nUse [Do Not Sell My Personal Information](https://x.example/opt-out) to opt out.\n\nWe sell your e-mail address to data brokers.\n');
    const index = new TextIndex(d.sentences);
    const st = compileStatement({ verb: ['(sell|sold)'], object: ['(personal|your)? (information|data|e-mail|email)', '(e-mail|email) address'] }, (list) => (list ?? []).flatMap((p) => compilePhrases(p)), 'test');
    expect(findStatement(index, st, () => true)?.sentence.text).toBe('We sell your e-mail address to data brokers.');
  });
});

describe('phrase negation look-back (isNegated)', () => {
  // Five words back within a clause: the boundary is pinned on both sides.
  const negatedAt = (text: string, word: string) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.lower === word);
    return isNegated(tokens, i, i + 1);
  };
  it('a negator five words before the match negates it; six words before does not', () => {
    expect(negatedAt('We never ever really truly actually sell data', 'sell')).toBe(true);
    expect(negatedAt('We never ever really truly actually quite sell data', 'sell')).toBe(false);
  });
  it('a clause break stops the look-back', () => {
    expect(negatedAt('We do not rent data; we sell data', 'sell')).toBe(false);
  });
  it('a later alternative of a denied list is denied ("not A or B"): the look-back continues from "or"', () => {
    expect(negatedAt('The services do not receive any personal data or uploaded content', 'uploaded')).toBe(true);
    // The same words with "and" and a new verb are a statement of their own.
    expect(negatedAt('The services do not receive any personal data and store uploaded content', 'uploaded')).toBe(false);
    // ", or" starts a clause of its own, and the look-back from "or" keeps its five words.
    expect(negatedAt('We do not rent data, or we sell uploaded content', 'uploaded')).toBe(false);
    expect(negatedAt('We never ever really truly actually keep data or uploaded content', 'uploaded')).toBe(false);
  });
});
