/**
 * The profile stage: which laws reach a document and why, what it is, what it says of itself.
 * Each fixture (fixtures/trust/, written for these tests) stands for one cause of wrong findings
 * seen on real policies kept in repositories.
 */
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, cli, found, lintText, lintWithConfig, status, tmpDir } from './helpers.js';
import type { LintResult } from '../src/types.js';

const lintFixture = (name: string): LintResult => lintText(fs.readFileSync(path.join(FIXTURES, 'trust', name), 'utf8'));
const basis = (r: LintResult, pack: string) => r.applicability?.packs.find((p) => p.pack === pack);
const facts = (r: LintResult) => (r.applicability?.facts ?? []).map((f) => [f.fact, f.line]);

describe('each law pack has a basis', () => {
  it('a law only named gets one note at the sentence that names it, and no finding per requirement', () => {
    const r = lintFixture('named-only.md');
    expect(r.jurisdictions).toEqual([]);
    expect(basis(r, 'ccpa')).toMatchObject({ basis: 'named', line: 13 });
    expect(found(r, 'ccpa/')).toEqual([['ccpa/applicability', 13]]);
    expect(found(r, 'gdpr/')).toEqual([['gdpr/applicability', 13]]);
    // The note says what was not checked; how to check it (configuration) is the suggestion.
    const note = r.messages.find((m) => m.ruleId === 'ccpa/applicability');
    expect(note?.message).toBe('Names the CCPA but does not address California residents, so its requirements were not checked.');
    expect(note?.suggestion).toMatch(/add "ccpa" to "jurisdictions" in \.policylintrc\.json \(or run with --jurisdiction ccpa\)/);
    expect(status(r, 'ccpa/right-know')).toBe('not-applicable');
    expect(r.coverage.find((c) => c.requirement === 'ccpa/right-know')?.reason).toMatch(/names the CCPA \(line 13\).*add "ccpa" to jurisdictions/);
  });

  it('the words of an e-mail address name no law: "gdpr@acme.co.uk" twice in a row is no "UK GDPR"', () => {
    const page = (line: string) => `# Privacy\n\nWe run a hosting service.\n\n${line}\n`;
    expect(basis(lintText(page('To get a copy of your data, e-mail gdpr@acme-hosting.co.uk gdpr@acme-hosting.co.uk and we will reply.')), 'uk-gdpr')?.basis).toBe('none');
    expect(basis(lintText(page('Laws such as the UK GDPR differ from country to country. Write to gdpr@acme-hosting.co.uk.')), 'uk-gdpr')?.basis).toBe('named');
  });

  it('"state-specific requirements" names no state privacy law; "residents of other states" does', () => {
    const page = (line: string) => `# Privacy\n\nWe keep student records private and never sell them.\n\n## More\n\n${line}\n`;
    expect(basis(lintText(page('We follow other state-specific requirements for student records.')), 'us-states')?.basis).toBe('none');
    expect(basis(lintText(page('Residents of other states may have further rights under their privacy laws.')), 'us-states')?.basis).not.toBe('none');
  });

  it('a notice that declares itself a CCPA document does not take up the GDPR by borrowing "data subject access request"', () => {
    const body = 'California residents have the right to know what personal information we collect. Submit a request through our Data Subject Access Request Form.';
    expect(basis(lintText(`# CCPA notice\n\nThis document outlines Acme's compliance with the California Consumer Privacy Act.\n\n${body}\n`), 'gdpr')?.basis).toBe('none');
    expect(basis(lintText(`# Privacy notice\n\nWe run the Acme app.\n\n${body}\n`), 'gdpr')?.basis).toBe('addressed');
  });

  it('a section for its people addresses a law: its rules run', () => {
    const r = lintFixture('addressed.md');
    expect(basis(r, 'ccpa')).toMatchObject({ basis: 'addressed', line: 11 });
    expect(r.jurisdictions).toEqual(['caloppa', 'ccpa']);
    expect(status(r, 'ccpa/right-know')).toBe('present');
    expect(status(r, 'ccpa/right-correct')).toBe('missing');
  });

  it('a California section written for another California law (SOPIPA) does not address the CCPA', () => {
    const section = (body: string) => `# Parent notice\n\nWe run reading software for schools.\n\n## For California families\n\n${body}\n`;
    expect(basis(lintText(section('Under the Student Online Personal Information Protection Act we never use student data for advertising.')), 'ccpa')?.basis).toBe('none');
    expect(basis(lintText(section('Under the SOPIPA and the CCPA you may ask us what we hold about your child.')), 'ccpa')?.basis).toBe('addressed');
  });

  it('a California paragraph written for Shine the Light neither addresses nor names the CCPA', () => {
    const stl = '# Privacy\n\nWe sell garden tools from Denver.\n\nCalifornia residents may ask us for a notice of the personal information we share with others for their direct marketing. If you are a California resident, write to us for a copy.\n';
    expect(basis(lintText(stl), 'ccpa')?.basis).toBe('none');
    expect(found(lintText(stl), 'ccpa/')).toEqual([]);
    const ccpa = `${stl}\nIf you are a California resident, you have the right to know what personal information we collect about you.\n`;
    expect(basis(lintText(ccpa), 'ccpa')).toMatchObject({ basis: 'addressed', line: 7 });
  });

  it("another country's regulator or privacy law is not the EU's or the UK's; a European resident's rights are", () => {
    const page = (line: string) => `# Privacy\n\nWe run the Acme booking app.\n\n## Your rights\n\n${line}\n`;
    // The Australian Information Commissioner is not the ICO.
    expect(basis(lintText(page('If you are not satisfied, you can make a complaint to the Office of the Australian Information Commissioner.')), 'uk-gdpr')?.basis).toBe('none');
    expect(basis(lintText(page('If you are not satisfied, you can make a complaint to the Information Commissioner.')), 'uk-gdpr')?.basis).toBe('addressed');
    // Nor is Switzerland's Federal Data Protection and Information Commissioner; people in "the EU or UK" are the UK's.
    expect(basis(lintText(page('You can complain to the Federal Data Protection and Information Commissioner (FDPIC).')), 'uk-gdpr')?.basis).toBe('none');
    expect(basis(lintText(page('If you are located in the EU or UK, this section applies to you.')), 'uk-gdpr')?.basis).toBe('addressed');
    // Data-protection vocabulary under Russia's law on personal data is that law's framework.
    const russian = 'We process personal data under Federal Law No. 152-FZ "On Personal Data". You may withdraw consent; the data controller is the sole proprietor named above.';
    expect(basis(lintText(page(russian)), 'gdpr')?.basis).toBe('none');
    // So is a right to data portability in a notice that applies to California residents.
    const california = 'This notice applies to California residents. You have the right to know, to delete and the right to data portability.';
    expect(basis(lintText(page(california)), 'gdpr')?.basis).toBe('none');
    expect(basis(lintText(page(california.replace('This notice applies to California residents. ', ''))), 'gdpr')?.basis).toBe('addressed');
    expect(basis(lintText(page('If you are a European resident, you have the right to access the personal information we hold about you, per the GDPR.')), 'gdpr')?.basis).toBe('addressed');
    expect(basis(lintText(page('Residents of certain U.S. states, including Colorado and Virginia, may have additional rights.')), 'us-states')?.basis).toBe('addressed');
    // An operator established outside Europe borrows the law's terms; a sentence to EU people still addresses it.
    const terms = 'We rely on consent as a legal basis for processing your information.';
    const abroad = (line: string) => `# Privacy\n\n## Definitions\n\n- **Country** refers to: Idaho, United States\n\n## Your rights\n\n${line}\n`;
    expect(basis(lintText(abroad(terms)), 'gdpr')?.basis).toBe('none');
    expect(basis(lintText(abroad(terms).replace('Idaho, United States', 'Switzerland')), 'gdpr')?.basis).toBe('addressed');
    expect(basis(lintText(abroad(`${terms} If you are in the European Union, you may ask for a copy of your data.`)), 'gdpr')?.basis).toBe('addressed');
    // A legal basis given under the GDPR is written for its people.
    expect(basis(lintText(page('Crash reports are sent only if you turn them on. Legal basis (GDPR): your consent.')), 'gdpr')?.basis).toBe('addressed');
  });

  it('configured jurisdictions decide alone', () => {
    const r = lintText(fs.readFileSync(path.join(FIXTURES, 'trust', 'named-only.md'), 'utf8'), { jurisdictions: ['ccpa'] });
    expect(basis(r, 'ccpa')?.basis).toBe('configured');
    expect(found(r, 'ccpa/applicability')).toEqual([]);
    expect(status(r, 'ccpa/right-know')).toBe('missing');
  });
});

describe('facts said in the text', () => {
  it('a service that collects nothing is asked for no rights, retention, uses or children statement, and no law reaches it', () => {
    const r = lintFixture('collects-nothing.md');
    expect(facts(r)).toEqual([['collectsNoPersonalData', 3]]);
    for (const id of ['common/user-rights', 'common/retention', 'common/data-use', 'common/security', 'common/children']) expect(status(r, id)).toBe('not-applicable');
    for (const id of ['common/contact', 'common/operator-identity']) expect(status(r, id)).toBe('not-applicable');
    // Nothing collected, so no change can reach anyone's data, and no law that could reach the
    // author (CalOPPA binds operators that collect personal information) asks for a date.
    expect(found(r, 'common/')).toEqual([]);
    for (const id of ['common/policy-changes', 'common/last-updated']) expect(status(r, id)).toBe('not-applicable');
  });

  it('a tool that sends its maintainer no usage statistics collects nothing; one that also keeps e-mail addresses does', () => {
    const text = '# Backup helper\n\nThe helper does not send usage statistics to its maintainer. Backups go straight to the disk you choose.\n';
    expect(facts(lintText(text))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText(`${text}\nWe store the e-mail address you give when you report a bug.\n`))).toEqual([]);
  });

  it('an extension whose processing happens entirely in the browser collects nothing, unless it also keeps e-mail addresses', () => {
    const text = '# Tab sorter\n\nThe extension sorts your tabs by title. This processing happens entirely inside your browser.\n';
    expect(facts(lintText(text))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText(`${text}\nWe collect your e-mail address when you join the mailing list.\n`))).toEqual([]);
  });

  it('"not directed to children" keeps COPPA out; a game designed for young children brings it in', () => {
    const adult = lintFixture('not-for-children.md');
    expect(basis(adult, 'coppa')?.basis).toBe('none');
    expect(found(adult, 'coppa/')).toEqual([]);
    // Two participles, each with its own preposition, share the negation.
    const notAimed = lintText('# Privacy\n\nAcme Ltd runs this site.\n\nOur services are not designed for, or intentionally targeted at, children 13 years of age or younger.\n');
    expect(facts(notAimed)).toEqual([]);
    expect(basis(notAimed, 'coppa')?.basis).toBe('none');
    // "for developers and is not for children": the words after "and is" belong to the second predicate.
    const devs = lintText('# Privacy\n\nAcme Ltd runs this site.\n\nThis project is intended for developers and is not for children.\n');
    expect(facts(devs)).toEqual([]);
    const kids = lintFixture('for-children.md');
    expect(facts(kids)).toEqual([['directedToChildren', 5], ['knowsChildrenUnder13', 7]]);
    expect(basis(kids, 'coppa')).toMatchObject({ basis: 'fact', line: 5 });
    expect(kids.messages.find((m) => m.ruleId === 'coppa/retention-policy')?.evidence?.[0].line).toBe(5);
  });

  it('a contact address at a UK government or NHS domain makes a public authority; a US regulator\'s address does not', () => {
    const page = (email: string) => `# Privacy notice\n\nWe use your e-mail address to send you job alerts.\n\nWrite to our Data Protection Officer at ${email}.\n`;
    expect(facts(lintText(page('dpo@services.nhs.net')))).toEqual([['publicAuthority', 5]]);
    expect(facts(lintText(page('privacy@education.gov.uk')))).toEqual([['publicAuthority', 5]]);
    expect(facts(lintText(page('privacy@acme-jobs.com')))).toEqual([]);
    expect(facts(lintText(`${page('privacy@acme-jobs.com')}\nYou may also complain to the FTC at complaints@ftc.gov.\n`))).toEqual([]);
  });

  it('a lead-in\'s verb reaches the object its items hold: "We never collect:" then "- any personal information"', () => {
    const never = lintText('# Privacy\n\nThe plugin can send anonymous usage statistics.\n\n## What we do not collect\n\nWe never collect:\n\n- values you type into dialogs\n- any personal information that could identify you\n');
    expect(facts(never)).toEqual([['collectsNoPersonalData', 10]]);
    // Quoted with its lead-in, so the reader sees the denial.
    expect(never.applicability?.facts.find((f) => f.fact === 'collectsNoPersonalData')?.text).toBe('We never collect: any personal information that could identify you');
    // A noun that ends the lead-in ("data collection") is no verb.
    const listing = lintText('# Privacy\n\nWe use your e-mail address to send receipts.\n\nWe report all data collection in our store listing:\n\n- sensitive data: none collected\n');
    expect(facts(listing)).toEqual([]);
  });

  it('consent as the only basis is defeated by a legitimate interest named anywhere, a table cell included', () => {
    const consent = '# Privacy\n\nThe basis for the processing of your data is your consent. We collect your e-mail address.\n';
    expect(facts(lintText(consent))).toEqual([['consentOnlyBasis', 3]]);
    expect(facts(lintText(`${consent}\n| Purpose | Basis |\n| --- | --- |\n| Security logs | Legitimate interests |\n`))).toEqual([]);
    expect(facts(lintText(`${consent}\nWe send a monthly newsletter.\n`))).toEqual([]);
  });

  it('a configured fact wins over the text', () => {
    const r = lintWithConfig(fs.readFileSync(path.join(FIXTURES, 'trust', 'collects-nothing.md'), 'utf8'), { facts: { collectsNoPersonalData: false } });
    expect(status(r, 'common/user-rights')).toBe('missing');
    // "does not … store … any personal data" still answers how long data is kept.
    expect(status(r, 'common/retention')).toBe('present');
  });
});

describe('requirements that arise only where the policy gives cause', () => {
  const st = (text: string, id: string, jurisdictions?: string[]) => status(lintText(text, { jurisdictions }), id);

  it('a children statement is asked where the service serves players, schools or families or lets people share content, not of a site that only keeps logs or a notes app', () => {
    expect(st('# Privacy\n\nOur web server keeps your IP address in its logs for seven days.\n', 'common/children')).toBe('not-applicable');
    expect(st('# Privacy\n\nYou create an account to play games with your friends.\n', 'common/children')).toBe('missing');
    expect(st('# Privacy\n\nYou create an account with your name and e-mail address to keep your notes.\n', 'common/children')).toBe('not-applicable');
    expect(st('# Privacy\n\nWe do not ask for your name or e-mail address.\n', 'common/children')).toBe('not-applicable');
  });

  it('a children statement is not asked of a service for businesses', () => {
    const b2b = '# Privacy\n\nWhen a merchant signs up we ask for the business name, a contact name and an e-mail address.\n';
    expect(st(b2b, 'common/children')).toBe('not-applicable');
    expect(facts(lintText(b2b))).toEqual([['servesBusinesses', 3]]);
    expect(st(b2b.replace('a merchant signs up we ask for the business name, a contact name', 'a player signs up we ask for your name'), 'common/children')).toBe('missing');
  });

  it('a children statement is not asked of a public authority\'s site', () => {
    const agency = '# Privacy\n\nWhen you visit benefits.example.gov, families can sign up for updates with their name and e-mail address.\n';
    expect(facts(lintText(agency))).toEqual([['publicAuthority', 3]]);
    expect(st(agency, 'common/children')).toBe('not-applicable');
    expect(st(agency.replace('benefits.example.gov', 'benefits.example.com'), 'common/children')).toBe('missing');
    expect(facts(lintText('# Privacy\n\nThank you for visiting the City of Larkport website. Families can sign up for news.\n'))).toEqual([['publicAuthority', 3]]);
    // A government department that names itself the controller; a company's department does not say so.
    const dept = '# Privacy\n\nThe Department for Rural Transport is the data controller for your information.\n\nTeachers sign up with their name.\n';
    expect(facts(lintText(dept))).toEqual([['publicAuthority', 3]]);
    expect(facts(lintText(dept.replace('The Department for Rural Transport is the data controller', 'Our support department answers questions')))).toEqual([]);
    expect(facts(lintText('# Privacy\n\nWhen you have an RTD (Department for Rural Transport) account, RTD collects and processes some of your personal data.\n'))).toEqual([['publicAuthority', 3]]);
    // A department named as the author of a framework a company follows is not the operator ("collection" is no verb).
    expect(facts(lintText('# Privacy\n\nWe follow the framework set forth by the U.S. Department of Commerce regarding the collection and use of personal information.\n'))).toEqual([]);
  });

  it('people located in the EU are not the operator: excluding them is no establishment there', () => {
    const excluded = '# Privacy\n\nAny person located in the European Union is never added to the list.\n';
    expect(facts(lintText(excluded))).toEqual([]);
    expect(facts(lintText('# Privacy\n\nWe are based in the European Union.\n'))).toEqual([['establishedInEU', 3]]);
  });

  it('"there is no collection of personal data" says it collects nothing; a qualified one does not', () => {
    expect(facts(lintText('# Privacy\n\nThe app respects your privacy. There is no collection of usage data or personal information.\n'))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText('# Privacy\n\nThere is no collection of personal data beyond what is necessary.\n'))).toEqual([]);
  });

  it('"the anonymous data we collect" is qualified by the words before its subject', () => {
    const text = '# Privacy\n\nWe never collect personal information of any kind.\n\nThe anonymous technical data we collect (crash reports) is used to fix bugs.\n';
    expect(facts(lintText(text))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText(text.replace('The anonymous technical data we collect', 'The e-mail address we collect')))).toEqual([]);
  });

  it('a link to a store\'s requirements is no statement that the operator stores data', () => {
    const text = '# Notice\n\nThis notice addresses https://developer.apple.com/app-store/app-privacy-details/.\n\nThe app does not collect any data.\n';
    expect(facts(lintText(text))).toEqual([['collectsNoPersonalData', 5]]);
  });

  it('a foundation that runs the service is non-commercial: the CCPA does not reach it', () => {
    const text = '# Privacy\n\nThe Lindqvist Foundation is committed to respecting your privacy. We collect your name and e-mail address when you sign up.\n\nCalifornia residents: under the CCPA you have the right to know and to delete.\n';
    expect(facts(lintText(text))).toEqual([['nonCommercial', 3]]);
    expect(basis(lintText(text), 'ccpa')?.basis).toBe('none');
    expect(facts(lintText(text.replace('The Lindqvist Foundation is', 'Lindqvist Software is')))).toEqual([]);
  });

  it('a club or a church named as the controller is non-commercial: the CCPA and CalOPPA do not reach it', () => {
    const text = '# Privacy\n\nData controller: Harbour Hill (rowing club)\n\nWe collect your name and e-mail address when you join.\n\nCalifornia residents: under the CCPA you have the right to know and to delete.\n';
    expect(facts(lintText(text))).toEqual([['nonCommercial', 3]]);
    expect(basis(lintText(text), 'ccpa')?.basis).toBe('none');
    expect(facts(lintText(text.replace('Harbour Hill (rowing club)', 'Harbour Hill Ltd')))).toEqual([]);
  });

  it('an app that never connects to the internet collects nothing; one that connects only to check for updates may', () => {
    expect(facts(lintText('# Privacy\n\nThis app does not connect to the internet in any way.\n'))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText('# Privacy\n\nThis app does not connect to the internet except to check for updates.\n'))).toEqual([]);
    // Connecting to no server the developer runs, or working only on the user's machine, says the same.
    expect(facts(lintText('# Privacy\n\nThe extension does not connect to any server managed by or accessible to the developer.\n'))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText('# Privacy\n\nThe extension does not connect to any server managed by the developer. We collect your e-mail address when you write to us.\n'))).toEqual([]);
    expect(facts(lintText('# Privacy\n\nThe tool only works locally on your Mac.\n'))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText('# Privacy\n\nKeyTone is an offline typing-sound utility.\n'))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText('# Privacy\n\nYour anonymous data is stored directly on your device only.\n'))).toEqual([['collectsNoPersonalData', 3]]);
    // One kind of data kept on the device says nothing of the rest.
    expect(facts(lintText('# Privacy\n\nBiometric data is stored directly on your device only.\n'))).toEqual([]);
    expect(facts(lintText('# Privacy\n\nKeyTone is an offline typing-sound utility. We collect your e-mail address when you buy a licence.\n'))).toEqual([]);
    // Sending no data off the machine says it, unless something is sent all the same.
    expect(facts(lintText('# Privacy\n\nThe tool does not send or transfer any data externally.\n'))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText('# Privacy\n\nThe tool does not send or transfer any data externally, except crash reports.\n'))).toEqual([]);
  });

  it('what other websites collect (embedded content) does not gainsay "no personal data is collected"', () => {
    const text = '# Privacy\n\nNo personal data is collected. Pages may embed videos from other websites. These websites may collect data about you.\n';
    expect(facts(lintText(text))).toEqual([['collectsNoPersonalData', 3]]);
    expect(facts(lintText(text.replace('These websites may', 'Our website may')))).toEqual([]);
  });

  it('a GmbH in Switzerland is no establishment in the EU; the GmbH that runs the site is', () => {
    expect(facts(lintText('# Privacy\n\nAlpwetter GmbH in Zurich, Switzerland, runs this site.\n'))).toEqual([]);
    expect(facts(lintText('# Privacy\n\nAlpwetter GmbH runs this site.\n'))).toEqual([['establishedInEU', 3]]);
  });

  it('a hosting company in a recipients table is not the operator: its seat is no establishment', () => {
    const table = '# Privacy\n\n| Recipient | Purpose | Country |\n| --- | --- | --- |\n| Nordhost GmbH | Server hosting | Germany |\n';
    expect(facts(lintText(table))).toEqual([]);
    expect(facts(lintText('# Privacy\n\nThis site is run by Lindgrün GmbH, Berlin, Germany.\n'))).toEqual([['establishedInEU', 3]]);
  });

  it("a generator's definition of the operator's country is where it is established", () => {
    const defs = (country: string) => `# Privacy\n\n## Definitions\n\n- **Company** refers to Tulip Apps.\n- **Country** refers to: ${country}\n`;
    expect(facts(lintText(defs('Netherlands')))).toEqual([['establishedInEU', 6]]);
    expect(facts(lintText(defs('United Kingdom')))).toEqual([['establishedInUK', 6]]);
    expect(facts(lintText(defs('Idaho, United States')))).toEqual([['establishedOutsideEurope', 6]]);
    expect(facts(lintText(defs('Switzerland')))).toEqual([]);
  });

  it("a controller 'under Ghana's Data Protection Act' is established outside Europe: the GDPR's terms do not bring the GDPR in", () => {
    const text = "# Privacy\n\nAcme Coaches Ltd is the data controller responsible for your personal information under Ghana's Data Protection Act, 2012. We keep your bookings.\n";
    const r = lintText(text);
    expect(facts(r)).toEqual([['establishedOutsideEurope', 3]]);
    expect(basis(r, 'gdpr')?.basis).toBe('none');
    expect(facts(lintText(text.replace("Ghana's Data Protection Act, 2012", 'the GDPR')))).toEqual([]);
  });

  it('cookies are not asked of a bot whose only website is where the policy is posted', () => {
    const bot = '# Privacy\n\nThe bot stores the IDs of the servers it joins. We will post changes to this policy on our website.\n';
    expect(st(bot, 'common/cookies')).toBe('not-applicable');
    expect(st(bot.replace('We will post changes to this policy on our website.', 'Our website shows the commands.'), 'common/cookies')).toBe('missing');
  });

  it('portability is asked where processing rests on consent or a contract, not where legitimate interest is the only basis', () => {
    const li = '# Privacy\n\nWe keep business contact details of company staff on the basis of our legitimate interests.\n';
    expect(st(li, 'gdpr/right-portability', ['gdpr'])).toBe('not-applicable');
    expect(st(li.replace('on the basis of our legitimate interests', 'with their consent'), 'gdpr/right-portability', ['gdpr'])).toBe('missing');
  });
});

describe('a missing disclosure names the template slot left for it', () => {
  const finding = (r: LintResult, id: string) => r.messages.find((m) => m.ruleId === id);

  it('"Last updated: [DATE]": the date is unfilled, and the fix is to fill the slot in', () => {
    const slot = lintText('# Privacy\n\nLast updated: [DATE]\n\nWe collect your e-mail address.\n');
    const m = finding(slot, 'common/last-updated');
    expect(m?.message).toBe('Date of the policy: the template slot "[DATE]" (line 3) is still unfilled.');
    expect(m?.suggestion).toBe('Fill in the template slot "[DATE]" on line 3.');
    expect(m?.evidence?.[0]).toMatchObject({ line: 3, text: '[DATE]' });
    expect(slot.coverage.find((c) => c.requirement === 'common/last-updated')?.reason).toBe('the template slot "[DATE]" (line 3) is still unfilled');
    expect(found(slot, 'draft/placeholder')).toEqual([['draft/placeholder', 3]]);
    // Every finding carries its rule's "how to comply" unless the check words its own.
    expect(finding(slot, 'draft/placeholder')?.suggestion).toBe('Replace the placeholder with the real value (legal name, address, date, period).');
    const none = lintText('# Privacy\n\nWe collect your e-mail address.\n');
    expect(finding(none, 'common/last-updated')?.message).toBe('The policy states no "last updated" or effective date.');
  });

  it('a date line with only a year says what it lacks, not that no date line exists', () => {
    const r = lintText('# Privacy\n\nLast updated: 2023\n\nWe collect your e-mail address.\n');
    expect(r.messages.find((m) => m.ruleId === 'common/last-updated')).toMatchObject({ severity: 1, message: 'Date of the policy: the line "Last updated: 2023" (line 3) gives no full date.' });
  });

  it("a slot counts only for the disclosure its words name: an e-mail slot is the contact's, not the operator's", () => {
    const r = lintText('# Privacy\n\nWe collect your e-mail address to send receipts.\n\n## Contact\n\nWrite to [EMAIL ADDRESS].\n');
    expect(finding(r, 'common/contact')?.message).toContain('the template slot "[EMAIL ADDRESS]" (line 7) is still unfilled');
    expect(finding(r, 'common/operator-identity')?.message).not.toContain('template slot');
  });
});

describe("a generator's template", () => {
  const template = '# Privacy Policy\n\n**Last updated:** {{effective_date}}\n\n{{#if collects_email}}\nWe collect your e-mail address to send receipts.\n{{/if}}\n';
  it('is a fact seen in the source, and its date variable is the date once rendered', () => {
    const r = lintText(template);
    expect(facts(r)).toEqual([['generatorTemplate', 5]]);
    // Its variables are the generator's to fill: no placeholder is reported.
    expect(r.messages.filter((m) => m.ruleId === 'draft/placeholder')).toEqual([]);
    expect(r.coverage.find((c) => c.requirement === 'common/last-updated')).toMatchObject({ status: 'present', evidence: [{ line: 3, text: 'Last updated: {{effective_date}}' }] });
  });

  it("a Jinja page's {% extends %} and {% block %} tags are the generator's, not placeholders", () => {
    const r = lintText('{% extends "base.html" %}\n{% block content %}\n<h1>Privacy notice</h1>\n<p>We collect your e-mail address to send receipts.</p>\n{% endblock %}\n', { format: 'html' });
    expect(facts(r)).toEqual([['generatorTemplate', 1]]);
    expect(r.messages.filter((m) => m.ruleId === 'draft/placeholder')).toEqual([]);
  });

  it('without the template blocks, the same line is a slot left unfilled', () => {
    const r = lintText(template.replace('{{#if collects_email}}\n', '').replace('{{/if}}\n', ''));
    expect(facts(r)).toEqual([]);
    expect(r.messages.find((m) => m.ruleId === 'common/last-updated')?.message).toBe('Date of the policy: the template slot "{{effective_date}}" (line 3) is still unfilled.');
  });
});

describe("a template's instruction is not the policy's text", () => {
  it('"[Explain deletion requests.]" is no evidence that rights are given', () => {
    const slot = lintText('# Privacy\n\nWe collect your e-mail address.\n\n## Your choices\n\n[Explain how people make deletion requests.]\n');
    expect(status(slot, 'common/user-rights')).toBe('missing');
    const filled = lintText('# Privacy\n\nWe collect your e-mail address.\n\n## Your choices\n\nSend deletion requests to privacy@example.org.\n');
    expect(status(filled, 'common/user-rights')).toBe('present');
  });
});

describe('triggers are statements of fact', () => {
  const r = lintFixture('triggers.md');
  it('"we do not and will not sell" needs no opt-out link, "if we ever offer" no incentive notice', () => {
    expect(status(r, 'ccpa/opt-out-link')).toBe('not-applicable');
    expect(status(r, 'ccpa/financial-incentive')).toBe('not-applicable');
    expect(status(r, 'ccpa/under-16-knowledge')).toBe('not-applicable');
  });
  it('a hashed e-mail address given to ad companies to keep someone out of ads is suppression, not sharing for advertising', () => {
    const ca = '## California residents\n\nCalifornia residents may ask us what personal information we hold about them.\n';
    const suppress = lintText(`# Privacy\n\nWe may disclose a one-way hash of your e-mail address to ad companies to exclude you from seeing our ads.\n\n${ca}`);
    expect(status(suppress, 'ccpa/opt-out-link')).toBe('not-applicable');
    const target = lintText(`# Privacy\n\nWe may disclose a one-way hash of your e-mail address to ad companies to show you our ads on other sites.\n\n${ca}`);
    expect(status(target, 'ccpa/opt-out-link')).toBe('missing');
  });
  it('"remove all data stored about you forever" is no indefinite retention', () => {
    expect(found(r, 'conflict/')).toEqual([]);
  });
  it('request rights given, their verification described', () => {
    expect(status(r, 'ccpa/verification')).toBe('present');
    expect(status(r, 'ccpa/right-correct')).toBe('present');
  });
});

describe('document kinds', () => {
  it('a notice at collection is checked for what a notice at collection holds', () => {
    const r = lintFixture('notice-at-collection.md');
    expect(r.applicability?.kind).toMatchObject({ kind: 'notice-at-collection' });
    expect(status(r, 'ccpa/right-know')).toMatch(/not-applicable/);
    expect(r.coverage.find((c) => c.requirement === 'ccpa/right-know')?.reason).toMatch(/a notice at collection need not say this/);
    expect(status(r, 'ccpa/retention')).toBe('present');
    expect(found(r, 'ccpa/')).toEqual([]);
  });

  it('a stub gets one finding, and nothing else is checked', () => {
    const r = lintFixture('stub.md');
    expect(r.applicability?.kind.kind).toBe('stub');
    expect(found(r, 'common/')).toEqual([['common/stub', 3]]);
  });

  it("a page's first top-level heading after its site navigation is its title", () => {
    const nav = Array.from({ length: 6 }, (_, i) => `<p><a href="/p${i}">Page ${i}</a></p>`).join('\n');
    const cookies = '<p>We use cookies to keep you signed in. A cookie is a small file a website stores on your device. Our cookies expire after one year, and you can delete them in your browser settings.</p>';
    const r = lintText(`<html><body>\n${nav}\n<h1>Cookie Policy</h1>\n${cookies}\n${cookies}\n</body></html>\n`, { format: 'html' });
    expect(r.applicability?.kind).toMatchObject({ kind: 'cookie-notice', reason: 'its title is "Cookie Policy"' });
    // Below a header line with the site's name, which reads as a heading of its own.
    const branded = lintText(`<html><body>\n<div>Brightline</div>\n${nav}\n<h1>Cookie Policy</h1>\n${cookies}\n${cookies}\n</body></html>\n`, { format: 'html' });
    expect(branded.applicability?.kind).toMatchObject({ kind: 'cookie-notice', reason: 'its title is "Cookie Policy"' });
  });

  it('the short layer of a layered notice, titled as the policy, is a stub when it sends its reader to the full version', () => {
    const page = (heading: string) => `# Privacy Policy\n\n## ${heading}\n\nWe use advertising identifiers to show ads in the free version and to count app starts. We share them with our ad and analytics providers.\n\n## Full version\n\nThe full version of the detailed [Privacy Policy is available here](https://policies.example/acme-app).\n`;
    expect(found(lintText(page('Short version')))).toEqual([['common/stub', 9]]);
    // Titled as the policy with no short layer: checked as a policy.
    expect(found(lintText(page('What we do'))).length).toBeGreaterThan(3);
  });

  it('a short page that sends its reader to the policy kept elsewhere is a stub; a short policy or supplement is not', () => {
    const principles = 'We build our research glasses so that the people around a wearer can see when they record. Recordings made in public are blurred before researchers see them, and we keep to four principles of responsible innovation in everything we make.';
    const page = lintText(`---\ntitle: Privacy\n---\n\n# Privacy\n\n${principles}\n\n[View privacy policy](https://glasses-research.org/privacy-policy/)\n`);
    expect(page.applicability?.kind).toMatchObject({ kind: 'stub', reason: expect.stringContaining('line 9') });
    expect(found(page)).toEqual([['common/stub', 9]]);
    const legal = lintText(`# Legal information\n\nWe comply with the CCPA by giving California residents the right to access and delete their personal information.\n\nFor more information about our compliance with these laws, please see our Privacy Policy.\n`);
    expect(found(legal)).toEqual([['common/stub', 5]]);
    const licence = lintText('DATA COLLECTION\nThe software may collect information about your use of it and send it to Lindqvist Software.\nOur privacy statement is located at https://lindqvist.example/privacy.\n', { format: 'text' });
    expect(found(licence)).toEqual([['common/stub', 3]]);
    // Titled as a policy: a short policy whose changes are posted "on this page" is checked as one.
    const own = lintText(`# Privacy Policy\n\n${principles}\n\nFor more information about changes, read our privacy policy on this page.\n`);
    expect(own.applicability?.kind.kind).toBe('policy');
    // A page titled for something else that links the privacy policy is its companion.
    const steps = 'Open the app and go to Settings. Tap Delete Account and confirm. Your pantry, saved recipes and shopping lists are removed from this device, and your account is removed from our sign-in provider.';
    const deletion = lintText(`# Account deletion\n\n${steps}\n\n${steps}\n\nMore: [Privacy Policy](privacy.md)\n`);
    expect(deletion.applicability?.kind).toMatchObject({ kind: 'stub', reason: 'it is a page about "Account deletion" that links the privacy policy (line 7)' });
    // A page whose title names privacy is a privacy text, whatever its footer links.
    expect(lintText(`# Privacy\n\n${steps}\n\n${steps}\n\n[Privacy Policy](privacy.md)\n`).applicability?.kind.kind).toBe('policy');
    // A supplement's title decides before its pointer to the main policy.
    const supplement = lintText(`# California Privacy Notice\n\nCalifornia residents have the right to know what personal information we collect. For more information, please see our Privacy Policy.\n`);
    expect(supplement.applicability?.kind.kind).toBe('supplement');
  });

  it('an untitled file that is all about rights is a section of a policy kept in parts: nothing is asked of it', () => {
    const r = lintFixture('rights-section.md');
    expect(r.applicability?.kind).toMatchObject({ kind: 'section' });
    expect(found(r)).toEqual([]);
    expect(r.coverage.find((c) => c.requirement === 'common/contact')?.reason).toMatch(/a section of a policy kept in parts need not say this/);
    // The same text under a title is a policy, and is asked for what it leaves out.
    const titled = lintText(`# Privacy policy\n\n${fs.readFileSync(path.join(FIXTURES, 'trust', 'rights-section.md'), 'utf8')}`);
    expect(titled.applicability?.kind.kind).toBe('policy');
    expect(found(titled, 'common/contact')).toEqual([['common/contact', 1]]);
  });

  it('a file that says it is not a privacy policy is a stub, whatever its length', () => {
    const r = lintFixture('audit-report.md');
    expect(r.applicability?.kind).toMatchObject({ kind: 'stub', reason: 'its opening says "It is not a privacy policy, but a record of our…" (line 5)' });
    expect(found(r)).toEqual([['common/stub', 5]]);
    // Titled "Privacy Notice", it calls itself one: the disclaimer denies only the word "policy".
    const notice = lintText(fs.readFileSync(path.join(FIXTURES, 'trust', 'audit-report.md'), 'utf8').replace('# Privacy notes', '# Privacy Notice'));
    expect(notice.applicability?.kind.kind).toBe('policy');
    expect(found(notice, 'common/stub')).toEqual([]);
  });

  it('a page that includes the policy from a file named for it is a stub, however long its introduction', () => {
    const r = lintFixture('include-wrapper.md');
    expect(r.applicability?.kind).toMatchObject({ kind: 'stub' });
    expect(r.applicability?.kind.reason).toMatch(/included from privacy-body\.html/);
    expect(found(r, 'common/contact')).toEqual([]);
    // An include of something else (a footer) leaves a policy a policy.
    const body = 'We collect your e-mail address to send receipts, and we keep it for as long as your account is open. '.repeat(5);
    const footer = lintText(`# Privacy Policy\n\n${body}\n\n{% include footer.html %}\n`);
    expect(footer.applicability?.kind.kind).toBe('policy');
  });

  it('a policy in another language gets one note naming it', () => {
    const r = lintFixture('german.md');
    expect(r.applicability?.language).toEqual({ code: 'de', name: 'German' });
    expect(found(r)).toEqual([['common/language', 1]]);
    expect(r.messages[0].message).toContain('German');
    // A law it names gets no note of its own: whether the policy addresses that law's people is
    // read in English too.
    const naming = lintText(`${fs.readFileSync(path.join(FIXTURES, 'trust', 'german.md'), 'utf8')}\nWir verarbeiten Ihre Daten nach der GDPR und dem CCPA, soweit diese Gesetze für uns gelten.\n`);
    expect(found(naming)).toEqual([['common/language', 1]]);
  });

  it('short Chinese list items are prose, and a language the identifier cannot name is still not English', () => {
    const zh = lintText('# 隐私说明\n\n- 本工具只在你的电脑上运行，不会把文件内容上传到任何服务器。\n- 如果你开启崩溃报告，我们会收到错误信息和系统版本，用于修复问题。\n- 我们不会出售或出租你的任何信息。\n');
    expect(zh.applicability?.language).toEqual({ code: 'zh', name: 'Chinese' });
    expect(found(zh)).toEqual([['common/language', 1]]);
    // Welsh, which the identifier's table lacks.
    const cy = lintText("# Hysbysiad preifatrwydd\n\nMae'r elusen hon yn casglu eich enw a'ch cyfeiriad e-bost pan fyddwch yn ymuno â'n rhestr bostio. Rydym yn defnyddio'r wybodaeth hon i anfon newyddion atoch am ein gwaith yn y gymuned.\n\nByddwn yn cadw eich manylion am ddwy flynedd ar ôl i chi adael y rhestr, ac wedyn byddwn yn eu dileu.\n");
    expect(cy.applicability?.language.code).toBe('und');
    expect(found(cy)).toEqual([['common/language', 1]]);
    expect(cy.messages[0].message).toContain('a language other than English');
  });

  it('a policy whose English version is a third of its prose (one of three languages) is read in English', () => {
    const de = 'Wir verarbeiten Ihre Daten nur, soweit dies für den Betrieb der App erforderlich ist, und geben sie nicht an Dritte weiter. ';
    const en = 'We process your data only as far as the app needs it to work, and we do not pass it on to anyone else. ';
    // Measured in letters: four English sentences are 0.51 of the six German ones, three are 0.39.
    const page = (n: number) => `# Datenschutz\n\n${de.repeat(3)}\n\n${de.repeat(3)}\n\n# Privacy\n\n${en.repeat(2)}\n\n${en.repeat(n)}\n`;
    expect(lintText(page(2)).applicability?.language.code).toBe('en');
    expect(lintText(page(1)).applicability?.language.code).toBe('de');
  });

  it('documentKinds in the configuration decides the kind', () => {
    const r = lintWithConfig(fs.readFileSync(path.join(FIXTURES, 'trust', 'addressed.md'), 'utf8'), { documentKinds: { 'PRIVACY.md': 'cookie-notice' } });
    expect(r.applicability?.kind).toMatchObject({ kind: 'cookie-notice', reason: 'set in the configuration (documentKinds)' });
    expect(found(r, 'ccpa/')).toEqual([]);
  });
});

describe('structure read as written', () => {
  it('a table of contents, a flattened table cell, a bold date line, subsections after a lead-in and an HTML comment make no finding', () => {
    const r = lintText(fs.readFileSync(path.join(FIXTURES, 'trust', 'structure.md'), 'utf8'));
    expect(found(r, 'draft/')).toEqual([]);
    expect(status(r, 'common/last-updated')).toBe('present');
    expect(status(r, 'common/data-use')).toBe('present');
  });
});

describe('lines that look like headings but are not', () => {
  const sections = (text: string) => found(lintText(text), 'draft/empty-section');

  it('a bold link line under the title, an italic note and sentences over a line of dashes head no section', () => {
    const body = '## What we keep\n\nWe keep the ID of each muted member.\n\n';
    const tail = '\n\n---\n\n## Your server\n\nWe keep the server ID.\n';
    expect(sections(`# Privacy\n\n${body}**Policy page: https://plutyx.example/privacy**${tail}`)).toEqual([]);
    expect(sections(`# Privacy\n\n${body}**Policy Page**${tail}`)).toEqual([['draft/empty-section', 7]]);
    expect(sections(`# Privacy\n\n${body}*This record is deleted when the mute ends*\n\n## Your server\n\nWe keep the server ID.\n`)).toEqual([]);
    expect(sections(`# Privacy\n\n${body}*Server Records*\n\n## Your server\n\nWe keep the server ID.\n`)).toEqual([['draft/empty-section', 7]]);
    const setext = '# Privacy\n\n## Your rights\n\nYou may ask for a copy of your data or its deletion by writing to the owner. Requests are answered within a week.\n-----\n\n## Changes\n\nWe post changes here.\n';
    expect(sections(setext)).toEqual([]);
    const one = '# Privacy\n\n## Your rights\n\n## Contact\n\nFor any questions or concerns about this policy, please send us an e-mail at privacy@plutyx.example.\n---\n';
    expect(sections(one)).toEqual([['draft/empty-section', 3]]);
    expect(sections('# Privacy\n\n## Your rights\n\nData requests\n-----\n\n## Changes\n\nWe post changes here.\n')).toEqual([['draft/empty-section', 3], ['draft/empty-section', 5]]);
  });

  it('a parent heading over its subsections at its own level is no empty section; over an unrelated heading it is', () => {
    const page = (next: string) => `# Privacy\n\nWe run the Tulip app.\n\n### Interpretation and Definitions\n\n### ${next}\n\nWords in capitals are defined below.\n`;
    expect(sections(page('Definitions'))).toEqual([]);
    expect(sections(page('Contact'))).toEqual([['draft/empty-section', 5]]);
  });
});

describe('a heading that starts a clause is the lead-in of the list under it', () => {
  it('"We do NOT:" above "Store your data on our servers" denies each item', () => {
    const page = '<h1>Privacy</h1>\n<p>Your habits are kept on your device.</p>\n<h3>We Do NOT:</h3>\n<ul><li>Store your data on our servers</li><li>Share your data with third parties</li></ul>\n';
    const r = lintText(page, { format: 'html' });
    expect(facts(r)).toEqual([['collectsNoPersonalData', 4]]);
    // The same items under a heading that is no clause are statements of their own.
    expect(facts(lintText(page.replace('We Do NOT:', 'Storage'), { format: 'html' }))).toEqual([]);
  });
});

describe('a notice and its main policy', () => {
  it('"for everything else, we follow our agency\'s privacy notice" hands every topic it leaves out over, with one note', () => {
    const page = '# Pitch program privacy\n\nWe use the name and e-mail address you give in a pitch to reply to you, on our website.\n\n## Everything else\n\nFor everything else, we follow the practices outlined in the agency privacy and security notice.\n';
    const r = lintText(page);
    expect(r.coverage.find((c) => c.requirement === 'common/cookies')).toMatchObject({ status: 'not-applicable', reason: 'left to another policy: line 7 hands this topic over to it' });
    expect(found(r, 'common/cookies')).toEqual([]);
    expect(found(r, 'common/cross-reference')).toEqual([['common/cross-reference', 7]]);
    // The agency's notice alone, named in passing, hands nothing over.
    expect(found(lintText(page.replace('For everything else, we follow', 'We are proud of')), 'common/cookies')).toEqual([['common/cookies', 1]]);
  });

  it('a file that names another policy as the canonical one, or as the one that prevails over it, hands everything over', () => {
    const page = (line: string) => `# Privacy Policy\n\nLast updated: 2026-01-22\n\n${line}\n\nThe app stores your settings.\n`;
    expect(found(lintText(page('Our privacy policy on the main website is the single canonical policy for the app.')))).toEqual([['common/cross-reference', 5]]);
    expect(found(lintText(page('If there is any discrepancy between this file and the policy on our website, the website prevails.')))).toEqual([['common/cross-reference', 5]]);
    // A translation clause hands nothing over.
    expect(found(lintText(page('If there is any discrepancy between translations of this policy, the English version prevails.'))).length).toBeGreaterThan(3);
  });

  it('a notice to be "read together with" the privacy policy hands everything it leaves out over to it', () => {
    const page = "# Children's privacy\n\nLast updated: 2026-09-03. Read together with our privacy policy (`privacy-policy.md`).\n\nA parent can see, correct and delete everything we hold about their child.\n";
    expect(found(lintText(page, { jurisdictions: ['gdpr'] }))).toEqual([['common/cross-reference', 3]]);
  });

  it('a short page that links its privacy statement as a PDF hands everything over to it; a long policy that offers itself as a PDF does not', () => {
    const page = (more: string) => `# Privacy statement\n\nLast update: 2026-02-01.\n\nThe current version: [Larkport Cloud Privacy Statement v2](https://larkport.example/privacy-2.pdf) (PDF)\n\nWe announce major updates to active users by e-mail.${more}\n`;
    expect(found(lintText(page('')))).toEqual([['common/cross-reference', 5]]);
    // The same link under a web page, not a document file, is no hand-over.
    expect(found(lintText(page('').replace('privacy-2.pdf', 'privacy-2'))).length).toBeGreaterThan(3);
    // A long policy with a PDF copy of itself is still checked.
    const long = ' We keep your e-mail address to send you notices about your account and the service.'.repeat(80);
    expect(found(lintText(page(long))).length).toBeGreaterThan(3);
  });

  it('"we are subject to the university\'s privacy policy" and "this project follows the company\'s privacy policy" hand over what they leave out', () => {
    // A page about the site's cookies, titled as its privacy page (a cookie notice is not asked for a contact at all).
    const cookies = '# Website privacy\n\nAs a unit of the university we are subject to the [University Privacy Policy](https://uni.example.edu/privacy).\n\n## Cookies\n\nOur web server gives your browser a session cookie that holds a random number and nothing else. You can refuse cookies in your browser settings.\n';
    const r = lintText(cookies);
    expect(found(r, 'common/contact')).toEqual([]);
    expect(found(r, 'common/cross-reference')).toEqual([['common/cross-reference', 3]]);
    const project = '# Telemetry\n\nThe CLI sends the command name and its duration when telemetry is on. This project follows the Privacy Policy of Acme Corp.\n';
    expect(found(lintText(project), 'common/cross-reference')).toEqual([['common/cross-reference', 3]]);
    expect(found(lintText(cookies.replace('we are subject to', 'we admire')), 'common/contact')).toEqual([['common/contact', 1]]);
    const telemetry = '# Privacy\n\nThe CLI sends anonymous usage data to Acme. Telemetry data is covered by [Acme\'s privacy policy](https://acme.example/privacy).\n';
    expect(found(lintText(telemetry), 'common/contact')).toEqual([]);
    expect(found(lintText(telemetry), 'common/cross-reference')).toEqual([['common/cross-reference', 3]]);
    expect(found(lintText(telemetry.replace('Telemetry data is covered by', 'Payments are covered by')), 'common/contact')).toEqual([['common/contact', 1]]);
  });

  it('a service "hosted by" an organisation and "consequently subject to" its privacy policy hands everything over', () => {
    const page = '# Archive privacy\n\nThe Archive is hosted by the Institute and consequently subject to this organisation\'s [Privacy Policy](https://institute.example/privacy).\n\n## Agreements\n\nResearchers who submit data sign a processing agreement with the Institute.\n';
    expect(found(lintText(page), 'common/cross-reference')).toEqual([['common/cross-reference', 3]]);
    expect(found(lintText(page), 'common/contact')).toEqual([]);
    // A third party's own policy is no hand-over.
    const third = page.replace('The Archive is hosted by the Institute and consequently subject to this organisation\'s', 'Payment partners are subject to their own');
    expect(found(lintText(third), 'common/cross-reference')).toEqual([]);
  });

  it('a telemetry page is a telemetry note: asked what it sends, why and how to turn it off, not for a contact or a date', () => {
    const page = '# Telemetry\n\nThe Skybit CLI sends anonymous usage events: the command name, its duration and the operating system.\n\nSet `SKYBIT_TELEMETRY=0` to turn it off.\n';
    const r = lintText(page);
    expect(r.applicability?.kind).toMatchObject({ kind: 'telemetry-notice', reason: 'its title is "Telemetry"' });
    expect(found(r)).toEqual([['common/data-use', 1]]);
    expect(found(lintText(page.replace('# Telemetry', '# Privacy')))).toEqual(expect.arrayContaining([['common/contact', 1], ['common/last-updated', 1]]));
    // "Data Collection" over telemetry sentences is a telemetry note too.
    expect(lintText(page.replace('# Telemetry', '# Data Collection')).applicability?.kind).toMatchObject({ kind: 'telemetry-notice' });
  });

  it('processing terms (a contract with customers) are checked for drafting defects only, not as a notice to consumers', () => {
    const body = 'These CCPA Terms supplement the [Terms and Conditions](/terms.html) (the "Agreement") when the CCPA applies to personal information you upload.\n\nUnless otherwise defined in these CCPA Terms, capitalised terms have the meanings given in the Agreement.\n\nBrightwell agrees and certifies that it will not sell Personal Information or use it except as the Agreement permits.\n';
    const r = lintText(`# CCPA terms\n\n${body}`);
    expect(r.applicability?.kind).toMatchObject({ kind: 'processing-terms', reason: 'its title is "CCPA terms"' });
    expect(found(r)).toEqual([]);
    // Said in the opening under another title.
    expect(lintText(`# Legal\n\n${body}`).applicability?.kind).toMatchObject({ kind: 'processing-terms', reason: 'its opening says so (line 3)' });
    // A California notice is no contract.
    expect(lintText('# CCPA notice\n\nWe collect your e-mail address to send receipts. California residents may ask us to delete it.\n').applicability?.kind.kind).not.toBe('processing-terms');
  });

  it('a note for those who run the software is checked for drafting defects only: whoever runs it writes the policy', () => {
    const note = '# GDPR\n\nThe viewer itself does no tracking, but it loads some third-party services.\n\n- Web fonts: the viewer loads them from a CDN. You can install them locally if you prefer.\n- Analytics: off by default; enable it by removing the commented part of the related code.\n- Icons: the viewer uses a CDN for them. Set the environment variable ICONS_LOCAL to serve them yourself.\n';
    const r = lintText(note);
    expect(r.applicability?.kind).toMatchObject({ kind: 'deployer-note', reason: 'its title is "GDPR"' });
    expect(found(r)).toEqual([]);
    // A policy that speaks of installing the product is still a policy.
    const policy = '# Privacy\n\nWhen you install the app we collect your e-mail address.\n\nWe use it to send receipts. Uninstalling the app deletes your data.\n';
    expect(lintText(policy).applicability?.kind.kind).toBe('policy');
  });

  it('a "Do Not Sell or Share" page is a notice of the right to opt out, checked for that right only', () => {
    const page = '---\ntitle: Do Not Sell or Share My Personal Information\nbanner:\n  title: "This form is a preview"\n---\n\nCalifornia residents have the right to opt out of the sale or sharing of their personal information.\n\n## How we collect it\n\n- When you visit our website\n- When you create an account\n';
    const r = lintText(page);
    // The banner's nested "title:" is not the page's.
    expect(r.applicability?.kind).toMatchObject({ kind: 'opt-out-notice', reason: 'its title is "Do Not Sell or Share My Personal Information"' });
    expect(found(r, 'ccpa/right-know')).toEqual([]);
    expect(found(r, 'common/retention')).toEqual([]);
    // The one thing it must do: describe the right to opt out.
    expect(r.coverage.find((c) => c.requirement === 'ccpa/right-opt-out')?.status).toBe('present');
    const bare = '---\ntitle: Do Not Sell or Share My Personal Information\n---\n\nThis page is for California residents under the CCPA. Write to privacy@acme.test with any question.\n';
    expect(lintText(bare).messages.map((m) => m.ruleId)).toEqual(['ccpa/right-opt-out']);
  });

  it('"we have obligations under the UK General Data Protection Regulation" addresses the UK; "read more about … your rights in the … privacy notice" hands the rights over', () => {
    const page = '# Website privacy\n\nWe collect your IP address when you visit this website, to count visits.\n\n## Our legal obligations\n\nWe have obligations under the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018.\n\n## More\n\nYou can read more about how we handle personal information and your data protection rights in the [Trust privacy notice](https://trust.example/privacy).\n';
    const r = lintText(page);
    expect(r.applicability?.packs.find((p) => p.pack === 'uk-gdpr')).toMatchObject({ basis: 'addressed', line: 7 });
    expect(found(r, 'uk-gdpr/complaint-ico')).toEqual([]);
    expect(found(r, 'common/cross-reference')).toEqual([['common/cross-reference', 11]]);
    expect(found(lintText(page.replace('You can read more about', 'We care about')), 'uk-gdpr/complaint-ico')).toEqual([['uk-gdpr/complaint-ico', 1]]);
  });

  it('a file titled only "Cookies" in its front matter is a cookie notice', () => {
    const page = '---\ntitle: Cookies\n---\nWe use cookies and pixels to recognise your browser and to keep your preferences.\n\n* Keeping track of your preferences.\n* Measuring visits to our site.\n\nYou can block cookies in your browser settings.\n';
    const r = lintText(page);
    expect(r.applicability?.kind.kind).toBe('cookie-notice');
    expect(found(r, 'common/user-rights')).toEqual([]);
  });

  it('a policy kept in front-matter fields, the body empty, is read where it stands: not a stub', () => {
    const field = [
      'This policy describes how the Harbour Rowers collect and use personal data on this site.',
      '',
      '**Data collected:** the contact form sends your name, e-mail address and message to our secretary. We do not use tracking cookies.',
      '',
      '**Retention:** messages are kept in our mailbox for one year. To ask for their deletion, write to secretary@harbour-rowers.example.',
      '',
      '**Your rights:** you may ask for access to, correction or deletion of your personal data at any time by writing to us.',
    ];
    const page = `---\nlayout: policy\ntitle: Privacy Policy\nbody_en: |\n${field.map((l) => (l ? `  ${l}` : '')).join('\n')}\n---\n`;
    const r = lintText(page);
    expect(r.applicability?.kind.kind).toBe('policy');
    expect(found(r, 'common/stub')).toEqual([]);
    expect(r.coverage.find((c) => c.requirement === 'common/retention')?.evidence?.[0]).toMatchObject({ line: 9 });
    // A page with a body of its own keeps its front matter as settings.
    const withBody = page + '\n# Privacy\n\n' + 'We keep the e-mail address you give us to answer you, and nothing else. '.repeat(6) + '\n';
    expect(lintText(withBody).coverage.find((c) => c.requirement === 'common/retention')?.status).toBe('missing');
    // A rich-text tree kept as YAML (sentences split across nodes, links in "marks") is not read as text.
    const node = (text: string) => `      -\n        type: paragraph\n        content:\n          -\n            type: text\n            text: '${text}'`;
    const tree = `---\ntitle: Privacy Policy\narticle:\n  -\n    content:\n${field.filter(Boolean).map(node).join('\n')}\n---\n`;
    expect(lintText(tree).applicability?.kind.kind).toBe('stub');
  });

  it('a Wiki.js page titled in its opening comment ("<!-- TITLE: Cookie Policy -->") is a cookie notice', () => {
    const page = '<!-- TITLE: Cookie Policy -->\n<!-- SUBTITLE: How this wiki uses cookies -->\n\n# Info\n\nWe place small files called cookies on your device so that the wiki remembers your settings.\n\nA cookie keeps you signed in. You can delete or block cookies in your browser.\n';
    expect(lintText(page).applicability?.kind).toMatchObject({ kind: 'cookie-notice', reason: 'its title is "Cookie Policy"' });
    // A comment further down titles nothing.
    expect(lintText(page.replace('<!-- TITLE: Cookie Policy -->\n', '') + '\n<!-- TITLE: Cookie Policy -->\n').applicability?.kind.kind).toBe('policy');
  });

  it("a cookie notice's own date is its own: a link to the privacy policy does not take it over", () => {
    const cookies = [
      '## Session cookies\n\nA session cookie keeps you signed in until you close the browser, and it holds a random identifier and nothing else.',
      '## Preference cookies\n\nA preference cookie remembers your language and theme for one year, so that pages open the way you left them.',
      '## Managing cookies\n\nYou can delete or block cookies in your browser settings at any time; the site then asks you to sign in again on each visit.',
    ].join('\n\n');
    const r = lintText(`# Cookie Policy\n\nLast updated: [DATE]\n\nWe use cookies to keep you signed in. Read our [Privacy Policy](privacy.md).\n\n${cookies}\n`);
    expect(r.applicability?.kind.kind).toBe('cookie-notice');
    expect(status(r, 'common/last-updated')).toBe('missing');
    // Its date is its own to state; contact details belong to the privacy notice, not to it.
    expect(status(r, 'common/contact')).toBe('not-applicable');
    expect(found(r, 'common/cross-reference')).toEqual([]);
  });

  it('a page titled "Cookies" that lists its cookies with their expiry is a cookie notice', () => {
    const rows = ['| _ga | Google Analytics | Tells visitors apart | 2 years |', '| _gid | Google Analytics | Tells visitors apart | 24 hours |', '| consent | This site | Remembers your cookie choice | 1 year |'];
    const page = `---\ntitle: Cookies\n---\nThis page describes what information is gathered when you use this site and what it is used for.\n\nThe information gathered does not include your name, telephone number or e-mail address.\n\n## Measuring use of the site\n\nWe use Google Analytics to learn how you use the site, so that we can improve it.\n\nWe do not allow Google to use or share this information.\n\nIt records how you got to the site, the pages you visit and how long you stay.\n\n| Name | Set by | Purpose | Expires |\n|---|---|---|---|\n${rows.join('\n')}\n`;
    const r = lintText(page);
    expect(r.applicability?.kind.kind).toBe('cookie-notice');
    expect(found(r, 'gdpr/')).toEqual([]);
  });

  const write = () => {
    const dir = tmpDir();
    fs.writeFileSync(
      path.join(dir, 'privacy.md'),
      '# Privacy Policy\n\nLast updated: March 3, 2026\n\nAcme Ltd ("we") runs the Acme app. Contact us at privacy@acme.io.\n\nWe collect your e-mail address to run your account and keep it while your account is open.\n\n## California residents\n\nIf you are a California resident, you have the right to know what we collect.\n',
    );
    fs.writeFileSync(path.join(dir, 'ca-notice.md'), '# California Privacy Notice\n\nThis notice supplements our [Privacy Policy](privacy.md) for California residents.\n\nIf you are a California resident, you have the right to know what we collect and the right to delete it.\n');
    return dir;
  };
  it('linted alone, the notice hands what it leaves out to the main policy, with one note', () => {
    const dir = write();
    const r = cli(['--no-config-lookup', '-f', 'json', 'ca-notice.md'], { cwd: dir });
    const [res] = JSON.parse(r.stdout) as LintResult[];
    expect(res.messages.filter((m) => m.ruleId === 'common/cross-reference').map((m) => m.line)).toEqual([3]);
    // The note names the topics it took away, in words, and says how many more; the JSON lists them all.
    expect(res.messages.find((m) => m.ruleId === 'common/cross-reference')?.message).toMatch(/^Not checked here: [a-z, ]+ and \d+ more, left to the linked "Privacy Policy"; lint that policy with this file\.$/);
    expect(res.applicability?.references[0].topics).toContain('retention');
    expect(res.coverage.find((c) => c.requirement === 'ccpa/retention')).toMatchObject({ status: 'not-applicable', reference: { line: 3 } });
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it('a notice that supplements the privacy policy leaves the CalOPPA items to it; a standalone CCPA notice is asked them', () => {
    const rights = 'If you are a California resident, you have the right to know what we collect and the right to delete it.';
    const r = lintText(`# California Privacy Notice\n\nThis notice for California residents adds to the privacy policy of Acme Ltd.\n\n${rights}\n`);
    expect(r.applicability?.kind.kind).toBe('supplement');
    expect(basis(r, 'caloppa')).toMatchObject({ basis: 'none', reason: 'the CalOPPA does not apply: a notice that supplements the privacy policy (line 3)' });
    expect(found(r, 'caloppa/')).toEqual([]);
    expect(found(r, 'ccpa/').length).toBeGreaterThan(0);
    const alone = lintText(`# California Privacy Notice\n\nAcme Ltd gives this notice to California residents.\n\n${rights}\n`);
    expect(found(alone, 'caloppa/').length).toBeGreaterThan(0);
  });
  it('linted with it, the notice takes the main policy\'s evidence and the note goes', () => {
    const dir = write();
    const r = cli(['--no-config-lookup', '-f', 'json', 'ca-notice.md', 'privacy.md'], { cwd: dir });
    const [notice] = JSON.parse(r.stdout) as LintResult[];
    expect(notice.messages.filter((m) => m.ruleId === 'common/cross-reference')).toEqual([]);
    expect(notice.coverage.find((c) => c.requirement === 'ccpa/retention')).toMatchObject({ status: 'present', evidence: [{ line: 7, file: 'privacy.md' }] });
    expect(notice.applicability?.references[0]).toMatchObject({ line: 3, target: 'privacy.md', resolved: 'privacy.md' });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('retired rules', () => {
  it('a configuration may still name a retired rule', () => {
    const r = lintWithConfig('We collect your e-mail address.\n', { rules: { 'gdpr/art14-timing': 'off', 'ccpa/mobile-in-app': 'error' } });
    expect(r.messages.some((m) => m.ruleId === 'gdpr/art14-timing')).toBe(false);
  });
});
